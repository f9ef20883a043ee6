/// The two pair counts that every ROC quantity of whole counts is made of, summed here and
/// nowhere else: the positive–negative pairs whose positive is in a higher group (ordered),
/// and the pairs that share a group (tied).
///
/// Twice the ROC area in units of pairs is `2 · ordered + tied`, 2·U of Mann–Whitney with the
/// pairs inside a group credited ½; the binning's error bound is `tied / (2 · P · N)`. Both
/// sums are exact: at most P · N < 2^126 for P + N < 2^64 rows, so they fit `UInt128`.
///
/// ``WholeCountSweep`` adds groups one at a time; ``ScoreHistogram`` sums its bins with
/// ``init(positives:negatives:total:)``, which keeps the sums in one word below 2^32 rows.
@usableFromInline
internal struct ROCPairSums {
  /// `Σ negatives · (positives in higher groups)`.
  @usableFromInline internal var ordered = ProductSum()
  /// `Σ positives · negatives` within each group.
  @usableFromInline internal var tied = ProductSum()

  @inlinable
  internal init() {}

  /// The pair sums of bins, bin 0 the lowest: `positives[i]` positive and `negatives[i]`
  /// negative rows in bin i, `total` rows in all.
  ///
  /// - Complexity: O(m) for m bins.
  @inlinable
  internal init(
    positives: UnsafeBufferPointer<UInt64>, negatives: UnsafeBufferPointer<UInt64>, total: UInt64
  ) {
    if total < 1 << 32 {
      // With fewer than 2^32 rows every term and both sums stay below P · N < 2^62.
      var positivesAbove: UInt64 = 0
      var ordered: UInt64 = 0
      var tied: UInt64 = 0
      for index in positives.indices.reversed() {
        let positive = positives[index]
        let negative = negatives[index]
        ordered &+= negative &* positivesAbove
        tied &+= positive &* negative
        positivesAbove &+= positive
      }
      self.ordered = ProductSum(ordered)
      self.tied = ProductSum(tied)
      return
    }
    var positivesAbove: UInt64 = 0
    for index in positives.indices.reversed() {
      add(positive: positives[index], negative: negatives[index], positivesAbove: positivesAbove)
      positivesAbove &+= positives[index]
    }
  }

  /// Twice the Mann–Whitney statistic of bins alone, `2 · ordered + tied` of
  /// ``init(positives:negatives:total:)``: below 2^32 rows as one sum
  /// `Σ negatives · (2 · positives above + positives)`, one multiply a bin where both sums
  /// take two (PaddlePaddle's `value`, on every batch, needs only this).
  ///
  /// - Complexity: O(m) for m bins.
  @inlinable
  internal static func twiceArea(
    positives: UnsafeBufferPointer<UInt64>, negatives: UnsafeBufferPointer<UInt64>, total: UInt64
  ) -> UInt128 {
    guard total < 1 << 32 else {
      return ROCPairSums(positives: positives, negatives: negatives, total: total).twiceArea
    }
    // Every term and the sum stay below 2 · P · N < 2^63.
    var positivesAbove: UInt64 = 0
    var twiceArea: UInt64 = 0
    for index in positives.indices.reversed() {
      let positive = positives[index]
      twiceArea &+= negatives[index] &* (positivesAbove &<< 1 &+ positive)
      positivesAbove &+= positive
    }
    return UInt128(twiceArea)
  }

  /// Adds the next lower group, below groups holding `positivesAbove` positives.
  @inlinable @inline(__always)
  internal mutating func add(positive: UInt64, negative: UInt64, positivesAbove: UInt64) {
    ordered.add(negative, times: positivesAbove)
    tied.add(positive, times: negative)
  }

  /// Adds the next lower group when it holds negatives only: no tied pairs.
  @inlinable @inline(__always)
  internal mutating func add(negativesOnly negative: UInt64, positivesAbove: UInt64) {
    ordered.add(negative, times: positivesAbove)
  }

  /// Twice the Mann–Whitney statistic, `2 · ordered + tied`, exactly.
  ///
  /// - Precondition: the rows add up to at most 2^64 − 1 (then it is below 2^127).
  @inlinable
  internal var twiceArea: UInt128 { ordered.exactValue << 1 + tied.exactValue }

