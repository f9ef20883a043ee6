/// The curve whose area a ``StreamingAUC`` reports as its ``StreamingAUC/value``.
///
/// ```swift
/// let metric = StreamingAUC(curve: .precisionRecall)
/// ```
public enum AUCCurve: String, Sendable, Hashable, Codable, CaseIterable {
  /// The receiver operating characteristic: true positive rate against false positive rate,
  /// integrated with trapezoids as PaddlePaddle does. Its area is the ROC AUC.
  case roc
  /// Precision against recall, summarised as the average precision
  /// (scikit-learn's `average_precision_score`, a step sum without interpolation).
  case precisionRecall
}
