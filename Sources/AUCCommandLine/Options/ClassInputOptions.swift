import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// The options of `auc multiclass` and `auc multilabel`: the text inputs, the score columns
/// (one per class or label), the weights, how to bin, and the output format.
struct ClassInputOptions: ParsableArguments {
  @OptionGroup var text: TextInputOptions

  @Option(
    help: ArgumentHelp(
      "The score columns, one per class (or label), comma-separated.", valueName: "col,col,…"))
  var scores: String

  @Option(help: "The name of a sample-weight column (finite numbers >= 0).")
  var weight: String?

  @Option(
    help: ArgumentHelp(
      "The number of thresholds T of the linear bins, 1...\(ScoreHistogram.maximumThresholdCount) (default 4095); scores in 0...1 fall into T + 1 bins.",
      valueName: "T"))
  var thresholds: Int?

  @Flag(help: "Exact areas over every distinct score (any finite scores).")
  var exact = false

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  /// The score columns named by `--scores`.
  var scoreColumns: [String] { Self.columnList(scores) }

  /// The binning the options ask for.
  var binning: ScoreBinning { exact ? .exact : .linear(thresholdCount: thresholds ?? 4095) }

  /// `list` split at its commas, spaces around each name removed.
  static func columnList(_ list: String) -> [String] {
    list.split(separator: ",", omittingEmptySubsequences: false).map {
      String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
  }

  /// Checks the options, with `labelColumns` the command's label options and their columns.
  func validate(labelColumns: [(option: String, value: String)], least: Int) throws {
    let columns = scoreColumns
    guard columns.count >= least, !columns.contains(where: \.isEmpty) else {
      throw ValidationError(
        "--scores needs at least \(least) column names, comma-separated: --scores score_a,score_b")
    }
    if let thresholds {
      try OptionCheck.requireThresholdCount(thresholds)
      if exact { throw ValidationError("--thresholds and --exact exclude each other") }
    }
    try text.checkNoArrayFiles()
    var roles = columns.map { ("--scores", $0) } + labelColumns
    if let weight { roles.append(("--weight", weight)) }
    try text.checkColumnNumbers(roles)
    try text.checkColumnRoles(roles)
    try DistinctFiles.check(text.csvPaths)
  }

  /// Reads every input in batches through `reader` (given each path), calling `body` with
  /// each batch and its file's name.
  func forEachBatch(
    reader: (String) -> CSVScoreReader,
    _ body: (borrowing CSVScoreReader.Batch<Double>, String) throws(DataError) -> Void
  ) throws(DataError) {
    var rows: UInt64 = 0
    try text.forEachCSVSource(reader: reader) { (source, progress) throws(DataError) in
      let file = source.input.displayName
      try source.reader.read(source.input, as: Double.self) { (batch) throws(DataError) in
        try body(batch, file)
        rows &+= UInt64(batch.count)
        progress(rows)
      }
    }
  }

  /// A reader of `path`'s `scoreColumns`, its weights and the label columns given.
  func csvReader(
    for path: String, labelColumn: String, additionalLabelColumns: [String] = [],
    classNames: Bool
  ) -> CSVScoreReader {
    let columns = scoreColumns
    var reader = CSVScoreReader(
      scoreColumn: columns[0], labelColumn: labelColumn,
      delimiter: text.format(of: path).delimiter, hasHeader: !text.noHeader,
      weightColumn: weight)
    reader.additionalScoreColumns = Array(columns.dropFirst())
    reader.additionalLabelColumns = additionalLabelColumns
    reader.labelsAreClassNames = classNames
    return reader
  }

  /// Each row's scores, one row after another, from a batch's first and additional scores.
  static func rowScores(_ batch: borrowing CSVScoreReader.Batch<Double>, columns: Int) -> [Double] {
    var scores: [Double] = []
    scores.reserveCapacity(batch.count * columns)
    for row in 0..<batch.count {
      scores.append(batch.scores[row])
      let start = row * (columns - 1)
      scores.append(contentsOf: batch.additionalScores[start..<(start + columns - 1)])
    }
    return scores
  }

  /// `error`, about row `row` of the batch, at its place in `file`.
  static func dataError(
    _ error: ScoreInputError, in batch: borrowing CSVScoreReader.Batch<Double>, file: String,
    detail: String = ""
  ) -> DataError {
    let location = error.row.map { "\(file):\(batch.lineNumbers[$0])" } ?? file
    var hint = ""
    if case .scoreOutOfRange = error {
      hint = "; binned areas need scores in 0...1, --exact takes any finite score"
    }
    return DataError(location: location, message: error.reason + detail + hint)
  }
}
