extension ScoreCounts {
  /// The ROC area, average precision and both precision–recall areas of the rows counted,
  /// exact when ``binning`` is exact.
  ///
  /// ```swift
  /// var counts = ScoreCounts()
  /// try counts.record(scores: [-1.2, 0.4, 0.4, 3.0], labels: [0, 0, 1, 1])
  /// counts.summary.rocAUC             // Optional(0.875): the tie at 0.4 counts ½
  /// counts.summary.rocAUCErrorBound   // Optional(0.0)
  /// ```
  ///
  /// - Complexity: O(m) for m groups, plus O(r) to merge r buffered rows first (into a copy).
  public var summary: RankingSummary {
    let counts = normalized()
    if counts.hasWholeCounts {
      var sweep = WholeCountSweep()
      for entry in counts.entries.reversed() {
        sweep.add(positive: UInt64(entry.positive.head), negative: UInt64(entry.negative.head))
      }
      return sweep.summary(binning: counts.binning, switchedFromExact: counts.switchedFromExact)
    }
    var sweep = RankingSweep()
    for entry in counts.entries.reversed() {
      sweep.add(positive: entry.positive, negative: entry.negative)
    }
    return sweep.summary(binning: counts.binning, switchedFromExact: counts.switchedFromExact)
  }

  /// Whether every weight is a whole number and the totals stay below 2^53, so the
  /// integer sweep applies (always, for unweighted rows).
  internal var hasWholeCounts: Bool {
    guard positiveTotal.tail == 0, negativeTotal.tail == 0,
      positiveTotal.head + negativeTotal.head < 0x1p53
    else { return false }
    return entries.allSatisfy { entry in
      entry.positive.tail == 0 && entry.negative.tail == 0
        && entry.positive.head == entry.positive.head.rounded(.down)
        && entry.negative.head == entry.negative.head.rounded(.down)
    }
  }
}
