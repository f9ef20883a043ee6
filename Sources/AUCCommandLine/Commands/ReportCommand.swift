import ArgumentParser

/// `auc report [FILE ...] --output report.html`: one self-contained HTML page.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Write one self-contained HTML page: summary table, ROC and PR curves, score distributions.",
    discussion: """
      The page has no scripts and fetches nothing: open it offline or mail it. The summary \
      table holds the same numbers as auc summary (with --ci and --max-fpr when given).

      Examples:
        auc report predictions.csv --output report.html
        auc report day1.csv.gz day2.csv.gz --exact --ci 0.95 --output week.html
      """
  )

  @OptionGroup var input: InputOptions

  @OptionGroup var statistics: StatisticsOptions

  @Option(name: .shortAndLong, help: .documentOutput("HTML"))
  var output: String = "-"

  func run() throws {
    let accumulator = try input.readAll(writingTo: output)
    let summary = accumulator.summary
    let groups = accumulator.groups
    let report = statistics.report(
      summary: summary, groups: groups, rows: accumulator.rows, weighted: accumulator.isWeighted)
    let page = HTMLReport(
      inputNames: input.inputNames, summaryRows: report.tableRows, groups: groups,
      summary: summary)
    try OutputFile.write(page.html, to: output)
  }
}
