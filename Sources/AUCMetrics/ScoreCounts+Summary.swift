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
    var sweep = RankingSweep()
    for entry in counts.entries.reversed() {
      sweep.add(positive: entry.positive, negative: entry.negative)
    }
    return sweep.summary(binning: counts.binning, switchedFromExact: counts.switchedFromExact)
  }
}
