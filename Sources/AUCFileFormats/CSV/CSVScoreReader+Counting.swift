import AUCMetrics

extension CSVScoreReader {
  /// Reads every row of `input` into `accumulator` and `rows`, a batch at a time.
  ///
  /// A bad row ends the reading with `FILE:LINE: message`. A batch is counted whole or not at
  /// all: the batch holding a bad value leaves the accumulator and the tally as they were
  /// after the batch before it.
  ///
  /// ```swift
  /// let input = try InputFile(path: "scores.csv")
  /// var accumulator = MetricAccumulator(binning: .exact, weighted: false, memoryBudget: nil)
  /// var rows = RowTally()
  /// try CSVScoreReader(scoreColumn: "score", labelColumn: "label")
  ///   .count(input, as: Double.self, into: &accumulator, rows: &rows)
  /// ```
  ///
  /// - Parameters:
  ///   - input: The open CSV or TSV file (plain or gzip) or standard input.
  ///   - scoreType: `Double.self` or `Float.self`: the type each score is parsed to before
  ///     it is counted.
  ///   - accumulator: The counts the rows are recorded into.
  ///   - rows: The row tally per class, counted with the accumulator.
  ///   - afterBatch: Called after each counted batch with the input's position in bytes and
  ///     the rows so far (for a progress meter).
  /// - Complexity: O(n) for n bytes; memory is one read buffer and one batch.
  @_specialize(where Score == Double)
  @_specialize(where Score == Float)
  public func count<Score: DecimalScore>(
    _ input: borrowing InputFile, as scoreType: Score.Type,
    into accumulator: inout MetricAccumulator, rows: inout RowTally,
    afterBatch: (_ position: Int, _ rows: RowTally) -> Void = { _, _ in }
  ) throws(DataError) {
    let name = input.displayName
    try read(input, as: Score.self) { (batch) throws(DataError) in
      do throws(ScoreInputError) {
        try accumulator.record(scores: batch.scores, labels: batch.labels, weights: batch.weights)
        rows.count(batch.labels)
        afterBatch(input.position, rows)
      } catch {
        let line = error.row.map { ":\(batch.lineNumbers[$0])" } ?? ""
        throw DataError(location: name + line, message: error.reason)
      }
    }
  }
}
