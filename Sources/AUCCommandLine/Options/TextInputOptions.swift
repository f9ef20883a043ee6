import AUCFileFormats
import ArgumentParser

/// The CSV or TSV inputs of every command that reads text rows: the files, their format and
/// header, and the progress line. The columns to read are the commands' own.
struct TextInputOptions: ParsableArguments {
  @Argument(help: "CSV files with a header row; none or '-' reads standard input.")
  var files: [String] = []

  @Option(
    help: ArgumentHelp(
      "csv, tsv, csv.gz or tsv.gz; by default from each file's extension (stdin: csv).",
      valueName: "format"))
  var inputFormat: InputFormat?

  @Flag(help: "The first row is data: column options are column numbers from 1.")
  var noHeader = false

  @Flag(help: "No progress line on standard error.")
  var quiet = false

  /// The CSV inputs: the files, or standard input (`-`) when there are none.
  var csvPaths: [String] { files.isEmpty ? ["-"] : files }

  /// The format of `path`: `--input-format`, else its extension; standard input is CSV.
  func format(of path: String) -> InputFormat {
    inputFormat ?? (path == "-" ? .csv : InputFormat(path: path))
  }

  /// Throws when a file is a NumPy array given as a CSV input.
  func checkNoArrayFiles() throws {
    if let file = files.first(where: { $0.lowercased().hasSuffix(".npy") }) {
      throw ValidationError(
        "\(file) is a NumPy array: give it as --scores FILE.npy --labels FILE.npy")
    }
  }

  /// Throws when, with `--no-header`, a column option is not a column number from 1.
  func checkColumnNumbers(_ columns: [(option: String, value: String)]) throws {
    guard noHeader else { return }
    for (option, value) in columns where Int(value).map({ $0 < 1 }) ?? true {
      throw ValidationError(
        "with --no-header, \(option) is a column number from 1, not \"\(value)\"; e.g. --score 2 --label 1"
      )
    }
  }

  /// Throws when one column is named for two roles (`--score x --label x`): its values would
  /// be read as both. Without a header, columns are compared as numbers (`1` and `01`).
  func checkColumnRoles(_ roles: [(option: String, value: String)]) throws {
    for (offset, first) in roles.enumerated() {
      for second in roles[(offset + 1)...] where isSameColumn(first.value, second.value) {
        throw ValidationError(
          "\(first.option) and \(second.option) name the same column \"\(MessageText.escaped(first.value, limit: 80))\"; each column has one role"
        )
      }
    }
  }

  /// Whether two column options name one column: the same name, or without a header the
  /// same number.
  func isSameColumn(_ first: String, _ second: String) -> Bool {
    noHeader ? Int(first) == Int(second) : first == second
  }

  /// Opens each CSV input in turn as a source of rows and calls `body` with it, under a
  /// progress line (see ``ProgressMeter``): `body` reports the rows read so far.
  func forEachCSVSource(
    reader: (String) -> CSVScoreReader,
    _ body: (borrowing CSVRowSource, _ progress: (UInt64) -> Void) throws(DataError) -> Void
  ) throws(DataError) {
    let paths = csvPaths
    var progress = ProgressMeter(totalBytes: Self.totalSize(of: paths), quiet: quiet)
    defer { progress.finish() }
    for path in paths {
      let source = CSVRowSource(
        reader: reader(path), input: try InputFile(path: path, gzip: format(of: path).isCompressed))
      try body(source) { rows in progress.update(position: source.input.position, rows: rows) }
      progress.finishInput(size: source.input.size ?? source.input.position)
    }
  }

  /// The total size of the inputs, or `nil` when one is standard input or not a regular file.
  static func totalSize(of paths: [String]) -> Int? {
    var total = 0
    for path in paths {
      guard let size = InputFile.size(ofPath: path) else { return nil }
      total += size
    }
    return total
  }
}
