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

  /// The role as messages name it: `score`, `label`, `weight`, `second score`.
  public var name: String {
    switch self {
    case .score: "score"
    case .label: "label"
    case .weight: "weight"
    case .secondScore: "second score"
    }
  }
}
