/// The rows of one CSV or TSV input (plain or gzip), read by a ``CSVScoreReader``, as a
/// ``ScoredRowSource``: its batches name their rows `FILE:LINE`.
///
/// ```swift
/// let source = CSVRowSource(
///   reader: CSVScoreReader(scoreColumn: "score", labelColumn: "label"),
///   input: try InputFile(path: "scores.csv.gz", gzip: true))
/// var accumulator = MetricAccumulator(binning: .exact, weighted: false, memoryBudget: nil)
/// try accumulator.count(source, as: Double.self)
/// ```
public struct CSVRowSource: ~Copyable, ScoredRowSource {
  public let reader: CSVScoreReader
  public let input: InputFile

  public init(reader: CSVScoreReader, input: consuming InputFile) {
    self.reader = reader
    self.input = input
  }

  /// Reads the whole input through ``CSVScoreReader/read(_:as:consume:)``.
  ///
  /// - Complexity: O(n) for n bytes; memory is one read buffer and one batch.
  @_specialize(where Score == Double)
  @_specialize(where Score == Float)
  public func forEachBatch<Score: DecimalScore>(
    as scoreType: Score.Type, _ body: (ScoredBatch<Score>) throws(DataError) -> Void
  ) throws(DataError) {
    let file = input.displayName
    try reader.read(input, as: Score.self) { (batch) throws(DataError) in
      try batch.withBuffers(file: file, body)
    }
  }
}

extension CSVScoreReader.Batch {
  /// Calls `body` with the batch's arrays as a ``ScoredBatch``.
  // Out of line, once a batch: inlined into the record loop that calls it, it slowed the loop.
  @inline(never)
  func withBuffers(
    file: String, _ body: (ScoredBatch<Score>) throws(DataError) -> Void
  ) throws(DataError) {
    try scores.withUnsafeBufferPointer { (scores) throws(DataError) in
      try labels.withUnsafeBufferPointer { (labels) throws(DataError) in
        try weights.withUnsafeBufferPointer { (weights) throws(DataError) in
          try secondScores.withUnsafeBufferPointer { (secondScores) throws(DataError) in
            try lineNumbers.withUnsafeBufferPointer { (lineNumbers) throws(DataError) in
              try groupBytes.withUnsafeBufferPointer { (groupBytes) throws(DataError) in
                try groupEnds.withUnsafeBufferPointer { (groupEnds) throws(DataError) in
                  try body(
                    ScoredBatch(
                      scores: scores, labels: labels, weights: weights,
                      secondScores: secondScores, groupBytes: groupBytes, groupEnds: groupEnds,
                      origin: .lines(file: file, numbers: lineNumbers)))
                }
              }
            }
          }
        }
      }
    }
  }
}
