import AUCMetrics
import Testing

/// One rule picks the sweep of every summary: whole counts (every weight a whole number, at
/// most 2^64 − 1 in all) are summed in exact integers, anything else in double-double. So
/// `counts.groups.summary` is `counts.summary`, bit for bit, however the counts were made,
/// and whole counts past 2^53 give the exact ROC ratio rounded once wherever they come from.
///
/// The expectations are computed apart from the library: the pair sums by the per-bin
/// formula in `UInt128` and the quotients by the long division of ``Exact``.
@Suite("The summary's sweep rule")
struct SummarySweepRuleTests {
  /// Every field of two summaries, bit for bit.
  static func expectSameBits(
    _ actual: RankingSummary, _ expected: RankingSummary, _ context: Comment
  ) {
    #expect(actual.rocAUC?.bitPattern == expected.rocAUC?.bitPattern, context)
    #expect(actual.rocAUCErrorBound?.bitPattern == expected.rocAUCErrorBound?.bitPattern, context)
    #expect(actual.averagePrecision?.bitPattern == expected.averagePrecision?.bitPattern, context)
    #expect(actual.prAUCTrapezoid?.bitPattern == expected.prAUCTrapezoid?.bitPattern, context)
    #expect(
      actual.prAUCInterpolated?.bitPattern == expected.prAUCInterpolated?.bitPattern, context)
    #expect(actual.positiveWeight == expected.positiveWeight, context)
    #expect(actual.negativeWeight == expected.negativeWeight, context)
  }

  @Test(
    "groups of unweighted counts past 2^53 rows summarise as the counts: the exact ratio",
    arguments: [UInt64](1...16))
  func hugeUnweightedGroups(seed: UInt64) throws {
    let bins = Bins.randomHuge(seed: seed)
    let empty = ScoreCounts(binning: .linear(thresholdCount: bins.thresholdCount))
    let counts = try bins.byDoubling(empty) { try $0.record(scores: $1, labels: $2) }
    let context = Comment(rawValue: "seed \(seed)")
    let exact = Exact.pairs(bins)
    let summary = counts.groups.summary
    Self.expectSameBits(summary, counts.summary, context)
    #expect(
      summary.rocAUC?.bitPattern
        == Exact.nearestDouble(exact.twiceArea, over: exact.twicePairs).bitPattern, context)
    #expect(
      summary.rocAUCErrorBound?.bitPattern
        == Exact.nearestDouble(exact.tiedPairs, over: exact.twicePairs).bitPattern, context)
  }

  @Test(
    "groups of whole doubles past 2^53 give the exact ROC ratio rounded once",
    arguments: [UInt64](1...16))
  func hugeWholeDoubleGroups(seed: UInt64) throws {
    // Counts that are exact doubles (at most 53 significant bits), adding up below 2^64.
    var bins = Bins.randomHuge(seed: seed)
    bins.positives = bins.positives.map { ($0 >> 11) << 11 }
    bins.negatives = bins.negatives.map { ($0 >> 11) << 11 }
    guard bins.positiveTotal > 0, bins.negativeTotal > 0 else { return }
    let highestFirst = Array(bins.positives.indices.reversed())
    let groups = ScoreGroups(
      thresholds: highestFirst.map { Double($0) },
      positives: highestFirst.map { Double(bins.positives[$0]) },
      negatives: highestFirst.map { Double(bins.negatives[$0]) },
      binning: .linear(thresholdCount: bins.thresholdCount))
    let exact = Exact.pairs(bins)
    let context = Comment(rawValue: "seed \(seed)")
    #expect(
      groups.summary.rocAUC?.bitPattern
        == Exact.nearestDouble(exact.twiceArea, over: exact.twicePairs).bitPattern, context)
    #expect(
      groups.summary.rocAUCErrorBound?.bitPattern
        == Exact.nearestDouble(exact.tiedPairs, over: exact.twicePairs).bitPattern, context)
  }

  @Test(
    "groups of weighted counts summarise as the counts, whole weights or not",
    arguments: [UInt64](1...12))
  func weightedGroups(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed &* 0x5851_F42D)
    let rowCount = 200
    let scores = (0..<rowCount).map { _ in Double(generator.nextBelow(40)) / 8 }
    let labels = (0..<rowCount).map { _ in Int(generator.nextBelow(2)) }
    let cases: [(String, [Double])] = [
      // Tenths: most groups' sums are double-doubles with a tail.
      ("tenths", (0..<rowCount).map { _ in Double(1 + generator.nextBelow(30)) / 10 }),
      // Whole weights whose total passes 2^53.
      ("whole, past 2^53", (0..<rowCount).map { _ in Double(generator.nextBelow(1 << 50)) }),
      ("whole, small", (0..<rowCount).map { _ in Double(generator.nextBelow(9)) }),
    ]
    for (name, weights) in cases {
      var counts = ScoreCounts()
      try counts.record(scores: scores, labels: labels, weights: weights)
      let oracle = ExactWeightedOracle(scores: scores, labels: labels, weights: weights)
      let context = Comment(rawValue: "seed \(seed), \(name)")
      Self.expectSameBits(counts.groups.summary, counts.summary, context)
      let area = try #require(counts.summary.rocAUC, context)
      let exactArea = try #require(oracle.rocAUC, context)
      // Whole counts: the exact ratio rounded once; tenths: double-double, within 1 ulp.
      #expect(Exact.ulps(area, exactArea) <= (name == "tenths" ? 1 : 0), context)
    }
  }
}
