import AUCMetrics
import Testing

/// The examples in the documentation comments and the README, with their values worked out by
/// hand (pairs counted on paper), so that the documentation cannot drift from the code.
@Suite("Documentation examples")
struct DocumentationExampleTests {
  @Test("ScoreCounts: 5.75 of 7 weighted pairs")
  func scoreCounts() throws {
    var counts = ScoreCounts()
    try counts.record(scores: [2.1, -0.4, 0.7], labels: [1, 0, 0])
    try counts.record(scores: [0.7], labels: [1], weights: [2.5])
    // Positive 2.1 (weight 1) beats both negatives: 2; positive 0.7 (weight 2.5) beats −0.4:
    // 2.5, and ties 0.7: 1.25. P·N = 3.5 · 2.
    #expect(counts.summary.rocAUC == 5.75 / 7)
  }

  @Test("ScoreCounts.summary: the tie at 0.4 counts ½")
  func tie() throws {
    var counts = ScoreCounts()
    try counts.record(scores: [-1.2, 0.4, 0.4, 3.0], labels: [0, 0, 1, 1])
    #expect(counts.summary.rocAUC == 0.875)
    #expect(counts.summary.rocAUCErrorBound == 0)
  }

  @Test("RankingSummary: ROC 3/4, AP (1 + 2/3) / 2")
  func rankingSummary() throws {
    var counts = ScoreCounts()
    try counts.record(scores: [0.9, 0.8, 0.7, 0.1], labels: [1, 0, 1, 0])
    #expect(counts.summary.rocAUC == 0.75)
    // (1 + 2/3) / 2 = 5/6, correctly rounded.
    #expect(counts.summary.averagePrecision == 5.0 / 6)
  }

  @Test("RankingSummary(scores:labels:) on logits, and the README's four rows")
  func oneShot() throws {
    let logits: [Float] = [2.3, -0.7, 0.1, 1.8]
    #expect(try RankingSummary(scores: logits, labels: [1, 0, 0, 1]).rocAUC == 1)
    let readme = try RankingSummary(scores: [2.1, -0.4, 0.7, 0.7], labels: [1, 0, 0, 1])
    #expect(readme.rocAUC == 3.5 / 4)
  }

  @Test("six tied rows: AP 0.5, trapezoid 0.75, interpolated 0.5")
  func tiedRows() throws {
    let summary = try RankingSummary(
      scores: [Double](repeating: 0.7, count: 6), labels: [1, 0, 1, 0, 1, 0])
    #expect(summary.averagePrecision == 0.5)
    #expect(summary.prAUCTrapezoid == 0.75)
    #expect(summary.prAUCInterpolated == 0.5)
    #expect(summary.rocAUC == 0.5)
  }

  @Test("ScoreHistogram.summary: both positives above the negative")
  func histogramSummary() throws {
    var histogram = ScoreHistogram(thresholdCount: 4095)
    try histogram.record(scores: [0.9, 0.3, 0.6], labels: [1, 0, 1])
    #expect(histogram.summary.prAUCInterpolated == 1)
  }

  @Test("StreamingAUC.update: the positive 0.9 above both negatives, value 1.0")
  func streamingUpdate() throws {
    var metric = StreamingAUC()
    try metric.update(scores: [0.9, 0.2, 0.7] as [Float], labels: [1, 0, 0])
    #expect(metric.value == 1.0)
  }

  @Test("StreamingAUC(state:) gives an equal metric")
  func stateCopy() throws {
    var metric = StreamingAUC(thresholdCount: 10, windowBatchCount: 2)
    try metric.update(scores: [0.9, 0.2, 0.7], labels: [1, 0, 0])
    let copy = StreamingAUC(state: metric.state)
    #expect(copy == metric)
  }

  @Test("OutOfRangeScorePolicy.clamp counts 1.2 as 1.0 and -0.1 as 0.0")
  func clamp() throws {
    var metric = StreamingAUC(outOfRangeScores: .clamp)
    try metric.update(scores: [1.2, -0.1], labels: [1, 0])
    #expect(metric.histogram.positiveCounts.last == 1 && metric.histogram.positiveCount == 1)
    #expect(metric.histogram.negativeCounts.first == 1 && metric.histogram.negativeCount == 1)
  }

