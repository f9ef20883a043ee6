extension ScoreHistogram {
  /// Counts a batch of scores with their labels, or throws and counts nothing.
  ///
  /// A NaN or infinite score, a score outside `0...1` (unless `policy` is
  /// ``OutOfRangeScorePolicy/clamp``), a label other than 0/1, or unequal lengths throw a
  /// ``ScoreInputError`` naming the first bad row and its value, and leave the histogram as it
  /// was: rows are checked and counted in one pass, and at a bad row the rows already counted
  /// are taken back. An empty batch changes nothing.
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
    // Arrays, slices and buffer pointers are read in place; anything else is copied once.
    let failure = ContiguousArrayOrBuffer(scores).withBuffer { scores in
      ContiguousArrayOrBuffer(labels).withBuffer { labels in
        recordRows(scores: scores, labels: labels, clamping: policy == .clamp)
      }
    }
    if let failure { throw failure }
  }

  /// Counts every row in one pass; at the first bad row, takes back the rows already counted
  /// (integer counts subtract exactly) and returns its error, so a failed batch changes
  /// nothing.
  @inlinable
  internal mutating func recordRows<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>, clamping: Bool
  ) -> ScoreInputError? {
    let rowCount = scores.count
    let (_, overflow) = (positiveTotal &+ negativeTotal).addingReportingOverflow(UInt64(rowCount))
    if overflow || positiveTotal > UInt64.max - negativeTotal { return .countOverflow }
    let stride = binCount
    let scale = Score(thresholdCount)
    var positives: UInt64 = 0
    var failedRow: Int?
    counts.withUnsafeMutableBufferPointer { bins in
      // Two copies of the loop, so that neither tests the policy per row.
      if clamping {
        for row in 0..<rowCount {
          let score = scores[row]
          guard score.isFinite, let positive = labels[row].isPositiveClass else {
            failedRow = row
            break
          }
          let positiveBit = Int(unsafeBitCast(positive, to: UInt8.self))
          let value = Swift.min(Swift.max(score, 0), 1)
          bins[positiveBit &* stride &+ Self.truncated(value * scale)] &+= 1
          positives &+= UInt64(positiveBit)
        }
      } else {
        for row in 0..<rowCount {
          let score = scores[row]
          guard score >= 0 && score <= 1, let positive = labels[row].isPositiveClass else {
            failedRow = row
            break
          }
          // The class as 0 or 1 without a branch: labels are random, so a branch would miss.
          let positiveBit = Int(unsafeBitCast(positive, to: UInt8.self))
          bins[positiveBit &* stride &+ Self.truncated(score * scale)] &+= 1
          positives &+= UInt64(positiveBit)
        }
      }
      guard let failedRow else { return }
      for row in 0..<failedRow {
        let score = scores[row]
        let value = clamping ? Swift.min(Swift.max(score, 0), 1) : score
        let positive = labels[row].isPositiveClass.unsafelyUnwrapped
        bins[(positive ? stride : 0) &+ Self.truncated(value * scale)] &-= 1
      }
    }
    if let failedRow {
      let score = scores[failedRow]
      if !score.isFinite { return .nonFiniteScore(row: failedRow, score: Double(score)) }
      if !clamping && !(score >= 0 && score <= 1) {
        return .scoreOutOfRange(row: failedRow, score: Double(score))
      }
      return .invalidLabel(row: failedRow, label: String(describing: labels[failedRow]))
    }
    positiveTotal &+= positives
    negativeTotal &+= UInt64(rowCount) &- positives
    return nil
  }
}
