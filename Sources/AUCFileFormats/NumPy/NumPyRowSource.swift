/// Scores and labels from NumPy `.npy` files, memory-mapped and handed over in batches as a
/// ``ScoredRowSource``: its batches name their rows `FILE: byte N`, in the file of the
/// column at fault.
///
/// ```swift
/// let source = try NumPyRowSource(scores: "preds.npy", labels: "labels.npy")
/// var accumulator = MetricAccumulator(binning: .exact, weighted: false, memoryBudget: nil)
/// try accumulator.count(source, as: Double.self)
/// ```
public struct NumPyRowSource: ~Copyable, ScoredRowSource {
  /// Rows handed over at a time.
  static let batchSize = 1 << 16

  let scoreArray: NumPyArray
  let labelArray: NumPyArray
  /// A second score array of the same rows (`auc compare`), or `nil`.
  let secondScoreArray: NumPyArray?

  /// How many rows the arrays hold.
  public var rowCount: Int { scoreArray.rowCount }

  /// The rows handed over: all of them unless set to fewer (one member's share of the rows,
  /// say). Their batches keep the arrays' row numbers.
  ///
  /// - Precondition: within `0..<rowCount`.
  public var rows: Range<Int> {
    didSet {
      precondition(
        rows.lowerBound >= 0 && rows.upperBound <= rowCount, "rows \(rows) of \(rowCount)")
    }
  }

  /// Maps the files and checks their element types and shapes, and that they hold as many
  /// rows; nothing is read yet.
  ///
  /// - Complexity: O(1): only the headers are read.
  public init(scores scoresPath: String, labels labelsPath: String, secondScores: String? = nil)
    throws(DataError)
  {
    let scoreArray = try NumPyArray(path: scoresPath, role: .scores)
    let labelArray = try NumPyArray(path: labelsPath, role: .labels)
    guard scoreArray.rowCount == labelArray.rowCount else {
      throw DataError(
        location: labelsPath,
        message:
          "\(labelArray.rowCount) labels, but \(scoresPath) has \(scoreArray.rowCount) scores")
    }
    var secondScoreArray: NumPyArray? = nil
    if let secondScores {
      let array = try NumPyArray(path: secondScores, role: .scores)
      guard array.rowCount == scoreArray.rowCount else {
        throw DataError(
          location: secondScores,
          message: "\(array.rowCount) scores, but \(scoresPath) has \(scoreArray.rowCount)")
      }
      secondScoreArray = consume array
    }
    self.rows = 0..<scoreArray.rowCount
    self.scoreArray = scoreArray
    self.labelArray = labelArray
    self.secondScoreArray = secondScoreArray
  }

  /// Hands over the rows a batch at a time: native float32 scores (read `as: Float.self`) and
  /// one-byte labels straight from the mapping, anything else converted into a buffer.
  ///
  /// Pages already handed over go back to the system before every batch, so that the pages
  /// of only about one batch (at most 1 MiB of (n, 2) float64 scores) stay mapped, plus what
  /// the kernel maps ahead. Dropping them every 16 batches instead let 16 MiB of (n, 2)
  /// scores and 8 MiB of int64 labels pile up past a budget.
  ///
  /// - Complexity: O(n) for n rows; memory is one batch.
  @_specialize(where Score == Double)
  @_specialize(where Score == Float)
  public func forEachBatch<Score: DecimalScore>(
    as scoreType: Score.Type, _ body: (ScoredBatch<Score>) throws(DataError) -> Void
  ) throws(DataError) {
    var scores: [Score] = []
    var labels: [UInt8] = []
    var secondScores: [Score] = []
    scores.reserveCapacity(Self.batchSize)
    labels.reserveCapacity(Self.batchSize)
    var start = rows.lowerBound
    var dropped = (scores: 0, labels: 0, secondScores: 0)
    while start < rows.upperBound {
      dropped.scores = scoreArray.discardPages(fromByte: dropped.scores, beforeRow: start)
      dropped.labels = labelArray.discardPages(fromByte: dropped.labels, beforeRow: start)
      dropped.secondScores =
        withSecondScores { $0.discardPages(fromByte: dropped.secondScores, beforeRow: start) }
        ?? 0
      let range = start..<min(start + Self.batchSize, rows.upperBound)
      let origin = RowOrigin.elements(
        firstRow: start, scores: scoreArray.elementOffsets, labels: labelArray.elementOffsets,
        secondScores: withSecondScores { $0.elementOffsets })
      start = range.upperBound
      if Score.self == Float.self, withSecondScores({ _ in true }) == nil,
        try handOverMapped(range, origin: origin, body) != nil
      {
        continue
      }
      scores.removeAll(keepingCapacity: true)
      labels.removeAll(keepingCapacity: true)
      secondScores.removeAll(keepingCapacity: true)
      scoreArray.appendScores(range, to: &scores)
      try labelArray.appendLabels(range, to: &labels)
      withSecondScores { $0.appendScores(range, to: &secondScores) }
      try scores.withUnsafeBufferPointer { (scores) throws(DataError) in
        try labels.withUnsafeBufferPointer { (labels) throws(DataError) in
          try secondScores.withUnsafeBufferPointer { (secondScores) throws(DataError) in
            try body(
              ScoredBatch(
                scores: scores, labels: labels, secondScores: secondScores, origin: origin))
          }
        }
      }
    }
  }

  /// `body` applied to the second score array, or `nil` without one.
  private func withSecondScores<Result>(_ body: (borrowing NumPyArray) -> Result) -> Result? {
    switch secondScoreArray {
    case .some(let array): return body(array)
    case .none: return nil
    }
  }

  /// Hands over rows `range` from the mapped files without copying, or returns `nil` when
  /// the arrays are not native float32 scores and one-byte labels.
  private func handOverMapped<Score: DecimalScore>(
    _ range: Range<Int>, origin: RowOrigin, _ body: (ScoredBatch<Score>) throws(DataError) -> Void
  ) throws(DataError) -> Void? {
    try scoreArray.withElements(range, as: Float.self) { (scores) throws(DataError) -> Void? in
      try labelArray.withElements(range, as: UInt8.self) { (labels) throws(DataError) in
        let scores = UnsafeBufferPointer(
          start: UnsafeRawPointer(scores.baseAddress!).assumingMemoryBound(to: Score.self),
          count: scores.count)
        try body(ScoredBatch(scores: scores, labels: labels, origin: origin))
      }
    } ?? nil
  }
}
