/// An input of scored rows that hands them over a batch at a time: a CSV or TSV file (plain
/// or gzip; ``CSVRowSource``) or `.npy` arrays (``NumPyRowSource``).
///
/// Every format gives the same ``ScoredBatch``, so what is done with a batch (counting it:
/// ``MetricAccumulator/count(_:as:afterBatch:)``) is written once.
///
/// ```swift
/// let source = CSVRowSource(
///   reader: CSVScoreReader(scoreColumn: "score", labelColumn: "label"),
///   input: try InputFile(path: "scores.csv"))
/// try source.forEachBatch(as: Double.self) { batch in print(batch.count) }
/// ```
public protocol ScoredRowSource: ~Copyable {
  /// Reads every row, calling `body` with each batch in order; a bad value in the input
  /// stops the reading with its location (`FILE:LINE`, `FILE: byte N`).
  ///
  /// - Parameters:
  ///   - scoreType: `Double`, or `Float` for scores parsed or converted as float32.
  ///   - body: Called with each batch, in the order of the rows; what it throws ends the
  ///     reading.
  /// - Complexity: O(n) for n rows besides `body`; memory is one batch.
  func forEachBatch<Score: DecimalScore>(
    as scoreType: Score.Type, _ body: (ScoredBatch<Score>) throws(DataError) -> Void
  ) throws(DataError)
}
