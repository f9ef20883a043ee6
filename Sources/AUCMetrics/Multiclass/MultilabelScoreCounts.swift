/// The counts of a multi-label classifier: L binary labels per row, each with its own score
/// column. The whole state of the per-label, macro, weighted and micro ROC AUCs and average
/// precisions of scikit-learn's multi-label `roc_auc_score` and `average_precision_score`,
/// exact or binned, streamed and merged like ``ScoreCounts``.
///
/// It holds one ``ScoreCounts`` per label; the micro averages pool them.
///
/// ```swift
/// var counts = MultilabelScoreCounts(labelCount: 2)
/// try counts.record(scores: [0.9, 0.2, 0.4, 0.25, 0.1, 0.3], labels: [1, 0, 0, 1, 0, 0])
/// counts.summary.rocAUC.macro   // Optional(0.75)
/// ```
public struct MultilabelScoreCounts: Sendable {
  /// The number of labels, and of score columns.
  public let labelCount: Int

  /// Label j's counts: its score column against its label column.
  internal var tables: [ScoreCounts]

  /// Creates empty counts of `labelCount` labels.
  ///
  /// - Parameters:
  ///   - labelCount: The number of labels, at least 1.
  ///   - binning: How to group scores; exact by default.
  /// - Precondition: `labelCount >= 1` and `binning.isValid`.
  /// - Complexity: O(l) for l labels.
  public init(labelCount: Int, binning: ScoreBinning = .exact) {
    precondition(labelCount >= 1, "a multi-label classifier has at least 1 label")
    self.labelCount = labelCount
    self.tables = Array(repeating: ScoreCounts(binning: binning), count: labelCount)
  }

  /// How the scores are grouped.
  public var binning: ScoreBinning { tables[0].binning }

  /// The rows recorded.
  ///
  /// - Complexity: O(1)
  public var rowCount: UInt64 { tables[0].rowCount }

  /// Counts a batch of rows, or throws and counts nothing.
  ///
  /// `scores` and `labels` hold the rows one after another, `labelCount` values each
  /// (column j: label j's score, and label j as 0 or 1). Every row is checked first: a NaN
  /// or infinite score (binned: one outside `0...1`), a label other than 0/1, a bad weight or
  /// unequal lengths throw a ``ScoreInputError`` naming the row.
  ///
  /// ```swift
  /// var counts = MultilabelScoreCounts(labelCount: 2)
  /// try counts.record(scores: [0.8, 0.3, 0.1, 0.6], labels: [1, 0, 0, 1], weights: [1, 2])
  /// ```
  ///
  /// - Complexity: O(n · l) amortized for n rows of l labels.
  public mutating func record(
    scores: [Double], labels: [UInt8], weights: [Double] = []
  ) throws(ScoreInputError) {
    let labelCount = labelCount
    guard scores.count == labels.count, scores.count % labelCount == 0 else {
      throw .lengthMismatch(scoreCount: scores.count / labelCount, labelCount: labels.count / labelCount)
    }
    let rowCount = scores.count / labelCount
    guard weights.isEmpty || weights.count == rowCount else {
      throw .weightCountMismatch(rowCount: rowCount, weightCount: weights.count)
    }
    var columns = [[Double]](repeating: [Double](repeating: 0, count: rowCount), count: labelCount)
    var labelColumns = [[UInt8]](repeating: [UInt8](repeating: 0, count: rowCount), count: labelCount)
    for row in 0..<rowCount {
      for column in 0..<labelCount {
        columns[column][row] = scores[row * labelCount + column]
        labelColumns[column][row] = labels[row * labelCount + column]
      }
    }
    var positives = [Int](repeating: 0, count: labelCount)
    try weights.withUnsafeBufferPointer { (weights) throws(ScoreInputError) in
      for column in 0..<labelCount {
        let result = columns[column].withUnsafeBufferPointer { scores in
          labelColumns[column].withUnsafeBufferPointer { labels in
            ScoreCounts.validate(scores: scores, labels: labels, weights: weights, binning: binning)
          }
        }
        switch result {
        case .failure(let error): throw error
        case .success(let count): positives[column] = count
        }
      }
      // Each table holds every row once: the first one's totals are every table's.
      if let error = tables[0].weightTotalError(weights) { throw error }
      if self.rowCount.addingReportingOverflow(UInt64(rowCount)).overflow { throw .countOverflow }
      for column in 0..<labelCount {
        let error = columns[column].withUnsafeBufferPointer { scores in
          labelColumns[column].withUnsafeBufferPointer { labels in
            tables[column].recordValidatedRows(
              scores: scores, labels: labels, weights: weights, positiveRows: positives[column])
          }
        }
        // The checks above cover every error a table can return.
        precondition(error == nil, "a checked row was refused: \(String(describing: error))")
      }
    }
  }
}
