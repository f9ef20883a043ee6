/// Independent O(n²) definitions that the fast code is checked against.
enum BruteForce {
  /// Twice the Mann–Whitney U: over every positive–negative pair, 2 when the positive ranks
  /// higher, 1 for a tie, 0 otherwise.
  static func twiceMannWhitneyU<Key: Comparable>(keys: [Key], labels: [Int]) -> Int {
    var total = 0
    for i in keys.indices where labels[i] == 1 {
      for j in keys.indices where labels[j] == 0 {
        total += keys[i] > keys[j] ? 2 : (keys[i] == keys[j] ? 1 : 0)
      }
    }
    return total
  }

  /// Average precision as the mean, over positives, of the precision among all rows that
  /// score at least as high (scikit-learn's step sum, ties forming one threshold).
  static func averagePrecision<Key: Comparable>(keys: [Key], labels: [Int]) -> Double? {
    let positives = keys.indices.filter { labels[$0] == 1 }
    guard !positives.isEmpty else { return nil }
    var sum = 0.0
    for i in positives {
      let atOrAbove = keys.indices.filter { keys[$0] >= keys[i] }
      let truePositives = atOrAbove.filter { labels[$0] == 1 }.count
      sum += Double(truePositives) / Double(atOrAbove.count)
    }
    return sum / Double(positives.count)
  }

  /// Paddle's bin of each score, computed with its own formula in its own precision.
  static func bins(scores: [Double], thresholdCount: Int, float32: Bool) -> [Int] {
    scores.map { score in
      float32 ? Int(Float(score) * Float(thresholdCount)) : Int(score * Double(thresholdCount))
    }
  }
}
