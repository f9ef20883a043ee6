import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// `auc compare [FILE ...] --score A --score B`: DeLong's test that two score columns of the
/// same rows have the same ROC AUC.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare the ROC AUCs of two score columns with DeLong's test.",
    discussion: """
      Reads two score columns and a label column of the same rows and runs DeLong's paired \
      test (pROC's roc.test(method = "delong", paired = TRUE)): z = (A1 - A2) / sd, with a \
      two-sided normal p-value. --unpaired runs pROC's unpaired test instead, as if the two \
      columns came from independent samples (Student's t with Welch-Satterthwaite degrees of \
      freedom). Areas are exact; the rows are held in memory (about 17 bytes each).

      Examples:
        auc compare predictions.csv --score model_a --score model_b
        auc compare predictions.csv --score model_a --score model_b --format json
      """
  )

  @Argument(help: "CSV files with a header row; none or '-' reads standard input.")
  var files: [String] = []

  @Option(name: .customLong("score"), help: "The two score columns to compare (give twice).")
  var scores: [String] = []

  @Option(help: "The name of the label column (values 0 or 1).")
  var label = "label"

  @Flag(help: "Run the unpaired test, as if the columns came from independent samples.")
  var unpaired = false

  @Flag(help: "Parse scores as 32-bit floats.")
  var float32 = false

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func validate() throws {
    guard scores.count == 2, scores[0] != scores[1] else {
      throw ValidationError("give two different score columns: --score A --score B")
    }
    if scores.contains(label) {
      throw ValidationError(
        "--score and --label name the same column \"\(MessageText.escaped(label, limit: 80))\"; each column has one role"
      )
    }
    try DistinctFiles.check(files.isEmpty ? ["-"] : files)
  }

  func run() throws {
    let rows: PairedRows
    do {
      rows =
        try float32 ? PairedRows.read(self, as: Float.self) : PairedRows.read(self, as: Double.self)
    } catch {
      printToStandardError(error.description)
      throw ExitCode(1)
    }
    let comparison = try AreaComparison(
      first: rows.first, second: rows.second, labels: rows.labels,
      method: ComparisonMethod(unpaired: unpaired))
    let report = ComparisonReport(names: scores, comparison: comparison)
    try StandardOutput.writeLine(format == .json ? report.json : report.text)
  }
}

/// Two score columns and the labels of the same rows, read whole.
struct PairedRows {
  var first: [Double] = []
  var second: [Double] = []
  var labels: [UInt8] = []

  static func read<Score: DecimalScore>(_ command: CompareCommand, as scoreType: Score.Type)
    throws(DataError) -> PairedRows
  {
    var rows = PairedRows()
    let reader = CSVScoreReader(
      scoreColumn: command.scores[0], labelColumn: command.label,
      secondScoreColumn: command.scores[1])
    for path in command.files.isEmpty ? ["-"] : command.files {
      let input = try InputFile(path: path)
      let name = input.displayName
      try reader.read(input, as: Score.self) { (batch) throws(DataError) in
        for index in 0..<batch.count {
          for value in [batch.scores[index], batch.secondScores[index]] where !value.isFinite {
            throw DataError(
              location: "\(name):\(batch.lineNumbers[index])",
              message: "score \(value) is not a finite number")
          }
        }
        rows.first.append(contentsOf: batch.scores.lazy.map { Double($0) })
        rows.second.append(contentsOf: batch.secondScores.lazy.map { Double($0) })
        rows.labels.append(contentsOf: batch.labels)
      }
    }
    return rows
  }
}
