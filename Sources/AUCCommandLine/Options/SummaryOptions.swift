import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// The options of every command that prints a summary: the extra statistics and the format.
struct SummaryOptions: ParsableArguments {
  @OptionGroup var statistics: StatisticsOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  /// The summary from its parts, in the chosen format.
  func render(
    summary: RankingSummary, groups: ScoreGroups, rows: RowTally, weighted: Bool,
    groupAUC: GroupAUCSummary? = nil
  ) -> String {
    var report = statistics.report(
      summary: summary, groups: groups, rows: rows, weighted: weighted)
    report.groupAUC = groupAUC
    return format == .json ? report.json : report.text
  }

  /// The summary of a merged or combined state, in the chosen format. The state is let go of
  /// (`nil` afterwards) before its groups are built, so that the two are never held at once.
  func render(releasing state: inout StatePayload?) -> String {
    let summary = state!.accumulator!.summary
    let (rows, weighted) = (state!.rows, state!.weighted)
    let groupAUC = state!.grouped?.groupAUC
    let groups = StatePayload.groups(releasing: &state)
    return render(
      summary: summary, groups: groups, rows: rows, weighted: weighted, groupAUC: groupAUC)
  }
}
