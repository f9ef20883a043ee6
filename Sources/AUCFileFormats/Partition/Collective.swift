/// A fixed group of members, processes or threads, that run the same program each on its own
/// share of the inputs and combine what they counted: an MPI communicator, or a ``ThreadTeam``.
///
/// Every operation is collective: each member calls it, in the same order, with arguments of
/// the same shape, and it returns once every member has called it. Partition, then merge:
/// shares are planned from what the members gather of each other, and the counts of all
/// shares are summed or gathered at the end.
///
/// ```swift
/// let tallies = ThreadTeam.run(size: 4) { member in
///   member.allReduceSum([UInt64(member.rank)])   // [6] on every member
/// }
/// ```
public protocol Collective {
  /// This member's number, `0..<size`.
  var rank: Int { get }
  /// How many members there are.
  var size: Int { get }

  /// Every member's `values`, in rank order: member `r`'s at `r * values.count`. Each member
  /// gives as many values.
  ///
  /// - Complexity: O(n × size) for n values.
  func allGather(_ values: [UInt64]) -> [UInt64]

  /// The element-wise sums of every member's `values` (which wrap past 2^64 − 1), on every
  /// member. Each member gives as many values.
  ///
  /// - Complexity: O(n) for n values, per member.
  func allReduceSum(_ values: [UInt64]) -> [UInt64]

  /// Every member's bytes, in rank order, on member `root`; an empty array on the others. The
  /// members may give different numbers of bytes.
  ///
  /// - Complexity: O(total bytes) at `root`.
  func gatherBytes(_ bytes: [UInt8], root: Int) -> [[UInt8]]
}
