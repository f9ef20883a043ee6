import AUCMetrics
import ArgumentParser

/// Which curve a command prints (`auc curve roc|pr`) or draws (`auc plot --curve roc|pr`).
enum CurveKind: String, ExpressibleByArgument, CaseIterable {
  /// The ROC curve: true against false positive rate.
  case roc
  /// The precision–recall curve: precision against recall.
  case pr

  /// Whether `groups` define the curve: the ROC curve needs both classes, the
  /// precision–recall curve positives.
  func isDefined(by groups: ScoreGroups) -> Bool {
    switch self {
    case .roc: groups.hasBothClasses
    case .pr: groups.positiveTotal > 0
    }
  }

  /// The failure of a command asked for the curve of groups that do not define it.
  var undefined: CommandFailure {
    switch self {
    case .roc: CommandFailure("the ROC curve needs both positives and negatives")
    case .pr: CommandFailure("the precision-recall curve needs positives")
    }
  }
}