  /// The pairs that share a group, exactly.
  @inlinable
  internal var tiedPairs: UInt128 { tied.exactValue }

  /// The ROC area `twiceArea / (2 · P · N)`, the exact ratio rounded once.
  @inlinable
  internal func area(positiveTotal: UInt64, negativeTotal: UInt64) -> Double {
    // P + N < 2^64, so 2 · P · N < 2^127 and twice the area, at most that, fits as well.
    RoundedQuotient.nearest(twiceArea, over: UInt128(positiveTotal) * UInt128(negativeTotal) << 1)
  }

  /// PaddlePaddle's ROC AUC from twice the area: `(area / P) / N` (see
  /// ``paddleArea(twiceArea:positiveTotal:negativeTotal:)``).
  @inlinable
  internal func paddleArea(positiveTotal: UInt64, negativeTotal: UInt64) -> Double {
    Self.paddleArea(
      twiceArea: twiceArea, positiveTotal: positiveTotal, negativeTotal: negativeTotal)
  }

  /// PaddlePaddle's ROC AUC from twice the area: `(area / P) / N`, two roundings in that
  /// order, each of the exact operands.
  ///
  /// While the area and both totals are below 2^53 (where Paddle's own double sums are exact)
  /// this is Paddle's double arithmetic, bit for bit. Past 2^53 the totals no longer convert
  /// to doubles exactly, so each quotient divides the integers themselves and rounds once:
  /// the result is the one Paddle's formula would give with exact operands, within 1.5 ulps
  /// of the exact ratio, and scaling every count by 2^s leaves it unchanged.
  @inlinable
  internal static func paddleArea(
    twiceArea: UInt128, positiveTotal: UInt64, negativeTotal: UInt64
  ) -> Double {
    if twiceArea < 1 << 53 && positiveTotal < 1 << 53 && negativeTotal < 1 << 53 {
      let area = Double(twiceArea) / 2
      return (area / Double(positiveTotal)) / Double(negativeTotal)
    }
    // twiceArea ≤ 2·P·N < 2^127 and 2·P < 2^65: no product or shift overflows.
    let perPositive = RoundedQuotient.nearest(twiceArea, over: UInt128(positiveTotal) << 1)
    return RoundedQuotient.nearest(perPositive, over: negativeTotal)
  }

  /// The ROC error bound `tiedPairs / (2 · P · N)`, rounded once.
  ///
  /// Below 2^53 this is the double division `tiedPairs / 2 / (P · N)` of exact operands, which
  /// rounds once as well; past it, the integers are divided exactly, so the bound stays within
  /// `0...0.5` and is unchanged when every count is scaled by 2^s.
  @inlinable
  internal func errorBound(positiveTotal: UInt64, negativeTotal: UInt64) -> Double {
    // P + N < 2^64, so P · N < 2^126 and twice it fits.
    let tiedPairs = tiedPairs
    let pairs = UInt128(positiveTotal) * UInt128(negativeTotal)
    if tiedPairs < 1 << 53 && pairs < 1 << 53 {
      return Double(tiedPairs) / 2 / Double(pairs)
    }
    return RoundedQuotient.nearest(tiedPairs, over: pairs << 1)
  }
}

/// A 128-bit sum of 64-bit products, kept as two words so that adding a product is a
/// multiply and an add with carry, with no generic integer conversions.
///
/// The sums of a sweep count pairs of rows, at most P · N < 2^126 for P + N < 2^64 rows, so
/// the high word never wraps.
@usableFromInline
internal struct ProductSum {
  @usableFromInline internal var high: UInt64 = 0
  @usableFromInline internal var low: UInt64 = 0

  @inlinable
  internal init() {}

  /// A sum that starts at `value`.
  @inlinable
  internal init(_ value: UInt64) { low = value }

  /// Adds `left · right`.
  @inlinable @inline(__always)
  internal mutating func add(_ left: UInt64, times right: UInt64) {
    let product = left.multipliedFullWidth(by: right)
    let (sum, carry) = low.addingReportingOverflow(product.low)
    low = sum
    high &+= product.high &+ (carry ? 1 : 0)
  }

  /// The sum, exactly.
  @inlinable
  internal var exactValue: UInt128 {
    UInt128(high) << 64 | UInt128(low)
  }
}