  @Test("ScoreInputError: row 1, score nan")
  func inputError() {
    var metric = StreamingAUC()
    do {
      try metric.update(scores: [0.2, .nan], labels: [0, 1])
      Issue.record("a NaN score was counted")
    } catch {
      #expect("\(error)" == "row 1: score nan is not a finite number")
    }
  }

  @Test("ClassLabel: 1 positive, 0 negative, 2 no label")
  func classLabels() {
    #expect((1 as Int64).isPositiveClass == true)
    #expect((0 as UInt8).isPositiveClass == false)
    #expect((2 as Int).isPositiveClass == nil)
  }

  @Test("ScoreHistogram: ROC 1.0 and 2 positives; ROC 1.0 of 0.8 above 0.4 and 0.6")
  func histogram() throws {
    var histogram = ScoreHistogram(thresholdCount: 4095)
    try histogram.record(scores: [0.9, 0.3, 0.6], labels: [1, 0, 1])
    #expect(histogram.rocAUC == 1.0)
    #expect(histogram.positiveCount == 2)
    var other = ScoreHistogram(thresholdCount: 4095)
    try other.record(scores: [0.8, 0.4, 0.6], labels: [1, 0, 0])
    #expect(other.rocAUC == 1.0)
  }

  @Test("ScoreHistogram.binIndex: 0.7 goes to bin 7 of 10 as Float and as Double")
  func binIndex() {
    // Float(0.7) · 10 = 6.99999988… rounds to 7.0f; Double 0.7 · 10 is halfway between
    // 7 − 2^−50 and 7 and rounds to the even 7.0.
    #expect(ScoreHistogram(thresholdCount: 10).binIndex(of: 0.7 as Float) == 7)
    #expect(ScoreHistogram(thresholdCount: 10).binIndex(of: 0.7 as Double) == 7)
    #expect((0.7 as Double) * 10 == 7)
  }

  @Test("ScoreHistogram.averagePrecision: (1/1 + 2/3) / 2 with T = 10")
  func histogramAveragePrecision() throws {
    var histogram = ScoreHistogram(thresholdCount: 10)
    try histogram.record(scores: [0.9, 0.5, 0.2], labels: [1, 0, 1])
    // (1/1 + 2/3) / 2 = 5/6, correctly rounded (the sum of rounded doubles is 1 ulp low).
    #expect(histogram.averagePrecision == 5.0 / 6)
  }

  @Test("ScoreHistogram(thresholdCount:positiveCounts:negativeCounts:): ROC 1.0")
  func storedHistogram() throws {
    let histogram = try ScoreHistogram(
      thresholdCount: 1, positiveCounts: [0, 2], negativeCounts: [1, 0])
    #expect(histogram.rocAUC == 1.0)
  }

  @Test("compact encodings decode to what was encoded")
  func compactRoundTrips() throws {
    var histogram = ScoreHistogram(thresholdCount: 10)
    try histogram.record(scores: [0.9, 0.5, 0.2], labels: [1, 0, 1])
    #expect(try ScoreHistogram(compactEncoding: histogram.compactEncoding()) == histogram)
    var counts = ScoreCounts()
    try counts.record(scores: [2.1, -0.4, 0.7, 0.7], labels: [1, 0, 0, 1])
    let bytes = counts.compactEncoding()
    #expect(try ScoreCounts(compactEncoding: bytes) == counts)
    let groups = try bytes.withUnsafeBytes { (buffer) throws(CompactEncodingError) in
      try ScoreGroups(compactCounts: buffer)
    }
    #expect(groups == (try ScoreCounts(compactEncoding: bytes)).groups)
  }

  @Test("ScoreGroups: thresholds 0.9, 0.4, 0.1 with their counts")
  func groups() throws {
    var counts = ScoreCounts()
    try counts.record(scores: [0.9, 0.4, 0.4, 0.1], labels: [1, 1, 0, 0])
    let groups = counts.groups
    #expect(groups.thresholds == [0.9, 0.4, 0.1])
    #expect(groups.positives == [1.0, 1.0, 0.0])
    #expect(groups.negatives == [0.0, 1.0, 1.0])
  }

