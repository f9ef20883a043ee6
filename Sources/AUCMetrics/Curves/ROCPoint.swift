/// One vertex of a ROC curve: the rates reached by classifying "positive" at one threshold.
///
/// ```swift
/// for point in counts.groups.rocCurve() ?? [] {
///   print(point.threshold, point.falsePositiveRate, point.truePositiveRate)
/// }
/// ```
public struct ROCPoint: Sendable, Hashable, Codable {
  /// The threshold, written in the convention asked for (see ``ThresholdConvention``).
  public var threshold: Double
  /// The false positive rate, FP / N.
  public var falsePositiveRate: Double
  /// The true positive rate (sensitivity, recall), TP / P.
  public var truePositiveRate: Double
  /// The specificity, TN / N, divided once (so it can differ from 1 − FPR in the last bit).
  public var specificity: Double
  /// The weight of the positives predicted positive (their count when unweighted).
  public var truePositives: Double
  /// The weight of the negatives predicted positive (their count when unweighted).
  public var falsePositives: Double

  /// Creates a point from its parts.
  public init(
    threshold: Double, falsePositiveRate: Double, truePositiveRate: Double, specificity: Double,
    truePositives: Double, falsePositives: Double
  ) {
    self.threshold = threshold
    self.falsePositiveRate = falsePositiveRate
    self.truePositiveRate = truePositiveRate
    self.specificity = specificity
    self.truePositives = truePositives
    self.falsePositives = falsePositives
  }
}
