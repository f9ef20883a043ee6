import AUCMetrics
import Testing

/// ``CalibrationSums`` and the bucket error against the reference sets of `Calibration/`:
/// the exact values (rational arithmetic, correctly rounded), scikit-learn 1.9.1 and
/// PaddlePaddle 3.3.1's `FleetUtil.get_global_metrics` on float64 sums (`paddle_f64`).
@Suite("Calibration reference values")
struct CalibrationReferenceTests {
  /// `value` within `ulps` representable doubles of `reference` (both +infinity counts as
  /// equal, and `nil` only matches `nil`).
  static func expectClose(
    _ value: Double?, _ reference: Double?, ulps: UInt64, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let value, let reference else {
      #expect(value == nil && reference == nil, "\(what): \(String(describing: value)) vs \(String(describing: reference))", sourceLocation: sourceLocation)
      return
    }
    if reference.isInfinite {
      #expect(value == reference, "\(what)", sourceLocation: sourceLocation)
      return
    }
    let distance = ulpDistance(value, reference)
    #expect(
      distance <= ulps, "\(what): \(value) is \(distance) ulps from \(reference)",
      sourceLocation: sourceLocation)
  }

  static func sums(
    _ reference: CalibrationReference, binCount: Int, weighted: Bool = true
  ) throws -> CalibrationSums {
    var sums = CalibrationSums(binCount: binCount)
    let weights = weighted ? reference.weights ?? [] : []
    try sums.record(scores: reference.scores, labels: reference.labels, weights: weights)
    return sums
  }

  /// The exact block's calibration values: log losses through `log` (≤ 1 ulp each row, the
  /// sum's error averaged) within 2 ulps; Brier score, ECE and the reliability bins (counts,
  /// weights, means) exactly: double-double sums (exact products, ~2^-104 relative error)
  /// and one rounding give the correctly rounded double on these sets.
  static func checkExactBlock(
    _ block: [String: Any]?, sums: CalibrationSums, binCount: Int, weighted: Bool, name: String
  ) throws {
    let summary = sums.summary()
    expectClose(
      summary.logLoss, ReferenceJSON.double(block, "log_loss"), ulps: 2, "\(name) log loss")
    expectClose(
      summary.logLossClipped, ReferenceJSON.double(block, "log_loss_sklearn_clipping"),
      ulps: 2, "\(name) clipped log loss")
    expectClose(
      summary.brierScore, ReferenceJSON.double(block, "brier_score"), ulps: 0, "\(name) Brier")
    expectClose(
      summary.expectedCalibrationError, ReferenceJSON.double(block, "ece_\(binCount)"), ulps: 0,
      "\(name) ECE \(binCount)")
    let bins = try #require(block?["reliability_\(binCount)"] as? [[String: Any]])
    #expect(bins.count == binCount)
    for (bin, expected) in zip(summary.reliabilityBins, bins) {
      #expect(bin.index == expected["bin"] as? Int)
      #expect(bin.rowCount == UInt64(expected["count"] as! Int), "\(name) bin \(bin.index)")
      if weighted {
        expectClose(
          bin.weight, ReferenceJSON.double(expected, "weight"), ulps: 0,
          "\(name) weight of bin \(bin.index)")
      }
      expectClose(
        bin.meanScore, ReferenceJSON.double(expected, "mean_score"), ulps: 0,
        "\(name) mean score of bin \(bin.index)")
      expectClose(
        bin.fractionPositive, ReferenceJSON.double(expected, "fraction_positive"), ulps: 0,
        "\(name) fraction positive of bin \(bin.index)")
    }
  }

  /// Fleet's line against its exact definitions: quotients of double-double sums within
  /// 1 ulp, mean Q (sigmoid through `exp`, ≤ 1 ulp a row) within 2.
  static func checkClickThroughLine(
    _ line: [String: Any]?, summary: CalibrationSummary, name: String
  ) {
    expectClose(summary.meanAbsoluteError, ReferenceJSON.double(line, "mae"), ulps: 1, "\(name) MAE")
    expectClose(
      summary.rootMeanSquaredError, ReferenceJSON.double(line, "rmse"), ulps: 1, "\(name) RMSE")
    expectClose(
      summary.actualCTR, ReferenceJSON.double(line, "actual_ctr"), ulps: 1, "\(name) actual CTR")
    expectClose(
      summary.predictedCTR, ReferenceJSON.double(line, "predicted_ctr"), ulps: 1,
      "\(name) predicted CTR")
    expectClose(summary.copc, ReferenceJSON.double(line, "copc"), ulps: 1, "\(name) COPC")
    expectClose(summary.meanQ, ReferenceJSON.double(line, "mean_q"), ulps: 2, "\(name) mean Q")
  }

  @Test("log loss, Brier, ECE and reliability bins equal the exact values", arguments: CalibrationReference.names)
  func exactCalibration(name: String) throws {
    let reference = try CalibrationReference.load(name)
    for binCount in [10, 15] {
      let sums = try Self.sums(reference, binCount: binCount)
      try Self.checkExactBlock(
        reference.json.object("exact"), sums: sums, binCount: binCount,
        weighted: reference.weights != nil, name: name)
      if reference.weights != nil {
        // The unweighted twin: the same rows, every weight 1.
        try Self.checkExactBlock(
          reference.json.object("exact_unweighted"),
          sums: try Self.sums(reference, binCount: binCount, weighted: false),
          binCount: binCount, weighted: false, name: name + " unweighted")
      }
    }
  }

  @Test("fleet's click-through line equals the exact values and paddle_f64", arguments: CalibrationReference.names)
  func clickThroughLine(name: String) throws {
    let reference = try CalibrationReference.load(name)
    let unweighted = try Self.sums(reference, binCount: 15, weighted: false).summary()
    Self.checkClickThroughLine(
      reference.json.object("exact", "ctr_line"), summary: unweighted, name: name)
    // paddle_f64 is within 1 ulp of the exact values (reference README), so within 2 of ours.
    Self.checkClickThroughLine(
      reference.json.object("paddle_f64"), summary: unweighted, name: name + " paddle_f64")
    if reference.weights != nil {
      let weighted = try Self.sums(reference, binCount: 15).summary()
      Self.checkClickThroughLine(
        reference.json.object("exact", "ctr_line_weighted"), summary: weighted,
        name: name + " weighted")
    }
  }

  @Test("the bucket error is paddle_f64's bit for bit and within 16 ulps of the exact one", arguments: CalibrationReference.names)
  func bucketError(name: String) throws {
    let reference = try CalibrationReference.load(name)
    let thresholdCount = reference.thresholdCount
    var exactCounts = ScoreCounts()
    try exactCounts.record(scores: reference.scores, labels: reference.labels)
    var binnedCounts = ScoreCounts(binning: .linear(thresholdCount: thresholdCount))
    try binnedCounts.record(scores: reference.scores, labels: reference.labels)
    var histogram = ScoreHistogram(thresholdCount: thresholdCount)
    try histogram.record(scores: reference.scores, labels: reference.labels)
    let fromExact = exactCounts.bucketError(thresholdCount: thresholdCount)
    // The three routes to the same double-binned histogram agree.
    #expect(binnedCounts.bucketError(thresholdCount: thresholdCount) == fromExact)
    #expect(histogram.bucketError == fromExact)
    let paddle = try #require(ReferenceJSON.double(reference.json.object("paddle_f64"), "bucket_error"))
    let line = reference.json.object("exact", "ctr_line")
    let groups = try #require(line?["bucket_error_groups"] as? Int)
    if groups == 0 {
      // Fleet prints 0.0 when no bucket group closes; the value is undefined, so nil here.
      #expect(paddle == 0)
      #expect(fromExact == nil)
    } else {
      #expect(fromExact == paddle, "\(name): \(String(describing: fromExact)) vs \(paddle)")
      Self.expectClose(
        fromExact, ReferenceJSON.double(line, "bucket_error"), ulps: 16, "\(name) exact")
    }
    if let floatLine = reference.json.object("exact", "ctr_line_float32_histogram") {
      // Float32 scores binned in float32, as PaddlePaddle's auc op bins them.
      var floatHistogram = ScoreHistogram(thresholdCount: thresholdCount)
      try floatHistogram.record(scores: reference.scores.map { Float($0) }, labels: reference.labels)
      Self.expectClose(
        floatHistogram.bucketError, ReferenceJSON.double(floatLine, "bucket_error"), ulps: 16,
        "\(name) float32 histogram")
      if let paddleBucketError = ReferenceJSON.double(reference.json.object("paddle"), "bucket_error") {
        // PaddlePaddle's float32 pipeline runs the same double loop on the op's histogram.
        #expect(floatHistogram.bucketError.map { Float($0) } == Float(paddleBucketError))
      }
    }
    if reference.weights != nil {
      var weightedCounts = ScoreCounts()
      try weightedCounts.record(
        scores: reference.scores, labels: reference.labels, weights: reference.weights!)
      let weighted = ReferenceJSON.double(reference.json.object("paddle_f64_weighted"), "bucket_error")
      Self.expectClose(
        weightedCounts.bucketError(thresholdCount: thresholdCount),
        weighted == 0 ? nil : weighted, ulps: 2, "\(name) weighted")
    }
  }

  @Test("scikit-learn: log_loss and brier_score_loss within 3 ulps; calibration_curve's bins differ only where its edges do", arguments: CalibrationReference.names)
  func scikitLearn(name: String) throws {
    let reference = try CalibrationReference.load(name)
    let sklearn = reference.json.object("sklearn")
    let summary = try Self.sums(reference, binCount: 15).summary()
    // sklearn is within 1 ulp of the exact values (reference checks), we within 1 or 2.
    Self.expectClose(
      summary.logLossClipped, ReferenceJSON.double(sklearn, "log_loss"), ulps: 3, "\(name) log_loss")
    Self.expectClose(
      summary.brierScore, ReferenceJSON.double(sklearn, "brier_score_loss"), ulps: 3,
      "\(name) brier_score_loss")
    for binCount in [10, 15] {
      // calibration_curve has no weights: compare the unweighted bins.
      let bins = try Self.sums(reference, binCount: binCount, weighted: false).summary()
        .reliabilityBins
      let sklearnCounts = try #require(
        reference.json.object("sklearn_derived")?["bin_counts_\(binCount)"] as? [Int])
      let moved = try #require(
        reference.json.object("exact", "rows_binned_differently_\(binCount)")?["sklearn_vs_exact"]
          as? Int)
      // sklearn's bins are right-closed at numpy.linspace edges: a row on an edge goes one
      // bin lower there. Each such row moves one count between neighbouring bins.
      let difference = zip(bins, sklearnCounts).map { abs(Int($0.rowCount) - $1) }.reduce(0, +)
      #expect(difference <= 2 * moved)
      if moved == 0 { #expect(difference == 0) }
      // Where no row moved, prob_true and prob_pred are our non-empty bins' means.
      if moved == 0 {
        let curve = reference.json.object("sklearn", "calibration_curve_\(binCount)")
        let fractions = try #require(ReferenceJSON.doubles(curve, "prob_true"))
        let means = try #require(ReferenceJSON.doubles(curve, "prob_pred"))
        let nonEmpty = bins.filter { $0.rowCount > 0 }
        #expect(nonEmpty.count == fractions.count)
        for (bin, (fraction, mean)) in zip(nonEmpty, zip(fractions, means)) {
          Self.expectClose(bin.fractionPositive, fraction, ulps: 1, "\(name) prob_true")
          // numpy sums the bin's scores in double (np.bincount): its error grows with the
          // bin's rows, 6 ulps here on bins of ~500 rows; ours is a double-double sum.
          Self.expectClose(bin.meanScore, mean, ulps: 16, "\(name) prob_pred")
        }
      }
    }
  }

  @Test("a positive at 0 makes the log loss +infinity; the clipped value stays finite")
  func infiniteLogLoss() throws {
    let reference = try CalibrationReference.load("cal_endpoints")
    let summary = try Self.sums(reference, binCount: 15).summary()
    #expect(ReferenceJSON.double(reference.json.object("exact"), "log_loss") == .infinity)
    #expect(summary.logLoss == .infinity)
    #expect(summary.logLossClipped?.isFinite == true)
  }
}
