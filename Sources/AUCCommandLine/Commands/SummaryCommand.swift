import ArgumentParser

/// `auc [summary] [FILE ...]`: the ROC AUC, its bound, average precision and both PR areas of
/// CSV files of scores and labels, binned as PaddlePaddle does or exact.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Summarise CSV files of scores and labels: ROC AUC, its bound, AP and PR areas.",
    discussion: """
      Each input is CSV or TSV (RFC 4180; .gz files are decompressed) with a header row \
      naming a score column and a label column (0 or 1), and optionally a weight column; \
      other columns are ignored. --no-header takes column numbers instead.

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

  @OptionGroup var output: SummaryOptions

  func run() throws {
    let accumulator = try input.readAll()
    try StandardOutput.writeLine(
      output.render(
        summary: accumulator.summary, groups: accumulator.groups, rows: accumulator.rows,
        weighted: accumulator.isWeighted, groupAUC: accumulator.grouped?.groupAUC))
  }
}
