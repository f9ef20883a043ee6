import AUCMetrics
import Testing

/// Binned average precision against scikit-learn.
@Suite("Binned average precision against scikit-learn")
struct AveragePrecisionReferenceTests {
  /// `sklearn.metrics.average_precision_score(labels, bins)` (scikit-learn 1.9.1, numpy 2.4.6),
  /// where `bins = (scores * T).astype(int64)` with the multiply in the file's dtype.
  static let scikitLearn: [(file: String, thresholdCount: Int, averagePrecision: Double)] = [
    ("random_1000", 10, 0.8154839631529176),
    ("random_1000", 200, 0.8394461710089137),
    ("random_1000", 4095, 0.840412876438803),
    ("random_f32_3000", 10, 0.8133306239562706),
    ("random_f32_3000", 200, 0.8360392551979121),
    ("random_f32_3000", 4095, 0.8371697335826782),
    ("tiny_ties", 10, 0.5678571428571428),
    ("endpoints", 4095, 0.6220238095238095),
  ]

  @Test("equals scikit-learn's average_precision_score on the bin indices", arguments: scikitLearn)
  func matchesScikitLearn(file: String, thresholdCount: Int, averagePrecision: Double) throws {
    let golden = try GoldenFile.load(file)
    let (scores, labels) = golden.rows
    var metric = StreamingAUC(curve: .precisionRecall, thresholdCount: thresholdCount)
    try feed(
      &metric, scores: scores, labels: labels, batchSizes: golden.batchSizes,
      float32: golden.isFloat32)
    let value = try #require(metric.value)
    // Same sum, different order of roundings: scikit-learn sums recall steps times precision.
    #expect(abs(value - averagePrecision) <= 4 * averagePrecision.ulp)
  }

  @Test("positives only give 1; no positives is undefined")
  func oneClass() throws {
    var positivesOnly = ScoreHistogram(thresholdCount: 10)
    try positivesOnly.record(scores: [0.1, 0.5, 0.9], labels: [1, 1, 1])
    #expect(positivesOnly.averagePrecision == 1)  // scikit-learn: 1.0 (single_class_pos.json)
    var negativesOnly = ScoreHistogram(thresholdCount: 10)
    try negativesOnly.record(scores: [0.1, 0.5, 0.9], labels: [0, 0, 0])
    // scikit-learn returns 0.0 with a warning; recall is 0/0 here, so we say undefined.
    #expect(negativesOnly.averagePrecision == nil)
  }
}
