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
        auc compare predictions.tsv.gz --no-header --score 2 --score 3 --label 1
        auc compare --scores model_a.npy --scores model_b.npy --labels labels.npy
      """
  )

  @OptionGroup var rows: RowInputOptions

  @Option(name: .customLong("score"), help: "The two score columns to compare (give twice).")
  var scores: [String] = []

  @Option(
    name: .customLong("scores"),
    help: ArgumentHelp(
      "Instead of CSV: two NumPy .npy files of scores (give twice), with --labels.",
      valueName: "file.npy"))
  var scoreArrays: [String] = []

  @Flag(help: "Run the unpaired test, as if the columns came from independent samples.")
  var unpaired = false

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  /// The names of the two scores in the report: the columns, or the `.npy` files.
  var scoreNames: [String] { scoreArrays.isEmpty ? scores : scoreArrays }

  func validate() throws {
    if !scoreArrays.isEmpty || rows.labelsArray != nil {
      guard scoreArrays.count == 2, rows.labelsArray != nil else {
        throw ValidationError(
          "give two .npy files of scores and one of labels: --scores A.npy --scores B.npy --labels L.npy"
        )
      }
      guard rows.text.files.isEmpty, scores.isEmpty else {
        throw ValidationError("--scores/--labels replace the CSV inputs and their --score columns")
      }
      return
    }
    guard scores.count == 2, !rows.text.isSameColumn(scores[0], scores[1]) else {
      throw ValidationError("give two different score columns: --score A --score B")
    }
    try rows.text.checkNoArrayFiles()
    try rows.text.checkColumnNumbers([
      ("--score", scores[0]), ("--score", scores[1]), ("--label", rows.label),
    ])
    try rows.text.checkColumnRoles([
      ("--score", scores[0]), ("--score", scores[1]), ("--label", rows.label),
    ])
    try DistinctFiles.check(rows.text.csvPaths)
  }

  func run() throws {
    let pairs = try PairedRows(self)
    let comparison = try AreaComparison(
      first: pairs.first, second: pairs.second, labels: pairs.labels,
      method: ComparisonMethod(unpaired: unpaired))
    let report = ComparisonReport(names: scoreNames, comparison: comparison)
    try StandardOutput.writeLine(format == .json ? report.json : report.text)
  }
}
