import AUCMetrics

/// Scores and labels from two NumPy `.npy` files, memory-mapped and read in batches.
enum NumPyInput {
  /// Rows handed to the counts at a time.
  static let batchSize = 1 << 16

  /// Counts every row of `scores` and `labels` into `accumulator`; a bad value stops with
  /// `FILE: byte N: message`.
  static func read(
    scores scoresPath: String, labels labelsPath: String, float32: Bool,
    into accumulator: inout MetricAccumulator, rows: inout RowTally
  ) throws(DataError) {
    let scoreArray = try NumPyArray(path: scoresPath, role: .scores)
    let labelArray = try NumPyArray(path: labelsPath, role: .labels)
    guard scoreArray.rowCount == labelArray.rowCount else {
      throw DataError(
        location: labelsPath,
        message:
          "\(labelArray.rowCount) labels, but \(scoresPath) has \(scoreArray.rowCount) scores")
    }
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
    while start < scoreArray.rowCount {
      let range = start..<min(start + batchSize, scoreArray.rowCount)
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
}
