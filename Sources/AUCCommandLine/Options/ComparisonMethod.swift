/// How `auc compare` tests that two score columns of the same rows have the same ROC AUC.
enum ComparisonMethod: String, CaseIterable {
  /// DeLong's paired test, pROC's `roc.test(method = "delong", paired = TRUE)`: the default.
  case deLongPaired = "delong-paired"
  /// DeLong's unpaired test, as if the columns came from independent samples: `--unpaired`.
  case deLongUnpaired = "delong-unpaired"

  /// The method `--unpaired` asks for, or not.
  init(unpaired: Bool) {
    self = unpaired ? .deLongUnpaired : .deLongPaired
  }
}
