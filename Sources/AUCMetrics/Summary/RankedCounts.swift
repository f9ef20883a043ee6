/// Summaries of a sweep over groups of tied scores.
///
/// Both arrays list the groups in ascending score order (bin 0 first, or the lowest distinct
/// score first); group i holds `positives[i]` positive and `negatives[i]` negative rows. The
/// sweep walks from the highest group down, as PaddlePaddle's `eval` does. Integer sums are
/// exact: they fit `UInt128` whenever the total row count fits `UInt64`.
@usableFromInline
internal enum RankedCounts {
  /// Twice the ROC area in units of positive–negative pairs:
  /// `Σ_i negatives[i] · (2 · positivesAbove(i) + positives[i])`, which is 2·U of
  /// Mann–Whitney with the pairs inside a group credited ½.
  static func twiceArea(
    positives: UnsafeBufferPointer<UInt64>, negatives: UnsafeBufferPointer<UInt64>, total: UInt64
  ) -> UInt128 {
    // With fewer than 2^32 rows every term and the sum stay below 2·P·N < 2^63.
    if total < 1 << 32 {
      var positivesAbove: UInt64 = 0
      var area: UInt64 = 0
      for index in positives.indices.reversed() {
        let positive = positives[index]
        area &+= negatives[index] &* (positivesAbove &<< 1 &+ positive)
        positivesAbove &+= positive
      }
      return UInt128(area)
    }
    var positivesAbove: UInt128 = 0
    var area: UInt128 = 0
    for index in positives.indices.reversed() {
      let positive = UInt128(positives[index])
      area += UInt128(negatives[index]) * (positivesAbove << 1 + positive)
      positivesAbove += positive
    }
    return area
  }

  /// The number of positive–negative pairs that share a group: `Σ_i positives[i] · negatives[i]`.
  static func tiedPairs(
    positives: UnsafeBufferPointer<UInt64>, negatives: UnsafeBufferPointer<UInt64>, total: UInt64
  ) -> UInt128 {
    if total < 1 << 32 {
      var pairs: UInt64 = 0
      for index in positives.indices { pairs &+= positives[index] &* negatives[index] }
      return UInt128(pairs)
    }
    var pairs: UInt128 = 0
    for index in positives.indices {
      pairs += UInt128(positives[index]) * UInt128(negatives[index])
    }
    return pairs
  }

  /// PaddlePaddle's ROC AUC from twice the area: `(area / P) / N`, two roundings in that
  /// order, each of the exact operands.
  ///
  /// While the area and both totals are below 2^53 (where Paddle's own double sums are exact)
  /// this is Paddle's double arithmetic, bit for bit. Past 2^53 the totals no longer convert
  /// to doubles exactly, so each quotient divides the integers themselves and rounds once:
  /// the result is the one Paddle's formula would give with exact operands, within 1.5 ulps
  /// of the exact ratio, and scaling every count by 2^s leaves it unchanged.
  static func paddleAUC(twiceArea: UInt128, positiveTotal: UInt64, negativeTotal: UInt64)
    -> Double
  {
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
  /// Below 2^53 this is the double division `tiedPairs / 2 / (P · N)` of exact operands;
  /// past it, the integers are divided exactly, so the bound stays within `0...0.5` and is
  /// unchanged when every count is scaled by 2^s.
  static func errorBound(tiedPairs: UInt128, positiveTotal: UInt64, negativeTotal: UInt64)
    -> Double
  {
    // P + N < 2^64, so P · N < 2^126 and twice it fits.
    let pairs = UInt128(positiveTotal) * UInt128(negativeTotal)
    if tiedPairs < 1 << 53 && pairs < 1 << 53 {
      return Double(tiedPairs) / 2 / Double(pairs)
    }
    return RoundedQuotient.nearest(tiedPairs, over: pairs << 1)
  }
}
