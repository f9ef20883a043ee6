import AUCFileFormats
import AUCMetrics

extension InputOptions {
  /// What a command that writes one document of the inputs (`plot`, `report`) reads: the
  /// summary, the groups, the rows of every input and whether they are weighted, each
  /// computed once. `output` is refused first, before anything is read, when it names one of
  /// the inputs.
  func readSummaryAndGroups(writingTo output: String) throws -> (
    summary: RankingSummary, groups: ScoreGroups, rows: RowTally, weighted: Bool
  ) {
    try OutputFile.checkNotAnInput(output, inputs: inputPaths)
    let accumulator = try readAll()
    return (accumulator.summary, accumulator.groups, accumulator.rows, accumulator.isWeighted)
  }
}
