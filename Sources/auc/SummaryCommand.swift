import AUCMetrics
import ArgumentParser

/// `auc [summary] [FILE ...]`: the ROC AUC, its bound, average precision and both PR areas of
/// CSV files of scores and labels, binned as PaddlePaddle does or exact.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Summarise CSV files of scores and labels: ROC AUC, its bound, AP and PR areas.",
    discussion: """
      Each input is comma-separated text with a header row naming a score column and a \
      label column (0 or 1), and optionally a weight column; other columns are ignored.

      By default scores must lie in 0...1 and are binned as PaddlePaddle's \
      Auc(num_thresholds: T) bins them. --exact counts every distinct score (any finite \
      number, logits included) in memory that grows with the distinct scores, not the rows; \
      --bins log:K uses K bins per power of two of |score|. With --memory-budget, exact \
      counting moves to the finest log bins that fit when the budget runs out, and says so.

      Examples:
        auc predictions.csv
        auc summary --score probability --label clicked --format json day1.csv day2.csv
        auc --exact --weight importance --memory-budget 256M logits.csv
        cat predictions.csv | auc --thresholds 65535 --float32

      Exit status: 0 on success, 1 for bad data (FILE:LINE: message on stderr), 64 for usage errors.
      """
  )

  @OptionGroup var input: InputOptions

  @Option(
    help: ArgumentHelp(
      "Add DeLong's confidence interval of the ROC AUC at this level, e.g. 0.95 (of the binned scores unless --exact).",
      valueName: "level"))
  var ci: Double?

  @Option(
    name: .customLong("max-fpr"),
    help: ArgumentHelp(
      "Add the partial ROC AUC for false positive rates up to M, raw and standardised.",
      valueName: "M"))
  var maximumFalsePositiveRate: Double?

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func validate() throws {
    if let ci, !(ci > 0 && ci < 1) {
      throw ValidationError("--ci must be a level in (0, 1), got \(ci)")
    }
    if let maximumFalsePositiveRate,
      !(maximumFalsePositiveRate > 0 && maximumFalsePositiveRate <= 1)
    {
      throw ValidationError("--max-fpr must be in (0, 1], got \(maximumFalsePositiveRate)")
    }
  }

  func run() throws {
    let (accumulator, rows) = try input.readAll()
    let groups = accumulator.groups
    var report = SummaryReport(
      rows: rows, summary: accumulator.summary, weighted: input.weight != nil)
    report.bestThreshold = groups.bestOperatingPoints(.youden).first
    if let ci {
      report.confidenceInterval = .some(groups.deLong?.confidenceInterval(level: ci))
    }
    if let maximumFalsePositiveRate {
      report.partialAUC = .some(
        groups.partialAUC(maximumFalsePositiveRate: maximumFalsePositiveRate))
    }
    print(format == .json ? report.json : report.text)
  }
}
