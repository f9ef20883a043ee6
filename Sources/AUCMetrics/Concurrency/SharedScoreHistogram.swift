/// A ``ScoreHistogram`` that many tasks or threads record into at once, without losing a row.
///
/// Each batch is checked before the lock is taken: a bad batch throws the same
/// ``ScoreInputError`` as ``ScoreHistogram/record(scores:labels:outOfRangeScores:)``, without
/// waiting for the lock, and changes nothing. The lock is held only while the checked rows are
/// counted, so producers serialise on a few nanoseconds per row. Rows from different producers
/// add up exactly, so the histogram equals the one recorded on one thread from the same rows
/// in any order.
///
/// ```swift
/// let shared = SharedScoreHistogram(thresholdCount: 4095)
/// try await withThrowingTaskGroup(of: Void.self) { group in
///   for shard in shards {
///     group.addTask { try shared.record(scores: shard.scores, labels: shard.labels) }
///   }
///   try await group.waitForAll()
/// }
/// shared.snapshot.rocAUC
/// ```
///
/// For bulk work where each task owns many rows, partition-then-merge avoids the lock
/// altogether: let each task fill its own ``ScoreHistogram`` and combine the parts with
/// ``ScoreHistogram/merge(_:)``, which is exact too. A shared histogram suits producers that
/// feed one live metric in small batches, and readers that want its value while they do.
public final class SharedScoreHistogram: Sendable {
  /// The number of thresholds T; there are T + 1 bins.
  ///
  /// ```swift
  /// SharedScoreHistogram(thresholdCount: 200).thresholdCount   // 200
  /// ```
  ///
  /// - Complexity: O(1)
  public let thresholdCount: Int

  @usableFromInline
  internal let state: LockedValue<ScoreHistogram>

  /// Creates an empty shared histogram with `thresholdCount + 1` bins.
  ///
  /// ```swift
  /// let shared = SharedScoreHistogram(thresholdCount: 4095)
  /// ```
  ///
  /// - Parameter thresholdCount: T, at least 1 and at most
  ///   ``ScoreHistogram/maximumThresholdCount``. PaddlePaddle's default is 4095.
  /// - Precondition: `1 <= thresholdCount <= ScoreHistogram.maximumThresholdCount`.
  /// - Complexity: O(T)
  public convenience init(thresholdCount: Int = 4095) {
    self.init(ScoreHistogram(thresholdCount: thresholdCount))
  }

  /// Creates a shared histogram that starts from the counts of `histogram`.
  ///
  /// ```swift
  /// let shared = SharedScoreHistogram(metric.histogram)   // carry on from a metric's counts
  /// ```
  ///
  /// - Complexity: O(1); the counts are copied on the first row recorded.
  public init(_ histogram: ScoreHistogram) {
    thresholdCount = histogram.thresholdCount
    state = LockedValue(histogram)
  }

  /// Counts a batch of scores with their labels, or throws and counts nothing.
  ///
  /// The rows are checked as by ``ScoreHistogram/record(scores:labels:outOfRangeScores:)``,
  /// before the lock is taken; a batch that passes is counted under the lock in one go, so
  /// another task's ``snapshot`` holds all of the batch or none of it.
  ///
  /// ```swift
  /// try shared.record(scores: [0.91, 0.12, 0.55] as [Float], labels: [1, 0, 1])
  /// ```
  ///
  /// - Parameters:
  ///   - scores: One score per row, `Float` or `Double` (any `BinaryFloatingPoint`).
  ///   - labels: One label per row: integers 0/1 or `Bool`.
  ///   - policy: What to do with finite scores outside `0...1`.
  /// - Throws: ``ScoreInputError`` naming the first bad row, or
  ///   ``ScoreInputError/countOverflow`` when the total would pass 2^64 − 1.
  /// - Complexity: O(n) for n rows, O(n) of it under the lock; no allocation when both
  ///   collections have contiguous storage.
  @inlinable
  public func record<Scores: Collection, Labels: Collection>(
    scores: Scores,
    labels: Labels,
    outOfRangeScores policy: OutOfRangeScorePolicy = .reject
  ) throws(ScoreInputError)
  where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel {
    let clamping = policy == .clamp
    try RowBuffers.read(scores: scores, labels: labels) { scores, labels in
      switch ScoreHistogram.checkRows(scores: scores, labels: labels, clamping: clamping) {
      case .failure(let error):
        return error
      case .success(let positives):
        return state.withLock { histogram in
          histogram.countCheckedRows(
            scores: scores, labels: labels, clamping: clamping, positives: positives)
        }
      }
    }
  }

  /// Adds the counts of `other`, or throws and changes nothing.
  ///
  /// ```swift
  /// try shared.merge(workerHistogram)
  /// ```
  ///
  /// - Throws: The errors of ``ScoreHistogram/merge(_:)``.
  /// - Complexity: O(T), under the lock.
  public func merge(_ other: ScoreHistogram) throws(ScoreHistogram.MergeError) {
    try state.withLock { (histogram) throws(ScoreHistogram.MergeError) in
      try histogram.merge(other)
    }
  }

  /// The counts recorded so far, as a value that later records do not change.
  ///
  /// ```swift
  /// let histogram = shared.snapshot
  /// print(histogram.rocAUC ?? "one class only", histogram.count)
  /// ```
  ///
  /// - Complexity: O(1) under the lock; the next record copies the counts, O(T).
  public var snapshot: ScoreHistogram {
    state.withLock { $0 }
  }

  /// Returns the counts recorded so far and empties the histogram, in one step: no row is
  /// counted in two snapshots, and none is lost between them.
  ///
  /// ```swift
  /// let lastInterval = shared.takeSnapshot()
  /// ```
  ///
  /// - Complexity: O(T)
  public func takeSnapshot() -> ScoreHistogram {
    let empty = ScoreHistogram(thresholdCount: thresholdCount)
    return state.withLock { histogram in
      let taken = histogram
      histogram = empty
      return taken
    }
  }

  /// Forgets every row, keeping the threshold count.
  ///
  /// ```swift
  /// shared.reset()
  /// shared.snapshot.isEmpty   // true
  /// ```
  ///
  /// - Complexity: O(T)
  public func reset() {
    state.withLock { $0.reset() }
  }
}
