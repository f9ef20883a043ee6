import AUCMetrics
import Foundation
import Testing

/// The examples in the documentation comments of the Calibration folder, their values worked
/// out by hand.
@Suite("Calibration documentation examples")
struct CalibrationDocumentationExampleTests {
  @Test("CalibrationSums: Brier (1 + 9 + 4 + 1)/64/4, CTRs 1/2 and 2.125/4")
  func calibrationSums() throws {
    var sums = CalibrationSums(binCount: 10)
    try sums.record(scores: [0.125, 0.375, 0.75, 0.875], labels: [0, 0, 1, 1])
    let summary = sums.summary()
    #expect(summary.brierScore == 0.05859375)
    #expect(summary.actualCTR == 0.5)
    #expect(summary.predictedCTR == 0.53125)
  }

  @Test("record: Float scores; weights 3 and 1 give a predicted CTR of 1.25/4")
  func record() throws {
    var sums = CalibrationSums()
    try sums.record(scores: [0.2, 0.7] as [Float], labels: [0, 1])
    #expect(sums.rowCount == 2)
    var weighted = CalibrationSums()
    try weighted.record(scores: [0.25, 0.5], labels: [0, 1], weights: [3, 1])
    #expect(weighted.summary().predictedCTR == 0.3125)
  }

  @Test("ReliabilityBin: 0.25 and 0.375 share [0.25, 0.5) of 4 bins")
  func reliabilityBin() throws {
    var sums = CalibrationSums(binCount: 4)
    try sums.record(scores: [0.25, 0.375, 0.875], labels: [0, 1, 1])
    let bin = sums.summary().reliabilityBins[1]
    #expect(bin.lowerBound == 0.25 && bin.upperBound == 0.5)
    #expect(bin.rowCount == 2)
    #expect(bin.meanScore == 0.3125)
    #expect(bin.fractionPositive == 0.5)
  }

  @Test("CalibrationSummary: two rows 0.25 off, ECE and MAE 0.25, COPC 1")
  func calibrationSummary() throws {
    var sums = CalibrationSums(binCount: 2)
    try sums.record(scores: [0.25, 0.75], labels: [0, 1])
    let summary = sums.summary()
    #expect(summary.expectedCalibrationError == 0.25)
    #expect(summary.meanAbsoluteError == 0.25)
    #expect(summary.copc == 1.0)
  }

  @Test("summary(): a positive at 0 is an infinite loss; clipped, (52 ln 2 + ln 2)/2")
  func summary() throws {
    var sums = CalibrationSums()
    try sums.record(scores: [0.0, 0.5], labels: [1, 0])
    let summary = sums.summary()
    #expect(summary.logLoss == .infinity)
    CalibrationReferenceTests.expectClose(
      summary.logLossClipped, 53 * Foundation.log(2.0) / 2, ulps: 1, "clipped")
  }

  @Test("merge: the rows 0.25 (negative) and 0.75 (positive), Brier 1/16")
  func merge() throws {
    var first = CalibrationSums()
    var second = CalibrationSums()
    try first.record(scores: [0.25], labels: [0])
    try second.record(scores: [0.75], labels: [1])
    try first.merge(second)
    #expect(first.summary().brierScore == 0.0625)
  }

  @Test("compactEncoding: decodes to equal sums")
  func compactEncoding() throws {
    var sums = CalibrationSums()
    try sums.record(scores: [0.2, 0.7], labels: [0, 1])
    let bytes = sums.compactEncoding()
    #expect(try CalibrationSums(compactEncoding: bytes) == sums)
  }

  @Test("bucketError: 1600 rows at CTR 0.5, half clicked: error 0; two rows: nil")
  func bucketError() throws {
    var positives = [Double](repeating: 0, count: 4096)
    var negatives = positives
    positives[2048] = 800; negatives[2048] = 800
    #expect(CalibrationSummary.bucketError(positives: positives, negatives: negatives) == 0.0)
    var histogram = ScoreHistogram(thresholdCount: 4095)
    try histogram.record(scores: [0.9, 0.3], labels: [1, 0])
    #expect(histogram.bucketError == nil)
    var counts = ScoreCounts()
    try counts.record(scores: [0.9, 0.3], labels: [1, 0])
    #expect(counts.bucketError(thresholdCount: 4095) == nil)
    // 1600 rows at 0.5 of which 400 clicked: |0.25/0.5 − 1| = 0.5.
    positives[2048] = 400; negatives[2048] = 1200
    #expect(CalibrationSummary.bucketError(positives: positives, negatives: negatives) == 0.5)
  }
}
