/// The counts of a K-class classifier's scores, one score column per class: the whole state
/// of its one-vs-rest and one-vs-one (Hand & Till) ROC AUCs and average precisions, exact or
/// binned, streamed and merged like ``ScoreCounts``.
///
/// It holds K × K ``ScoreCounts``: the scores of column j among the rows of class c, positive
/// when c = j and negative otherwise. Every average is then a merge of some of them: class
/// j's one-vs-rest counts are column j's K tables, the pair (a, b) of Hand & Till is column
/// a's tables of classes a and b, and the micro average pools all K × K. Exact memory is
/// that of K × n scores (n rows); binned, K × K × (T + 1) bins at most.
///
/// Classes are numbers `0..<classCount`; scores are any finite numbers (binned: in `0...1`).
/// They need not sum to 1: each area ranks one column at a time.
///
/// ```swift
/// var counts = MulticlassScoreCounts(classCount: 3)
/// try counts.record(
///   scores: [0.7, 0.2, 0.1,   0.2, 0.5, 0.3,   0.1, 0.3, 0.6,   0.6, 0.3, 0.1],
///   classes: [0, 1, 2, 0])
/// counts.summary.rocAUC.macro   // Optional(1.0)
/// ```
public struct MulticlassScoreCounts: Sendable {
  /// The number of classes, and of score columns.
  public let classCount: Int

  /// Column j's scores among class c's rows at `j * classCount + c`.
  internal var tables: [ScoreCounts]

  /// Rows whose scores do not sum to 1 within scikit-learn's tolerance.
  public internal(set) var rowsNotSummingToOne: UInt64

  /// Creates empty counts of `classCount` classes.
  ///
  /// - Parameters:
  ///   - classCount: The number of classes, at least 2.
  ///   - binning: How to group scores; exact by default.
  /// - Precondition: `classCount >= 2` and `binning.isValid`.
  /// - Complexity: O(k²) for k classes.
  public init(classCount: Int, binning: ScoreBinning = .exact) {
    precondition(classCount >= 2, "a multi-class classifier has at least 2 classes")
    self.classCount = classCount
    self.tables = Array(repeating: ScoreCounts(binning: binning), count: classCount * classCount)
    self.rowsNotSummingToOne = 0
  }

  /// How the scores are grouped.
  public var binning: ScoreBinning { tables[0].binning }

  /// `true` once a weighted batch was recorded.
  public var isWeighted: Bool { tables.contains { $0.isWeighted } }

  /// The rows recorded.
  ///
  /// - Complexity: O(k) for k classes.
  public var rowCount: UInt64 {
    (0..<classCount).reduce(0) { $0 &+ tables[$1].rowCount }
  }

  /// The table of column `column`'s scores among the rows of class `trueClass`.
  internal func table(column: Int, trueClass: Int) -> ScoreCounts {
    tables[column * classCount + trueClass]
  }
}
