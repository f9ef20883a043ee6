import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// The extra statistics a summary may carry: DeLong's interval and the partial AUC. Shared by
/// the commands that print a summary (`summary`, `merge`) and `report`, which draws it.
struct StatisticsOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Add DeLong's confidence interval of the ROC AUC at this level, e.g. 0.95 (of the binned scores unless --exact).",
      valueName: "level"))
  var ci: Double?

  @Option(
    name: .customLong("max-fpr"),
    help: ArgumentHelp(
      "Add the partial ROC AUC for false positive rates up to M, raw and standardised.",
      valueName: "M"))
  var maximumFalsePositiveRate: Double?

  func validate() throws {
    if let ci, !(ci > 0 && ci < 1) {
      throw ValidationError("--ci must be a level in (0, 1), got \(ci)")
    }
    if let maximumFalsePositiveRate,
      !(maximumFalsePositiveRate > 0 && maximumFalsePositiveRate <= 1)
    {
      throw ValidationError("--max-fpr must be in (0, 1], got \(maximumFalsePositiveRate)")
    }
  }

  /// Every number of the summary from its parts, with the extras asked for: the best
  /// threshold, and DeLong's interval and the partial AUC when asked, all from `groups`.
  func report(summary: RankingSummary, groups: ScoreGroups, rows: RowTally, weighted: Bool)
    -> SummaryReport
  {
    var report = SummaryReport(rows: rows, summary: summary, weighted: weighted)
    report.bestThreshold = groups.bestOperatingPoints(.youden).first
    if let ci {
      // Whole-number weights would pass for replicated rows; DeLong's interval is for rows
      // drawn once, so weighted rows get none.
      report.confidenceInterval = .some(
        weighted ? nil : groups.deLong?.confidenceInterval(level: ci))
    }
    if let maximumFalsePositiveRate {
      report.partialAUC = .some(
        groups.partialAUC(maximumFalsePositiveRate: maximumFalsePositiveRate))
    }
    return report
  }
}
