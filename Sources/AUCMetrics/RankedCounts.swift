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

  /// PaddlePaddle's ROC AUC from twice the area: `(area / P) / N` in doubles, two roundings in
  /// that order. `area = twiceArea / 2` is exact while Paddle's own double sums are.
  static func paddleAUC(twiceArea: UInt128, positiveTotal: UInt64, negativeTotal: UInt64)
    -> Double
  {
    let area = Double(twiceArea) / 2
    return (area / Double(positiveTotal)) / Double(negativeTotal)
  }
}
