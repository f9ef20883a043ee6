import CScoreConversion

extension ScoreHistogram {
  /// Counts a batch of scores with their labels, or throws and counts nothing.
  ///
  /// A NaN or infinite score, a score outside `0...1` (unless `policy` is
  /// ``OutOfRangeScorePolicy/clamp``), a label other than 0/1, or unequal lengths throw a
  /// ``ScoreInputError`` naming the first bad row and its value, and leave the histogram as it
  /// was: rows are checked, then counted, 4096 at a time, and at a bad row the rows already counted
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
    // Arrays, slices and buffer pointers are read in place; anything else is copied once.
    try RowBuffers.read(scores: scores, labels: labels) { scores, labels in
      recordRows(scores: scores, labels: labels, clamping: policy == .clamp)
    }
  }

  /// Counts every row, a block of `blockLength` rows at a time: one pass checks the block,
  /// the next counts it while it is still in the cache. At the first bad block, takes back the
  /// rows already counted (integer counts subtract exactly) and returns the error of its first
  /// bad row, so a failed batch changes nothing.
  ///
  /// The check pass is branch-free, so the compiler vectorises it; the counting pass then
  /// needs no test at all.
  @inlinable
  internal mutating func recordRows<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>, clamping: Bool
  ) -> ScoreInputError? {
    let rowCount = scores.count
    let (_, overflow) = (positiveTotal &+ negativeTotal).addingReportingOverflow(UInt64(rowCount))
    if overflow || positiveTotal > UInt64.max - negativeTotal { return .countOverflow }
    var positives: UInt64 = 0
    var failedBlock: Int?
    counts.withUnsafeMutableBufferPointer { bins in
      var start = 0
      while start < rowCount {
        let block = start..<Swift.min(start &+ Self.blockLength, rowCount)
        guard let blockPositives = Self.positiveCount(
          scores: scores, labels: labels, rows: block, clamping: clamping)
        else {
          failedBlock = start
          break
        }
        positives &+= blockPositives
        Self.count(scores: scores, labels: labels, rows: block, into: bins, clamping: clamping)
        start = block.upperBound
      }
      guard let failedBlock else { return }
      // Take back the blocks already counted: adding 2^64 − 1 subtracts 1.
      Self.count(
        scores: scores, labels: labels, rows: 0..<failedBlock, into: bins, clamping: clamping,
        step: .max)
    }
    if let failedBlock {
      return Self.firstError(scores: scores, labels: labels, from: failedBlock, clamping: clamping)
    }
    positiveTotal &+= positives
    negativeTotal &+= UInt64(rowCount) &- positives
    return nil
  }

  /// Checks every row without counting any: the number of positive rows, or the error of the
  /// first bad row. With ``countCheckedRows(scores:labels:clamping:positives:)`` this splits
  /// ``recordRows(scores:labels:clamping:)`` in two, so that a shared histogram checks a batch
  /// before it takes its lock.
  @inlinable
  internal static func checkRows<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>, clamping: Bool
  ) -> Result<UInt64, ScoreInputError> {
    let rowCount = scores.count
    var positives: UInt64 = 0
    var start = 0
    while start < rowCount {
      let block = start..<Swift.min(start &+ blockLength, rowCount)
      guard let blockPositives = positiveCount(
        scores: scores, labels: labels, rows: block, clamping: clamping)
      else {
        return .failure(
          firstError(scores: scores, labels: labels, from: start, clamping: clamping))
      }
      positives &+= blockPositives
      start = block.upperBound
    }
    return .success(positives)
  }

  /// Counts rows that ``checkRows(scores:labels:clamping:)`` accepted, `positives` of them
  /// positive, or returns ``ScoreInputError/countOverflow`` and counts nothing.
  ///
  /// The counting loop is that of ``recordRows(scores:labels:clamping:)``, without the check.
  ///
  /// - Precondition: the rows passed `checkRows` with the same `clamping` and have not changed
  ///   since, as `recordRows` assumes between its own check and count passes. (Clamping each
  ///   bin here, against a buffer written by another thread meanwhile, made counting 2.5 times
  ///   slower.)
  @inlinable
  internal mutating func countCheckedRows<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>, clamping: Bool,
    positives: UInt64
  ) -> ScoreInputError? {
    let rowCount = scores.count
    let (_, overflow) = (positiveTotal &+ negativeTotal).addingReportingOverflow(UInt64(rowCount))
    if overflow { return .countOverflow }
    counts.withUnsafeMutableBufferPointer { bins in
      Self.count(scores: scores, labels: labels, rows: 0..<rowCount, into: bins, clamping: clamping)
    }
    positiveTotal &+= positives
    negativeTotal &+= UInt64(rowCount) &- positives
    return nil
  }

  /// Adds `step` to the bin of each row in `rows` (`.max` takes one away): the counting loop
  /// of checked rows, with no test per row.
  ///
  /// - Precondition: the rows passed `positiveCount(scores:labels:rows:clamping:)`.
  @inlinable @inline(__always)
  internal static func count<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>, rows: Range<Int>,
    into bins: UnsafeMutableBufferPointer<UInt64>, clamping: Bool, step: UInt64 = 1
  ) {
    let stride = bins.count / 2
    let scale = Score(stride - 1)
    // Two copies of the loop, so that neither tests the policy per row.
    if clamping {
      for row in rows {
        let bin = uncheckedTruncated(Swift.min(Swift.max(scores[row], 0), 1) * scale)
        bins[classBit(labels[row]) &* stride &+ bin] &+= step
      }
    } else {
      for row in rows {
        bins[classBit(labels[row]) &* stride &+ uncheckedTruncated(scores[row] * scale)] &+= step
      }
    }
  }

  /// The error of the first bad row at or after `start`.
  ///
  /// - Precondition: some row at or after `start` is bad.
  @inlinable
  internal static func firstError<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>, from start: Int,
    clamping: Bool
  ) -> ScoreInputError {
    for row in start..<scores.count {
      let score = scores[row]
      if !score.isFinite { return .nonFiniteScore(row: row, score: Double(score)) }
      if !clamping && !(score >= 0 && score <= 1) {
        return .scoreOutOfRange(row: row, score: Double(score))
      }
      if labels[row].isPositiveClass == nil {
        return .invalidLabel(row: row, label: String(describing: labels[row]))
      }
    }
    preconditionFailure("the block check and the row check disagree")
  }

  /// Rows checked, then counted, at a time: 4096 `Double` scores and their labels fit a
  /// 48 KiB L1 data cache.
  @inlinable
  internal static var blockLength: Int { 4096 }

  /// The number of positive rows in `rows`, or `nil` if any of them has a bad score or label.
  ///
  /// Branch-free: every row is tested and the results are or-ed as integers, so the loop
  /// vectorises.
  @inlinable @inline(__always)
  internal static func positiveCount<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    rows: Range<Int>, clamping: Bool
  ) -> UInt64? {
    var invalid: UInt8 = 0
    var positives: UInt32 = 0  // a block has far fewer than 2^32 rows
    if clamping {
      for row in rows {
        let code = RowCheck.labelCode(labels[row])
        invalid |= (code >> 1) | RowCheck.finiteMiss(scores[row])
        positives &+= UInt32(code & 1)
      }
    } else {
      for row in rows {
        let code = RowCheck.labelCode(labels[row])
        invalid |= (code >> 1) | RowCheck.unitIntervalMiss(scores[row])
        positives &+= UInt32(code & 1)
      }
    }
    return invalid == 0 ? UInt64(positives) : nil
  }

  /// The class of a checked label as 0 or 1, without a branch: labels are random, so a branch
  /// would miss half the time.
  @inlinable @inline(__always)
  internal static func classBit<Label: ClassLabel>(_ label: Label) -> Int {
    Int(unsafeBitCast(label.isPositiveClass.unsafelyUnwrapped, to: UInt8.self))
  }
}
