/// The sums of one bin of ``CalibrationSums``: the rows of each class, their weights and
/// their weighted scores.
@usableFromInline
internal struct CalibrationBinSums: Sendable, Hashable {
  /// The positive and the negative rows in the bin, whatever their weights.
  @usableFromInline internal var positiveRows: UInt64 = 0
  @usableFromInline internal var negativeRows: UInt64 = 0
  /// Σ w over the positive rows (Σ w·y) and over the negative rows.
  @usableFromInline internal var positiveWeight = DoubleDouble.zero
  @usableFromInline internal var negativeWeight = DoubleDouble.zero
  /// Σ w·s over the bin's rows, each product exact.
  @usableFromInline internal var scoreSum = DoubleDouble.zero

  @inlinable
  internal init() {}

  /// The rows, both classes.
  @inlinable
  internal var rows: UInt64 { positiveRows &+ negativeRows }

  /// The weight, both classes.
  @inlinable
  internal var weight: DoubleDouble { positiveWeight + negativeWeight }

  /// Adds `other`'s sums to these.
  @inlinable
  internal mutating func add(_ other: CalibrationBinSums) {
    positiveRows &+= other.positiveRows
    negativeRows &+= other.negativeRows
    positiveWeight += other.positiveWeight
    negativeWeight += other.negativeWeight
    scoreSum += other.scoreSum
  }
}
