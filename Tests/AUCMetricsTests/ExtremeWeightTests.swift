import AUCMetrics
import Foundation
import Testing

/// Weights from the subnormals up to the largest total the counts take: the areas against
/// exact rationals, their independence of the weights' scale, and the limit.
@Suite("Extreme weights")
struct ExtremeWeightTests {
  /// Rows on a grid of `levels` scores (so that groups tie), random labels.
  static func rows(seed: UInt64, count: Int, levels: UInt64 = 12) -> (
    scores: [Double], labels: [Int]
  ) {
    var generator = SplitMix64(seed: seed)
    var scores: [Double] = []
    var labels: [Int] = []
    for _ in 0..<count {
      scores.append(Double(generator.nextBelow(levels)) / Double(levels - 1))
      labels.append(Int(generator.next() & 1))
    }
    return (scores, labels)
  }

  static func summary(
    _ rows: (scores: [Double], labels: [Int]), _ weights: [Double],
    binning: ScoreBinning = .exact
  ) throws -> RankingSummary {
    var counts = ScoreCounts(binning: binning)
    try counts.record(scores: rows.scores, labels: rows.labels, weights: weights)
    return counts.summary
  }

  static func expectAgreement(
    _ summary: RankingSummary, _ oracle: ExactWeightedOracle, _ context: Comment
  ) {
    #expect(agrees(summary.rocAUC, oracle.rocAUC, ulps: 1), context)
    #expect(agrees(summary.averagePrecision, oracle.averagePrecision, ulps: 1), context)
    #expect(agrees(summary.prAUCTrapezoid, oracle.prAUCTrapezoid, ulps: 1), context)
    for value in [summary.rocAUC, summary.averagePrecision, summary.prAUCTrapezoid] {
      #expect(value?.isFinite ?? true, context)
    }
  }

