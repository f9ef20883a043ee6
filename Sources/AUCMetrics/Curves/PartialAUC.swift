/// The area under one strip of the ROC curve, raw and McClish-standardised.
///
/// The strip is `0 ≤ FPR ≤ w` (a specificity range `1 − w ... 1`) or `1 − w ≤ TPR ≤ 1` (a
/// sensitivity range). The raw ``area`` lies between 0 and w. McClish's correction maps it
/// to ``standardized`` = ½ · (1 + (area − w²/2) / (w − w²/2)), which is 0.5 for a classifier
/// no better than chance and 1 for a perfect one.
///
/// When the curve runs below the diagonal inside the strip (``isBelowChance``), the
/// conventions differ: scikit-learn's `roc_auc_score(max_fpr=w)` returns the standardised
/// value below 0.5, as ``standardized`` does; pROC returns `NA` with a warning unless
/// `allow.invalid.partial.auc.correct = TRUE`, when it returns the same value.
///
/// ```swift
/// if let partial = counts.groups.partialAUC(maximumFalsePositiveRate: 0.2) {
///   print(partial.area, partial.standardized)   // raw in 0...0.2, standardised in 0...1
/// }
/// ```
public struct PartialAUC: Sendable, Hashable, Codable {
  /// Which rate the strip bounds.
  public enum Focus: String, Sendable, Hashable, Codable {
    /// `0 ≤ FPR ≤ width`: scikit-learn's `max_fpr`, pROC's `partial.auc.focus = "specificity"`.
    case falsePositiveRate
    /// `1 − width ≤ TPR ≤ 1`: pROC's `partial.auc.focus = "sensitivity"`.
    case truePositiveRate
  }

  /// Which rate the strip bounds.
  public var focus: Focus
  /// The width w of the strip, as a rate.
  public var width: Double
  /// The raw area inside the strip, in `0...width`.
  public var area: Double
  /// McClish's standardised area, 0.5 at chance and 1 at best.
  public var standardized: Double

  /// `true` when the raw area is below the chance diagonal's w²/2 (pROC gives `NA` for
  /// ``standardized`` then).
  ///
  /// - Complexity: O(1)
  public var isBelowChance: Bool { area < width * width / 2 }

  /// Creates the record of a raw area, standardising it.
  ///
  /// - Complexity: O(1)
  public init(focus: Focus, width: Double, area: Double) {
    self.focus = focus
    self.width = width
    self.area = area
    let chance = width * width / 2
    self.standardized = (1 + (area - chance) / (width - chance)) / 2
  }
}
