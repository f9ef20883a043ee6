import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// The options of every command that prints a summary: the extra statistics and the format.
struct SummaryOptions: ParsableArguments {
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

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

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

  /// The summary of `accumulator`, in the chosen format.
  func render(_ accumulator: MetricAccumulator, rows: RowTally, weighted: Bool) -> String {
    let report = self.report(accumulator, rows: rows, weighted: weighted)
    return format == .json ? report.json : report.text
  }

  /// Every number of the summary, with the extras asked for.
  func report(_ accumulator: MetricAccumulator, rows: RowTally, weighted: Bool) -> SummaryReport {
    report(summary: accumulator.summary, groups: accumulator.groups, rows: rows, weighted: weighted)
  }

  /// The summary from its parts, in the chosen format: for callers that free the counts
  /// before they build the groups.
  func render(summary: RankingSummary, groups: ScoreGroups, rows: RowTally, weighted: Bool)
    -> String
  {
    let report = self.report(summary: summary, groups: groups, rows: rows, weighted: weighted)
    return format == .json ? report.json : report.text
  }

  /// Every number of the summary from its parts, with the extras asked for.
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
