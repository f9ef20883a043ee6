extension ScoreGroups {
  /// The ROC area, its bound, average precision and both precision–recall areas of the
  /// groups, as ``ScoreCounts/summary`` computes them.
  ///
  /// ```swift
  /// counts.groups.summary.rocAUC
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public var summary: RankingSummary {
    var sweep = RankingSweep()
    for index in thresholds.indices {
      sweep.add(positive: DoubleDouble(positives[index]), negative: DoubleDouble(negatives[index]))
    }
    return sweep.summary(binning: binning, switchedFromExact: false)
  }
}
