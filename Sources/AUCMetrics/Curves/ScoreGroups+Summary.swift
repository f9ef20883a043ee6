extension ScoreGroups {
  /// The ROC area, its bound, average precision and both precision–recall areas of the
  /// groups, as ``ScoreCounts/summary`` computes them: the same to the bit for the groups of
  /// counts, as each group's weight is taken exactly (with its tail).
  ///
  /// ```swift
  /// counts.groups.summary.rocAUC
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public var summary: RankingSummary {
    SummarySweep.summary(
      weightsHighestFirst: thresholds.indices.lazy.map { index in
        let positive = exactPositive(index)
        let negative = exactNegative(index)
        return (
          positive: DoubleDouble(head: positive.head, tail: positive.tail),
          negative: DoubleDouble(head: negative.head, tail: negative.tail)
        )
      },
      positiveTotal: positiveTotal, negativeTotal: negativeTotal, binning: binning,
      switchedFromExact: false)
  }
}
