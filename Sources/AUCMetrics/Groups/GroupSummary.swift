/// One group of ``GroupedScoreCounts``: its id, its rows, the weight of each class, and its
/// exact (or binned) ROC AUC, `nil` unless it holds both classes.
///
/// ```swift
/// var counts = GroupedScoreCounts()
/// try counts.record(scores: [0.9, 0.3, 0.6], labels: [1, 0, 1], groups: ["7", "7", "10"])
/// counts.groupSummaries.map(\.id)       // ["7", "10"]: integer ids in numeric order
/// counts.groupSummaries[0].rocAUC       // Optional(1.0)
/// counts.groupSummaries[1].rocAUC       // nil: one class only
/// ```
public struct GroupSummary: Sendable, Hashable, Codable {
  /// The group's id.
  public var id: String
  /// The rows recorded in the group, whatever their weights.
  public var rows: UInt64
  /// The positive weight (the count of positive rows when unweighted).
  public var positiveWeight: Double
  /// The negative weight (the count of negative rows when unweighted).
  public var negativeWeight: Double
  /// The group's ROC AUC, ties counting ½; `nil` unless both classes occur.
  public var rocAUC: Double?

  /// A group's summary from its parts.
  ///
  /// - Complexity: O(1)
  public init(
    id: String, rows: UInt64, positiveWeight: Double, negativeWeight: Double, rocAUC: Double?
  ) {
    self.id = id
    self.rows = rows
    self.positiveWeight = positiveWeight
    self.negativeWeight = negativeWeight
    self.rocAUC = rocAUC
  }
}
