import AUCMetrics
import Testing

/// Ties among the best operating points, decided exactly whatever the weights' scale.
@Suite("Operating point ties at any weight scale")
struct OperatingPointTieTests {
  /// `tiny_ties.csv`: Youden's J is 0.2 at four thresholds (0.9, 0.8, 0.5, 0.2).
  static let tinyTies: (scores: [Double], labels: [Int]) = (
    [0.5, 0.5, 0.5, 0.2, 0.8, 0.8, 0.2, 0.5, 0.9, 0.1], [1, 0, 1, 0, 1, 0, 1, 0, 1, 0]
  )

  /// The thresholds of the best points by brute force in integers: `TP·N − FP·P` for Youden,
  /// `((P − TP)·N)² + (FP·P)²` for the corner, over the points from +∞ down.
  static func bestThresholds(
    scores: [Double], labels: [Int], weights: [Int], criterion: OperatingPointCriterion
  ) -> [Double] {
    let thresholds = Set(scores.indices.filter { weights[$0] > 0 }.map { scores[$0] })
      .sorted(by: >)
    let positives = scores.indices.filter { labels[$0] == 1 }.reduce(0) { $0 + weights[$1] }
    let negatives = scores.indices.filter { labels[$0] == 0 }.reduce(0) { $0 + weights[$1] }
    var points: [(threshold: Double, value: Int)] = []
    for threshold in [Double.infinity] + thresholds {
      var truePositives = 0
      var falsePositives = 0
      for index in scores.indices where scores[index] >= threshold {
        if labels[index] == 1 {
          truePositives += weights[index]
        } else {
          falsePositives += weights[index]
        }
      }
      switch criterion {
      case .youden:
        points.append((threshold, truePositives * negatives - falsePositives * positives))
      case .closestToTopLeft:
        let missed = (positives - truePositives) * negatives
        let alarms = falsePositives * positives
        points.append((threshold, -(missed * missed + alarms * alarms)))
      }
    }
    let best = points.map(\.value).max()!
    return points.filter { $0.value == best }.map(\.threshold)
  }

  static func best(
    scores: [Double], labels: [Int], weights: [Double], criterion: OperatingPointCriterion
  ) throws -> [Double] {
    var counts = ScoreCounts()
    try counts.record(scores: scores, labels: labels, weights: weights)
    return counts.groups.bestOperatingPoints(criterion).map(\.threshold)
  }

  @Test(
    "tiny_ties has the same four Youden optima at every weight scale",
    arguments: [1, 1e-150, 0.1, 0x1p-1074, 0x1.3p-1050, 1e-300, 3.7, 1e300, 8e306])
  func tinyTiesAtEveryScale(weight: Double) throws {
    let (scores, labels) = Self.tinyTies
    let weights = [Double](repeating: weight, count: scores.count)
    for criterion in OperatingPointCriterion.allCases {
      let expected = Self.bestThresholds(
        scores: scores, labels: labels, weights: [Int](repeating: 1, count: scores.count),
        criterion: criterion)
      let actual = try Self.best(
        scores: scores, labels: labels, weights: weights, criterion: criterion)
      #expect(actual == expected, "\(criterion), weight \(weight)")
    }
    #expect(
      try Self.best(scores: scores, labels: labels, weights: weights, criterion: .youden)
        == [0.9, 0.8, 0.5, 0.2])
  }

  /// Weights 0, 1, 2 or 4 times a factor are exact products for any factor, so the exact
  /// optima are those of the whole numbers.
  @Test("whole-number weights times any factor tie where the whole numbers do")
  func scaledIntegerWeights() throws {
    for seed: UInt64 in 1...40 {
      var generator = SplitMix64(seed: seed)
      let count = 4 + Int(generator.nextBelow(30))
      let scores = (0..<count).map { _ in Double(generator.nextBelow(6)) / 5 }
      let labels = (0..<count).map { _ in Int(generator.next() & 1) }
      let integers = (0..<count).map { _ in [0, 1, 2, 4][Int(generator.nextBelow(4))] }
      guard labels.indices.contains(where: { labels[$0] == 1 && integers[$0] > 0 }),
        labels.indices.contains(where: { labels[$0] == 0 && integers[$0] > 0 })
      else { continue }
      for criterion in OperatingPointCriterion.allCases {
        let expected = Self.bestThresholds(
          scores: scores, labels: labels, weights: integers, criterion: criterion)
        for factor in [1, 0.1, 1e-150, 0x1p-1070, 0x1.2p-1030, 1.7, 1e300] {
          let actual = try Self.best(
            scores: scores, labels: labels, weights: integers.map { Double($0) * factor },
            criterion: criterion)
          #expect(actual == expected, "seed \(seed), \(criterion), factor \(factor)")
        }
      }
    }
  }

  @Test("whole counts past 2^31 per class are decided exactly too")
  func largeWholeCounts() throws {
    let (scores, labels) = Self.tinyTies
    var counts = ScoreCounts()
    try counts.record(scores: scores, labels: labels)
    let groups = counts.groups
    // The counts times 2^33 + 1 are whole, past 2^31, and J still ties exactly.
    let factor = 0x1p33 + 1
    let large = ScoreGroups(
      thresholds: groups.thresholds, positives: groups.positives.map { $0 * factor },
      negatives: groups.negatives.map { $0 * factor }, binning: .exact)
    #expect(large.hasWholeCounts && large.positiveTotal > 0x1p31)
    for criterion in OperatingPointCriterion.allCases {
      #expect(
        large.bestOperatingPoints(criterion).map(\.threshold)
          == groups.bestOperatingPoints(criterion).map(\.threshold))
    }
    #expect(large.bestOperatingPoints(.youden).map(\.threshold) == [0.9, 0.8, 0.5, 0.2])
  }

  @Test("a unique best point is found without ties, and pROC's midpoints are kept")
  func uniqueBest() throws {
    let scores = [0.9, 0.7, 0.6, 0.4, 0.3, 0.1]
    let labels = [1, 1, 0, 1, 0, 0]
    let weights = [0.3, 0.25, 1e-9, 0.7, 0.1, 0.2]
    var counts = ScoreCounts()
    try counts.record(scores: scores, labels: labels, weights: weights)
    let best = counts.groups.bestOperatingPoints(.youden, thresholds: .midpoint)
    // J at 0.4: TPR 1, FPR 1e-9 / 0.300000001; at 0.7: TPR 0.55 / 1.25, FPR 0.
    #expect(best.map(\.threshold) == [(0.4 + 0.3) / 2])
  }
}
