import AUCMetrics

/// One batch of scored rows as every input format hands it over: parallel buffers of scores,
/// labels (0/1), weights and second scores, and where the rows come from.
///
/// The buffers are valid only during the call that hands the batch over
/// (``ScoredRowSource/forEachBatch(as:_:)``).
///
/// ```swift
/// try source.forEachBatch(as: Double.self) { (batch) throws(DataError) in
///   for row in 0..<batch.count where !batch.scores[row].isFinite {
///     throw batch.dataError(for: .nonFiniteScore(row: row, score: batch.scores[row]))
///   }
/// }
/// ```
public struct ScoredBatch<Score: BinaryFloatingPoint> {
  /// The rows' scores (the first score column, or the `--scores` array).
  public var scores: UnsafeBufferPointer<Score>
  /// The rows' labels, each 0 or 1.
  public var labels: UnsafeBufferPointer<UInt8>
  /// The rows' weights; empty when every row weighs 1.
  public var weights: UnsafeBufferPointer<Double>
  /// The second score column (``ColumnRole/secondScore``); empty without one.
  public var secondScores: UnsafeBufferPointer<Score>
  /// The rows' group ids (``ColumnRole/group``), one after another in UTF-8; empty without a
  /// group column.
  public var groupBytes: UnsafeBufferPointer<UInt8>
  /// Where each row's group id ends in `groupBytes`; empty without a group column.
  public var groupEnds: UnsafeBufferPointer<Int>
  /// Where the rows come from, for ``dataError(for:in:)``.
  public var origin: RowOrigin

  /// A batch of the given buffers, all of one length but `weights` and `secondScores`, which
  /// may be empty.
  public init(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<UInt8>,
    weights: UnsafeBufferPointer<Double> = UnsafeBufferPointer(start: nil, count: 0),
    secondScores: UnsafeBufferPointer<Score> = UnsafeBufferPointer(start: nil, count: 0),
    groupBytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0),
    groupEnds: UnsafeBufferPointer<Int> = UnsafeBufferPointer(start: nil, count: 0),
    origin: RowOrigin
  ) {
    self.scores = scores
    self.labels = labels
    self.weights = weights
    self.secondScores = secondScores
    self.groupBytes = groupBytes
    self.groupEnds = groupEnds
    self.origin = origin
  }

  /// The rows' group ids as strings, or `nil` without a group column.
  ///
  /// - Complexity: O(b) for b bytes of ids.
  public var groupIDs: [String]? {
    guard !groupEnds.isEmpty else { return nil }
    var ids: [String] = []
    ids.reserveCapacity(groupEnds.count)
    var start = 0
    for end in groupEnds {
      // The reader checked that each id is UTF-8.
      let id = UnsafeBufferPointer(rebasing: groupBytes[start..<end])
      ids.append(String(decoding: id, as: UTF8.self))
      start = end
    }
    return ids
  }

  /// The number of rows.
  public var count: Int { scores.count }

  /// `error` (its row numbered within the batch) as a ``DataError`` at the row's place in
  /// its input: `FILE:LINE: reason`, or `FILE: byte N: reason` in the array of `column`
  /// (by default the column the error is about). The one place where row errors get their
  /// location, for every input format.
  ///
  /// - Complexity: O(1).
  public func dataError(for error: ScoreInputError, in column: ColumnRole? = nil) -> DataError {
    DataError(
      location: origin.location(ofRow: error.row, in: column ?? error.column),
      message: error.reason)
  }
}

extension ScoreInputError {
  /// The column the error is about.
  fileprivate var column: ColumnRole {
    switch self {
    case .invalidLabel: .label
    case .invalidWeight, .weightTotalOverflow, .weightCountMismatch: .weight
    default: .score
    }
  }
}
