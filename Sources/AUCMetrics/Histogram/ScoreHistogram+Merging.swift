extension ScoreHistogram {
  /// Why two histograms cannot be merged.
  public enum MergeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The histograms have different threshold counts, so their bins mean different ranges.
    case thresholdCountMismatch(Int, Int)
    /// A merged count would pass 2^64 − 1.
    case countOverflow

    public var description: String {
      switch self {
      case .thresholdCountMismatch(let mine, let theirs):
        return "cannot merge histograms with \(mine) and \(theirs) thresholds"
      case .countOverflow:
        return "merged counts would pass 2^64 - 1"
      }
    }
  }

  /// Adds the counts of `other` to this histogram, or throws and changes nothing.
  ///
  /// Merging is exact, commutative and associative, and an empty histogram is its identity:
  /// a stream split across machines and merged gives the same histogram as one stream.
  ///
  /// ```swift
  /// var total = ScoreHistogram(thresholdCount: 4095)
  /// for shard in shards { try total.merge(shard) }
  /// ```
  ///
  /// - Throws: ``MergeError/thresholdCountMismatch(_:_:)`` when the threshold counts differ;
  ///   ``MergeError/countOverflow`` when a total would pass 2^64 − 1.
  /// - Complexity: O(T)
  public mutating func merge(_ other: ScoreHistogram) throws(MergeError) {
    guard thresholdCount == other.thresholdCount else {
      throw .thresholdCountMismatch(thresholdCount, other.thresholdCount)
    }
    let (positives, positiveOverflow) = positiveCount.addingReportingOverflow(other.positiveCount)
    let (negatives, negativeOverflow) = negativeCount.addingReportingOverflow(other.negativeCount)
    let (_, totalOverflow) = positives.addingReportingOverflow(negatives)
    guard !positiveOverflow, !negativeOverflow, !totalOverflow else { throw .countOverflow }
    // Bin counts never exceed their class total, so no single bin can overflow here.
    counts.withUnsafeMutableBufferPointer { mine in
      other.counts.withUnsafeBufferPointer { theirs in
        for index in mine.indices { mine[index] &+= theirs[index] }
      }
    }
    positiveTotal = positives
    negativeTotal = negatives
  }

  /// Returns a histogram holding the counts of both.
  ///
  /// ```swift
  /// let total = try morning.merging(evening)
  /// ```
  ///
  /// - Throws: The errors of ``merge(_:)``.
  /// - Complexity: O(T)
  public func merging(_ other: ScoreHistogram) throws(MergeError) -> ScoreHistogram {
    var merged = self
    try merged.merge(other)
    return merged
  }

  /// Removes the counts of `other`, which must have been merged into this histogram before.
  ///
  /// - Precondition: Same threshold count, and every count of `other` is at most this one's.
  /// - Complexity: O(T)
  internal mutating func subtract(_ other: ScoreHistogram) {
    precondition(thresholdCount == other.thresholdCount, "threshold counts differ")
    counts.withUnsafeMutableBufferPointer { mine in
      other.counts.withUnsafeBufferPointer { theirs in
        for index in mine.indices { mine[index] -= theirs[index] }
      }
    }
    positiveTotal -= other.positiveTotal
    negativeTotal -= other.negativeTotal
  }
}
