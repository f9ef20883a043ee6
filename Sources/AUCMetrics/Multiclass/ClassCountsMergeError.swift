/// Why two multi-class or multi-label counts cannot be merged.
///
/// ```swift
/// var total = MulticlassScoreCounts(classCount: 3)
/// do { try total.merge(MulticlassScoreCounts(classCount: 4)) } catch {
///   print(error)   // cannot merge counts of 3 classes with counts of 4
/// }
/// ```
public enum ClassCountsMergeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The two count different numbers of classes (or labels).
  case classCountMismatch(Int, Int)
  /// Their tables do not merge: different binnings, or too many rows or too much weight.
  case counts(ScoreCounts.MergeError)

  public var description: String {
    switch self {
    case .classCountMismatch(let mine, let theirs):
      "cannot merge counts of \(mine) classes with counts of \(theirs)"
    case .counts(let error):
      error.description
    }
  }
}
