import AUCFileFormats
import AUCMetrics

extension InputOptions {
  /// What a command that writes one document of the inputs (`plot`, `report`) reads: the
  /// summary, the groups and the rows of every input, each computed once. `output` is
  /// refused first, before anything is read, when it names one of the inputs.
  func readSummaryAndGroups(writingTo output: String) throws -> (
    summary: RankingSummary, groups: ScoreGroups, rows: RowTally
  ) {
    try OutputFile.checkNotAnInput(output, inputs: inputPaths)
    let (accumulator, rows) = try readAll()
    return (accumulator.summary, accumulator.groups, rows)
  }
}
