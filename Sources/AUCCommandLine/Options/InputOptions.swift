import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// The options of the commands that count scored rows (all but `compare`): the inputs
/// (``RowInputOptions``), the score and weight columns or the `.npy` scores, how to bin, and
/// the memory budget.
struct InputOptions: ParsableArguments {
  @OptionGroup var rows: RowInputOptions

  @Option(help: "The name of the score column.")
  var score = "score"

  @Option(help: "The name of a sample-weight column (finite numbers >= 0).")
  var weight: String?

  @Option(
    help: ArgumentHelp(
      "The name of a group-id column (a user, a query; any text): adds GAUC, UAUC and the pair-weighted GAUC over the groups that hold both classes.",
      valueName: "name"))
  var group: String?

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

  @Option(
    name: .customLong("scores"),
    help: ArgumentHelp(
      "A NumPy .npy file of scores, shape (n,), (n, 1) or (n, 2) (column 1 taken); with --labels.",
      valueName: "file.npy"))
  var scoresArray: String?

  /// Every input the options name: the CSV files (`-`, standard input, when there are none),
  /// or the two `.npy` files.
  var inputPaths: [String] {
    if let scoresArray, let labelsArray = rows.labelsArray { return [scoresArray, labelsArray] }
    return rows.text.csvPaths
  }

  /// The binning the options ask for.
  var binning: ScoreBinning {
    if exact { return .exact }
    return bins?.binning ?? .linear(thresholdCount: thresholds ?? 4095)
  }

  /// The inputs' names for a title: the files, the two `.npy` files, or standard input.
  var inputNames: [String] {
    if let scoresArray, let labelsArray = rows.labelsArray { return [scoresArray, labelsArray] }
    return rows.text.files.isEmpty ? ["standard input"] : rows.text.files
  }

  func validate() throws {
    if (scoresArray == nil) != (rows.labelsArray == nil) {
      throw ValidationError("--scores and --labels go together: give both .npy files")
    }
    if scoresArray != nil && (!rows.text.files.isEmpty || weight != nil) {
      throw ValidationError("--scores/--labels replace the CSV inputs; weights come from CSV only")
    }
    if scoresArray != nil && group != nil {
      throw ValidationError("--group reads a column of CSV or TSV inputs, not .npy arrays")
    }
    if group != nil && memoryBudget != nil {
      throw ValidationError("--memory-budget does not bound the counts of each group; leave it out with --group")
    }
    try rows.text.checkNoArrayFiles()
    try rows.text.checkColumnNumbers([
      ("--score", score), ("--label", rows.label), ("--weight", weight ?? "1"),
      ("--group", group ?? "1"),
    ])
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
    var roles = [("--score", score), ("--label", rows.label)]
    if let weight { roles.append(("--weight", weight)) }
    if let group { roles.append(("--group", group)) }
    try rows.text.checkColumnRoles(roles)
    try DistinctFiles.check(rows.text.csvPaths)
    if let memoryBudget {
      if case .linear = binning {
        throw ValidationError("--memory-budget applies to --exact and --bins log:K")
      }
      guard memoryBudget.bytes >= 1 << 16 else {
        throw ValidationError("--memory-budget must be at least 64K")
      }
    }
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

  /// Reads every input into counts; a bad row throws a ``DataError`` (`FILE:LINE: message`,
  /// exit status 1).
  func readAll() throws -> MetricAccumulator {
    var accumulator = MetricAccumulator(
      binning: binning, weighted: weight != nil, memoryBudget: try countsBudget(),
      grouped: group != nil)
    if let scoresArray, let labelsArray = rows.labelsArray {
      let source = try NumPyRowSource(scores: scoresArray, labels: labelsArray)
      TestPause.wait()
      try count(source, into: &accumulator)
    } else {
      try rows.text.forEachCSVSource(reader: { path in
        rows.csvReader(for: path, scoreColumn: score, weightColumn: weight, groupColumn: group)
      }) { (source, progress) throws(DataError) in
        try count(source, into: &accumulator, progress: progress)
      }
    }
    accumulator.flush()
    return accumulator
  }

  /// Counts `source`'s rows, its scores parsed as `Float` with `--float32`, else `Double`.
  func count(
    _ source: borrowing some ScoredRowSource & ~Copyable, into accumulator: inout MetricAccumulator,
    progress: (UInt64) -> Void = { _ in }
  ) throws(DataError) {
    if rows.float32 {
      try accumulator.count(source, as: Float.self) { progress($0.total) }
    } else {
      try accumulator.count(source, as: Double.self) { progress($0.total) }
    }
  }
}
