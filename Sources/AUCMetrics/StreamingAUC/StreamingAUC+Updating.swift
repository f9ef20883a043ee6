extension StreamingAUC {
  /// Counts one mini-batch, one score per row, or throws and counts nothing.
  ///
  /// Each score goes to bin `trunc(score × T)`, multiplied in the score's own precision, so
  /// `Float` scores bin as PaddlePaddle bins float32 predictions. Arrays, slices and buffer
  /// pointers are read in place. An empty batch is a no-op (it does not move the window).
  ///
  /// ```swift
  /// var metric = StreamingAUC()
  /// try metric.update(scores: [0.9, 0.2, 0.7] as [Float], labels: [1, 0, 0])
  /// metric.value   // Optional(1.0): the positive 0.9 is above both negatives
  /// ```
  ///
  /// - Parameters:
  ///   - scores: The score of the positive class for each row.
  ///   - labels: 0/1 integers or `Bool`, one per row.
  /// - Throws: ``ScoreInputError``, naming the first bad row and its value.
  /// - Complexity: O(n) for n rows, plus O(T) with a window; no allocation.
  @inlinable
  public mutating func update<Scores: Collection, Labels: Collection>(
    scores: Scores, labels: Labels
  ) throws(ScoreInputError)
  where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel {
    try cumulative.record(scores: scores, labels: labels, outOfRangeScores: outOfRangeScores)
    if !scores.isEmpty, recent != nil {
      pushToWindow(scores: scores, labels: labels)
    }
  }

  /// Counts one mini-batch in PaddlePaddle's layout: each prediction row is
  /// `[P(negative), P(positive)]` and column 1 is the score; column 0 is not read.
  ///
  /// ```swift
  /// try metric.update(predictions: [[0.1, 0.9], [0.8, 0.2]], labels: [1, 0])
  /// ```
  ///
  /// - Throws: ``ScoreInputError/predictionWidth(row:width:)`` for a row that does not have
  ///   exactly two columns, and every error of ``update(scores:labels:)``.
  /// - Complexity: O(n) for n rows, plus O(T) with a window; no allocation.
  @inlinable
  public mutating func update<Predictions: Collection, Labels: Collection>(
    predictions: Predictions, labels: Labels
  ) throws(ScoreInputError)
  where
    Predictions.Element: Collection, Predictions.Element.Element: BinaryFloatingPoint,
    Labels.Element: ClassLabel
  {
    for (row, prediction) in predictions.enumerated() where prediction.count != 2 {
      throw .predictionWidth(row: row, width: prediction.count)
    }
    let scores = predictions.lazy.map { $0[$0.index(after: $0.startIndex)] }
    try update(scores: scores, labels: labels)
  }

  /// Replaces the window's oldest batch with rows that already passed validation.
  @inlinable
  internal mutating func pushToWindow<Scores: Collection, Labels: Collection>(
    scores: Scores, labels: Labels
  ) where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel {
    let policy = outOfRangeScores
    recent?.push { (batch: inout ScoreHistogram) in
      do {
        try batch.record(scores: scores, labels: labels, outOfRangeScores: policy)
      } catch {
        preconditionFailure("a validated batch failed a second time: \(error)")
      }
    }
  }
}
