/// The one-vs-rest summary of one class of ``MulticlassScoreCounts`` (its rows positive, every
/// other row negative, on its own score column), or of one label of ``MultilabelScoreCounts``.
///
/// ```swift
/// var counts = MultilabelScoreCounts(labelCount: 2)
/// try counts.record(scores: [0.9, 0.2, 0.4, 0.25, 0.1, 0.3], labels: [1, 0, 0, 1, 0, 0])
/// let first = counts.summary.perLabel[0]
/// first.rocAUC      // Optional(1.0)
/// first.support     // 1.0: one row has label 0
/// ```
public struct ClassSummary: Sendable, Hashable, Codable {
  /// The rows of the class (multi-class), or the rows with the label (multi-label).
  public var rows: UInt64
  /// The weight of those rows: their number when unweighted. scikit-learn's support, by which
  /// the `weighted` averages weigh each class.
  public var support: Double
  /// The one-vs-rest ROC AUC; `nil` when the class has no rows, or every row.
  public var rocAUC: Double?
  /// scikit-learn's average precision of the one-vs-rest ranking; `nil` without positives.
  public var averagePrecision: Double?

  /// A summary from its parts.
  ///
  /// - Complexity: O(1)
  public init(rows: UInt64, support: Double, rocAUC: Double?, averagePrecision: Double?) {
    self.rows = rows
    self.support = support
    self.rocAUC = rocAUC
    self.averagePrecision = averagePrecision
  }
}
