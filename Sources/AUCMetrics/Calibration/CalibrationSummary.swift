/// Calibration metrics and PaddlePaddle fleet's click-through line, from ``CalibrationSums``.
///
/// Every mean is over the rows' weight W = Σ w (the row count when unweighted); every value
/// is `nil` when W is 0 (no rows), never 0.0. Each value is the exact one rounded to a double
/// within an ulp or two.
///
/// - ``logLoss``: −(1/W) Σ w (y ln s + (1 − y) ln(1 − s)), natural logarithm, with the real
///   1 − s; +infinity when a row of weight > 0 is a positive at 0 or a negative at 1.
/// - ``logLossClipped``: scikit-learn 1.9.1's `log_loss`: q = s for positives and the double
///   1 − s for negatives, clipped to [2^-52, 1 − 2^-52]; −(1/W) Σ w ln q. Always finite.
/// - ``brierScore``: (1/W) Σ w (s − y)², scikit-learn's `brier_score_loss`.
/// - ``expectedCalibrationError``: Σ_b (W_b / W) |mean label_b − mean score_b| over the K
///   bins = Σ_b |Σ_(i in b) w_i (y_i − s_i)| / W.
/// - The fleet line, `FleetUtil.get_global_metrics`: ``actualCTR`` Σ w·y / W,
///   ``predictedCTR`` Σ w·s / W, ``copc`` Σ w·y / Σ w·s, ``meanAbsoluteError``
///   Σ w |s − y| / W, ``rootMeanSquaredError`` √(Σ w (s − y)² / W), ``meanQ``
///   Σ w sigmoid(s) / W and ``bucketError``.
///
/// ```swift
/// var sums = CalibrationSums(binCount: 2)
/// try sums.record(scores: [0.25, 0.75], labels: [0, 1])
/// let summary = sums.summary()
/// summary.expectedCalibrationError   // Optional(0.25)
/// summary.meanAbsoluteError          // Optional(0.25)
/// summary.copc                       // Optional(1.0)
/// ```
public struct CalibrationSummary: Sendable, Hashable, Codable {
  /// The rows, whatever their weights.
  public var rowCount: UInt64
  /// The rows' weight W (``rowCount`` when unweighted).
  public var weight: Double
  /// The mean log loss; +infinity when a row's loss is infinite.
  public var logLoss: Double?
  /// The mean log loss as scikit-learn computes it, its q clipped to [2^-52, 1 − 2^-52].
  public var logLossClipped: Double?
  /// The mean squared difference of score and label.
  public var brierScore: Double?
  /// The expected calibration error over the K equal-width bins.
  public var expectedCalibrationError: Double?
  /// The K bins of the reliability curve, in ascending order (empty ones included).
  public var reliabilityBins: [ReliabilityBin]
  /// The mean label: fleet's actual CTR.
  public var actualCTR: Double?
  /// The mean score: fleet's predicted CTR.
  public var predictedCTR: Double?
  /// Actual over predicted clicks, Σ w·y / Σ w·s. PaddlePaddle computes it only when the
  /// predicted CTR is above 10^-6 and prints 0 otherwise; it is `nil` here then.
  public var copc: Double?
  /// The mean absolute difference of score and label: fleet's MAE.
  public var meanAbsoluteError: Double?
  /// The square root of the mean squared difference: fleet's RMSE.
  public var rootMeanSquaredError: Double?
  /// The mean of sigmoid(s) = 1/(1 + e^-s), as `ctr_metric_bundle` applies it to the
  /// probability: fleet's mean Q.
  public var meanQ: Double?
  /// Fleet's bucket error of the AUC histogram (``bucketError(positives:negatives:)``);
  /// `nil` when no bucket group closed or when no histogram was given.
  public var bucketError: Double?
}
