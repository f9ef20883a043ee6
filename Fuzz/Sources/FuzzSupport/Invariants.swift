import AUCMetrics

/// Checks that hold for every summary, whatever the input: each stops the fuzzer with a
/// message when broken.
public enum Invariants {
  /// Every area lies in `0...1` (or is `nil`), and the ROC area is defined exactly when both
  /// classes have weight.
  public static func check(_ summary: RankingSummary, _ context: @autoclosure () -> String) {
    for (name, value) in [
      ("rocAUC", summary.rocAUC), ("averagePrecision", summary.averagePrecision),
      ("prAUCTrapezoid", summary.prAUCTrapezoid), ("prAUCInterpolated", summary.prAUCInterpolated),
    ] {
      if let value {
        // The PR areas are sums of rounded terms: allow a few ulps past the ends.
        precondition(
          value.isFinite && value >= -1e-12 && value <= 1 + 1e-12,
          "\(name) \(value) outside 0...1: \(context())")
      }
    }
    let bothClasses = summary.positiveWeight > 0 && summary.negativeWeight > 0
    precondition(
      (summary.rocAUC != nil) == bothClasses,
      "rocAUC defined = \(summary.rocAUC != nil) with weights \(summary.positiveWeight), "
        + "\(summary.negativeWeight): \(context())")
    if let bound = summary.rocAUCErrorBound {
      precondition(bound >= 0 && bound <= 1, "error bound \(bound): \(context())")
    }
  }
}
