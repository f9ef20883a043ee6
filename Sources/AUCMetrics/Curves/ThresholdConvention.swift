/// How a threshold is written down. Both name the same operating point.
///
/// - ``observedScore``: the lowest score predicted positive; "positive if score ≥ t". This is
///   scikit-learn's `roc_curve` convention. The point that predicts nothing has t = +∞.
/// - ``midpoint``: halfway between that score and the next lower distinct score; "positive if
///   score > t". This is R pROC's convention (`coords`, `roc$thresholds`). The point that
///   predicts every row has t = −∞, the point that predicts none t = +∞.
///
/// ```swift
/// let points = counts.groups.bestOperatingPoints(.youden, thresholds: .midpoint)
/// ```
public enum ThresholdConvention: String, Sendable, Hashable, Codable, CaseIterable {
  /// The lowest score predicted positive (positive if score ≥ t).
  case observedScore
  /// Halfway to the next lower score, as pROC (positive if score > t).
  case midpoint
}
