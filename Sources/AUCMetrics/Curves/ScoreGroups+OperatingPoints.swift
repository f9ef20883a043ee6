extension ScoreGroups {
  /// Every ROC vertex that is best by `criterion`, ties included, highest threshold first;
  /// empty unless both classes have weight.
  ///
  /// The candidates are the points of ``rocCurve(dropIntermediate:thresholds:)``, the
  /// (0, 0) point at threshold +∞ included. Ties are decided exactly, whatever the weights:
  /// with whole counts (unweighted rows, fewer than 2^31 per class) in 128-bit integers;
  /// otherwise the points within floating-point error of the best are compared again in
  /// exact arithmetic on the groups' weights as counted (in wide integers). So every
  /// tied vertex is reported, and scaling all weights by one factor changes no choice that
  /// the scaled weights keep exactly (any power of two; any factor, while each group's
  /// weight stays exact in double-double). pROC decides ties in floating point and can miss
  /// some. scikit-learn has no such function; the first point here is the first maximiser
  /// of `tpr − fpr` over its `roc_curve(drop_intermediate=False)`.
  ///
  /// ```swift
  /// for point in counts.groups.bestOperatingPoints(.youden) {
  ///   print("positive if score ≥ \(point.threshold):", point.truePositiveRate, point.specificity)
  /// }
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public func bestOperatingPoints(
    _ criterion: OperatingPointCriterion,
    thresholds convention: ThresholdConvention = .observedScore
  ) -> [ROCPoint] {
    guard hasBothClasses else { return [] }
    guard hasWholeCounts && positiveTotal < 0x1p31 && negativeTotal < 0x1p31 else {
      return bestOperatingPointsDecidedExactly(criterion, thresholds: convention)
    }
    var best: [ROCPoint] = []
    var bestScore = OperatingPointScore.worst
    // The points are visited one at a time, so memory stays O(ties), not O(groups).
    forEachROCPoint(thresholds: convention) { point in
      let score = OperatingPointScore.exact(criterion, point, positiveTotal, negativeTotal)
      if score > bestScore {
        bestScore = score
        best = [point]
      } else if score == bestScore {
        best.append(point)
      }
    }
    return best
  }

  /// The point with the highest true positive rate whose false positive rate is at most
  /// `maximumFalsePositiveRate`: the most sensitive threshold allowed at that false alarm
  /// rate (Keras `SensitivityAtSpecificity` with specificity 1 − m). Ties go to the higher
  /// threshold. `nil` unless both classes have weight.
  ///
  /// ```swift
  /// let point = counts.groups.operatingPoint(maximumFalsePositiveRate: 0.01)
  /// // point?.truePositiveRate: the recall at 1 % false positives; point?.threshold: the cut
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public func operatingPoint(
    maximumFalsePositiveRate: Double, thresholds convention: ThresholdConvention = .observedScore
  ) -> ROCPoint? {
    guard let curve = rocCurve(thresholds: convention) else { return nil }
    // Rates only grow down the curve: the last point within the limit has the highest true
    // positive rate, and the first point with that rate the highest threshold.
    guard let last = curve.last(where: { $0.falsePositiveRate <= maximumFalsePositiveRate })
    else { return nil }
    return curve.first { $0.truePositives == last.truePositives }
  }

  /// The point with the lowest false positive rate whose true positive rate is at least
  /// `minimumTruePositiveRate`: the threshold that reaches a target sensitivity with the
  /// fewest false alarms. Ties go to the higher threshold. `nil` unless both classes have
  /// weight.
  ///
  /// ```swift
  /// let screening = counts.groups.operatingPoint(minimumTruePositiveRate: 0.95)
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public func operatingPoint(
    minimumTruePositiveRate: Double, thresholds convention: ThresholdConvention = .observedScore
  ) -> ROCPoint? {
    guard let curve = rocCurve(thresholds: convention) else { return nil }
    return curve.first { $0.truePositiveRate >= minimumTruePositiveRate }
  }

  /// The point with the highest precision whose recall is at least `minimumRecall` (Keras
  /// `PrecisionAtRecall`); ties go to the higher threshold. `nil` without positive weight.
  ///
  /// ```swift
  /// let point = counts.groups.precisionRecallPoint(minimumRecall: 0.8)
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public func precisionRecallPoint(minimumRecall: Double) -> PrecisionRecallPoint? {
    guard let curve = precisionRecallCurve() else { return nil }
    var best: PrecisionRecallPoint?
    for point in curve.dropFirst() where point.recall >= minimumRecall {
      if best == nil || point.precision > best!.precision { best = point }
    }
    return best
  }

  /// The true positive rate of the ROC curve at `falsePositiveRate`, interpolated on the
  /// straight segment through it (tied scores make diagonal segments); `nil` unless both
  /// classes have weight.
  ///
  /// ```swift
  /// counts.groups.truePositiveRate(atFalsePositiveRate: 0.1)
  /// ```
  ///
  /// - Precondition: `0...1` contains `falsePositiveRate`.
  /// - Complexity: O(m) for m groups.
  public func truePositiveRate(atFalsePositiveRate falsePositiveRate: Double) -> Double? {
    precondition((0...1).contains(falsePositiveRate), "the rate must be in 0...1")
    guard hasBothClasses else { return nil }
    // Each class scaled to a total in [1, 2), so that no product underflows.
    let positiveScale = PowerOfTwoScale(normalizing: positiveTotal)
    let negativeScale = PowerOfTwoScale(normalizing: negativeTotal)
    let bound = DoubleDouble.twoProduct(falsePositiveRate, negativeScale.apply(negativeTotal))
    var truePositives = DoubleDouble.zero
    var falsePositives = DoubleDouble.zero
    for index in thresholds.indices {
      let positive = positiveScale.apply(positives[index])
      let negative = negativeScale.apply(negatives[index])
      let nextFalsePositives = falsePositives + negative
      if bound < nextFalsePositives {
        // The segment from (falsePositives, truePositives) crosses the bound.
        let fraction = (bound - falsePositives) / DoubleDouble(negative)
        let reached = truePositives + fraction * positive
        return (reached / DoubleDouble(positiveScale.apply(positiveTotal))).value
      }
      truePositives += positive
      falsePositives = nextFalsePositives
    }
    return 1  // the bound is N: every positive is predicted
  }
}

/// How good an operating point is, comparable exactly for whole counts.
internal enum OperatingPointScore: Comparable {
  case worst
  /// Youden: TP·N − FP·P. Closest to top left: −((P − TP)²·N² + FP²·P²). Larger is better.
  case exactValue(Int128)

  static func exact(
    _ criterion: OperatingPointCriterion, _ point: ROCPoint, _ positiveTotal: Double,
    _ negativeTotal: Double
  ) -> OperatingPointScore {
    // Whole counts below 2^31 (the caller checks): through Int64, whose conversion from a
    // double is one instruction, where Int128's generic one is about 20 times slower.
    let truePositives = Int128(Int64(point.truePositives))
    let falsePositives = Int128(Int64(point.falsePositives))
    let positives = Int128(Int64(positiveTotal))
    let negatives = Int128(Int64(negativeTotal))
    switch criterion {
    case .youden:
      return .exactValue(truePositives * negatives - falsePositives * positives)
    case .closestToTopLeft:
      let missed = (positives - truePositives) * negatives
      let falseAlarms = falsePositives * positives
      return .exactValue(-(missed * missed + falseAlarms * falseAlarms))
    }
  }
}
