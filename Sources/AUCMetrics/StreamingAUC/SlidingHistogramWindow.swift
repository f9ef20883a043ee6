/// The histograms of the last k batches and their sum: PaddlePaddle's `slide_steps = k` ring
/// buffer of the C++ `auc` operator, without its fake-batch corruption.
public struct SlidingHistogramWindow: Sendable, Hashable, Codable {
  /// k, the number of most recent batches the window covers.
  public let batchCount: Int
  /// One histogram per slot; slot `step % k` receives the batch of that step.
  public private(set) var slots: [ScoreHistogram]
  /// The sum of all slots: the histogram of the last k batches.
  public private(set) var histogram: ScoreHistogram
  /// The number of batches seen so far.
  public private(set) var stepCount: Int

  /// Creates an empty window over the last `batchCount` batches.
  ///
  /// - Precondition: `batchCount >= 1`.
  /// - Complexity: O(k·T)
  public init(batchCount: Int, thresholdCount: Int) {
    precondition(batchCount >= 1, "a window covers at least one batch")
    self.batchCount = batchCount
    self.histogram = ScoreHistogram(thresholdCount: thresholdCount)
    self.slots = Array(repeating: histogram, count: batchCount)
    self.stepCount = 0
  }

  /// A window from its stored parts, unchecked: its decoder checks them with
  /// ``checkInvariants()``.
  internal init(
    batchCount: Int, slots: [ScoreHistogram], histogram: ScoreHistogram, stepCount: Int
  ) {
    self.batchCount = batchCount
    self.slots = slots
    self.histogram = histogram
    self.stepCount = stepCount
  }

  /// Replaces the oldest batch with the one that `fill` records into an emptied slot.
  ///
  /// The slot's storage is reused, so a push allocates nothing.
  ///
  /// - Complexity: O(T) plus the cost of `fill`.
  @usableFromInline
  internal mutating func push(_ fill: (inout ScoreHistogram) -> Void) {
    let slot = stepCount % batchCount
    histogram.subtract(slots[slot])
    slots[slot].reset()
    fill(&slots[slot])
    do {
      try histogram.merge(slots[slot])
    } catch {
      // The window never holds more than the global counts, which were checked for overflow.
      preconditionFailure("window counts overflowed: \(error)")
    }
    // Past Int.max (only a decoded count gets there) the count goes on from k plus the
    // next slot: the window stays full and the slots keep their order.
    stepCount = stepCount < Int.max ? stepCount + 1 : batchCount + (slot + 1) % batchCount
  }

  /// Empties the window.
  ///
  /// - Complexity: O(k·T)
  internal mutating func reset() {
    self = SlidingHistogramWindow(batchCount: batchCount, thresholdCount: histogram.thresholdCount)
  }
}
