/// A collection's elements in contiguous memory: the collection's own storage when it has
/// some, else a copy.
@usableFromInline
internal struct ContiguousArrayOrBuffer<Base: Collection> {
  @usableFromInline let base: Base

  @inlinable
  init(_ base: Base) { self.base = base }

  @inlinable
  func withBuffer<Result>(_ body: (UnsafeBufferPointer<Base.Element>) -> Result) -> Result {
    if let result = base.withContiguousStorageIfAvailable(body) { return result }
    return ContiguousArray(base).withUnsafeBufferPointer(body)
  }
}

/// The frame of every `record`: the lengths checked, nothing done for an empty batch, each
/// column read in place (or copied once), and the error that the work returns thrown.
@usableFromInline
internal enum RowBuffers {
  /// Calls `body` with scores, labels and weights (empty for weight 1) as buffers, unless
  /// there are no rows, and throws the error it returns.
  ///
  /// - Throws: ``ScoreInputError/lengthMismatch(scoreCount:labelCount:)`` or
  ///   ``ScoreInputError/weightCountMismatch(rowCount:weightCount:)`` before `body` runs,
  ///   else the error `body` returns.
  @inlinable
  internal static func read<Scores: Collection, Labels: Collection, Weights: Collection>(
    scores: Scores, labels: Labels, weights: Weights,
    _ body: (
      UnsafeBufferPointer<Scores.Element>, UnsafeBufferPointer<Labels.Element>,
      UnsafeBufferPointer<Weights.Element>
    ) -> ScoreInputError?
  ) throws(ScoreInputError) {
    try ScoreInputError.checkLengths(
      scoreCount: scores.count, labelCount: labels.count, weightCount: weights.count)
    if scores.isEmpty { return }
    let failure = ContiguousArrayOrBuffer(scores).withBuffer { scores in
      ContiguousArrayOrBuffer(labels).withBuffer { labels in
        ContiguousArrayOrBuffer(weights).withBuffer { weights in body(scores, labels, weights) }
      }
    }
    if let failure { throw failure }
  }

  /// Calls `body` with scores and labels as buffers, unless there are no rows, and throws
  /// the error it returns.
  @inlinable
  internal static func read<Scores: Collection, Labels: Collection>(
    scores: Scores, labels: Labels,
    _ body: (UnsafeBufferPointer<Scores.Element>, UnsafeBufferPointer<Labels.Element>) ->
      ScoreInputError?
  ) throws(ScoreInputError) {
    try ScoreInputError.checkLengths(scoreCount: scores.count, labelCount: labels.count)
    if scores.isEmpty { return }
    let failure = ContiguousArrayOrBuffer(scores).withBuffer { scores in
      ContiguousArrayOrBuffer(labels).withBuffer { labels in body(scores, labels) }
    }
    if let failure { throw failure }
  }
}
