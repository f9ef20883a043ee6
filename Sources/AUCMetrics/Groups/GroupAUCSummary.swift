/// The group AUCs of ``GroupedScoreCounts``: averages of the ROC AUCs of the groups that hold
/// both classes (the others have no AUC and are left out), weighted three ways.
///
/// - ``impressionWeightedAUC``: GAUC, `Σ n_g · AUC_g / Σ n_g` with n_g the group's rows (its
///   weight, when weighted), as click-through teams and PaddlePaddle's `WuAucCalculator` read
///   it.
/// - ``unweightedAUC``: UAUC, the plain mean of the groups' AUCs.
/// - ``pairWeightedAUC``: `Σ P_g · N_g · AUC_g / Σ P_g · N_g`, each positive–negative pair
///   inside a group counting once: the AUC of the pairs that share a group.
///
/// Each is `nil` when no group holds both classes. The sums run over the groups in the order
/// of their ids (``GroupedScoreCounts/groupSummaries``), so merged shards give the same bits
/// in any order.
///
/// ```swift
/// var counts = GroupedScoreCounts()
/// try counts.record(
///   scores: [0.9, 0.3, 0.6, 0.8, 0.2, 0.7, 0.1], labels: [1, 0, 1, 0, 1, 1, 0],
///   groups: ["a", "a", "a", "b", "b", "b", "b"])
/// let summary = counts.groupAUC
/// summary.unweightedAUC           // Optional(0.75): a has 1.0, b has 0.5
/// summary.impressionWeightedAUC   // Optional(0.7142…): (3 · 1.0 + 4 · 0.5) / 7
/// summary.pairWeightedAUC         // Optional(0.6666…): (2 · 1.0 + 4 · 0.5) / 6
/// ```
public struct GroupAUCSummary: Sendable, Hashable, Codable {
  /// GAUC: the groups' AUCs weighted by their rows (or weights).
  public var impressionWeightedAUC: Double?
  /// UAUC: the plain mean of the groups' AUCs.
  public var unweightedAUC: Double?
  /// The groups' AUCs weighted by their positive–negative pairs (or pair weights).
  public var pairWeightedAUC: Double?
  /// The groups recorded.
  public var groupCount: Int
  /// The groups that hold both classes, whose AUCs are averaged.
  public var groupsUsed: Int

  /// A summary from its parts.
  ///
  /// - Complexity: O(1)
  public init(
    impressionWeightedAUC: Double?, unweightedAUC: Double?, pairWeightedAUC: Double?,
    groupCount: Int, groupsUsed: Int
  ) {
    self.impressionWeightedAUC = impressionWeightedAUC
    self.unweightedAUC = unweightedAUC
    self.pairWeightedAUC = pairWeightedAUC
    self.groupCount = groupCount
    self.groupsUsed = groupsUsed
  }
}
