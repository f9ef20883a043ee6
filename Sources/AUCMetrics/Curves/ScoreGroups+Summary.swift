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
    if hasWholeCounts {
      var sweep = WholeCountSweep()
      for index in thresholds.indices {
        sweep.add(positive: UInt64(positives[index]), negative: UInt64(negatives[index]))
      }
      return sweep.summary(binning: binning, switchedFromExact: false)
    }
    var sweep = RankingSweep(positiveTotal: positiveTotal, negativeTotal: negativeTotal)
    for index in thresholds.indices {
      sweep.add(positive: DoubleDouble(positives[index]), negative: DoubleDouble(negatives[index]))
    }
    return sweep.summary(binning: binning, switchedFromExact: false)
  }
}
