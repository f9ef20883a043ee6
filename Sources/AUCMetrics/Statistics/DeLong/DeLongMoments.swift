/// Exact sums for DeLong's variances and covariances: for pairs (x, y) of placement
/// numerators with multiplicities, `n · Σxy − Σx · Σy`, which is n² times their covariance.
///
/// A positive's placement numerator is `2 · (negatives below it) + (negatives tied with it)`,
/// 2N times its placement value V10; a negative's is the same with the classes swapped. With
/// fewer than 2^31 rows per class every sum is exact in `Int128`, so the variance is the
/// rational value rounded once (Sun & Xu's algorithm: one sort, then linear sums).
internal struct DeLongMoments {
  private(set) var count: Int128 = 0
  private(set) var sumX: Int128 = 0
  private(set) var sumY: Int128 = 0
  private(set) var sumXY: Int128 = 0

  /// The row limit per class below which the sums cannot overflow.
  static let rowLimit = 1 << 31

  mutating func add(x: Int128, y: Int128, multiplicity: Int128 = 1) {
    count += multiplicity
    sumX += x * multiplicity
    sumY += y * multiplicity
    sumXY += x * y * multiplicity
  }

  /// `n · Σxy − Σx · Σy`.
  var centered: Int128 { count * sumXY - sumX * sumY }

  /// DeLong's `S / n` term for this class: `centered / (4 · other² · n² · (n − 1))`, where
  /// `other` is the size of the other class.
  func varianceTerm(otherClassCount other: Int128) -> DoubleDouble {
    let denominator =
      DoubleDouble(Double(other)) * DoubleDouble(Double(other)) * DoubleDouble(Double(count))
      * DoubleDouble(Double(count)) * DoubleDouble(Double(count - 1)) * 4
    return DoubleDouble(exactly: centered) / denominator
  }
}

extension DoubleDouble {
  /// The double-double nearest an integer: exact for |x| < 2^106.
  @inlinable
  init(exactly integer: Int128) {
    let head = Double(integer)
    // |integer − head| ≤ ulp(head) / 2, an integer that fits a double exactly.
    let tail = Double(integer - Int128(head))
    self = DoubleDouble.quickTwoSum(head, tail)
  }
}
