extension ScoreHistogram {
  /// Counts a batch of scores with their labels, or throws and counts nothing.
  ///
  /// Every row is checked before any row is counted: a NaN or infinite score, a score outside
  /// `0...1` (unless `policy` is ``OutOfRangeScorePolicy/clamp``), a label other than 0/1, or
  /// unequal lengths throw a ``ScoreInputError`` naming the first bad row and its value. An
  /// empty batch changes nothing.
  ///
  /// Arrays, array slices and buffer pointers are read in place, without copying.
  ///
  /// ```swift
  /// var histogram = ScoreHistogram(thresholdCount: 200)
  /// let scores: [Float] = [0.91, 0.12, 0.55]
  /// try histogram.record(scores: scores, labels: [true, false, true])
  /// ```
  ///
  /// - Parameters:
  ///   - scores: One score per row, `Float` or `Double` (any `BinaryFloatingPoint`).
  ///   - labels: One label per row: integers 0/1 or `Bool`.
  ///   - policy: What to do with finite scores outside `0...1`.
  /// - Complexity: O(n) for n rows; no allocation when both collections have contiguous
  ///   storage.
  @inlinable
  public mutating func record<Scores: Collection, Labels: Collection>(
    scores: Scores,
    labels: Labels,
    outOfRangeScores policy: OutOfRangeScorePolicy = .reject
  ) throws(ScoreInputError)
  where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel {
    let rowCount = scores.count
    guard rowCount == labels.count else {
      throw .lengthMismatch(scoreCount: rowCount, labelCount: labels.count)
    }
    if rowCount == 0 { return }
    // Read arrays, slices and buffer pointers in place; anything else through its iterators.
    var failure: ScoreInputError?
    var readInPlace = false
    _ = scores.withContiguousStorageIfAvailable { scoreBuffer in
      labels.withContiguousStorageIfAvailable { labelBuffer in
        failure = recordChecked(zip(scoreBuffer, labelBuffer), rowCount: rowCount, policy: policy)
        readInPlace = true
      }
    }
    if !readInPlace {
      failure = recordChecked(zip(scores, labels), rowCount: rowCount, policy: policy)
    }
    if let failure { throw failure }
  }

  /// Validates every (score, label) pair, then counts them all; returns the first error
  /// instead of counting anything.
  @inlinable
  internal mutating func recordChecked<
    Rows: Sequence, Score: BinaryFloatingPoint, Label: ClassLabel
  >(
    _ rows: Rows, rowCount: Int, policy: OutOfRangeScorePolicy
  ) -> ScoreInputError? where Rows.Element == (Score, Label) {
    let positives: UInt64
    switch Self.validate(rows, policy: policy) {
    case .failure(let error): return error
    case .success(let count): positives = count
    }
    let negatives = UInt64(rowCount) - positives
    let (newPositive, positiveOverflow) = positiveTotal.addingReportingOverflow(positives)
    let (newNegative, negativeOverflow) = negativeTotal.addingReportingOverflow(negatives)
    let (_, totalOverflow) = newPositive.addingReportingOverflow(newNegative)
    if positiveOverflow || negativeOverflow || totalOverflow {
      return .countOverflow
    }
    countValidated(rows, clamping: policy == .clamp)
    positiveTotal = newPositive
    negativeTotal = newNegative
    return nil
  }

  /// Checks every row; on success returns the number of positive rows.
  @inlinable
  internal static func validate<Rows: Sequence, Score: BinaryFloatingPoint, Label: ClassLabel>(
    _ rows: Rows, policy: OutOfRangeScorePolicy
  ) -> Result<UInt64, ScoreInputError> where Rows.Element == (Score, Label) {
    var positives: UInt64 = 0
    var allValid = true
    let acceptsOutOfRange = policy == .clamp
    for (score, label) in rows {
      let inRange = score >= 0 && score <= 1
      let scoreValid = inRange || (acceptsOutOfRange && score.isFinite)
      let labelClass = label.isPositiveClass
      allValid = allValid && scoreValid && labelClass != nil
      positives &+= (labelClass ?? false) ? 1 : 0
    }
    if allValid { return .success(positives) }
    for (row, (score, label)) in rows.enumerated() {
      if !score.isFinite { return .failure(.nonFiniteScore(row: row, score: Double(score))) }
      if !(score >= 0 && score <= 1) && !acceptsOutOfRange {
        return .failure(.scoreOutOfRange(row: row, score: Double(score)))
      }
      if label.isPositiveClass == nil {
        return .failure(.invalidLabel(row: row, label: String(describing: label)))
      }
    }
    preconditionFailure("validation found an error it cannot locate")
  }

  /// Counts rows that passed ``validate(_:policy:)``.
  @inlinable
  internal mutating func countValidated<
    Rows: Sequence, Score: BinaryFloatingPoint, Label: ClassLabel
  >(
    _ rows: Rows, clamping: Bool
  ) where Rows.Element == (Score, Label) {
    let stride = binCount
    let scale = Score(thresholdCount)
    counts.withUnsafeMutableBufferPointer { bins in
      if clamping {
        for (score, label) in rows {
          let clamped = Swift.min(Swift.max(score, 0), 1)
          let offset = label.isPositiveClass.unsafelyUnwrapped ? stride : 0
          bins[offset &+ Int(clamped * scale)] &+= 1
        }
      } else {
        for (score, label) in rows {
          let offset = label.isPositiveClass.unsafelyUnwrapped ? stride : 0
          bins[offset &+ Int(score * scale)] &+= 1
        }
      }
    }
  }
}
