import RealModule

/// ``RankingSweep`` for whole counts (unweighted rows, or whole-number weights below 2^53):
/// the ROC sums in exact integers, each precision as a double-double quotient from one
/// division and one fused multiply-add, the sums in double-double. It gives the same ROC area
/// as the double-double sweep (both are the exact integer ratio rounded once) and the same
/// precision–recall summaries to the last bit or so, at a fraction of the cost per group.
@usableFromInline
internal struct WholeCountSweep {
  @usableFromInline internal var truePositives: UInt64 = 0
  @usableFromInline internal var falsePositives: UInt64 = 0
  @usableFromInline internal var twiceArea = ProductSum()
  @usableFromInline internal var tiedPairs = ProductSum()
  @usableFromInline internal var precisionSteps = DoubleDouble.zero
  @usableFromInline internal var trapezoids = DoubleDouble.zero
  @usableFromInline internal var interpolated = DoubleDouble.zero

  @inlinable
  internal init() {}

  /// Adds the next lower group of `positive` positives and `negative` negatives.
  @inlinable @inline(__always)
  internal mutating func add(positive: UInt64, negative: UInt64) {
    if positive == 0 {
      // A group of negatives only moves no precision–recall sum.
      twiceArea.add(negative, times: truePositives &<< 1)
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
      twiceArea.add(negative, times: truePositivesBefore &<< 1 &+ positive)
      tiedPairs.add(positive, times: negative)
      falsePositives &+= negative
    }
    let groupTotal = positive &+ negative
    let precision = Self.ratio(truePositives, predictedBefore &+ groupTotal)
    let weight = Double(positive)
    precisionSteps += precision * weight
    trapezoids += (precision + precisionBefore) * weight
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
  /// through `Int128`, whose conversions are generic and about 20 times slower.
  @inlinable @inline(__always)
  internal static func differenceOfProducts(
    _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64
  ) -> Double {
    let (left, leftOverflow) = a.multipliedReportingOverflow(by: b)
    let (right, rightOverflow) = c.multipliedReportingOverflow(by: d)
    if !leftOverflow && !rightOverflow {
      return left >= right ? Double(left &- right) : -Double(right &- left)
    }
    return Double(Int128(a) * Int128(b) - Int128(c) * Int128(d))
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
      let positives = DoubleDouble(positiveWeight)
      summary.averagePrecision = (precisionSteps / positives).value
      summary.prAUCTrapezoid = (trapezoids / (positives * 2)).value
      summary.prAUCInterpolated = (interpolated / positives).value
    }
    if truePositives > 0 && falsePositives > 0 {
      let twicePairs = DoubleDouble(exactly: Int128(truePositives) * Int128(falsePositives) * 2)
      summary.rocAUC = (twiceArea.value / twicePairs).value
      summary.rocAUCErrorBound = binning.isExact ? 0 : (tiedPairs.value / twicePairs).value
    }
    return summary
  }
}

/// A 128-bit sum of 64-bit products, kept as two words so that adding a product is a
/// multiply and an add with carry, with no generic integer conversions.
@usableFromInline
internal struct ProductSum {
  @usableFromInline internal var high: UInt64 = 0
  @usableFromInline internal var low: UInt64 = 0

  @inlinable
  internal init() {}

  /// Adds `left · right`.
  @inlinable @inline(__always)
  internal mutating func add(_ left: UInt64, times right: UInt64) {
    let product = left.multipliedFullWidth(by: right)
    let (sum, carry) = low.addingReportingOverflow(product.low)
    low = sum
    high &+= product.high &+ (carry ? 1 : 0)
  }

  /// The sum as a double-double: exact below 2^106.
  @inlinable
  internal var value: DoubleDouble {
    DoubleDouble(Double(high)) * 0x1p64 + DoubleDouble(exactly: Int128(low))
  }
}
