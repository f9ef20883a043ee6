import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// The options every command that reads scored rows shares: the files, the columns, how to
/// bin, and the memory budget.
struct InputOptions: ParsableArguments {
  @Argument(help: "CSV files with a header row; none or '-' reads standard input.")
  var files: [String] = []

  @Option(help: "The name of the score column.")
  var score = "score"

  @Option(help: "The name of the label column (values 0 or 1).")
  var label = "label"

  @Option(help: "The name of a sample-weight column (finite numbers >= 0).")
  var weight: String?

  @Option(
    help: ArgumentHelp(
      "The number of thresholds T of the linear bins, 1...\(ScoreHistogram.maximumThresholdCount) (default 4095); scores fall into T + 1 bins.",
      valueName: "T"))
  var thresholds: Int?

  @Option(
    help: ArgumentHelp(
      "Bins: linear:T (as --thresholds) or log:K, K a power of two.", valueName: "linear:T|log:K"))
  var bins: BinningOption?

  @Flag(help: "Exact summaries over every distinct score.")
  var exact = false

  @Option(
    help: ArgumentHelp(
      "With --exact or --bins log:K: the most memory the process may take, e.g. 512M or 2G.",
      valueName: "size"))
  var memoryBudget: MemorySize?

  @Flag(
    help: "Parse scores as 32-bit floats, so that they bin as float32 data does in PaddlePaddle.")
  var float32 = false

  @Option(
    help: ArgumentHelp(
      "csv, tsv, csv.gz or tsv.gz; by default from each file's extension (stdin: csv).",
      valueName: "format"))
  var inputFormat: InputFormat?

  @Flag(help: "The first row is data: --score, --label and --weight are column numbers from 1.")
  var noHeader = false

  @Flag(help: "No progress line on standard error.")
  var quiet = false

  @Option(
    name: .customLong("scores"),
    help: ArgumentHelp(
      "A NumPy .npy file of scores, shape (n,), (n, 1) or (n, 2) (column 1 taken); with --labels.",
      valueName: "file.npy"))
  var scoresArray: String?

  @Option(
    name: .customLong("labels"),
    help: ArgumentHelp(
      "A NumPy .npy file of 0/1 labels (bool or integers), with --scores.", valueName: "file.npy"))
  var labelsArray: String?

  /// Every input the options name: the CSV files (`-`, standard input, when there are none),
  /// or the two `.npy` files.
  var inputPaths: [String] {
    if let scoresArray, let labelsArray { return [scoresArray, labelsArray] }
    return files.isEmpty ? ["-"] : files
  }

  /// The binning the options ask for.
  var binning: ScoreBinning {
    if exact { return .exact }
    return bins?.binning ?? .linear(thresholdCount: thresholds ?? 4095)
  }

  /// The inputs' names for a title: the files, the two `.npy` files, or standard input.
  var inputNames: [String] {
    if let scoresArray, let labelsArray { return [scoresArray, labelsArray] }
    return files.isEmpty ? ["standard input"] : files
  }

  func validate() throws {
    if (scoresArray == nil) != (labelsArray == nil) {
      throw ValidationError("--scores and --labels go together: give both .npy files")
    }
    if scoresArray != nil && (!files.isEmpty || weight != nil) {
      throw ValidationError("--scores/--labels replace the CSV inputs; weights come from CSV only")
    }
    if let file = files.first(where: { $0.lowercased().hasSuffix(".npy") }) {
      throw ValidationError(
        "\(file) is a NumPy array: give it as --scores FILE.npy --labels FILE.npy")
    }
    if noHeader {
      for (option, value) in [("--score", score), ("--label", label), ("--weight", weight ?? "1")]
      where Int(value).map({ $0 < 1 }) ?? true {
        throw ValidationError(
          "with --no-header, \(option) is a column number from 1, not \"\(value)\"; e.g. --score 2 --label 1"
        )
      }
    }
    if let thresholds {
      try OptionCheck.requireThresholdCount(thresholds)
      if exact {
        throw ValidationError("--thresholds and --exact exclude each other")
      }
      if bins != nil {
        throw ValidationError(
          "--thresholds and --bins exclude each other; give one of them (--bins linear:T is --thresholds T)"
        )
      }
    }
    if exact && bins != nil {
      throw ValidationError("--exact and --bins exclude each other")
    }
    try checkColumnRoles()
    try DistinctFiles.check(files.isEmpty ? ["-"] : files)
    if let memoryBudget {
      if case .linear = binning {
        throw ValidationError("--memory-budget applies to --exact and --bins log:K")
      }
      guard memoryBudget.bytes >= 1 << 16 else {
        throw ValidationError("--memory-budget must be at least 64K")
      }
    }
  }

