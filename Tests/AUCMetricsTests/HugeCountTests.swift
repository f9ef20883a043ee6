import AUCMetrics
import Testing

/// Histograms and counts whose bins hold up to 2^63 rows and whose totals reach 2^64 − 1.
///
/// Every expectation is computed here, independently of the library: twice the ROC area by
/// brute-force pair counting (small counts) or by the pair formula in `UInt128` (huge ones),
/// and quotients rounded by a long division of our own.
@Suite("Huge counts")
struct HugeCountTests {
  static let seeds: [UInt64] = Array(1...16)

  // MARK: (1) Scale invariance

  @Test("counts k · 2^s give the summaries of the counts k, bit for bit", arguments: seeds)
  func scaleInvariance(seed: UInt64) throws {
    let small = Bins.random(seed: seed)
    let base = try small.histogram()
    let reference = try #require(base.rocAUC)
    let exact = Exact.pairs(small)
    let brute = Exact.bruteForcePairs(small)
    #expect(exact == brute)
    #expect(base.twiceMannWhitneyU == brute.twiceArea)
    // The small counts against the exact rational: PaddlePaddle's `(area / P) / N` of the
    // exact area, within 1 ulp of the correctly rounded ratio; the exact counts' summary is
    // the correctly rounded ratio itself.
    let positiveTotal = Double(small.positiveTotal)
    let negativeTotal = Double(small.negativeTotal)
    let paddle = (Double(brute.twiceArea) / 2 / positiveTotal) / negativeTotal
    let nearest = Double(brute.twiceArea) / Double(brute.twicePairs)
    #expect(reference.bitPattern == paddle.bitPattern)
    #expect(Exact.ulps(reference, nearest) <= 1)
    #expect(base.rocAUCErrorBound == Double(brute.tiedPairs) / Double(brute.twicePairs))
    let baseCounts = try small.scoreCounts()
    #expect(baseCounts.summary.rocAUC == nearest)

    let rows = small.rows()
    var merged = base
    var mergedCounts = baseCounts
    var mergedMetric = try small.streamingAUC()
    for shift in 0...small.maximumShift {
      if shift > 0 {
        try merged.merge(merged)
        try mergedCounts.merge(mergedCounts)
        try mergedMetric.merge(mergedMetric)
      }
      let scaled = small.scaled(by: shift)
      let histogram = try scaled.histogram()
      #expect(merged == histogram, "shift \(shift)")
      #expect(histogram.positiveCount == small.positiveTotal << shift)
      #expect(histogram.negativeCount == small.negativeTotal << shift)
      #expect(histogram.twiceMannWhitneyU == brute.twiceArea << (2 * shift))
      #expect(histogram.rocAUC?.bitPattern == reference.bitPattern, "shift \(shift)")
      #expect(
        histogram.rocAUCErrorBound?.bitPattern == base.rocAUCErrorBound?.bitPattern,
        "shift \(shift)")
      Self.expectSameBits(histogram.summary, base.summary, scale: shift)
      #expect(mergedMetric.value?.bitPattern == reference.bitPattern, "shift \(shift)")
      #expect(mergedMetric.errorBound?.bitPattern == base.rocAUCErrorBound?.bitPattern)
      #expect(mergedCounts.rowCount == (small.positiveTotal + small.negativeTotal) << shift)
      Self.expectSameBits(mergedCounts.summary, baseCounts.summary, scale: shift)
      // The same rows once each, weighted 2^s: whole weights, the same summary.
      var weighted = ScoreCounts(binning: .linear(thresholdCount: small.thresholdCount))
      let weights = [Double](
        repeating: Double(sign: .plus, exponent: shift, significand: 1), count: rows.scores.count)
      try weighted.record(scores: rows.scores, labels: rows.labels, weights: weights)
      Self.expectSameBits(weighted.summary, baseCounts.summary, scale: shift)
    }
  }

  @Test("a bin near 2^63 and a total near 2^64 − 1 keep the value of the small counts")
  func scaleInvarianceAtTheTop() throws {
    // 3 · 2^61 = 1.5 · 2^62 in one bin; 7 · 2^61 = 2^64 − 2^61 rows in all.
    let small = Bins(positives: [0, 1, 3], negatives: [2, 1, 0])
    #expect(small.maximumShift == 61)
    let top = try small.scaled(by: 61).histogram()
    #expect(top.count == 7 << 61)
    let exact = Exact.bruteForcePairs(small)
    #expect(top.twiceMannWhitneyU == exact.twiceArea << 122)
    // Twice the area: bin 1, 1 · (2·2 + 1) = 5; bin 2, 3 · (2·3 + 0) = 18; of 2·4·3 = 24.
    #expect(top.rocAUC == 23.0 / 24.0)
    #expect(try top.rocAUC == small.histogram().rocAUC)
    #expect(top.rocAUCErrorBound == 1.0 / 24.0)
  }

  // MARK: (2) Odd huge counts against the exact rational

  static let oddCases: [Bins] = [
    // More than 2^63 positives above negatives: twice the positives above passes 2^64.
    Bins(positives: [0, 7, 1 << 63 + 5], negatives: [1 << 62, 9, 0]),
    Bins(positives: [0, 1 << 63 - 1], negatives: [1 << 63, 0]),
    Bins(positives: [1, 1 << 63 - 1], negatives: [1 << 63 - 1, 0]),
    Bins(positives: [1 << 62 + 12345, 0, 1 << 62 - 1], negatives: [3, 1 << 62 + 12345, 1 << 61]),
    Bins(positives: [12345, 1 << 63 - 1, 0], negatives: [0, 977, 1 << 63 - 12345 - 977 - 1]),
    Bins(
      positives: [0x1234_5678_9ABC_DEF1, 0x0FED_CBA9_8765_4321, 3, 0x2000_0000_0000_0001],
      negatives: [0x1111_1111_1111_1111, 0x0A0A_0A0A_0A0A_0A0B, 0x3000_0000_0000_0007, 5]),
    Bins(positives: [1 << 53 + 1, 1 << 53 - 1], negatives: [1 << 54 + 3, 1 << 52 + 1]),
  ]

  @Test("odd huge counts are within 2 ulps of the exact rational", arguments: oddCases)
  func oddHugeCounts(bins: Bins) throws {
    let histogram = try bins.histogram()
    let exact = Exact.pairs(bins)
    #expect(histogram.twiceMannWhitneyU == exact.twiceArea)
    let value = try #require(histogram.rocAUC)
    let nearest = Exact.nearestDouble(exact.twiceArea, over: exact.twicePairs)
    let naive = Double(exact.twiceArea) / Double(exact.twicePairs)
    #expect(Exact.ulps(value, nearest) <= 2, "\(value) vs \(nearest)")
    #expect(Exact.ulps(value, naive) <= 2, "\(value) vs \(naive)")
    let bound = try #require(histogram.rocAUCErrorBound)
    #expect(Exact.ulps(bound, Exact.nearestDouble(exact.tiedPairs, over: exact.twicePairs)) <= 2)
    let summary = histogram.summary
    #expect(summary.rocAUC?.bitPattern == value.bitPattern)
    #expect(summary.rocAUCErrorBound?.bitPattern == bound.bitPattern)
    Self.expectInRange(summary)
  }

  @Test("odd huge counts built by merging states", arguments: oddCases.prefix(5))
  func oddHugeCountsByMerging(bins: Bins) throws {
    let direct = try bins.histogram()
    let histogram = try bins.byDoubling(ScoreHistogram(thresholdCount: bins.thresholdCount)) {
      try $0.record(scores: $1, labels: $2)
    }
    #expect(histogram == direct)
    let metric = try bins.byDoubling(StreamingAUC(thresholdCount: bins.thresholdCount)) {
      try $0.update(scores: $1, labels: $2)
    }
    #expect(metric.histogram == direct)
    #expect(metric.value?.bitPattern == direct.rocAUC?.bitPattern)
    let counts = try bins.byDoubling(
      ScoreCounts(binning: .linear(thresholdCount: bins.thresholdCount))
    ) { try $0.record(scores: $1, labels: $2) }
    #expect(counts.rowCount == bins.positiveTotal + bins.negativeTotal)
    let exact = Exact.pairs(bins)
    let nearest = Exact.nearestDouble(exact.twiceArea, over: exact.twicePairs)
    let summary = counts.summary
    #expect(Exact.ulps(try #require(summary.rocAUC), nearest) <= 2)
    #expect(
      Exact.ulps(
        try #require(summary.rocAUCErrorBound),
        Exact.nearestDouble(exact.tiedPairs, over: exact.twicePairs)) <= 2)
    Self.expectInRange(summary)
    Self.expectClose(summary, direct.summary)
  }

  @Test("random huge counts are within 2 ulps of the exact rational", arguments: seeds)
  func randomHugeCounts(seed: UInt64) throws {
    let bins = Bins.randomHuge(seed: seed)
    let histogram = try bins.histogram()
    let exact = Exact.pairs(bins)
    #expect(histogram.twiceMannWhitneyU == exact.twiceArea)
    let value = try #require(histogram.rocAUC)
    #expect(Exact.ulps(value, Exact.nearestDouble(exact.twiceArea, over: exact.twicePairs)) <= 2)
    #expect(Exact.ulps(value, Double(exact.twiceArea) / Double(exact.twicePairs)) <= 2)
    let bound = try #require(histogram.rocAUCErrorBound)
    #expect(Exact.ulps(bound, Exact.nearestDouble(exact.tiedPairs, over: exact.twicePairs)) <= 2)
    Self.expectInRange(histogram.summary)
    let metric = try bins.byDoubling(
      StreamingAUC(curve: .precisionRecall, thresholdCount: bins.thresholdCount)
    ) { try $0.update(scores: $1, labels: $2) }
    #expect(metric.histogram == histogram)
    #expect(metric.value?.bitPattern == histogram.averagePrecision?.bitPattern)
  }

  @Test("2000 random huge states: the area within 1 ulp, the bound correctly rounded")
  func manyRandomHugeCounts() throws {
    for seed in (1...2000) as ClosedRange<UInt64> {
      let bins = Bins.randomHuge(seed: seed &* 7919)
      let histogram = try bins.histogram()
      let exact = Exact.pairs(bins)
      let value = try #require(histogram.rocAUC)
      let nearest = Exact.nearestDouble(exact.twiceArea, over: exact.twicePairs)
      let bound = try #require(histogram.rocAUCErrorBound)
      if Exact.ulps(value, nearest) > 1
        || bound != Exact.nearestDouble(exact.tiedPairs, over: exact.twicePairs)
      {
        Issue.record("\(bins.testDescription): \(value) vs \(nearest), bound \(bound)")
      }
    }
  }

  // MARK: (3) Overflow throws and changes nothing

  @Test("recording or merging past 2^64 − 1 rows throws and changes nothing")
  func overflowThrows() throws {
    let full = try ScoreHistogram(positiveCounts: [0, 1 << 63], negativeCounts: [1 << 63 - 1, 0])
    #expect(full.count == .max)
    let value = try #require(full.rocAUC)
    var histogram = full
    #expect(throws: ScoreInputError.countOverflow) {
      try histogram.record(scores: [0.25], labels: [1])
    }
    #expect(histogram == full)
    var oneRow = ScoreHistogram(thresholdCount: 1)
    try oneRow.record(scores: [0.75], labels: [0])
    #expect(throws: ScoreHistogram.MergeError.countOverflow) { try histogram.merge(oneRow) }
    #expect(throws: ScoreHistogram.MergeError.countOverflow) { try oneRow.merge(full) }
    #expect(histogram == full)
    #expect(histogram.rocAUC?.bitPattern == value.bitPattern)
    // Class totals that each fit but add up past 2^64 − 1.
    let positives = try ScoreHistogram(positiveCounts: [0, 1 << 63], negativeCounts: [0, 0])
    let negatives = try ScoreHistogram(positiveCounts: [0, 0], negativeCounts: [1 << 63, 0])
    #expect(throws: ScoreHistogram.MergeError.countOverflow) {
      try positives.merging(negatives)
    }
    #expect(throws: ScoreHistogram.CountsError.countOverflow) {
      try ScoreHistogram(positiveCounts: [.max, 0], negativeCounts: [0, 1])
    }

    var metric = try Bins(positives: [0, 1 << 63], negatives: [1 << 63 - 1, 0])
      .byDoubling(StreamingAUC(thresholdCount: 1)) { try $0.update(scores: $1, labels: $2) }
    #expect(metric.histogram == full)
    let before = metric
    #expect(throws: ScoreInputError.countOverflow) {
      try metric.update(scores: [0.5] as [Float], labels: [1])
    }
    #expect(throws: ScoreHistogram.MergeError.countOverflow) { try metric.merge(metric) }
    #expect(metric == before)
    #expect(metric.value?.bitPattern == value.bitPattern)
  }

  @Test("exact counts at 2^64 − 1 rows refuse more rows and change nothing")
  func scoreCountsOverflowThrows() throws {
    let bins = Bins(positives: [0, 1 << 63], negatives: [1 << 63 - 1, 0])
    var counts = try bins.byDoubling(ScoreCounts()) { try $0.record(scores: $1, labels: $2) }
    #expect(counts.rowCount == .max)
    let before = counts
    let summary = counts.summary
    #expect(summary.rocAUC == 1)
    #expect(throws: ScoreInputError.countOverflow) {
      try counts.record(scores: [0.25], labels: [1])
    }
    #expect(throws: ScoreInputError.countOverflow) {
      try counts.record(scores: [0.25], labels: [1], weights: [0.5])
    }
    var oneRow = ScoreCounts()
    try oneRow.record(scores: [0.75], labels: [0])
    #expect(throws: ScoreCounts.MergeError.countOverflow) { try counts.merge(oneRow) }
    #expect(throws: ScoreCounts.MergeError.countOverflow) { try oneRow.merge(counts) }
    #expect(counts == before)
    #expect(counts.summary == summary)
  }

  @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
  @Test("a shared histogram at 2^64 − 1 rows refuses more and changes nothing")
  func sharedHistogramOverflowThrows() throws {
    let full = try ScoreHistogram(positiveCounts: [0, 1 << 63], negativeCounts: [1 << 63 - 1, 0])
    let shared = SharedScoreHistogram(full)
    #expect(throws: ScoreInputError.countOverflow) {
      try shared.record(scores: [0.25, 0.5], labels: [1, 0])
    }
    #expect(throws: ScoreHistogram.MergeError.countOverflow) { try shared.merge(full) }
    #expect(shared.snapshot == full)
  }

  // MARK: (4) Every summary stays finite and in range

  static let extremeCases: [Bins] = [
    // Everything in one bin: every pair tied, the bound at its largest.
    Bins(positives: [0, 1 << 63], negatives: [0, 1 << 63 - 1]),
    Bins(positives: [0, .max - 1], negatives: [0, 1]),
    Bins(positives: [0, 1], negatives: [0, .max - 1]),
    Bins(positives: [.max - 1, 0], negatives: [0, 1]),
    Bins(positives: [0, .max - 1], negatives: [1, 0]),
    Bins(positives: [1, 1, .max - 3], negatives: [1, 0, 0]),
    Bins(positives: [1 << 62 + 1, 1 << 62 + 1, 1 << 62 + 1], negatives: [1 << 60, 7, 1 << 61]),
    Bins(positives: [1 << 63 - 1, 0], negatives: [1 << 62 + 12345, 1 << 62 - 12346]),
  ]

  @Test("the bound and the precision–recall summaries stay finite and in range",
    arguments: extremeCases + oddCases)
  func summariesInRange(bins: Bins) throws {
    let histogram = try bins.histogram()
    let summary = histogram.summary
    Self.expectInRange(summary)
    if let value = summary.rocAUC, let bound = summary.rocAUCErrorBound {
      #expect(value - bound >= -0x1p-50 && value + bound <= 1 + 0x1p-50)
    }
    let exact = Exact.pairs(bins)
    if exact.twicePairs > 0 {
      let value = try #require(histogram.rocAUC)
      #expect(Exact.ulps(value, Exact.nearestDouble(exact.twiceArea, over: exact.twicePairs)) <= 2)
    }
    let metric = try bins.byDoubling(StreamingAUC(thresholdCount: bins.thresholdCount)) {
      try $0.update(scores: $1, labels: $2)
    }
    #expect(metric.value?.bitPattern == histogram.rocAUC?.bitPattern)
    #expect(metric.errorBound?.bitPattern == histogram.rocAUCErrorBound?.bitPattern)
  }

  // MARK: Helpers

  static func expectSameBits(
    _ summary: RankingSummary, _ base: RankingSummary, scale shift: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let fields: [(String, Double?, Double?)] = [
      ("rocAUC", summary.rocAUC, base.rocAUC),
      ("rocAUCErrorBound", summary.rocAUCErrorBound, base.rocAUCErrorBound),
      ("averagePrecision", summary.averagePrecision, base.averagePrecision),
      ("prAUCTrapezoid", summary.prAUCTrapezoid, base.prAUCTrapezoid),
      ("prAUCInterpolated", summary.prAUCInterpolated, base.prAUCInterpolated),
    ]
    for (name, value, expected) in fields {
      #expect(
        value?.bitPattern == expected?.bitPattern, "\(name) at shift \(shift)",
        sourceLocation: sourceLocation)
    }
    #expect(
      summary.positiveWeight == base.positiveWeight * Double(sign: .plus, exponent: shift,
        significand: 1), sourceLocation: sourceLocation)
  }

  static func expectClose(
    _ summary: RankingSummary, _ other: RankingSummary,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let pairs: [(Double?, Double?)] = [
      (summary.averagePrecision, other.averagePrecision),
      (summary.prAUCTrapezoid, other.prAUCTrapezoid),
      (summary.prAUCInterpolated, other.prAUCInterpolated),
    ]
    for (value, expected) in pairs {
      guard let value, let expected else {
        #expect(value == nil && expected == nil, sourceLocation: sourceLocation)
        continue
      }
      #expect(abs(value - expected) <= 0x1p-40, sourceLocation: sourceLocation)
    }
  }

  static func expectInRange(
    _ summary: RankingSummary, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let unitFields: [(String, Double?)] = [
      ("rocAUC", summary.rocAUC),
      ("averagePrecision", summary.averagePrecision),
      ("prAUCTrapezoid", summary.prAUCTrapezoid),
      ("prAUCInterpolated", summary.prAUCInterpolated),
    ]
    for (name, value) in unitFields {
      guard let value else { continue }
      #expect(value.isFinite && value >= 0 && value <= 1, "\(name) = \(value)",
        sourceLocation: sourceLocation)
    }
    if let bound = summary.rocAUCErrorBound {
      #expect(bound.isFinite && bound >= 0 && bound <= 0.5, "bound = \(bound)",
        sourceLocation: sourceLocation)
    }
    #expect(summary.positiveWeight.isFinite && summary.negativeWeight.isFinite,
      sourceLocation: sourceLocation)
  }
}

