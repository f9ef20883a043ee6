import RealModule

/// One walk down the groups of tied scores, from the highest group to the lowest, that adds up
/// every area of ``RankingSummary`` at once.
///
/// Sums are kept in ``DoubleDouble``: with integer counts below 2^53 the ROC numerator is an
/// exact integer, and the divisions carry about 104 bits, so the final doubles are correctly
/// rounded but for the rarest halfway cases (≤ 1 ulp).
internal struct RankingSweep {
  private var truePositives = DoubleDouble.zero
  private var falsePositives = DoubleDouble.zero
  private var twiceArea = DoubleDouble.zero
  private var tiedPairs = DoubleDouble.zero
  private var precisionSteps = DoubleDouble.zero
  private var trapezoids = DoubleDouble.zero
  private var interpolated = DoubleDouble.zero

  internal init() {}

  /// Adds the next lower group: `positive` and `negative` are its total weights.
  internal mutating func add(positive: DoubleDouble, negative: DoubleDouble) {
    if positive.isZero {
      // A group of negatives only (or of weight 0) moves no precision–recall sum.
      if negative.isZero { return }
      twiceArea += negative * (truePositives * 2)
      falsePositives += negative
      return
    }
    let predictedBefore = truePositives + falsePositives
    // The precision of the point above: (0, 1) before the first group.
    let precisionBefore =
      predictedBefore.isZero ? DoubleDouble(1) : truePositives / predictedBefore
    let truePositivesBefore = truePositives
    truePositives += positive
    if !negative.isZero {
      twiceArea += negative * (truePositivesBefore * 2 + positive)
      tiedPairs += positive * negative
      falsePositives += negative
    }
    let groupTotal = positive + negative
    let precision = truePositives / (predictedBefore + groupTotal)
    precisionSteps += positive * precision
    trapezoids += positive * (precision + precisionBefore)
    interpolated += interpolatedStep(
      positive: positive, negative: negative, truePositivesBefore: truePositivesBefore,
      predictedBefore: predictedBefore)
  }

  /// `∫ precision d(true positives)` over one group when true positives grow linearly with
  /// predicted positives p: precision = slope + intercept / p, integrated from the predicted
  /// count before the group to the count after it (Davis & Goadrich 2006). Above the first
  /// group the precision is that of the first group.
  private func interpolatedStep(
    positive: DoubleDouble, negative: DoubleDouble, truePositivesBefore: DoubleDouble,
    predictedBefore: DoubleDouble
  ) -> DoubleDouble {
    if negative.isZero {
      // Positives only: slope 1, intercept −(false positives before).
      guard !predictedBefore.isZero else { return positive }
      let logRatio = Double.log(onePlus: (positive / predictedBefore).value)
      return positive - falsePositives * logRatio
    }
    let groupTotal = positive + negative
    let slope = positive / groupTotal
    let linearPart = slope * positive
    guard !predictedBefore.isZero else { return linearPart }
    let intercept = truePositivesBefore - slope * predictedBefore
    let logRatio = Double.log(onePlus: (groupTotal / predictedBefore).value)
    return linearPart + (slope * intercept) * logRatio
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
      summary.averagePrecision = (precisionSteps / truePositives).value
      summary.prAUCTrapezoid = (trapezoids / (truePositives * 2)).value
      summary.prAUCInterpolated = (interpolated / truePositives).value
    }
    if positiveWeight > 0 && negativeWeight > 0 {
      let twicePairs = truePositives * falsePositives * 2
      summary.rocAUC = (twiceArea / twicePairs).value
      summary.rocAUCErrorBound = binning.isExact ? 0 : (tiedPairs / twicePairs).value
    }
    return summary
  }
}