  /// Throws when one column is named for two roles (`--score x --label x`): its values would
  /// be read as both. Without a header, columns are compared as numbers (`1` and `01`).
  private func checkColumnRoles() throws {
    var roles = [("--score", score), ("--label", label)]
    if let weight { roles.append(("--weight", weight)) }
    for (offset, first) in roles.enumerated() {
      for second in roles[(offset + 1)...] {
        let same = noHeader ? Int(first.1) == Int(second.1) : first.1 == second.1
        guard !same else {
          throw ValidationError(
            "\(first.0) and \(second.0) name the same column \"\(MessageText.escaped(first.1, limit: 80))\"; each column has one role"
          )
        }
      }
    }
  }

  /// The format of `path`: `--input-format`, else its extension; standard input is CSV.
  func format(of path: String) -> InputFormat {
    inputFormat ?? (path == "-" ? .csv : InputFormat(path: path))
  }

  /// A reader of `path`'s columns in its format.
  func csvReader(for path: String, secondScoreColumn: String? = nil) -> CSVScoreReader {
    CSVScoreReader(
      scoreColumn: score, labelColumn: label, delimiter: format(of: path).delimiter,
      hasHeader: !noHeader, weightColumn: weight, secondScoreColumn: secondScoreColumn)
  }

  /// Bytes kept back besides the counts and the memory at start: the reader's 1 MiB buffer and
  /// one batch of rows, and the pages the runtime and libraries touch as the run goes on.
  /// Measured on 10^7 rows with `--exact --memory-budget 64M`: keeping back 4 MiB, the run
  /// peaked at 67 MiB; keeping back 10 MiB, at 56 MiB.
  static let readerBytes = 10 << 20

  /// Bytes kept back besides for `.npy` inputs: the kernel maps a mapped file's pages in
  /// folios of up to 2 MiB, ahead of the reader, so up to 4 MiB of each of the two files was
  /// resident at once however often the read pages are dropped (measured on Linux 6.18).
  static let mappedInputBytes = 8 << 20

  /// The budget left for the counts once the process and the reader have their share.
  func countsBudget() throws -> Int? {
    guard let memoryBudget else { return nil }
    ResidentMemory.returnFreedBlocks()
    let processBytes =
      (ResidentMemory.current ?? 0) + Self.readerBytes
      + (scoresArray == nil ? 0 : Self.mappedInputBytes)
    let left = memoryBudget.bytes - processBytes
    guard left >= 1 << 20 else {
      let least = MemorySize.mebibytesRoundedUp(processBytes + (1 << 20))
      throw ValidationError(
        "--memory-budget \(MemorySize.describe(memoryBudget.bytes)) is too small: the process takes \(MemorySize.describe(processBytes)) before counting (\(MemorySize.describe(Self.readerBytes)) of it kept for reading), and the counts need at least 1 MiB; give at least \(least)M"
      )
    }
    return left
  }

  /// Reads every input into counts; a bad row prints `FILE:LINE: message` and exits with 1.
  func readAll() throws -> (MetricAccumulator, RowTally) {
    var accumulator = MetricAccumulator(
      binning: binning, weighted: weight != nil, memoryBudget: try countsBudget())
    var rows = RowTally()
    if let scoresArray, let labelsArray {
      do {
        try NumPyInput.read(
          scores: scoresArray, labels: labelsArray, float32: float32, into: &accumulator,
          rows: &rows, afterMapping: TestPause.wait)
      } catch {
        printToStandardError(error.description)
        throw ExitCode(1)
      }
      accumulator.flush()
      return (accumulator, rows)
    }
    let paths = inputPaths
    var progress = ProgressMeter(totalBytes: Self.totalSize(of: paths), quiet: quiet)
    defer { progress.finish() }
    do {
      for path in paths {
        let format = format(of: path)
        let input = try InputFile(path: path, gzip: format.isCompressed)
        if float32 {
          try feed(&accumulator, &rows, &progress, from: input, as: Float.self)
        } else {
          try feed(&accumulator, &rows, &progress, from: input, as: Double.self)
        }
        progress.finishInput(size: input.size ?? input.position)
      }
    } catch {
      progress.finish()
      printToStandardError(error.description)
      throw ExitCode(1)
    }
    accumulator.flush()
    return (accumulator, rows)
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

  private func feed<Score: DecimalScore>(
    _ accumulator: inout MetricAccumulator, _ rows: inout RowTally,
    _ progress: inout ProgressMeter, from input: borrowing InputFile, as scoreType: Score.Type
  ) throws(DataError) {
    try csvReader(for: input.displayName).count(
      input, as: Score.self, into: &accumulator, rows: &rows
    ) { position, rows in
      progress.update(position: position, rows: rows.total)
    }
  }

}
