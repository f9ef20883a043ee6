extension ScoreGroups {
  /// The ROC curve from (0, 0) to (1, 1): one point per group, after a first point at
  /// threshold +∞ that predicts nothing; `nil` unless both classes have weight.
  ///
  /// With `dropIntermediate`, a point is left out when the steps in false and true positives
  /// before and after it are equal, so it lies on a straight line with its neighbours;
  /// the first and last group are always kept. This is exactly scikit-learn's
  /// `roc_curve(drop_intermediate=True)`; without it the points are scikit-learn's
  /// `drop_intermediate=False`, and with ``ThresholdConvention/midpoint`` thresholds they are
  /// pROC's `roc()` curve, highest threshold first.
  ///
  /// ```swift
  /// let points = counts.groups.rocCurve(dropIntermediate: true)
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public func rocCurve(
    dropIntermediate: Bool = false, thresholds convention: ThresholdConvention = .observedScore
  ) -> [ROCPoint]? {
    guard hasBothClasses else { return nil }
    var truePositives = DoubleDouble.zero
    var falsePositives = DoubleDouble.zero
    var cumulative: [(truePositives: Double, falsePositives: Double)] = []
    cumulative.reserveCapacity(count)
    for index in thresholds.indices {
      truePositives += positives[index]
      falsePositives += negatives[index]
      cumulative.append((truePositives.value, falsePositives.value))
    }
    var kept = Array(thresholds.indices)
    if dropIntermediate && count > 2 {
      kept = [0]
      for index in 1..<(count - 1) {
        let before = cumulative[index - 1]
        let here = cumulative[index]
        let after = cumulative[index + 1]
        // scikit-learn's test: a nonzero second difference of fps or of tps, taken as
        // NumPy's `diff(diff(x))`, which cannot overflow as `a − 2b + c` can.
        let falsePositiveBend =
          (after.falsePositives - here.falsePositives)
          - (here.falsePositives - before.falsePositives)
        let truePositiveBend =
          (after.truePositives - here.truePositives) - (here.truePositives - before.truePositives)
        if falsePositiveBend != 0 || truePositiveBend != 0 { kept.append(index) }
      }
      kept.append(count - 1)
    }
    var points = [
      ROCPoint(
        threshold: .infinity, falsePositiveRate: 0, truePositiveRate: 0, specificity: 1,
        truePositives: 0, falsePositives: 0)
    ]
    points.reserveCapacity(kept.count + 1)
    for index in kept {
      let (truePositives, falsePositives) = cumulative[index]
      points.append(
        ROCPoint(
          threshold: threshold(ofGroup: index, convention: convention),
          falsePositiveRate: falsePositives / negativeTotal,
          truePositiveRate: truePositives / positiveTotal,
          specificity: (negativeTotal - falsePositives) / negativeTotal,
          truePositives: truePositives, falsePositives: falsePositives))
    }
    return points
  }

  /// The precision–recall curve: a first point at threshold +∞ with recall 0 and precision 1
  /// (scikit-learn's convention), then one point per group, highest threshold first; `nil`
  /// without positive weight.
  ///
  /// These are scikit-learn's `precision_recall_curve` points in reverse order (it lists
  /// them by ascending threshold, the starting point last).
  ///
  /// ```swift
  /// let points = counts.groups.precisionRecallCurve()
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public func precisionRecallCurve() -> [PrecisionRecallPoint]? {
    guard positiveTotal > 0 else { return nil }
    var points = [
      PrecisionRecallPoint(
        threshold: .infinity, recall: 0, precision: 1, truePositives: 0, falsePositives: 0)
    ]
    points.reserveCapacity(count + 1)
    var truePositives = DoubleDouble.zero
    var falsePositives = DoubleDouble.zero
    for index in thresholds.indices {
      truePositives += positives[index]
      falsePositives += negatives[index]
      let predicted = (truePositives + falsePositives).value
      points.append(
        PrecisionRecallPoint(
          threshold: thresholds[index], recall: truePositives.value / positiveTotal,
          precision: truePositives.value / predicted, truePositives: truePositives.value,
          falsePositives: falsePositives.value))
    }
    return points
  }

  /// Calls `body` with every point of the full ROC curve in order, from the point at
  /// threshold +∞, without storing the curve.
  ///
  /// - Precondition: both classes have weight.
  internal func forEachROCPoint(
    thresholds convention: ThresholdConvention, _ body: (ROCPoint) -> Void
  ) {
    body(
      ROCPoint(
        threshold: .infinity, falsePositiveRate: 0, truePositiveRate: 0, specificity: 1,
        truePositives: 0, falsePositives: 0))
    var truePositives = DoubleDouble.zero
    var falsePositives = DoubleDouble.zero
    for index in thresholds.indices {
      truePositives += positives[index]
      falsePositives += negatives[index]
      let (positive, negative) = (truePositives.value, falsePositives.value)
      body(
        ROCPoint(
          threshold: threshold(ofGroup: index, convention: convention),
          falsePositiveRate: negative / negativeTotal, truePositiveRate: positive / positiveTotal,
          specificity: (negativeTotal - negative) / negativeTotal, truePositives: positive,
          falsePositives: negative))
    }
  }

  /// The threshold of group `index` in `convention`.
  internal func threshold(ofGroup index: Int, convention: ThresholdConvention) -> Double {
    switch convention {
    case .observedScore:
      return thresholds[index]
    case .midpoint:
      guard index + 1 < count else { return -.infinity }
      return Self.midpoint(thresholds[index], thresholds[index + 1])
    }
  }

  /// `(a + b) / 2` as pROC computes it, and where `a + b` overflows (both beyond ±2^1023),
  /// `a / 2 + b / 2`, then exact halves rounded once: the midpoint is always finite.
  internal static func midpoint(_ a: Double, _ b: Double) -> Double {
    let sum = a + b
    return sum.isFinite ? sum / 2 : a / 2 + b / 2
  }
}
