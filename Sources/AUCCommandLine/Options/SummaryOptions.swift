import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// The options of every command that prints a summary: the extra statistics and the format.
struct SummaryOptions: ParsableArguments {
  @OptionGroup var statistics: StatisticsOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  /// The summary from its parts, in the chosen format.
  func render(summary: RankingSummary, groups: ScoreGroups, rows: RowTally, weighted: Bool)
    -> String
  {
    let report = statistics.report(
      summary: summary, groups: groups, rows: rows, weighted: weighted)
    return format == .json ? report.json : report.text
  }
}
