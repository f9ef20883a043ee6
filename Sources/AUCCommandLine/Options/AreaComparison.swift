import AUCMetrics

/// The ROC AUCs of two score columns of the same rows, their difference and the test of it:
/// what `auc compare` computes, for ``ComparisonReport`` to print.
///
/// ```swift
/// let comparison = try AreaComparison(
///   first: [0.9, 0.4, 0.7, 0.2], second: [0.8, 0.6, 0.3, 0.1], labels: [1, 0, 1, 0],
///   method: .deLongPaired)
/// print(comparison.areas, comparison.pValue ?? "undefined")
/// ```
struct AreaComparison {
  /// The test run.
  var method: ComparisonMethod
  /// The number of rows.
  var rowCount: Int
  /// The number of positive rows.
  var positiveCount: Int
  /// The exact ROC AUC of each column.
  var areas: [Double]
  /// The first area minus the second.
  var difference: Double
  /// z of the paired test, D of the unpaired one; `nil` when the difference has variance 0.
  var statistic: Double?
  /// The two-sided p-value; `nil` where the statistic is.
  var pValue: Double?
  /// The Welch–Satterthwaite degrees of freedom of the unpaired test; `nil` for the paired.
  var degreesOfFreedom: Double?
  /// The paired test's 95% confidence interval of the difference; `nil` for the unpaired.
  var differenceInterval: ConfidenceInterval?

  /// Runs `method` on the two columns `first` and `second` of the rows with `labels`.
  ///
  /// - Throws: `DeLongError` when a class has fewer than 2 rows or a value is bad.
  /// - Complexity: O(n log n) for n rows.
  init(first: [Double], second: [Double], labels: [UInt8], method: ComparisonMethod)
    throws(DeLongError)
  {
    self.method = method
    rowCount = labels.count
    positiveCount = labels.count { $0 == 1 }
    let paired = try PairedDeLongTest(first: first, second: second, labels: labels)
    areas = [paired.first.area, paired.second.area]
    difference = paired.difference
    switch method {
    case .deLongPaired:
      statistic = paired.z
      pValue = paired.pValue
      differenceInterval = paired.differenceConfidenceInterval(level: 0.95)
    case .deLongUnpaired:
      let test = UnpairedDeLongTest(first: paired.first, second: paired.second)
      statistic = test.statistic
      pValue = test.pValue
      degreesOfFreedom = test.degreesOfFreedom
    }
  }
}
