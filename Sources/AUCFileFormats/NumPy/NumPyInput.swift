import AUCMetrics

/// Scores and labels from two NumPy `.npy` files, memory-mapped and read in batches.
public enum NumPyInput {
  /// Rows handed to the counts at a time.
  static let batchSize = 1 << 16

  /// Counts every row of `scores` and `labels` into `accumulator`; a bad value stops with
  /// `FILE: byte N: message`.
  ///
  /// - Parameters:
  ///   - scoresPath: The `.npy` file of scores: one column, or two (the positive class's
  ///     score is the second).
  ///   - labelsPath: The `.npy` file of 0/1 labels, one for each row of scores.
  ///   - float32: Whether each score is converted to `Float` before it is counted (as
  ///     PaddlePaddle's float32 scores are), rather than to `Double`.
  ///   - accumulator: The counts the rows are recorded into.
  ///   - rows: The row tally per class, counted with the accumulator.
  ///   - afterMapping: Called once both files are mapped and their shapes checked,
  ///     before any row is read.
  public static func read(
    scores scoresPath: String, labels labelsPath: String, float32: Bool,
    into accumulator: inout MetricAccumulator, rows: inout RowTally,
    afterMapping: () -> Void = {}
  ) throws(DataError) {
    let scoreArray = try NumPyArray(path: scoresPath, role: .scores)
    let labelArray = try NumPyArray(path: labelsPath, role: .labels)
    guard scoreArray.rowCount == labelArray.rowCount else {
      throw DataError(
        location: labelsPath,
        message:
          "\(labelArray.rowCount) labels, but \(scoresPath) has \(scoreArray.rowCount) scores")
    }
    afterMapping()
    if float32 {
      try count(scoreArray, labelArray, as: Float.self, into: &accumulator, rows: &rows)
    } else {
      try count(scoreArray, labelArray, as: Double.self, into: &accumulator, rows: &rows)
    }
  }

  private static func count<Score: BinaryFloatingPoint>(
    _ scoreArray: borrowing NumPyArray, _ labelArray: borrowing NumPyArray, as: Score.Type,
    into accumulator: inout MetricAccumulator, rows: inout RowTally
  ) throws(DataError) {
    var scores: [Score] = []
    var labels: [UInt8] = []
    scores.reserveCapacity(batchSize)
    labels.reserveCapacity(batchSize)
    var start = 0
    var scoresDropped = 0
    var labelsDropped = 0
    while start < scoreArray.rowCount {
      // Pages already counted go back to the system before every batch, so that the pages
      // of only about one batch (at most 1 MiB of (n, 2) float64 scores) stay mapped, plus
      // what the kernel maps ahead. Dropping them every 16 batches instead let 16 MiB of
      // (n, 2) scores and 8 MiB of int64 labels pile up past a budget.
      scoresDropped = scoreArray.discardPages(fromByte: scoresDropped, beforeRow: start)
      labelsDropped = labelArray.discardPages(fromByte: labelsDropped, beforeRow: start)
      let range = start..<min(start + batchSize, scoreArray.rowCount)
      // Native float32 scores and one-byte labels are counted straight from the mapping.
      if Score.self == Float.self,
        try countMapped(scoreArray, labelArray, range, into: &accumulator, rows: &rows) != nil
      {
        start = range.upperBound
        continue
      }
      scores.removeAll(keepingCapacity: true)
      labels.removeAll(keepingCapacity: true)
      scoreArray.appendScores(range, to: &scores)
      try labelArray.appendLabels(range, to: &labels)
      do throws(ScoreInputError) {
        try accumulator.record(scores: scores, labels: labels, weights: [])
      } catch {
        let location =
          error.row.map { "\(scoreArray.path): byte \(scoreArray.byteOffset(ofRow: start + $0))" }
          ?? scoreArray.path
        throw DataError(location: location, message: error.reason)
      }
      rows.count(labels)
      start = range.upperBound
    }
  }

  /// Counts rows `range` from the mapped files without copying, or returns `nil` when the
  /// arrays are not native float32 scores and one-byte labels.
  private static func countMapped(
    _ scoreArray: borrowing NumPyArray, _ labelArray: borrowing NumPyArray, _ range: Range<Int>,
    into accumulator: inout MetricAccumulator, rows: inout RowTally
  ) throws(DataError) -> Void? {
    try scoreArray.withElements(range, as: Float.self) { (scores) throws(DataError) -> Void? in
      try labelArray.withElements(range, as: UInt8.self) { (labels) throws(DataError) in
        do throws(ScoreInputError) {
          try accumulator.record(scores: scores, labels: labels)
        } catch {
          let array = error.isLabelError ? labelArray.path : scoreArray.path
          let offset = error.row.map {
            error.isLabelError
              ? labelArray.byteOffset(ofRow: range.lowerBound + $0)
              : scoreArray.byteOffset(ofRow: range.lowerBound + $0)
          }
          throw DataError(
            location: offset.map { "\(array): byte \($0)" } ?? array, message: error.reason)
        }
        rows.count(labels)
      }
    } ?? nil
  }
}

extension ScoreInputError {
  /// Whether the error is about a label rather than a score.
  fileprivate var isLabelError: Bool {
    if case .invalidLabel = self { return true }
    return false
  }
}
