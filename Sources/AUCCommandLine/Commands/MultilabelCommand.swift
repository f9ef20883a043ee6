import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// `auc multilabel FILE --labels COL,… --scores COL,…`: the per-label, macro, weighted and
/// micro ROC AUCs and average precisions of a multi-label classifier.
struct MultilabelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "multilabel",
    abstract: "Per-label, macro, weighted and micro ROC AUC and average precision of a multi-label classifier.",
    discussion: """
      Reads L label columns of 0/1 (--labels) and their L score columns (--scores), in the \
      same order. Prints scikit-learn's roc_auc_score and average_precision_score of the \
      label matrix: average='macro', 'weighted' (by each label's positives, or their \
      weight) and 'micro' (all pairs pooled), and each label's values. Binned like auc \
      summary by default (scores in 0...1); --exact for any finite scores.

      Examples:
        auc multilabel tags.csv --labels sports,music,news --scores p_sports,p_music,p_news
        auc multilabel tags.csv --labels a,b --scores score_a,score_b --exact --format json
      """
  )

  @OptionGroup var input: ClassInputOptions

  @Option(
    help: ArgumentHelp(
      "The label columns (0 or 1), one per --scores column, comma-separated.",
      valueName: "col,col,…"))
  var labels: String

  var labelColumns: [String] { ClassInputOptions.columnList(labels) }

  func validate() throws {
    let columns = labelColumns
    guard !columns.contains(where: \.isEmpty), columns.count == input.scoreColumns.count else {
      throw ValidationError(
        "--labels names \(columns.count) columns for \(input.scoreColumns.count) score columns; give one label column per score column")
    }
    try input.validate(labelColumns: columns.map { ("--labels", $0) }, least: 1)
  }

  func run() throws {
    let labelColumns = labelColumns
    let labelCount = labelColumns.count
    var counts = MultilabelScoreCounts(labelCount: labelCount, binning: input.binning)
    try input.forEachBatch(reader: { path in
      input.csvReader(
        for: path, labelColumn: labelColumns[0],
        additionalLabelColumns: Array(labelColumns.dropFirst()), classNames: false)
    }) { (batch, file) throws(DataError) in
      let scores = ClassInputOptions.rowScores(batch, columns: labelCount)
      var labels: [UInt8] = []
      labels.reserveCapacity(scores.count)
      for row in 0..<batch.count {
        labels.append(batch.labels[row])
        let start = row * (labelCount - 1)
        labels.append(contentsOf: batch.additionalLabels[start..<(start + labelCount - 1)])
      }
      do throws(ScoreInputError) {
        try counts.record(scores: scores, labels: labels, weights: batch.weights)
      } catch {
        throw ClassInputOptions.dataError(
          error, in: batch, file: file,
          detail: MulticlassCommand.column(of: error, scores: scores, columns: input.scoreColumns))
      }
    }
    let report = ClassReport(
      names: labelColumns, rows: counts.rowCount, multiclass: nil, multilabel: counts.summary)
    try StandardOutput.writeLine(input.format == .json ? report.json : report.text)
  }
}
