/// Score counts kept apart for each group (a user, a query, a session): the state of the
/// group AUC that click-through and recommendation teams read, which streams and merges.
///
/// Each group's rows are counted as ``ScoreCounts`` counts them (exactly, or in the same bins),
/// keyed by the group's id, so a group whose rows sit in several shards or state files merges
/// into one group, with the same result as one stream. ``groupAUC`` averages the ROC AUCs of
/// the groups that hold both classes, three ways (``GroupAUCSummary``).
///
/// Memory grows with the distinct (group, score) pairs, not with the rows: 40 bytes for each,
/// and about 90 bytes for each group (its id, its number and its row counts), plus 20 bytes a row
/// for rows not yet merged (at most as many as the entries, and at least 2^16).
///
/// ```swift
/// var counts = GroupedScoreCounts()
/// try counts.record(
///   scores: [0.9, 0.3, 0.6, 0.8, 0.2, 0.7], labels: [1, 0, 1, 0, 0, 1],
///   groups: ["u1", "u1", "u1", "u2", "u2", "u3"])
/// let summary = counts.groupAUC
/// summary.impressionWeightedAUC   // Optional(1.0): u1 (3 rows) 1.0; u2, u3 have one class
/// summary.groupCount              // 3
/// summary.groupsUsed              // 1
/// ```
public struct GroupedScoreCounts: Sendable {
  /// How each group's scores are grouped: ``ScoreBinning/exact`` or bins.
  public let binning: ScoreBinning

  /// Each group id's number: its place in ``groupIDs``.
  internal var numbers: [String: Int] = [:]
  /// The group ids, in the order they were first recorded.
  internal var groupIDs: [String] = []
  /// The positive and the negative rows of each group, by number, whatever their weights.
  internal var positiveRowCounts: [UInt64] = []
  internal var negativeRowCounts: [UInt64] = []
  /// The merged entries of every group.
  internal var entries = GroupEntries()
  /// Rows recorded since the last merge into `entries`: each row's group number, key and
  /// weight, the weight negative (its sign bit set, −0.0 for weight 0) for a negative row.
  internal var pendingGroups: [Int32] = []
  internal var pendingKeys: [UInt64] = []
  internal var pendingWeights: [Double] = []
  /// The weight of all rows, both classes, for the limit on weights.
  @usableFromInline internal var weightTotal = DoubleDouble.zero
  /// The rows of all groups.
  internal var totalRows: UInt64 = 0
  /// `true` once a batch with weights was recorded or merged in.
  public internal(set) var isWeighted = false

  /// Empty counts.
  ///
  /// - Parameter binning: ``ScoreBinning/exact`` (the default), or the bins of
  ///   ``ScoreCounts``; linear bins take scores in `0...1` only.
  /// - Precondition: `binning.isValid`.
  /// - Complexity: O(1)
  public init(binning: ScoreBinning = .exact) {
    precondition(binning.isValid, "invalid binning \(binning)")
    self.binning = binning
  }

  /// The number of groups recorded, whatever their classes.
  ///
  /// - Complexity: O(1)
  public var groupCount: Int { groupIDs.count }

  /// The positive rows recorded in all groups, whatever their weights.
  ///
  /// - Complexity: O(g) for g groups.
  public var positiveRowCount: UInt64 { positiveRowCounts.reduce(0, &+) }

  /// The negative rows recorded in all groups, whatever their weights.
  ///
  /// - Complexity: O(g) for g groups.
  public var negativeRowCount: UInt64 { negativeRowCounts.reduce(0, &+) }

  /// The number of rows recorded in all groups, whatever their weights.
  ///
  /// - Complexity: O(1)
  public var rowCount: UInt64 { totalRows }
}
