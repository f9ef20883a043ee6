/// One point of a precision–recall curve: classifying "positive if score ≥ threshold".
///
/// ```swift
/// let curve = counts.groups.precisionRecallCurve() ?? []
/// let best = curve.max { $0.precision < $1.precision }
/// ```
public struct PrecisionRecallPoint: Sendable, Hashable, Codable {
  /// The lowest score predicted positive; +∞ for the starting point that predicts nothing.
  public var threshold: Double
  /// The recall (true positive rate), TP / P.
  public var recall: Double
  /// The precision, TP / (TP + FP); 1 at the starting point, by scikit-learn's convention.
  public var precision: Double
  /// The weight of the positives predicted positive.
  public var truePositives: Double
  /// The weight of the negatives predicted positive.
  public var falsePositives: Double

  /// Creates a point from its parts.
  public init(
    threshold: Double, recall: Double, precision: Double, truePositives: Double,
    falsePositives: Double
  ) {
    self.threshold = threshold
    self.recall = recall
    self.precision = precision
    self.truePositives = truePositives
    self.falsePositives = falsePositives
  }
}
