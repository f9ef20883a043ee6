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

extension DeLongMoments {
  /// The placement numerators of one group of tied scores, `positives` positive and
  /// `negatives` negative rows, below `positivesAbove` positives and above `negativesBelow`
  /// negatives: `2 · (the other class strictly on the losing side) + (the other class tied)`.
  @inline(__always)
  static func placementNumerators(
    positives: Int128, negatives: Int128, positivesAbove: Int128, negativesBelow: Int128
  ) -> (positive: Int128, negative: Int128) {
    (positive: 2 * negativesBelow + negatives, negative: 2 * positivesAbove + positives)
  }

  /// DeLong's variance of an area (or covariance of two), `S10 / P + S01 / N`, from the
  /// moments of the positives' and of the negatives' placement numerators.
  static func variance(
    positive: DeLongMoments, negative: DeLongMoments, positiveCount: Int128,
    negativeCount: Int128
  ) -> DoubleDouble {
    positive.varianceTerm(otherClassCount: negativeCount)
      + negative.varianceTerm(otherClassCount: positiveCount)
  }

  /// The area (or a difference of areas) from a sum of positive placement numerators:
  /// `sum / (2 · P · N)`.
  static func area(numeratorSum: Int128, positiveCount: Int128, negativeCount: Int128)
    -> DoubleDouble
  {
    let twicePairs = DoubleDouble(Double(positiveCount)) * DoubleDouble(Double(negativeCount)) * 2
    return DoubleDouble(exactly: numeratorSum) / twicePairs
  }
}

extension DeLongEstimate {
  /// The estimate from the moments of each class's placement numerators.
  init(positive: DeLongMoments, negative: DeLongMoments, positiveCount: Int, negativeCount: Int)
  {
    let positives = Int128(positiveCount)
    let negatives = Int128(negativeCount)
    self.init(
      area: DeLongMoments.area(
        numeratorSum: positive.sumX, positiveCount: positives, negativeCount: negatives
      ).value,
      variance: DeLongMoments.variance(
        positive: positive, negative: negative, positiveCount: positives,
        negativeCount: negatives
      ).value,
      positiveCount: positiveCount, negativeCount: negativeCount)
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