/// Per-bin counts of a histogram with T = bins − 1, bin 0 first.
struct Bins: Sendable, CustomTestStringConvertible {
  var positives: [UInt64]
  var negatives: [UInt64]

  var testDescription: String { "pos \(positives) neg \(negatives)" }

  var thresholdCount: Int { positives.count - 1 }
  var positiveTotal: UInt64 { positives.reduce(0, +) }
  var negativeTotal: UInt64 { negatives.reduce(0, +) }

  /// The largest s with (P + N) · 2^s ≤ 2^64 − 1.
  var maximumShift: Int { (positiveTotal + negativeTotal).leadingZeroBitCount }

  func scaled(by shift: Int) -> Bins {
    Bins(positives: positives.map { $0 << shift }, negatives: negatives.map { $0 << shift })
  }

  func histogram() throws -> ScoreHistogram {
    try ScoreHistogram(positiveCounts: positives, negativeCounts: negatives)
  }

  /// A score that every binning used here puts in bin `bin`: the middle of the bin, or 1.
  func score(ofBin bin: Int) -> Double {
    bin == thresholdCount ? 1 : (Double(bin) + 0.5) / Double(thresholdCount)
  }

  /// One row per counted unit, for small counts.
  func rows() -> (scores: [Double], labels: [Int]) {
    var scores: [Double] = []
    var labels: [Int] = []
    for bin in positives.indices {
      for _ in 0..<positives[bin] {
        scores.append(score(ofBin: bin))
        labels.append(1)
      }
      for _ in 0..<negatives[bin] {
        scores.append(score(ofBin: bin))
        labels.append(0)
      }
    }
    return (scores, labels)
  }

