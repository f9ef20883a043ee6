/// What makes an operating point on the ROC curve the best one.
///
/// ```swift
/// let best = counts.groups.bestOperatingPoints(.closestToTopLeft)
/// ```
public enum OperatingPointCriterion: String, Sendable, Hashable, Codable, CaseIterable {
  /// Youden's J: the largest TPR − FPR (sensitivity + specificity − 1).
  case youden
  /// The point closest to (0, 1): the smallest (1 − TPR)² + FPR².
  case closestToTopLeft
}
