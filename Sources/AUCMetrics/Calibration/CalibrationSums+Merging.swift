extension CalibrationSums {
  /// Why two sets of sums do not merge.
  public enum MergeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The sums have different numbers of bins.
    case binCountMismatch(Int, Int)
    /// The rows would pass 2^64 − 1, or the weights the largest double.
    case countOverflow

    public var description: String {
      switch self {
      case .binCountMismatch(let mine, let theirs):
        return "cannot merge calibration sums of \(mine) bins with sums of \(theirs) bins"
      case .countOverflow:
        return "the rows or the weights would pass their limits"
      }
    }
  }

  /// Adds `other`'s rows: the sums of the rows of both, as if they had been recorded in one
  /// stream (up to the last bits of sums that are not exact). Nothing changes when it throws.
  ///
  /// ```swift
  /// var first = CalibrationSums()
  /// var second = CalibrationSums()
  /// try first.record(scores: [0.25], labels: [0])
  /// try second.record(scores: [0.75], labels: [1])
  /// try first.merge(second)
  /// first.summary().brierScore   // Optional(0.0625)
  /// ```
  ///
  /// - Throws: ``MergeError`` when the bin counts differ or a total would pass its limit.
  /// - Complexity: O(K).
  public mutating func merge(_ other: CalibrationSums) throws(MergeError) {
    guard binCount == other.binCount else {
      throw .binCountMismatch(binCount, other.binCount)
    }
    guard !rowCount.addingReportingOverflow(other.rowCount).overflow,
      !ScoreCounts.exceedsWeightTotalLimit(totalWeight + other.totalWeight)
    else { throw .countOverflow }
    for index in bins.indices { bins[index].add(other.bins[index]) }
    totals.add(other.totals)
    hasWeights = hasWeights || other.hasWeights
  }
}