  func scoreCounts() throws -> ScoreCounts {
    var counts = ScoreCounts(binning: .linear(thresholdCount: thresholdCount))
    let rows = rows()
    try counts.record(scores: rows.scores, labels: rows.labels)
    return counts
  }

  func streamingAUC() throws -> StreamingAUC {
    var metric = StreamingAUC(thresholdCount: thresholdCount)
    let rows = rows()
    try metric.update(scores: rows.scores, labels: rows.labels)
    return metric
  }

  /// Builds any count, however large, from an empty state by binary doubling: for each bit
  /// from the top, merge the state with itself, then record one row for each bin whose count
  /// has that bit set.
  func byDoubling<State>(
    _ empty: State, record: (inout State, [Double], [Int]) throws -> Void,
    merge: (inout State, State) throws -> Void
  ) throws -> State {
    var state = empty
    for bit in (0..<64).reversed() {
      let copy = state
      try merge(&state, copy)
      var scores: [Double] = []
      var labels: [Int] = []
      for bin in positives.indices {
        if positives[bin] >> bit & 1 == 1 {
          scores.append(score(ofBin: bin))
          labels.append(1)
        }
        if negatives[bin] >> bit & 1 == 1 {
          scores.append(score(ofBin: bin))
          labels.append(0)
        }
      }
      try record(&state, scores, labels)
    }
    return state
  }

