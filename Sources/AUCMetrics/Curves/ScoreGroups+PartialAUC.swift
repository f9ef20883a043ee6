extension ScoreGroups {
  /// The area of the ROC curve for `FPR ≤ maximumFalsePositiveRate`, raw and standardised;
  /// `nil` unless both classes have weight.
  ///
  /// ``PartialAUC/standardized`` is scikit-learn's `roc_auc_score(max_fpr: m)`. The curve is
  /// the straight-segment ROC curve (tied scores make diagonal segments), cut at the bound by
  /// interpolation, and the area is summed in double-double arithmetic, so it is the exact
  /// area for the bound as given, to a few ulps.
  ///
  /// ```swift
  /// counts.groups.partialAUC(maximumFalsePositiveRate: 0.2)?.standardized
  /// ```
  ///
  /// - Precondition: `0 < maximumFalsePositiveRate <= 1`.
  /// - Complexity: O(m) for m groups.
  public func partialAUC(maximumFalsePositiveRate: Double) -> PartialAUC? {
    precondition(
      maximumFalsePositiveRate > 0 && maximumFalsePositiveRate <= 1,
      "maximumFalsePositiveRate must be in (0, 1]")
    guard hasBothClasses else { return nil }
    let area = areaUpToFalsePositiveRate(maximumFalsePositiveRate)
    return PartialAUC(focus: .falsePositiveRate, width: maximumFalsePositiveRate, area: area)
  }

  /// pROC's `auc(roc, partial.auc = c(1, s), partial.auc.focus = "specificity")`: the area for
  /// specificity in `s...1`, so FPR ≤ 1 − s with `1 − s` computed in double as pROC does
  /// (`1 − 0.8` is 0.19999999999999996); `nil` unless both classes have weight.
  ///
  /// ```swift
  /// counts.groups.partialAUC(minimumSpecificity: 0.8)?.area   // pROC's raw partial AUC
  /// ```
  ///
  /// - Precondition: `0 <= minimumSpecificity < 1`.
  /// - Complexity: O(m) for m groups.
  public func partialAUC(minimumSpecificity: Double) -> PartialAUC? {
    precondition(minimumSpecificity >= 0 && minimumSpecificity < 1)
    guard hasBothClasses else { return nil }
    let width = 1 - minimumSpecificity
    return PartialAUC(
      focus: .falsePositiveRate, width: width, area: areaUpToFalsePositiveRate(width))
  }

  /// pROC's `auc(roc, partial.auc = c(1, t), partial.auc.focus = "sensitivity")`: the area
  /// between the curve and FPR = 1 for sensitivity in `t...1`, `∫ (1 − FPR) dTPR` over TPR
  /// from `t` to 1, with the width `1 − t` computed in double as pROC does; `nil` unless both
  /// classes have weight.
  ///
  /// ```swift
  /// counts.groups.partialAUC(minimumSensitivity: 0.9)?.standardized
  /// ```
  ///
  /// - Precondition: `0 <= minimumSensitivity < 1`.
  /// - Complexity: O(m) for m groups.
  public func partialAUC(minimumSensitivity: Double) -> PartialAUC? {
    precondition(minimumSensitivity >= 0 && minimumSensitivity < 1)
    guard hasBothClasses else { return nil }
    let width = 1 - minimumSensitivity
    // Walk the curve from (1, 1) down, which by symmetry is the FPR walk of the classes
    // swapped and the scores negated: the area above TPR ≥ 1 − w between the curve and
    // FPR = 1 is the area below the mirrored curve up to its FPR w.
    let mirrored = ScoreGroups(
      thresholds: thresholds.reversed().map { -$0 }, positives: negatives.reversed(),
      negatives: positives.reversed(), binning: binning)
    return PartialAUC(
      focus: .truePositiveRate, width: width,
      area: mirrored.areaUpToFalsePositiveRate(width))
  }

  /// The area under the curve for FPR ≤ `bound`, exact to a few ulps.
  ///
  /// Each class's weights are scaled by a power of two that takes its total to `[1, 2)`
  /// (see ``PowerOfTwoScale``), which changes no bit of the area but keeps the products of
  /// weights from overflowing or underflowing.
  internal func areaUpToFalsePositiveRate(_ bound: Double) -> Double {
    let positiveScale = PowerOfTwoScale(normalizing: positiveTotal)
    let negativeScale = PowerOfTwoScale(normalizing: negativeTotal)
    let scaledNegativeTotal = negativeScale.apply(negativeTotal)
    // In scaled false positive weight.
    let limit = DoubleDouble.twoProduct(bound, scaledNegativeTotal)
    var truePositives = DoubleDouble.zero
    var falsePositives = DoubleDouble.zero
    var twiceArea = DoubleDouble.zero  // in units of false positives × true positives
    for index in thresholds.indices {
      let positive = positiveScale.apply(positives[index])
      let negative = negativeScale.apply(negatives[index])
      let nextFalsePositives = falsePositives + negative
      if limit < nextFalsePositives {
        // The segment crosses the bound: interpolate the true positives there.
        let run = limit - falsePositives
        let rise = run / DoubleDouble(negative) * positive
        twiceArea += run * (truePositives * 2 + rise)
        falsePositives = limit
        break
      }
      twiceArea += (truePositives * 2 + positive) * negative
      truePositives += positive
      falsePositives = nextFalsePositives
    }
    let scale =
      DoubleDouble.twoProduct(positiveScale.apply(positiveTotal), scaledNegativeTotal) * 2
    return (twiceArea / scale).value
  }
}
