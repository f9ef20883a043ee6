extension SlidingHistogramWindow {
  /// Why a window is not one that updates could have produced.
  public struct InvalidWindow: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `a window of 3 batches has 0 slots`.
    public var description: String

    internal init(_ description: String) { self.description = description }
  }

  /// Throws unless this window keeps every invariant of one that updates filled: the checks
  /// its decoder runs, so that a decoded window never traps on the next update.
  ///
  /// - It covers at least one batch and has one slot per batch; the step count is ≥ 0.
  /// - The slots and the window's histogram are valid histograms
  ///   (``ScoreHistogram/checkInvariants()``) of the same threshold count.
  /// - A slot that no step has reached yet (`index >= stepCount`) is empty.
  /// - The window's histogram is the sum of its slots.
  ///
  /// ```swift
  /// try SlidingHistogramWindow(batchCount: 3, thresholdCount: 10).checkInvariants()
  /// ```
  ///
  /// - Throws: ``InvalidWindow`` naming the first broken invariant.
  /// - Complexity: O(k·T)
  public func checkInvariants() throws(InvalidWindow) {
    guard batchCount >= 1 else {
      throw InvalidWindow("the window covers \(batchCount) batches; it needs at least 1")
    }
    guard slots.count == batchCount else {
      throw InvalidWindow("a window of \(batchCount) batches has \(slots.count) slots")
    }
    guard stepCount >= 0 else { throw InvalidWindow("the step count \(stepCount) is negative") }
    do {
      try histogram.checkInvariants()
    } catch {
      throw InvalidWindow("the window's histogram: \(error)")
    }
    let thresholdCount = histogram.thresholdCount
    var sum = ScoreHistogram(thresholdCount: thresholdCount)
    for (index, slot) in slots.enumerated() {
      do {
        try slot.checkInvariants()
      } catch {
        throw InvalidWindow("slot \(index): \(error)")
      }
      guard slot.thresholdCount == thresholdCount else {
        throw InvalidWindow(
          "slot \(index) has \(slot.thresholdCount) thresholds, the window \(thresholdCount)")
      }
      guard index < stepCount || slot.isEmpty else {
        throw InvalidWindow("slot \(index) holds rows, but the step count is \(stepCount)")
      }
      do {
        try sum.merge(slot)
      } catch {
        throw InvalidWindow("the slots add up past 2^64 - 1")
      }
    }
    guard sum == histogram else {
      throw InvalidWindow("the window's histogram is not the sum of its slots")
    }
  }

  /// The stored form, decoded as the synthesised `Codable` conformance encodes it.
  private struct Stored: Decodable {
    var batchCount: Int
    var slots: [ScoreHistogram]
    var histogram: ScoreHistogram
    var stepCount: Int
  }

  /// Decodes a window and checks it with ``checkInvariants()``.
  ///
  /// - Throws: `DecodingError.dataCorrupted` with the broken invariant.
  /// - Complexity: O(k·T)
  public init(from decoder: any Decoder) throws {
    let stored = try Stored(from: decoder)
    self.init(
      batchCount: stored.batchCount, slots: stored.slots, histogram: stored.histogram,
      stepCount: stored.stepCount)
    do {
      try checkInvariants()
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
    }
  }
}