  func byDoubling(
    _ empty: ScoreHistogram, record: (inout ScoreHistogram, [Double], [Int]) throws -> Void
  ) throws -> ScoreHistogram {
    try byDoubling(empty, record: record) { try $0.merge($1) }
  }

  func byDoubling(
    _ empty: StreamingAUC, record: (inout StreamingAUC, [Double], [Int]) throws -> Void
  ) throws -> StreamingAUC {
    try byDoubling(empty, record: record) { try $0.merge($1) }
  }

  func byDoubling(
    _ empty: ScoreCounts, record: (inout ScoreCounts, [Double], [Int]) throws -> Void
  ) throws -> ScoreCounts {
    try byDoubling(empty, record: record) { try $0.merge($1) }
  }

  /// 2 to 6 bins of 0...3 rows per class, both classes present.
  static func random(seed: UInt64) -> Bins {
    var generator = SplitMix64(seed: seed &* 0x9E37_79B9)
    while true {
      let binCount = 2 + Int(generator.nextBelow(5))
      let limit = 1 + generator.nextBelow(3)
      let positives = (0..<binCount).map { _ in generator.nextBelow(limit + 1) }
      let negatives = (0..<binCount).map { _ in generator.nextBelow(limit + 1) }
      let bins = Bins(positives: positives, negatives: negatives)
      if bins.positiveTotal > 0 && bins.negativeTotal > 0 { return bins }
    }
  }

