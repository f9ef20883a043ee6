/// The one place that chooses how the summary of weighted groups is added up.
///
/// **The rule.** Groups of *whole counts* (every weight of every group a whole number, and
/// all of them adding up to at most 2^64 − 1) take the integer sweep, ``WholeCountSweep``:
/// exact 128-bit pair sums, the ROC area their ratio rounded once. Any other groups (a
/// fractional weight somewhere, or whole weights past 2^64 − 1 in all) take the double-double
/// sweep, ``RankingSweep``.
///
/// Unweighted rows are whole counts by construction (recording and merging keep every total
/// within 2^64 − 1), so the unweighted ``ScoreCounts``, ``ScoreHistogram`` and the in-memory
/// ``ExactRanking`` hand their integer counts to ``WholeCountSweep`` directly; the weighted
/// ``ScoreCounts`` and every ``ScoreGroups`` come here. Whole counts give the same summary
/// whether they were recorded as rows or as weights, and whole weights scaled by a power of
/// two give the summary of the unscaled ones, bit for bit.
internal enum SummarySweep {
  /// The summary of groups given highest first, each as its exact positive and negative
  /// weight, by the rule above.
  ///
  /// - Parameters:
  ///   - groups: The groups, highest first.
  ///   - positiveTotal: About the positive weight of all groups (it only sets a scale).
  ///   - negativeTotal: About the negative weight of all groups.
  /// - Complexity: O(m) for m groups: one pass, or two when a group late in the order turns
  ///   out not to be whole.
  internal static func summary<Groups: Collection>(
    weightsHighestFirst groups: Groups, positiveTotal: Double, negativeTotal: Double,
    binning: ScoreBinning, switchedFromExact: Bool
  ) -> RankingSummary where Groups.Element == (positive: DoubleDouble, negative: DoubleDouble) {
    if let summary = wholeCountSummary(
      groups, binning: binning, switchedFromExact: switchedFromExact)
    {
      return summary
    }
    var sweep = RankingSweep(positiveTotal: positiveTotal, negativeTotal: negativeTotal)
    for group in groups {
      sweep.add(positive: group.positive, negative: group.negative)
    }
    return sweep.summary(binning: binning, switchedFromExact: switchedFromExact)
  }

  /// The integer sweep's summary when the groups are whole counts, else `nil`.
  private static func wholeCountSummary<Groups: Collection>(
    _ groups: Groups, binning: ScoreBinning, switchedFromExact: Bool
  ) -> RankingSummary? where Groups.Element == (positive: DoubleDouble, negative: DoubleDouble) {
    var sweep = WholeCountSweep()
    var total: UInt64 = 0
    for group in groups {
      guard let positive = ScoreCounts.wholeCount(group.positive),
        let negative = ScoreCounts.wholeCount(group.negative)
      else { return nil }
      let (withPositives, positiveOverflow) = total.addingReportingOverflow(positive)
      let (withNegatives, negativeOverflow) = withPositives.addingReportingOverflow(negative)
      if positiveOverflow || negativeOverflow { return nil }
      total = withNegatives
      sweep.add(positive: positive, negative: negative)
    }
    return sweep.summary(binning: binning, switchedFromExact: switchedFromExact)
  }
}
