extension StreamingAUC.State {
  /// Why a metric's state is not one that updates and merges could have produced.
  public struct InvalidState: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `the window: a window of 3 batches has 0 slots`.
    public var description: String

    internal init(_ description: String) { self.description = description }
  }

  /// Throws unless this state keeps every invariant of a metric's state: the checks its
  /// decoder runs, so that a metric restored from a decoded state never traps.
  ///
  /// - The histogram is valid (``ScoreHistogram/checkInvariants()``), and so is the window
  ///   (``SlidingHistogramWindow/checkInvariants()``), if any.
  /// - The window has the histogram's threshold count, and none of its bins holds more rows
  ///   of a class than the histogram's: the last k batches are among all rows counted.
  ///
  /// ```swift
  /// try StreamingAUC(windowBatchCount: 3).state.checkInvariants()   // does not throw
  /// ```
  ///
  /// - Throws: ``InvalidState`` naming the first broken invariant.
  /// - Complexity: O(k·T) with a window of k batches, else O(T).
  public func checkInvariants() throws(InvalidState) {
    do {
      try histogram.checkInvariants()
    } catch {
      throw InvalidState("the histogram: \(error)")
    }
    guard let window else { return }
    do {
      try window.checkInvariants()
    } catch {
      throw InvalidState("the window: \(error)")
    }
    let recent = window.histogram
    guard recent.thresholdCount == histogram.thresholdCount else {
      throw InvalidState(
        "window has \(recent.thresholdCount) thresholds, histogram \(histogram.thresholdCount)")
    }
    for (name, windowCounts, allCounts) in [
      ("positive", recent.positiveCounts, histogram.positiveCounts),
      ("negative", recent.negativeCounts, histogram.negativeCounts),
    ] {
      for (bin, (inWindow, inAll)) in zip(windowCounts, allCounts).enumerated()
      where inWindow > inAll {
        throw InvalidState(
          "bin \(bin) of the window holds \(inWindow) \(name) rows, but the histogram only \(inAll)")
      }
    }
  }
}