  /// Odd multiples of ½ (so that no sweep takes them for whole counts) times 2^k are exact
  /// doubles for every k ≥ −1073, subnormals included, and so are all their sums.
  @Test(
    "scaling every weight by a power of two changes no bit, from subnormals to 2^1000",
    arguments: [UInt64](1...6))
  func powerOfTwoScaling(seed: UInt64) throws {
    let rows = Self.rows(seed: seed, count: 40)
    var generator = SplitMix64(seed: seed &+ 99)
    let halves = rows.scores.map { _ in Double(2 * generator.nextBelow(500) + 1) / 2 }
    let base = try Self.summary(rows, halves)
    let baseBinned = try Self.summary(rows, halves, binning: .linear(thresholdCount: 5))
    let baseGroups = try Self.groups(rows, halves)
    let oracle = ExactWeightedOracle(scores: rows.scores, labels: rows.labels, weights: halves)
    Self.expectAgreement(base, oracle, "scale 1")
    for exponent in [-1073, -1060, -1022, -700, -300, 300, 700, 1000] {
      let scale = Double(sign: .plus, exponent: exponent, significand: 1)
      let weights = halves.map { $0 * scale }
      let context = Comment(rawValue: "seed \(seed), scale 2^\(exponent)")
      let summary = try Self.summary(rows, weights)
      #expect(summary.rocAUC?.bitPattern == base.rocAUC?.bitPattern, context)
      #expect(summary.averagePrecision?.bitPattern == base.averagePrecision?.bitPattern, context)
      #expect(summary.prAUCTrapezoid?.bitPattern == base.prAUCTrapezoid?.bitPattern, context)
      #expect(
        summary.prAUCInterpolated?.bitPattern == base.prAUCInterpolated?.bitPattern, context)
      #expect(summary.positiveWeight == base.positiveWeight * scale, context)
      let binned = try Self.summary(rows, weights, binning: .linear(thresholdCount: 5))
      #expect(binned.rocAUC?.bitPattern == baseBinned.rocAUC?.bitPattern, context)
      #expect(
        binned.rocAUCErrorBound?.bitPattern == baseBinned.rocAUCErrorBound?.bitPattern, context)
      let groups = try Self.groups(rows, weights)
      for bound in [0.1, 0.35, 1] {
        #expect(
          groups.partialAUC(maximumFalsePositiveRate: bound)?.area.bitPattern
            == baseGroups.partialAUC(maximumFalsePositiveRate: bound)?.area.bitPattern,
          context)
        #expect(
          groups.truePositiveRate(atFalsePositiveRate: bound)?.bitPattern
            == baseGroups.truePositiveRate(atFalsePositiveRate: bound)?.bitPattern, context)
      }
      #expect(groups.summary.rocAUC?.bitPattern == base.rocAUC?.bitPattern, context)
    }
  }

  static func groups(_ rows: (scores: [Double], labels: [Int]), _ weights: [Double]) throws
    -> ScoreGroups
  {
    var counts = ScoreCounts()
    try counts.record(scores: rows.scores, labels: rows.labels, weights: weights)
    return counts.groups
  }

  @Test("the interpolated PR area of scaled weights is that of the whole counts they scale")
  func interpolatedAgainstWholeCounts() throws {
    for seed: UInt64 in 1...6 {
      let rows = Self.rows(seed: seed, count: 60)
      var generator = SplitMix64(seed: seed &+ 7)
      let integers = rows.scores.map { _ in Double(1 + generator.nextBelow(50)) }
      // Whole counts take the integer sweep, a separate implementation.
      let whole = try Self.summary(rows, integers)
      for scale in [0x1p-1070, 0x1p-1040, 0x1p-600, 0.1, 1e-150, 1e300, 0x1p1000] {
        let scaled = try Self.summary(rows, integers.map { $0 * scale })
        let context = Comment(rawValue: "seed \(seed), scale \(scale)")
        #expect(
          agrees(scaled.prAUCInterpolated, whole.prAUCInterpolated, ulps: 2, relative: 1e-14),
          context)
        #expect(agrees(scaled.rocAUC, whole.rocAUC, ulps: 1), context)
        #expect(agrees(scaled.averagePrecision, whole.averagePrecision, ulps: 2), context)
      }
    }
  }

  /// Weights of random exponents, from the subnormals up, per row or per class.
  @Test(
    "weights across the whole double range match the exact rationals", arguments: [UInt64](1...8))
  func wildWeights(seed: UInt64) throws {
    let rows = Self.rows(seed: seed, count: 30, levels: 9)
    var generator = SplitMix64(seed: seed &* 31)
    func weight(exponents: ClosedRange<Int>) -> Double {
      let span = UInt64(exponents.upperBound - exponents.lowerBound + 1)
      let exponent = exponents.lowerBound + Int(generator.nextBelow(span))
      let significand = 1 + generator.nextUnitDouble()
      return Double(sign: .plus, exponent: exponent, significand: significand)
    }
    var cases: [(String, [Double])] = [
      ("per row, 2^-1074...2^1000", rows.scores.map { _ in weight(exponents: -1074...1000) }),
      ("subnormal", rows.scores.map { _ in weight(exponents: -1074 ... -1023) }),
      ("near the limit", rows.scores.map { _ in weight(exponents: 1013...1017) }),
    ]
    cases.append(
      (
        "tiny positives, huge negatives",
        rows.labels.map {
          $0 == 1 ? weight(exponents: -1074 ... -1060) : weight(exponents: 990...1000)
        }
      ))
    cases.append(
      (
        "huge positives, tiny negatives",
        rows.labels.map {
          $0 == 1 ? weight(exponents: 990...1000) : weight(exponents: -1074 ... -1060)
        }
      ))
    for (name, weights) in cases {
      let context = Comment(rawValue: "seed \(seed), \(name)")
      let summary = try Self.summary(rows, weights)
      let oracle = ExactWeightedOracle(scores: rows.scores, labels: rows.labels, weights: weights)
      Self.expectAgreement(summary, oracle, context)
      let interpolated = try #require(summary.prAUCInterpolated, context)
      #expect(interpolated.isFinite && interpolated >= 0 && interpolated <= 1, context)
    }
  }

  @Test("two rows of weight 1e300, twelve, and subnormal weights: the values of weight 1")
  func reportedCases() throws {
    let two = try Self.summary(([0.9, 0.2], [1, 0]), [1e300, 1e300])
    #expect(two.rocAUC == 1 && two.averagePrecision == 1 && two.prAUCTrapezoid == 1)
    #expect(two.positiveWeight == 1e300 && two.negativeWeight == 1e300)
    let rows = Self.rows(seed: 12, count: 12)
    for weight in [1e300, 0x1p-1074, 0x1.3p-1030] {
      let weights = [Double](repeating: weight, count: 12)
      let summary = try Self.summary(rows, weights)
      let oracle = ExactWeightedOracle(scores: rows.scores, labels: rows.labels, weights: weights)
      Self.expectAgreement(summary, oracle, "weight \(weight)")
      let unweighted = try Self.summary(rows, [])
      #expect(agrees(summary.rocAUC, unweighted.rocAUC, ulps: 1))
      #expect(agrees(summary.averagePrecision, unweighted.averagePrecision, ulps: 1))
    }
  }

  @Test("the row that takes the total weight past the largest double throws, nothing counted")
  func weightTotalLimit() throws {
    let largest = Double.greatestFiniteMagnitude  // 2^1024 − 2^971
    #expect(ScoreCounts.weightTotalLimit == largest)
    var counts = ScoreCounts()
    try counts.record(scores: [0.5], labels: [1], weights: [0x1p1023])
    let before = counts
    // 2^1023 more passes the limit, on the third row of the batch.
    #expect(throws: ScoreInputError.weightTotalOverflow(row: 2, weight: 0x1p1022)) {
      try counts.record(
        scores: [0.1, 0.2, 0.3], labels: [0, 1, 0], weights: [0x1p1022, 0, 0x1p1022])
    }
    #expect(counts == before && counts.rowCount == 1)
    // Up to the largest double is fine: 2^1023 + (2^1023 − 2^971) is it exactly.
    try counts.record(scores: [0.1], labels: [0], weights: [0x1p1023 - 0x1p971])
    #expect(counts.positiveWeight + counts.negativeWeight == largest)
    #expect(counts.summary.rocAUC == 1 && counts.summary.averagePrecision == 1)
    // and then even the smallest weight is too much, as the exact total passes it.
    #expect(throws: ScoreInputError.weightTotalOverflow(row: 0, weight: 0x1p-1074)) {
      try counts.record(scores: [0.7], labels: [1], weights: [0x1p-1074])
    }
    var single = ScoreCounts()
    try single.record(scores: [0.1, 0.2], labels: [0, 1], weights: [largest, 0])
    #expect(single.summary.negativeWeight == largest && single.summary.averagePrecision == nil)
    let error = ScoreInputError.weightTotalOverflow(row: 2, weight: 1e308)
    #expect(
      error.description
        == "row 2: weight 1e+308 takes the total weight past the largest double (1.7976931348623157e+308)"
    )
    // A whole batch of smaller weights that adds up past the limit names the row that does.
    var many = ScoreCounts()
    let weights = [Double](repeating: 0x1p1014, count: 1100)
    // 1023 rows of 2^1014 are 2^1024 − 2^1014, below the limit; the 1024th passes it.
    #expect(throws: ScoreInputError.weightTotalOverflow(row: 1023, weight: 0x1p1014)) {
      try many.record(
        scores: [Double](repeating: 0.5, count: 1100), labels: [Int](repeating: 1, count: 1100),
        weights: weights)
    }
    #expect(many.isEmpty)
  }

  @Test("merging and decoding counts whose weights add up past the largest double fail")
  func weightTotalLimitOnMergeAndDecode() throws {
    var first = ScoreCounts()
    try first.record(scores: [0.5], labels: [1], weights: [0x1p1023])
    var second = ScoreCounts()
    try second.record(scores: [0.2], labels: [0], weights: [0x1p1023])
    let before = first
    #expect(throws: ScoreCounts.MergeError.weightTotalOverflow) { try first.merge(second) }
    #expect(first == before)
    var third = ScoreCounts()
    try third.record(scores: [0.2], labels: [0], weights: [0x1p1023 - 0x1p971])
    try first.merge(third)
    #expect(first.summary.rocAUC == 1)

    // Counts as encoded, then with each class's weight raised to 2^1023: together past the
    // largest double, which the decoder rejects.
    var fineCounts = ScoreCounts()
    try fineCounts.record(scores: [0.5, 0.2], labels: [1, 0], weights: [8e307, 8e307])
    let fine = String(decoding: try JSONEncoder().encode(fineCounts), as: UTF8.self)
    try #require(fine.components(separatedBy: "8e+307").count == 3)
    let json = fine.replacingOccurrences(of: "8e+307", with: "8.98846567431158e+307")
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(ScoreCounts.self, from: Data(json.utf8))
    }
    let decoded = try JSONDecoder().decode(ScoreCounts.self, from: Data(fine.utf8))
    #expect(decoded.rowCount == 2)
  }

  @Test("midpoint thresholds near the largest double are the exact midpoints, not infinity")
  func midpointsDoNotOverflow() throws {
    var counts = ScoreCounts()
    let scores = [0x1.8p1023, 0x1.4p1023, 0x1.2p1023, -0x1.fp1023, -0x1.ep1023]
    try counts.record(scores: scores, labels: [1, 0, 1, 0, 1])
    let curve = try #require(counts.groups.rocCurve(thresholds: .midpoint))
    // Descending: 1.5, 1.25, 1.125, −1.875, −1.9375 (times 2^1023); the midpoints by hand.
    #expect(
      curve.map(\.threshold) == [
        .infinity, 0x1.6p1023, 0x1.3p1023, -0x1.8p1021, -0x1.e8p1023, -.infinity,
      ])
    // Where a + b is finite, the midpoint is pROC's (a + b) / 2, as before.
    var small = ScoreCounts()
    try small.record(scores: [0.3, 0.1], labels: [1, 0])
    let points = try #require(small.groups.rocCurve(thresholds: .midpoint))
    #expect(points[1].threshold == (0.3 + 0.1) / 2)
  }
}
