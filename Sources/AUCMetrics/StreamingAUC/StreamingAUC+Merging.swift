extension StreamingAUC {
  /// Adds every row counted by `other` to this metric, or throws and changes nothing.
  ///
  /// Use it to combine metrics that workers filled on shards of the data: the result equals
  /// one metric fed every batch. Name, curve and window stay this metric's own; a window
  /// describes the last batches of one stream, so `other`'s window is not merged.
  ///
  /// ```swift
  /// var total = StreamingAUC()
  /// for worker in workers { try total.merge(worker) }
  /// ```
  ///
  /// - Throws: ``ScoreHistogram/MergeError``, for different threshold counts or overflow.
  /// - Complexity: O(T)
  public mutating func merge(_ other: StreamingAUC) throws(ScoreHistogram.MergeError) {
    try cumulative.merge(other.cumulative)
  }

  /// Returns a metric holding the rows of both.
  ///
  /// - Throws: The errors of ``merge(_:)``.
  /// - Complexity: O(T)
  public func merging(_ other: StreamingAUC) throws(ScoreHistogram.MergeError) -> StreamingAUC {
    var merged = self
    try merged.merge(other)
    return merged
  }
}
