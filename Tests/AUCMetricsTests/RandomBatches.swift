import AUCMetrics

/// Seeded random rows with many ties: scores drawn from a small grid (and the endpoints),
/// so that rows share scores and bins.
struct RandomRows {
  var scores: [Double]
  var labels: [Int]

  init(seed: UInt64, count: Int, distinctScores: Int = 23) {
    var generator = SplitMix64(seed: seed)
    scores = (0..<count).map { _ in
      Double(generator.next() % UInt64(distinctScores + 1)) / Double(distinctScores)
    }
    labels = (0..<count).map { _ in Int(generator.next() % 2) }
  }

  /// The rows cut at `cuts` (sorted offsets) into consecutive batches.
  func batches(cutAt cuts: [Int]) -> [(scores: ArraySlice<Double>, labels: ArraySlice<Int>)] {
    let bounds = [0] + cuts + [scores.count]
    return zip(bounds, bounds.dropFirst()).map { (scores[$0..<$1], labels[$0..<$1]) }
  }

  func histogram(thresholdCount: Int, float32: Bool) throws -> ScoreHistogram {
    var histogram = ScoreHistogram(thresholdCount: thresholdCount)
    if float32 {
      try histogram.record(scores: scores.map { Float($0) }, labels: labels)
    } else {
      try histogram.record(scores: scores, labels: labels)
    }
    return histogram
  }
}
