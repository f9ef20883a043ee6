/// What a column of scored rows holds.
///
/// ```swift
/// ColumnRole.secondScore.name   // "second score"
/// ```
public enum ColumnRole: Sendable, Hashable {
  case score
  case label
  case weight
  /// The second score column of two models on the same rows (`auc compare`).
  case secondScore
  /// The group id of each row (a user, a query), for the group AUCs.
  case group

  /// The role as messages name it: `score`, `label`, `weight`, `second score`, `group`.
  public var name: String {
    switch self {
    case .score: "score"
    case .label: "label"
    case .weight: "weight"
    case .secondScore: "second score"
    case .group: "group"
    }
  }
}
