import AUCMetrics
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `auc [summary] [FILE ...]`: the binned ROC AUC, its error bound and the average precision of
/// CSV files of scores and labels.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Summarise CSV files of scores and labels: ROC AUC, its bound, average precision.",
    discussion: """
      Each input is comma-separated text with a header row naming a score column and a \
      label column (0 or 1); other columns are ignored. Scores must lie in 0...1. \
      Scores are binned as PaddlePaddle's Auc(num_thresholds: T) bins them.

      Examples:
        auc predictions.csv
        auc summary --score probability --label clicked --format json day1.csv day2.csv
        cat predictions.csv | auc --thresholds 65535 --float32

      Exit status: 0 on success, 1 for bad data (FILE:LINE: message on stderr), 64 for usage errors.
      """
  )

  @Argument(help: "CSV files with a header row; none or '-' reads standard input.")
  var files: [String] = []

  @Option(help: "The name of the score column.")
  var score = "score"

  @Option(help: "The name of the label column (values 0 or 1).")
  var label = "label"

  @Option(help: "The number of thresholds T; scores fall into T + 1 bins.")
  var thresholds = 4095

  @Flag(
    help: "Parse scores as 32-bit floats, so that they bin as float32 data does in PaddlePaddle.")
  var float32 = false

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func validate() throws {
    guard (1...ScoreHistogram.maximumThresholdCount).contains(thresholds) else {
      throw ValidationError(
        "--thresholds must be in 1...\(ScoreHistogram.maximumThresholdCount), got \(thresholds)")
    }
  }

  func run() throws {
    var metric = StreamingAUC(thresholdCount: thresholds)
    do {
      for path in files.isEmpty ? ["-"] : files {
        let input = try InputFile(path: path)
        if float32 {
          try feed(&metric, from: input, as: Float.self)
        } else {
          try feed(&metric, from: input, as: Double.self)
        }
      }
    } catch {
      printToStandardError(error.description)
      throw ExitCode(1)
    }
    let report = SummaryReport(histogram: metric.histogram)
    print(format == .json ? report.json : report.text)
  }

  private func feed<Score: DecimalScore>(
    _ metric: inout StreamingAUC, from input: borrowing InputFile, as scoreType: Score.Type
  ) throws(DataError) {
    let reader = CSVScoreReader(scoreColumn: score, labelColumn: label)
    let name = input.displayName
    try reader.read(input, as: Score.self) { (batch) throws(DataError) in
      do throws(ScoreInputError) {
        try metric.update(scores: batch.scores, labels: batch.labels)
      } catch {
        let line = error.row.map { ":\(batch.lineNumbers[$0])" } ?? ""
        throw DataError(location: name + line, message: error.reason)
      }
    }
  }
}

/// Writes one line to standard error.
func printToStandardError(_ message: String) {
  var line = message
  line.append("\n")
  line.withUTF8 { bytes in
    var remaining = UnsafeRawBufferPointer(bytes)
    while !remaining.isEmpty {
      let written = write(STDERR_FILENO, remaining.baseAddress, remaining.count)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return }
      remaining = UnsafeRawBufferPointer(rebasing: remaining[written...])
    }
  }
}
