import RealModule

/// One walk down the groups of tied scores, from the highest group to the lowest, that adds up
/// every area of ``RankingSummary`` at once: the sweep of groups that are not whole counts
/// (see ``SummarySweep`` for the rule).
///
/// Sums are kept in ``DoubleDouble``: with integer counts below 2^53 the ROC numerator is an
/// exact integer, and the divisions carry about 104 bits, so the final doubles are correctly
/// rounded but for the rarest halfway cases (≤ 1 ulp).
///
/// Any finite weights work, however large or small (up to the largest double in all). Every
/// product of weights is taken of weights scaled by ``PowerOfTwoScale``, each class's total
/// to `[1, 2)`: the ROC sums in units of both scales, the precision–recall sums in units of
/// the positive one. The areas do not change under such scaling, and the scaled sums can neither overflow
/// nor, but for groups below 2^-1022 of their class, underflow. Precisions are ratios of the
/// unscaled sums, which stay below 2^1024. So the areas do not depend on the scale of the
/// weights: multiplying them all by 2^k (from the subnormals up) changes no bit.
internal struct RankingSweep {
  /// Multiplies positive weights so that their total lies in `[1, 2)`.
  private let positiveScale: PowerOfTwoScale
  /// Multiplies negative weights so that their total lies in `[1, 2)`.
  private let negativeScale: PowerOfTwoScale
  /// The weights so far, unscaled: precisions are their ratios.
  private var truePositives = DoubleDouble.zero
  private var falsePositives = DoubleDouble.zero
  /// The weights so far, each class scaled.
  private var scaledTruePositives = DoubleDouble.zero
  private var scaledFalsePositives = DoubleDouble.zero
  /// In units of both scales.
  private var twiceArea = DoubleDouble.zero
  private var tiedPairs = DoubleDouble.zero
  /// In units of the positive scale.
  private var precisionSteps = DoubleDouble.zero
  private var trapezoids = DoubleDouble.zero
  private var interpolated = DoubleDouble.zero

  /// A sweep of groups whose weights add up to about `positiveTotal` and `negativeTotal`
  /// (within a factor of 2, say; only the scales depend on them).
  internal init(positiveTotal: Double, negativeTotal: Double) {
    positiveScale = PowerOfTwoScale(normalizing: positiveTotal)
    negativeScale = PowerOfTwoScale(normalizing: negativeTotal)
  }

  /// Adds the next lower group: `positive` and `negative` are its total weights.
  internal mutating func add(positive: DoubleDouble, negative: DoubleDouble) {
    if positive.isZero {
      // A group of negatives only (or of weight 0) moves no precision–recall sum.
      if negative.isZero { return }
      let scaledNegative = negativeScale.apply(negative)
      twiceArea += scaledNegative * (scaledTruePositives * 2)
      falsePositives += negative
      scaledFalsePositives += scaledNegative
      return
    }
    let scaledPositive = positiveScale.apply(positive)
    let predictedBefore = truePositives + falsePositives
    // The precision of the point above: (0, 1) before the first group.
    let precisionBefore =
      predictedBefore.isZero ? DoubleDouble(1) : Self.ratio(truePositives, predictedBefore)
    let scaledTruePositivesBefore = scaledTruePositives
    truePositives += positive
    scaledTruePositives += scaledPositive
    if !negative.isZero {
      let scaledNegative = negativeScale.apply(negative)
      twiceArea += scaledNegative * (scaledTruePositivesBefore * 2 + scaledPositive)
      tiedPairs += scaledPositive * scaledNegative
      falsePositives += negative
      scaledFalsePositives += scaledNegative
    }
    let groupTotal = positive + negative
    let precision = Self.ratio(truePositives, predictedBefore + groupTotal)
    precisionSteps += scaledPositive * precision
    trapezoids += scaledPositive * (precision + precisionBefore)
    interpolated +=
      scaledPositive
      * interpolatedPrecision(
        positive: positive, negative: negative, groupTotal: groupTotal,
        precisionBefore: precisionBefore, predictedBefore: predictedBefore)
  }

  /// `numerator / denominator` for weights of any size: the quotient of double-doubles,
  /// with both first scaled so that the denominator is near 1 when it is small enough for
  /// the quotient's error terms to underflow.
  ///
  /// - Precondition: `0 <= numerator <= denominator`, and `denominator > 0`.
  @inline(__always)
  private static func ratio(_ numerator: DoubleDouble, _ denominator: DoubleDouble)
    -> DoubleDouble
  {
    if denominator.head >= 0x1p-900 { return numerator / denominator }
    let scale = PowerOfTwoScale(normalizing: denominator.head)
    return scale.apply(numerator) / scale.apply(denominator)
  }

  /// The mean precision over one group when true positives grow linearly with predicted
  /// positives p (Davis & Goadrich 2006): `∫ precision d(true positives) / positive`, with
  /// the precision `σ + (TP₀ − σ p₀) / p` for slope `σ = positive / group total` from the
  /// predicted count p₀ before the group to p₀ + total. It is
  /// `σ + (q − σ) · log(1 + u) / u` with `q = TP₀ / p₀`, the precision before, and
  /// `u = total / p₀`: ratios only, so that no weights multiply. Above the first group the
  /// precision is that of the first group, σ.
  @inline(__always)
  private func interpolatedPrecision(
    positive: DoubleDouble, negative: DoubleDouble, groupTotal: DoubleDouble,
    precisionBefore: DoubleDouble, predictedBefore: DoubleDouble
  ) -> DoubleDouble {
    let slope = negative.isZero ? DoubleDouble(1) : Self.ratio(positive, groupTotal)
    guard !predictedBefore.isZero else { return slope }
    // Both sums are finite, so the quotient is ≥ 0; it may overflow to +∞ or underflow to 0.
    let growth = groupTotal.value / predictedBefore.value
    let logRatioPerGrowth: Double
    if growth == 0 {
      logRatioPerGrowth = 1  // the limit of log(1 + u) / u
    } else if growth.isInfinite {
      logRatioPerGrowth = 0
    } else {
      logRatioPerGrowth = Double.log(onePlus: growth) / growth
    }
    return slope + (precisionBefore - slope) * logRatioPerGrowth
  }

  /// The summaries of the groups added so far.
  internal func summary(
    binning: ScoreBinning, switchedFromExact: Bool
  ) -> RankingSummary {
    let positiveWeight = truePositives.value
    let negativeWeight = falsePositives.value
    var summary = RankingSummary(
      positiveWeight: positiveWeight, negativeWeight: negativeWeight, rocAUC: nil,
      rocAUCErrorBound: nil, averagePrecision: nil, prAUCTrapezoid: nil, prAUCInterpolated: nil,
      binning: binning, switchedFromExact: switchedFromExact)
    if positiveWeight > 0 {
      summary.averagePrecision = (precisionSteps / scaledTruePositives).value
      summary.prAUCTrapezoid = (trapezoids / (scaledTruePositives * 2)).value
      summary.prAUCInterpolated = (interpolated / scaledTruePositives).value
    }
    if positiveWeight > 0 && negativeWeight > 0 {
      let twicePairs = scaledTruePositives * scaledFalsePositives * 2
      summary.rocAUC = (twiceArea / twicePairs).value
      summary.rocAUCErrorBound = binning.isExact ? 0 : (tiedPairs / twicePairs).value
    }
    return summary
  }
}
