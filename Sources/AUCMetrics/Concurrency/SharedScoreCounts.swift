/// ``ScoreCounts`` that many tasks or threads record into at once, without losing a row: the
/// exact (or log-binned) counterpart of ``SharedScoreHistogram``.
///
/// Each batch is checked before the lock is taken: a bad batch throws the same
/// ``ScoreInputError`` as ``ScoreCounts/record(scores:labels:weights:)``, without waiting for
/// the lock, and changes nothing. Under the lock the checked rows are only appended to the
/// buffers, and sorted into the groups when the buffers fill. Exact counts do not depend on
/// the order of the rows, so the result equals the counts recorded on one thread.
///
/// ```swift
/// let shared = SharedScoreCounts()
/// try await withThrowingTaskGroup(of: Void.self) { group in
///   for shard in shards {
///     group.addTask { try shared.record(scores: shard.logits, labels: shard.labels) }
///   }
///   try await group.waitForAll()
/// }
/// shared.snapshot.summary.rocAUC
/// ```
///
/// For bulk work, partition-then-merge is lock-free: each task fills its own ``ScoreCounts``
/// and the parts combine with ``ScoreCounts/merge(_:)``.
public final class SharedScoreCounts: Sendable {
  /// The binning the counts were created with; ``snapshot`` tells the current one, which
  /// differs after a memory budget moved exact counts to logarithmic bins.
  ///
  /// ```swift
  /// SharedScoreCounts(binning: .linear(thresholdCount: 200)).requestedBinning
  /// ```
  ///
  /// - Complexity: O(1)
  public let requestedBinning: ScoreBinning

  @usableFromInline
  internal let state: LockedValue<ScoreCounts>

  /// Creates empty shared counts.
  ///
  /// ```swift
  /// let shared = SharedScoreCounts(memoryBudget: 256 << 20)
  /// ```
  ///
  /// - Parameters:
  ///   - binning: How to group scores; ``ScoreBinning/exact`` by default.
  ///   - memoryBudget: The most bytes the counts may occupy, or `nil`; see
  ///     ``ScoreCounts/init(binning:memoryBudget:)``.
  /// - Precondition: `binning.isValid`, and `memoryBudget` is `nil` or at least 65 536.
  /// - Complexity: O(1)
  public convenience init(binning: ScoreBinning = .exact, memoryBudget: Int? = nil) {
    self.init(ScoreCounts(binning: binning, memoryBudget: memoryBudget))
  }

  /// Creates shared counts that start from `counts`.
  ///
  /// ```swift
  /// let shared = SharedScoreCounts(restoredCounts)
  /// ```
  ///
  /// - Complexity: O(1)
  public init(_ counts: ScoreCounts) {
    requestedBinning = counts.binning
    state = LockedValue(counts)
  }

  /// Counts a batch of rows of weight 1, or throws and counts nothing.
  ///
  /// ```swift
  /// try shared.record(scores: [0.31, 0.82, 0.82] as [Float], labels: [0, 1, 0])
  /// ```
  ///
  /// - Throws: ``ScoreInputError`` naming the first bad row, or
  ///   ``ScoreInputError/countOverflow`` when the row count would pass 2^64 − 1.
  /// - Complexity: O(n) amortized for n rows; checking runs outside the lock.
  @inlinable
  public func record<Scores: Collection, Labels: Collection>(
    scores: Scores, labels: Labels
  ) throws(ScoreInputError)
  where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel {
    try record(scores: scores, labels: labels, weights: EmptyCollection<Double>())
  }

  /// Counts a batch of weighted rows, or throws and counts nothing.
  ///
  /// The rows are checked as by ``ScoreCounts/record(scores:labels:weights:)``, before the
  /// lock is taken; a batch that passes is added under the lock in one go, so another task's
  /// ``snapshot`` holds all of the batch or none of it.
  ///
  /// ```swift
  /// try shared.record(scores: [0.9, 0.4], labels: [1, 0], weights: [2.0, 0.5])
  /// ```
  ///
  /// - Throws: ``ScoreInputError`` naming the first bad row,
  ///   ``ScoreInputError/countOverflow`` when the row count would pass 2^64 − 1, or
  ///   ``ScoreInputError/weightTotalOverflow(row:weight:)`` (checked under the lock, against
  ///   the total so far) when the weights would add up past
  ///   ``ScoreCounts/weightTotalLimit``.
  /// - Complexity: O(n) amortized for n rows; checking runs outside the lock.
  @inlinable
  public func record<Scores: Collection, Labels: Collection, Weights: Collection>(
    scores: Scores, labels: Labels, weights: Weights
  ) throws(ScoreInputError)
  where
    Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel,
    Weights.Element: BinaryFloatingPoint
  {
    let binning = requestedBinning
    try RowBuffers.read(scores: scores, labels: labels, weights: weights) {
      scores, labels, weights in
      switch ScoreCounts.validate(
        scores: scores, labels: labels, weights: weights, binning: binning)
      {
      case .failure(let error):
        return error
      case .success(let positiveRows):
        return state.withLock { counts in
          counts.recordValidatedRows(
            scores: scores, labels: labels, weights: weights, positiveRows: positiveRows)
        }
      }
    }
  }

  /// Adds the rows of `other`, or throws and changes nothing.
  ///
  /// ```swift
  /// try shared.merge(workerCounts)
  /// ```
  ///
  /// - Throws: The errors of ``ScoreCounts/merge(_:)``.
  /// - Complexity: O(m + m′ + r) under the lock, for m and m′ groups and r buffered rows.
  public func merge(_ other: ScoreCounts) throws(ScoreCounts.MergeError) {
    let other = other.normalized()
    try state.withLock { (counts) throws(ScoreCounts.MergeError) in
      try counts.merge(other)
    }
  }

  /// The rows recorded so far, with the buffered ones sorted in, as a value that later
  /// records do not change.
  ///
  /// ```swift
  /// let summary = shared.snapshot.summary
  /// ```
  ///
  /// - Complexity: O(m + r) under the lock to sort r buffered rows into m groups, then O(1);
  ///   the next record copies the groups.
  public var snapshot: ScoreCounts {
    state.withLock { counts in
      counts.flush()
      return counts
    }
  }

  /// Returns the rows recorded so far and empties the counts, in one step: no row is counted
  /// in two snapshots, and none is lost between them.
  ///
  /// ```swift
  /// let lastInterval = shared.takeSnapshot().summary
  /// ```
  ///
  /// - Complexity: O(1) under the lock; the buffered rows are sorted in after it is released.
  public func takeSnapshot() -> ScoreCounts {
    var taken = state.withLock { counts in
      let taken = counts
      counts.reset()
      return taken
    }
    taken.flush()
    return taken
  }

  /// Forgets every row, keeping the binning asked for and the budget.
  ///
  /// ```swift
  /// shared.reset()
  /// ```
  ///
  /// - Complexity: O(1)
  public func reset() {
    state.withLock { $0.reset() }
  }
}
