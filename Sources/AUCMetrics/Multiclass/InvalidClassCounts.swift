/// Stored multi-class or multi-label counts that break an invariant, named in
/// ``description``: the error every decoder of them throws.
///
/// ```swift
/// let tables = Array(repeating: ScoreCounts(), count: 3)   // 2 classes need 4 tables
/// do { _ = try MulticlassScoreCounts(classCount: 2, tables: tables, rowsNotSummingToOne: 0) }
/// catch { print(error) }   // 2 classes need 4 tables, not 3
/// ```
public struct InvalidClassCounts: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var description: String

  /// An error saying `description`.
  ///
  /// - Complexity: O(1)
  public init(_ description: String) {
    self.description = description
  }
}