  /// 2 to 5 bins of random 64-bit counts, scaled so that the total fits 2^64 − 1, odd and
  /// uneven so that no count is a multiple of a large power of two.
  static func randomHuge(seed: UInt64) -> Bins {
    var generator = SplitMix64(seed: seed &+ 0xDEAD_BEEF)
    let binCount = 2 + Int(generator.nextBelow(4))
    // 2·binCount counts, each below 2^64 / (2·binCount), add up below 2^64.
    let shift = UInt64((2 * binCount - 1).bitWidth - (2 * binCount - 1).leadingZeroBitCount)
    var positives = (0..<binCount).map { _ in generator.next() >> shift | 1 }
    let negatives = (0..<binCount).map { _ in generator.next() >> shift | 1 }
    if seed % 3 == 0 { positives[0] = 0 }
    if seed % 4 == 0 { positives[binCount - 1] >>= 40 }
    return Bins(positives: positives, negatives: negatives)
  }
}

/// Exact arithmetic for the expectations, written apart from the library's.
enum Exact {
  struct Pairs: Equatable {
    /// Σ_i pos_i · (2·negBelow_i + neg_i): twice the Mann–Whitney U, ties counted ½.
    var twiceArea: UInt128
    /// Σ_i pos_i · neg_i.
    var tiedPairs: UInt128
    /// 2 · P · N.
    var twicePairs: UInt128
  }

