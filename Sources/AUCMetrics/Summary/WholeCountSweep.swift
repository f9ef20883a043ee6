import RealModule

/// ``RankingSweep`` for whole counts (unweighted rows, or whole-number weights up to 2^64 − 1
/// in all; ``SummarySweep`` holds the rule that picks it): the ROC sums in exact integers
/// (``ROCPairSums``), each precision as a double-double quotient from one
/// division and one fused multiply-add, the sums in double-double. It gives the same ROC area
/// as the double-double sweep (the exact integer ratio rounded once, here by an exact integer
/// division) and the same precision–recall summaries to the last bit or so, at a fraction of
/// the cost per group.
///
/// Counts may reach 2^64 − 1 in all (a merged ``ScoreHistogram``): every pair sum is a
/// 128-bit integer, no product or shift wraps, and the ROC quotients divide those integers
/// exactly. The precision–recall sums weigh each group by its exact count.
@usableFromInline
internal struct WholeCountSweep {
  @usableFromInline internal var truePositives: UInt64 = 0
  @usableFromInline internal var falsePositives: UInt64 = 0
  /// The ROC sums: ordered and tied positive–negative pairs.
  @usableFromInline internal var pairs = ROCPairSums()
  @usableFromInline internal var precisionSteps = DoubleDouble.zero
  @usableFromInline internal var trapezoids = DoubleDouble.zero
  @usableFromInline internal var interpolated = DoubleDouble.zero

  @inlinable
  internal init() {}

  /// Adds the next lower group of `positive` positives and `negative` negatives.
  ///
  /// - Precondition: the counts of all groups add up to at most 2^64 − 1.
  @inlinable @inline(__always)
  internal mutating func add(positive: UInt64, negative: UInt64) {
    if positive == 0 {
      // A group of negatives only moves no precision–recall sum.
      pairs.add(negativesOnly: negative, positivesAbove: truePositives)
      falsePositives &+= negative
      return
    }
    let predictedBefore = truePositives &+ falsePositives
    // The precision of the point above: (0, 1) before the first group.
    let precisionBefore =
      predictedBefore == 0 ? DoubleDouble(1) : Self.ratio(truePositives, predictedBefore)
    let truePositivesBefore = truePositives
    truePositives &+= positive
    if negative != 0 {
      pairs.add(positive: positive, negative: negative, positivesAbove: truePositivesBefore)
      falsePositives &+= negative
    }
    let groupTotal = positive &+ negative
    let precision = Self.ratio(truePositives, predictedBefore &+ groupTotal)
    if positive < 1 << 53 {
      let weight = Double(positive)
      precisionSteps += precision * weight
      trapezoids += (precision + precisionBefore) * weight
    } else {
      // A count past 2^53 is no double; its double-double is exact, and with exact weights
      // the averages below cannot pass 1.
      let weight = DoubleDouble(exactly: positive)
      precisionSteps += precision * weight
      trapezoids += (precision + precisionBefore) * weight
    }
    interpolated += interpolatedStep(
      positive: positive, groupTotal: groupTotal, truePositivesBefore: truePositivesBefore,
      predictedBefore: predictedBefore)
  }

  /// `numerator / denominator` to about 106 bits: the double quotient, and the rounding error
  /// from the exact remainder `numerator − q · denominator` (one FMA, exact below 2^53).
  @inlinable @inline(__always)
  internal static func ratio(_ numerator: UInt64, _ denominator: UInt64) -> DoubleDouble {
    let top = Double(numerator)
    let bottom = Double(denominator)
    let quotient = top / bottom
    let remainder = top.addingProduct(-quotient, bottom)
    return DoubleDouble.quickTwoSum(quotient, remainder / bottom)
  }

  /// Davis & Goadrich's `∫ precision d(true positives)` over one group (see ``RankingSweep``),
  /// with the intercept's numerator `TP₀ · total − positive · p₀` exact in integers.
  @inlinable @inline(__always)
  internal func interpolatedStep(
    positive: UInt64, groupTotal: UInt64, truePositivesBefore: UInt64, predictedBefore: UInt64
  ) -> Double {
    let positives = Double(positive)
    guard predictedBefore != 0 else { return positives * positives / Double(groupTotal) }
    let logRatio = Double.log(onePlus: Double(groupTotal) / Double(predictedBefore))
    if positive == groupTotal {
      // Positives only: slope 1, intercept −(false positives before).
      return positives - Double(falsePositives) * logRatio
    }
    let slope = positives / Double(groupTotal)
    let intercept =
      Self.differenceOfProducts(truePositivesBefore, groupTotal, positive, predictedBefore)
      / Double(groupTotal)
    return slope * positives + slope * intercept * logRatio
  }

  /// `a · b − c · d`, rounded once to a `Double`. The products fit 64 bits for any count below
  /// 2^32, and then the work is two multiplies and a concrete conversion; larger products go
  /// through `UInt128` (any two 64-bit factors fit), whose conversions are generic and about
  /// 20 times slower.
  @inlinable @inline(__always)
  internal static func differenceOfProducts(
    _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64
  ) -> Double {
    let (left, leftOverflow) = a.multipliedReportingOverflow(by: b)
    let (right, rightOverflow) = c.multipliedReportingOverflow(by: d)
    if !leftOverflow && !rightOverflow {
      return left >= right ? Double(left &- right) : -Double(right &- left)
    }
    let wideLeft = UInt128(a) * UInt128(b)
    let wideRight = UInt128(c) * UInt128(d)
    return wideLeft >= wideRight
      ? Double(wideLeft &- wideRight) : -Double(wideRight &- wideLeft)
  }

  /// The summaries of the groups added so far.
  @inlinable
  internal func summary(binning: ScoreBinning, switchedFromExact: Bool) -> RankingSummary {
    let positiveWeight = Double(truePositives)
    let negativeWeight = Double(falsePositives)
    var summary = RankingSummary(
      positiveWeight: positiveWeight, negativeWeight: negativeWeight, rocAUC: nil,
      rocAUCErrorBound: nil, averagePrecision: nil, prAUCTrapezoid: nil, prAUCInterpolated: nil,
      binning: binning, switchedFromExact: switchedFromExact)
    if truePositives > 0 {
      let positives = DoubleDouble(exactly: truePositives)
      summary.averagePrecision = (precisionSteps / positives).value
      summary.prAUCTrapezoid = (trapezoids / (positives * 2)).value
      summary.prAUCInterpolated = (interpolated / positives).value
    }
    if truePositives > 0 && falsePositives > 0 {
      summary.rocAUC = pairs.area(positiveTotal: truePositives, negativeTotal: falsePositives)
      summary.rocAUCErrorBound =
        binning.isExact
        ? 0 : pairs.errorBound(positiveTotal: truePositives, negativeTotal: falsePositives)
    }
    return summary
  }
}

extension DoubleDouble {
  /// The double-double equal to a count: exact, as a count has at most 64 significant bits.
  @inlinable @inline(__always)
  internal init(exactly count: UInt64) {
    let head = Double(count)
    // count − head is an integer of at most 11 bits. A count near 2^64 may round up to
    // head = 2^64, which no `UInt64` holds.
    let tail: Double
    if head == 0x1p64 {
      tail = -Double(0 &- count)
    } else {
      let rounded = UInt64(head)
      tail = count >= rounded ? Double(count &- rounded) : -Double(rounded &- count)
    }
    self.init(head: head, tail: tail)
  }
}
