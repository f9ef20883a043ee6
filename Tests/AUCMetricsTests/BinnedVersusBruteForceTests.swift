import AUCMetrics
import Testing

/// The binned summaries against independent O(n²) definitions on seeded data with ties.
@Suite("Binned summaries against brute force")
struct BinnedVersusBruteForceTests {
  static let cases: [(seed: UInt64, thresholdCount: Int, float32: Bool)] =
    (1...16).map { seed in
      (UInt64(seed), [1, 2, 10, 37, 200, 4095][seed % 6], seed % 2 == 0)
    }

  @Test("ROC value equals Mann–Whitney over the bin indices", arguments: cases)
  func rocEqualsMannWhitney(seed: UInt64, thresholdCount: Int, float32: Bool) throws {
    let rows = RandomRows(seed: seed, count: 5 + Int(seed) * 7)
    let histogram = try rows.histogram(thresholdCount: thresholdCount, float32: float32)
    let bins = BruteForce.bins(
      scores: rows.scores, thresholdCount: thresholdCount, float32: float32)
    let twiceU = BruteForce.twiceMannWhitneyU(keys: bins, labels: rows.labels)
    let positives = rows.labels.count(where: { $0 == 1 })
    let negatives = rows.labels.count - positives
    #expect(histogram.twiceMannWhitneyU == UInt128(twiceU))
    guard positives > 0, negatives > 0 else {
      #expect(histogram.rocAUC == nil)
      return
    }
    let expected = Double(twiceU) / 2 / Double(positives) / Double(negatives)
    #expect(histogram.rocAUC == expected)
  }

  @Test("the exact AUC lies within value ± errorBound", arguments: cases)
  func exactWithinBound(seed: UInt64, thresholdCount: Int, float32: Bool) throws {
    var generator = SplitMix64(seed: seed &* 7919)
    // Continuous scores: binning merges distinct scores, so the bound has work to do.
    let count = 10 + Int(seed) * 9
    let scores = (0..<count).map { _ in generator.nextUnitDouble() }
    let labels = scores.map { generator.nextUnitDouble() < 0.3 + 0.4 * $0 ? 1 : 0 }
    let keys = float32 ? scores.map { Double(Float($0)) } : scores
    var histogram = ScoreHistogram(thresholdCount: thresholdCount)
    if float32 {
      try histogram.record(scores: scores.map { Float($0) }, labels: labels)
    } else {
      try histogram.record(scores: scores, labels: labels)
    }
    let positives = labels.count(where: { $0 == 1 })
    let negatives = labels.count - positives
    try #require(positives > 0 && negatives > 0)
    let exactTwiceU = BruteForce.twiceMannWhitneyU(keys: keys, labels: labels)
    // In integers: |2U_exact − 2U_binned| ≤ pairs sharing a bin = 2 · bound · P · N.
    let bins = BruteForce.bins(scores: scores, thresholdCount: thresholdCount, float32: float32)
    var sharedPairs = 0
    for i in bins.indices where labels[i] == 1 {
      for j in bins.indices where labels[j] == 0 && bins[j] == bins[i] { sharedPairs += 1 }
    }
    #expect(abs(exactTwiceU - Int(histogram.twiceMannWhitneyU)) <= sharedPairs)
    // In doubles, with one rounding of slack on each side.
    let exact = Double(exactTwiceU) / 2 / Double(positives) / Double(negatives)
    let value = try #require(histogram.rocAUC)
    let bound = try #require(histogram.rocAUCErrorBound)
    #expect(bound == Double(sharedPairs) / 2 / (Double(positives) * Double(negatives)))
    let slack = 4 * Double.ulpOfOne
    #expect(exact >= value - bound - slack && exact <= value + bound + slack)
  }

  @Test("average precision equals the brute-force step sum over bin indices", arguments: cases)
  func averagePrecision(seed: UInt64, thresholdCount: Int, float32: Bool) throws {
    let rows = RandomRows(seed: seed &+ 500, count: 3 + Int(seed) * 5)
    let histogram = try rows.histogram(thresholdCount: thresholdCount, float32: float32)
    let bins = BruteForce.bins(
      scores: rows.scores, thresholdCount: thresholdCount, float32: float32)
    let expected = BruteForce.averagePrecision(keys: bins, labels: rows.labels)
    guard let expected else {
      #expect(histogram.averagePrecision == nil)
      return
    }
    let actual = try #require(histogram.averagePrecision)
    #expect(abs(actual - expected) <= 8 * Double.ulpOfOne)
  }
}
