import AUCMetrics
import Testing

/// Exact summaries against the rational values and the peers of `Stats/`.
@Suite("Reference values from pROC, scikit-learn and Keras")
struct StatsReferenceTests {
  @Test(
    "exact ROC AUC ≤ 1 ulp and AP ≤ 4 ulps from the rational values",
    arguments: StatsReference.names)
  func exactSummaries(name: String) throws {
    let reference = try StatsReference.load(name)
    var counts = ScoreCounts()
    try counts.record(scores: reference.scores, labels: reference.labels)
    let summary = counts.summary
    #expect(summary.isExact && summary.rocAUCErrorBound == 0)
    #expect(summary.positiveWeight == Double(reference.nPos))
    let rocAUC = try #require(summary.rocAUC)
    #expect(ulpDistance(rocAUC, hexDouble(reference.exact.aucHex)) <= 1)
    let averagePrecision = try #require(summary.averagePrecision)
    if let exact = reference.exact.averagePrecisionHex {
      #expect(ulpDistance(averagePrecision, hexDouble(exact)) <= 4)
    }
    #expect(ulpDistance(rocAUC, hexDouble(reference.sklearn.rocAucHex)) <= 1)
    #expect(ulpDistance(averagePrecision, hexDouble(reference.sklearn.averagePrecisionHex)) <= 4)
    let trapezoid = try #require(summary.prAUCTrapezoid)
    #expect(ulpDistance(trapezoid, hexDouble(reference.sklearn.prAucTrapezoidHex)) <= 2)
  }

  @Test("weighted exact values", arguments: ["tiny_weighted", "weighted_1000"])
  func weightedSummaries(name: String) throws {
    let reference = try StatsReference.load(name)
    let weights = try #require(reference.weights)
    var counts = ScoreCounts()
    try counts.record(scores: reference.scores, labels: reference.labels, weights: weights)
    let summary = counts.summary
    let rocAUC = try #require(summary.rocAUC)
    let averagePrecision = try #require(summary.averagePrecision)
    let trapezoid = try #require(summary.prAUCTrapezoid)
    #expect(ulpDistance(rocAUC, hexDouble(try #require(reference.exact.aucWeightedHex))) <= 1)
    #expect(
      ulpDistance(
        averagePrecision, hexDouble(try #require(reference.exact.averagePrecisionWeightedHex)))
        <= 4)
    #expect(
      ulpDistance(trapezoid, hexDouble(try #require(reference.sklearn.prAucTrapezoidWeightedHex)))
        <= 2)
  }

  /// Keras bins with 200 thresholds in float32: a score s counts at threshold i when
  /// s > i/199 (the lowest threshold sits just below 0), so its bucket is
  /// `max(ceil(s · 199) − 1, 0)`. The interpolated areas of those buckets must be Keras's.
  @Test("Keras interpolation on Keras's own buckets", arguments: StatsReference.names)
  func kerasInterpolation(name: String) throws {
    let reference = try StatsReference.load(name)
    guard let keras = reference.keras else { return }  // scores outside 0...1
    let buckets = reference.scores.map { score in
      Swift.max((Float(score) * 199).rounded(.up) - 1, 0)
    }
    var counts = ScoreCounts()
    try counts.record(scores: buckets, labels: reference.labels)
    let summary = counts.summary
    let pr = try #require(summary.prAUCInterpolated)
    let roc = try #require(summary.rocAUC)
    #expect(abs(pr - keras.prInterpolation) <= 1e-6)
    #expect(abs(roc - keras.rocInterpolation) <= 1e-6)
    if let weights = reference.weights, let expected = keras.prInterpolationWeighted {
      var weighted = ScoreCounts()
      try weighted.record(scores: buckets, labels: reference.labels, weights: weights)
      let value = try #require(weighted.summary.prAUCInterpolated)
      #expect(abs(value - expected) <= 1e-6)
    }
  }

  @Test(
    "exact values equal scikit-learn's in Paddle's golden files",
    arguments: GoldenFile.smallFileNames + ["big_uniform_f32_1e6"])
  func paddleGoldenSklearnFields(name: String) throws {
    let golden = try GoldenFile.load(name)
    let (scores, labels) = golden.rows
    var counts = ScoreCounts()
    if golden.isFloat32 {
      try counts.record(scores: scores.map { Float($0) }, labels: labels)
    } else {
      try counts.record(scores: scores, labels: labels)
    }
    let summary = counts.summary
    if let expected = golden.sklearn.rocAucHex {
      #expect(ulpDistance(try #require(summary.rocAUC), hexDouble(expected)) <= 1)
    } else {
      #expect(summary.rocAUC == nil)
    }
    // scikit-learn returns 0.0 (and warns) without positives; here that is undefined.
    if golden.nPos == 0 {
      #expect(summary.averagePrecision == nil)
    } else if let expected = golden.sklearn.averagePrecisionHex {
      #expect(ulpDistance(try #require(summary.averagePrecision), hexDouble(expected)) <= 4)
    }
  }
}
