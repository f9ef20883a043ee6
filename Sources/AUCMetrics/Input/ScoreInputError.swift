/// Why a batch of scores and labels was rejected.
///
/// A batch that throws changes no state: every row is validated before any row is counted.
/// Rows are numbered from 0 within the batch.
///
/// ```swift
/// do {
///   try metric.update(scores: [0.2, .nan], labels: [0, 1])
/// } catch {
///   print(error)   // row 1: score nan is not a finite number
/// }
/// ```
public enum ScoreInputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The score is NaN or an infinity.
  case nonFiniteScore(row: Int, score: Double)
  /// The score is finite but outside `0...1`, and the policy is ``OutOfRangeScorePolicy/reject``.
  case scoreOutOfRange(row: Int, score: Double)
  /// The label is neither 0 nor 1 (nor `false` nor `true`).
  case invalidLabel(row: Int, label: String)
  /// The batch has a different number of scores and labels.
  case lengthMismatch(scoreCount: Int, labelCount: Int)
  /// A row of two-column predictions does not have exactly two columns.
  case predictionWidth(row: Int, width: Int)
  /// Counting the batch would push a total past 2^64 − 1.
  case countOverflow
  /// A sample weight is negative, NaN or infinite.
  case invalidWeight(row: Int, weight: Double)
  /// The batch has a different number of weights than rows (and weights were given).
  case weightCountMismatch(rowCount: Int, weightCount: Int)
  /// The weight of this row takes the total weight of every row counted, both classes,
  /// past ``ScoreCounts/weightTotalLimit`` (the largest double).
  case weightTotalOverflow(row: Int, weight: Double)
  /// The row's group id is empty (``GroupedScoreCounts``).
  case emptyGroup(row: Int)
  /// The batch has a different number of group ids than rows.
  case groupCountMismatch(rowCount: Int, groupCount: Int)

  /// The row the error names, when it names one.
  public var row: Int? {
    switch self {
    case .nonFiniteScore(let row, _), .scoreOutOfRange(let row, _), .invalidLabel(let row, _),
      .predictionWidth(let row, _), .invalidWeight(let row, _),
      .weightTotalOverflow(let row, _), .emptyGroup(let row):
      return row
    case .lengthMismatch, .countOverflow, .weightCountMismatch, .groupCountMismatch:
      return nil
    }
  }

  /// The message without the row number, for callers that name the row their own way
  /// (a file and line, say).
  public var reason: String {
    switch self {
    case .nonFiniteScore(_, let score):
      return "score \(score) is not a finite number"
    case .scoreOutOfRange(_, let score):
      return "score \(score) is outside 0...1"
    case .invalidLabel(_, let label):
      return "label \(label) is neither 0 nor 1"
    case .lengthMismatch(let scoreCount, let labelCount):
      return "\(scoreCount) scores but \(labelCount) labels"
    case .predictionWidth(_, let width):
      return "prediction row has \(width) columns, expected 2"
    case .countOverflow:
      return "a count would pass 2^64 - 1"
    case .invalidWeight(_, let weight):
      return "weight \(weight) is not a finite number ≥ 0"
    case .weightCountMismatch(let rowCount, let weightCount):
      return "\(rowCount) rows but \(weightCount) weights"
    case .weightTotalOverflow(_, let weight):
      let limit = ScoreCounts.weightTotalLimit
      return "weight \(weight) takes the total weight past the largest double (\(limit))"
    case .emptyGroup:
      return "the group id is empty"
    case .groupCountMismatch(let rowCount, let groupCount):
      return "\(rowCount) rows but \(groupCount) group ids"
    }
  }

  public var description: String {
    guard let row else { return reason }
    return "row \(row): \(reason)"
  }
}

extension ScoreInputError {
  /// Throws unless there is one label per score and either no weights or one per score: the
  /// first check of every `record` method.
  ///
  /// - Complexity: O(1)
  @inlinable
  internal static func checkLengths(
    scoreCount: Int, labelCount: Int, weightCount: Int = 0
  ) throws(ScoreInputError) {
    guard scoreCount == labelCount else {
      throw .lengthMismatch(scoreCount: scoreCount, labelCount: labelCount)
    }
    guard weightCount == 0 || weightCount == scoreCount else {
      throw .weightCountMismatch(rowCount: scoreCount, weightCount: weightCount)
    }
  }
}
