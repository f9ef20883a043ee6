/// The sums of ``CalibrationSums`` over all rows, whatever their bins.
@usableFromInline
internal struct CalibrationTotals: Sendable, Hashable {
  /// Σ w·(s − y)² and Σ w·|s − y|.
  @usableFromInline internal var squaredErrorSum = DoubleDouble.zero
  @usableFromInline internal var absoluteErrorSum = DoubleDouble.zero
  /// Σ w·(−ln q), q = s for positives and 1 − s (the real difference) for negatives, over
  /// the rows of finite loss.
  @usableFromInline internal var logLossSum = DoubleDouble.zero
  /// The rows of weight > 0 whose loss is infinite: positives at 0, negatives at 1.
  @usableFromInline internal var infiniteLossRows: UInt64 = 0
  /// Σ w·(−ln q) with scikit-learn's q: s or fl(1 − s), clipped to [2^-52, 1 − 2^-52].
  @usableFromInline internal var clippedLogLossSum = DoubleDouble.zero
  /// Σ w·sigmoid(s), sigmoid(x) = 1/(1 + e^-x): fleet's Q.
  @usableFromInline internal var sigmoidSum = DoubleDouble.zero

  @inlinable
  internal init() {}

  /// The double-double sums, for the invariant check and the encodings, in a fixed order.
  @usableFromInline
  internal var doubleDoubles: [DoubleDouble] {
    [squaredErrorSum, absoluteErrorSum, logLossSum, clippedLogLossSum, sigmoidSum]
  }

  /// Totals from ``doubleDoubles``' values and the infinite-loss rows.
  internal init(_ sums: [DoubleDouble], infiniteLossRows: UInt64) {
    precondition(sums.count == 5)
    squaredErrorSum = sums[0]
    absoluteErrorSum = sums[1]
    logLossSum = sums[2]
    clippedLogLossSum = sums[3]
    sigmoidSum = sums[4]
    self.infiniteLossRows = infiniteLossRows
  }

  /// Adds `other`'s sums to these.
  @inlinable
  internal mutating func add(_ other: CalibrationTotals) {
    squaredErrorSum += other.squaredErrorSum
    absoluteErrorSum += other.absoluteErrorSum
    logLossSum += other.logLossSum
    infiniteLossRows &+= other.infiniteLossRows
    clippedLogLossSum += other.clippedLogLossSum
    sigmoidSum += other.sigmoidSum
  }
}
