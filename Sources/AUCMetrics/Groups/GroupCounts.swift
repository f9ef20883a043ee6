/// One group's id and counts: the stored form of a group of ``GroupedScoreCounts``.
///
/// ```swift
/// var counts = ScoreCounts()
/// try counts.record(scores: [0.9, 0.3], labels: [1, 0])
/// let group = GroupCounts(id: "u1", counts: counts)
/// let grouped = try GroupedScoreCounts(binning: .exact, groups: [group])
/// grouped.groupAUC.unweightedAUC   // Optional(1.0)
/// ```
public struct GroupCounts: Sendable, Codable {
  /// The group's id, not empty.
  public var id: String
  /// The group's rows, counted exactly or in bins.
  public var counts: ScoreCounts

  /// A group from its id and counts.
  ///
  /// - Complexity: O(1)
  public init(id: String, counts: ScoreCounts) {
    self.id = id
    self.counts = counts
  }
}