  @Test("ScoreCounts.wholeRowCounts: 1 positive and 3 negative rows")
  func wholeRowCounts() throws {
    let rows = try #require(
      ScoreCounts.wholeRowCounts(positiveWeights: [1, 0], negativeWeights: [2, 1]))
    #expect(rows.positive == 1 && rows.negative == 3)
  }

  @Test("NormalDistribution: the values SciPy's norm gives")
  func normalDistribution() {
    #expect(NormalDistribution.cumulativeProbability(1.96) == 0.9750021048517795)
    #expect(NormalDistribution.twoSidedPValue(-1.96) == 0.04999579029644087)
    #expect(NormalDistribution.quantile(0.975) == 1.9599639845400538)
    #expect(NormalDistribution.cumulativeProbability(0) == 0.5)
    #expect(NormalDistribution.cumulativeProbability(-8) == 6.220960574271784e-16)
    #expect(NormalDistribution.survivalProbability(1.96) == 0.024997895148220435)
    #expect(NormalDistribution.survivalProbability(37) == 5.7255712225245764e-300)
    #expect(NormalDistribution.twoSidedPValue(1.96) == 0.04999579029644087)
    #expect(NormalDistribution.twoSidedPValue(0) == 1.0)
    #expect(NormalDistribution.quantile(1e-300) == -37.0470962993612)
  }

  @Test("StudentTDistribution: the values SciPy's t gives")
  func studentT() {
    let welch = StudentTDistribution(degreesOfFreedom: 197.3)
    #expect(welch.twoSidedPValue(2.7) == 0.007536271607610748)
    #expect(welch.cumulativeProbability(-1.5) == 0.06760643949051232)
    #expect(welch.twoSidedPValue(-6) == 9.28769295831426e-09)
    #expect(
      StudentTDistribution(degreesOfFreedom: .infinity).twoSidedPValue(1.96)
        == 0.04999579029644087)
    let t10 = StudentTDistribution(degreesOfFreedom: 10)
    #expect(t10.survivalProbability(2.7) == 0.011156682581738516)
    #expect(t10.survivalProbability(-2.7) == 0.9888433174182615)
    #expect(t10.cumulativeProbability(-2.7) == 0.011156682581738516)
    #expect(t10.cumulativeProbability(0) == 0.5)
    // Cauchy: P(T > 1) = ½ − atan(1)/π = 0.25 exactly; the continued fraction rounds.
    let cauchy = StudentTDistribution(degreesOfFreedom: 1)
    #expect(abs(cauchy.survivalProbability(1) - 0.25) <= 4 * (0.25 as Double).ulp)
  }

  @Test("SplitMix64(seed: 0): the reference generator's first output")
  func splitMix() {
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 16_294_208_416_658_607_535)
    let unit = generator.nextUnitDouble()
    #expect(unit >= 0 && unit < 1)
    for _ in 0..<1000 { #expect(generator.nextBelow(6) < 6) }
  }

  @Test("SharedScoreHistogram: T = 200; empty after reset")
  func sharedHistogram() throws {
    #expect(SharedScoreHistogram(thresholdCount: 200).thresholdCount == 200)
    let shared = SharedScoreHistogram(thresholdCount: 10)
    try shared.record(scores: [0.9, 0.1], labels: [1, 0])
    #expect(!shared.snapshot.isEmpty)
    shared.reset()
    #expect(shared.snapshot.isEmpty)
  }
}

extension DocumentationExampleTests {
  @Test("CompactEncodingError: a threshold count cut after its first byte")
  func compactEncodingError() {
    let bytes = ScoreHistogram(thresholdCount: 200).compactEncoding()
    #expect(Array(bytes.prefix(2)) == [0xC8, 0x01])  // 200 = 0x48 | 0x80, then 1 · 2^7
    #expect(throws: CompactEncodingError(offset: 1, reason: "the input ends inside a number")) {
      try ScoreHistogram(compactEncoding: Array(bytes.prefix(1)))
    }
  }
}
