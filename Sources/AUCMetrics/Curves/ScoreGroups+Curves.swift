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
    var points: [ROCPoint] = []
    points.reserveCapacity(count + 1)
    forEachROCPoint(dropIntermediate: dropIntermediate, thresholds: convention) {
      points.append($0)
    }
    return points
  }

  /// Calls `body` with each point of ``rocCurve(dropIntermediate:thresholds:)`` in order,
  /// without storing the curve: a curve of millions of points can go straight to a file.
  /// Visits nothing unless both classes have weight.
  ///
  /// ```swift
  /// groups.forEachROCPoint(dropIntermediate: true) { point in
  ///   print(point.threshold, point.falsePositiveRate, point.truePositiveRate)
  /// }
  /// ```
  ///
  /// - Complexity: O(m) for m groups, in O(1) memory.
  public func forEachROCPoint(
    dropIntermediate: Bool = false, thresholds convention: ThresholdConvention = .observedScore,
    _ body: (ROCPoint) throws -> Void
  ) rethrows {
    guard hasBothClasses else { return }
    try body(
      ROCPoint(
        threshold: .infinity, falsePositiveRate: 0, truePositiveRate: 0, specificity: 1,
        truePositives: 0, falsePositives: 0))
    var truePositives = DoubleDouble.zero
    var falsePositives = DoubleDouble.zero
    // The group before the one waiting, and the one waiting for its successor to decide
    // whether it is kept.
    var before = (truePositives: 0.0, falsePositives: 0.0)
    var waiting: (index: Int, truePositives: Double, falsePositives: Double)?
    for index in thresholds.indices {
      truePositives += positives[index]
      falsePositives += negatives[index]
      let here = (truePositives: truePositives.value, falsePositives: falsePositives.value)
      if let point = waiting {
        // scikit-learn keeps the first group, the last, and every group where fps or tps
        // bend: a nonzero second difference, taken as NumPy's `diff(diff(x))`, which cannot
        // overflow as `a − 2b + c` can.
        let keep =
          !dropIntermediate || point.index == 0 || count <= 2
          || (here.falsePositives - point.falsePositives)
            - (point.falsePositives - before.falsePositives) != 0
          || (here.truePositives - point.truePositives)
            - (point.truePositives - before.truePositives) != 0
        if keep {
          try body(
            rocPoint(group: point.index, point.truePositives, point.falsePositives, convention))
        }
        before = (point.truePositives, point.falsePositives)
      }
      waiting = (index, here.truePositives, here.falsePositives)
    }
    if let point = waiting {
      try body(rocPoint(group: point.index, point.truePositives, point.falsePositives, convention))
    }
  }

  /// The ROC point after group `index`, at these cumulative weights.
  private func rocPoint(
    group index: Int, _ truePositives: Double, _ falsePositives: Double,
    _ convention: ThresholdConvention
  ) -> ROCPoint {
    ROCPoint(
      threshold: threshold(ofGroup: index, convention: convention),
      falsePositiveRate: falsePositives / negativeTotal,
      truePositiveRate: truePositives / positiveTotal,
      specificity: (negativeTotal - falsePositives) / negativeTotal,
      truePositives: truePositives, falsePositives: falsePositives)
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
    var points: [PrecisionRecallPoint] = []
    points.reserveCapacity(count + 1)
    forEachPrecisionRecallPoint { points.append($0) }
    return points
  }

  /// Calls `body` with each point of ``precisionRecallCurve()`` in order, without storing
  /// the curve. Visits nothing without positive weight.
  ///
  /// ```swift
  /// groups.forEachPrecisionRecallPoint { print($0.recall, $0.precision) }
  /// ```
  ///
  /// - Complexity: O(m) for m groups, in O(1) memory.
  public func forEachPrecisionRecallPoint(_ body: (PrecisionRecallPoint) throws -> Void)
    rethrows
  {
    guard positiveTotal > 0 else { return }
    try body(
      PrecisionRecallPoint(
        threshold: .infinity, recall: 0, precision: 1, truePositives: 0, falsePositives: 0))
    var truePositives = DoubleDouble.zero
    var falsePositives = DoubleDouble.zero
    for index in thresholds.indices {
      truePositives += positives[index]
      falsePositives += negatives[index]
      let predicted = (truePositives + falsePositives).value
      try body(
        PrecisionRecallPoint(
          threshold: thresholds[index], recall: truePositives.value / positiveTotal,
          precision: truePositives.value / predicted, truePositives: truePositives.value,
          falsePositives: falsePositives.value))
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
