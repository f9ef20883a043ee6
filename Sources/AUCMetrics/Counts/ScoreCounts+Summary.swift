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
    guard counts.weighted else {
      // Whole counts by construction: the integer sweep (see ``SummarySweep``).
      var sweep = WholeCountSweep()
      for entry in counts.countEntries.reversed() {
        sweep.add(positive: entry.positive, negative: entry.negative)
      }
      return sweep.summary(binning: counts.binning, switchedFromExact: counts.switchedFromExact)
    }
    return SummarySweep.summary(
      weightsHighestFirst: counts.weightEntries.reversed().lazy.map {
        (positive: $0.positive, negative: $0.negative)
      },
      positiveTotal: counts.positiveTotal.value, negativeTotal: counts.negativeTotal.value,
      binning: counts.binning, switchedFromExact: counts.switchedFromExact)
  }

  /// `weight` as an integer, when it is a whole number in `0...(2^64 − 1)`.
  internal static func wholeCount(_ weight: DoubleDouble) -> UInt64? {
    let (head, tail) = (weight.head, weight.tail)
    if tail == 0 {
      // Every weight below 2^53: no 128-bit conversion, which is generic and slow.
      guard head >= 0, head < 0x1p64, head == head.rounded(.towardZero) else { return nil }
      return UInt64(head)
    }
    guard head >= 0, head <= 0x1p64, abs(tail) <= 0x1p63,
      head == head.rounded(.towardZero), tail == tail.rounded(.towardZero)
    else { return nil }
    return UInt64(exactly: Int128(head) + Int128(tail))
  }

  /// Whether every weight is a whole number and the totals stay below 2^53, so that the
  /// groups' doubles are exact counts (always, for unweighted rows below 2^53): what DeLong's
  /// variance, the bootstrap and the operating points need. The summary's own rule is wider
  /// (see ``SummarySweep``).
  internal var hasWholeCounts: Bool {
    guard weighted else { return Double(positiveRows) + Double(negativeRows) < 0x1p53 }
    guard positiveTotal.tail == 0, negativeTotal.tail == 0,
      positiveTotal.head + negativeTotal.head < 0x1p53
    else { return false }
    return weightEntries.allSatisfy { entry in
      entry.positive.tail == 0 && entry.negative.tail == 0
        && entry.positive.head == entry.positive.head.rounded(.down)
        && entry.negative.head == entry.negative.head.rounded(.down)
    }
  }
}
