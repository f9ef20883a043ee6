import AUCMetrics

extension MetricAccumulator {
  /// Counts every row of `source`, a batch at a time, whatever its format.
  ///
  /// A bad row ends the reading with its location (`FILE:LINE: message`, `FILE: byte N:
  /// message`). A batch is counted whole or not at all: the batch holding a bad value leaves
  /// the counts and the tally as they were after the batch before it.
  ///
  /// ```swift
  /// let source = CSVRowSource(
  ///   reader: CSVScoreReader(scoreColumn: "score", labelColumn: "label"),
  ///   input: try InputFile(path: "scores.csv"))
  /// var accumulator = MetricAccumulator(binning: .exact, weighted: false, memoryBudget: nil)
  /// try accumulator.count(source, as: Double.self)
  /// ```
  ///
  /// - Parameters:
  ///   - source: The rows: a ``CSVRowSource`` or a ``NumPyRowSource``.
  ///   - scoreType: `Double`, or `Float` for scores parsed or converted as float32.
  ///   - afterBatch: Called after each counted batch with the rows so far (for a progress
  ///     meter).
  /// - Complexity: O(n) for n rows; memory is the source's buffer and one batch.
  @inlinable
  public mutating func count<Source: ScoredRowSource & ~Copyable, Score: DecimalScore>(
    _ source: borrowing Source, as scoreType: Score.Type,
    afterBatch: (_ rows: RowTally) -> Void = { _ in }
  ) throws(DataError) {
    try source.forEachBatch(as: Score.self) { (batch) throws(DataError) in
      do throws(ScoreInputError) {
        if groupedCounts != nil {
          // The groups first: they check every row, so a bad row stops the batch before
          // either count changes.
          try groupedCounts!.record(
            scores: batch.scores, labels: batch.labels, groups: batch.groupIDs ?? [],
            weights: batch.weights)
        }
        try record(scores: batch.scores, labels: batch.labels, weights: batch.weights)
      } catch {
        throw batch.dataError(for: error)
      }
      afterBatch(rows)
    }
  }
}
