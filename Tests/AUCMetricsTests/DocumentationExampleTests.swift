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
}
