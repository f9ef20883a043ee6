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
    if !counts.weighted {
      // Up to 2^64 − 1 rows in all, so the integer sweep applies to every unweighted count.
      var sweep = WholeCountSweep()
      for entry in counts.countEntries.reversed() {
        sweep.add(positive: entry.positive, negative: entry.negative)
      }
      return sweep.summary(binning: counts.binning, switchedFromExact: counts.switchedFromExact)
    }
    if counts.hasWholeCounts {
      var sweep = WholeCountSweep()
      for entry in counts.weightEntries.reversed() {
        sweep.add(positive: UInt64(entry.positive.head), negative: UInt64(entry.negative.head))
      }
      return sweep.summary(binning: counts.binning, switchedFromExact: counts.switchedFromExact)
    }
    if let summary = counts.largeWholeCountSummary() { return summary }
    var sweep = RankingSweep(
      positiveTotal: counts.positiveTotal.value, negativeTotal: counts.negativeTotal.value)
    for entry in counts.weightEntries.reversed() {
      sweep.add(positive: entry.positive, negative: entry.negative)
    }
    return sweep.summary(binning: counts.binning, switchedFromExact: counts.switchedFromExact)
  }

  /// The integer sweep's summary when every weight is a whole number and the totals add up
  /// to at most 2^64 − 1 (weights of 2^40 on 2^20 rows, say), else `nil`.
  ///
  /// The same counts scaled down by a power of two give the same summary to the bit, as the
  /// small counts take the integer sweep too.
  internal func largeWholeCountSummary() -> RankingSummary? {
    guard let positives = Self.wholeCount(positiveTotal),
      let negatives = Self.wholeCount(negativeTotal),
      !positives.addingReportingOverflow(negatives).overflow
    else { return nil }
    var sweep = WholeCountSweep()
    for entry in weightEntries.reversed() {
      guard let positive = Self.wholeCount(entry.positive),
        let negative = Self.wholeCount(entry.negative)
      else { return nil }
      sweep.add(positive: positive, negative: negative)
    }
    return sweep.summary(binning: binning, switchedFromExact: switchedFromExact)
  }

  /// `weight` as an integer, when it is a whole number in `0...(2^64 − 1)`.
  internal static func wholeCount(_ weight: DoubleDouble) -> UInt64? {
    let (head, tail) = (weight.head, weight.tail)
    guard head >= 0, head <= 0x1p64, abs(tail) <= 0x1p63,
      head == head.rounded(.towardZero), tail == tail.rounded(.towardZero)
    else { return nil }
    return UInt64(exactly: Int128(head) + Int128(tail))
  }

  /// Whether every weight is a whole number and the totals stay below 2^53, so that the
  /// groups' doubles are exact counts (always, for unweighted rows below 2^53).
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