  /// The pair counts from the per-bin formula, in `UInt128`.
  static func pairs(_ bins: Bins) -> Pairs {
    var twiceArea: UInt128 = 0
    var tiedPairs: UInt128 = 0
    var negativesBelow: UInt128 = 0
    for bin in bins.positives.indices {
      let positive = UInt128(bins.positives[bin])
      let negative = UInt128(bins.negatives[bin])
      twiceArea += positive * (2 * negativesBelow + negative)
      tiedPairs += positive * negative
      negativesBelow += negative
    }
    let twicePairs = 2 * UInt128(bins.positiveTotal) * UInt128(bins.negativeTotal)
    return Pairs(twiceArea: twiceArea, tiedPairs: tiedPairs, twicePairs: twicePairs)
  }

  /// The pair counts by comparing every positive row with every negative row.
  static func bruteForcePairs(_ bins: Bins) -> Pairs {
    var positiveBins: [Int] = []
    var negativeBins: [Int] = []
    for bin in bins.positives.indices {
      positiveBins += Array(repeating: bin, count: Int(bins.positives[bin]))
      negativeBins += Array(repeating: bin, count: Int(bins.negatives[bin]))
    }
    var twiceArea: UInt128 = 0
    var tiedPairs: UInt128 = 0
    for positive in positiveBins {
      for negative in negativeBins {
        if positive > negative { twiceArea += 2 }
        if positive == negative {
          twiceArea += 1
          tiedPairs += 1
        }
      }
    }
    let twicePairs = UInt128(2 * positiveBins.count * negativeBins.count)
    return Pairs(twiceArea: twiceArea, tiedPairs: tiedPairs, twicePairs: twicePairs)
  }

