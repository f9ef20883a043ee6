import AUCMetrics

/// One batch of rows as NumPy hands them over: scores (float32 or float64), labels (bool or
/// integers) and optional float64 weights, each with its own stride, read in place (the
/// labels are checked and copied to one byte each).
struct RowColumns {
  let scores: UnsafeRawPointer
  let scoreSize: Int
  let scoreStride: Int
  let labels: LabelColumn
  let weights: UnsafeRawPointer?
  let weightStride: Int
  let count: Int

  init(
    scores: UnsafeRawPointer?, scoreSize: Int32, scoreStride: Int64, labels: UnsafeRawPointer?,
    labelSize: Int32, labelKind: UInt8, labelStride: Int64, weights: UnsafeRawPointer?,
    weightStride: Int64, count: Int64
  ) throws {
    guard scoreSize == 4 || scoreSize == 8 else {
      throw MessageError("scores must be float32 or float64, not \(scoreSize)-byte values")
    }
    self.labels = try LabelColumn(
      base: labels, size: Int(labelSize), kind: labelKind, stride: Int(labelStride),
      count: Int(count))
    self.scores = scores ?? UnsafeRawPointer(bitPattern: 1)!
    self.scoreSize = Int(scoreSize)
    self.scoreStride = Int(scoreStride)
    self.weights = weights
    self.weightStride = Int(weightStride)
    self.count = Int(count)
  }

  /// Counts the rows into `counts`; a batch that throws changes nothing.
  func record(into counts: inout ScoreCounts) throws {
    if scoreSize == 4 {
      try record(StridedScores<Float>(base: scores, count: count, stride: scoreStride), &counts)
    } else {
      try record(StridedScores<Double>(base: scores, count: count, stride: scoreStride), &counts)
    }
  }

  /// The exact summary of unweighted rows, by one radix sort (``RankingSummary``'s in-memory
  /// path): the same doubles as recording them into exact counts.
  func rankingSummary() throws -> RankingSummary {
    if scoreSize == 4 {
      return try RankingSummary(
        scores: StridedScores<Float>(base: scores, count: count, stride: scoreStride),
        labels: labels.values)
    }
    return try RankingSummary(
      scores: StridedScores<Double>(base: scores, count: count, stride: scoreStride),
      labels: labels.values)
  }

  /// The exact ROC AUC alone of unweighted rows, `nil` unless both classes occur.
  func rocAUC() throws -> Double? {
    if scoreSize == 4 {
      return try RankingSummary.rocAUC(
        scores: StridedScores<Float>(base: scores, count: count, stride: scoreStride),
        labels: labels.values)
    }
    return try RankingSummary.rocAUC(
      scores: StridedScores<Double>(base: scores, count: count, stride: scoreStride),
      labels: labels.values)
  }

  private func record<Score: BinaryFloatingPoint>(
    _ column: StridedScores<Score>, _ counts: inout ScoreCounts
  ) throws {
    if let weights {
      let weightColumn = StridedScores<Double>(base: weights, count: count, stride: weightStride)
      try counts.record(scores: column, labels: labels.values, weights: weightColumn)
    } else {
      try counts.record(scores: column, labels: labels.values)
    }
  }
}