  /// `numerator / denominator` rounded to the nearest double, ties to even: 64 quotient bits
  /// by restoring long division, then rounding with the remainder as sticky bit.
  ///
  /// - Precondition: `numerator ≤ denominator < 2^127`, `denominator > 0`.
  static func nearestDouble(_ numerator: UInt128, over denominator: UInt128) -> Double {
    precondition(denominator > 0 && denominator < 1 << 127 && numerator <= denominator)
    if numerator == 0 { return 0 }
    if numerator == denominator { return 1 }
    var remainder = numerator
    var bits: UInt64 = 0
    var exponent = 0
    while bits < 1 << 63 {
      remainder <<= 1
      bits <<= 1
      exponent -= 1
      if remainder >= denominator {
        remainder -= denominator
        bits |= 1
      }
    }
    var kept = bits >> 11
    let dropped = bits & 0x7FF
    if dropped > 0x400 || (dropped == 0x400 && (remainder != 0 || kept & 1 == 1)) { kept += 1 }
    return Double(sign: .plus, exponent: exponent + 11, significand: Double(kept))
  }

  /// The number of doubles from `a` to `b`, both finite and ≥ 0.
  static func ulps(_ a: Double, _ b: Double) -> UInt64 {
    let (x, y) = (a.bitPattern, b.bitPattern)
    return x > y ? x - y : y - x
  }
}
