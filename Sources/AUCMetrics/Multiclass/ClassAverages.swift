/// The three averages over classes (or labels) that scikit-learn's `average=` names.
///
/// - ``macro``: the plain mean over every class. For the ROC AUC it is `nil` when one class
///   has none (scikit-learn returns NaN); for the average precision a class without positives
///   counts 0, as scikit-learn counts it (with a warning).
/// - ``weighted``: the mean weighted by each class's support (its rows, or their weight);
///   classes of support 0 weigh nothing.
/// - ``micro``: the value of all (class, row) pairs pooled into one binary ranking.
///
/// Means are summed in double-double and divided once, so they are within an ulp or two of
/// the exact mean of the classes' values.
///
/// ```swift
/// var counts = MultilabelScoreCounts(labelCount: 2)
/// try counts.record(scores: [0.9, 0.2, 0.4, 0.25, 0.1, 0.3], labels: [1, 0, 0, 1, 0, 0])
/// counts.summary.rocAUC.macro   // Optional(0.75): label 0 has 1.0, label 1 has 0.5
/// ```
public struct ClassAverages: Sendable, Hashable, Codable {
  /// The plain mean over the classes.
  public var macro: Double?
  /// The support-weighted mean over the classes.
  public var weighted: Double?
  /// The value of the pooled pairs.
  public var micro: Double?

  /// Averages from their parts.
  ///
  /// - Complexity: O(1)
  public init(macro: Double?, weighted: Double?, micro: Double?) {
    self.macro = macro
    self.weighted = weighted
    self.micro = micro
  }

  /// The macro and weighted means of `values` (one per class, `nil` where undefined), with
  /// `missing` standing in for an undefined value in the macro mean (`nil`: the mean is
  /// undefined too), and `micro` as given.
  ///
  /// - Complexity: O(k) for k classes.
  internal init(
    values: [Double?], supports: [Double], missing: Double?, micro: Double?
  ) {
    var sum = DoubleDouble.zero
    var macroDefined = !values.isEmpty
    for value in values {
      guard let value = value ?? missing else {
        macroDefined = false
        break
      }
      sum += value
    }
    var weightedSum = DoubleDouble.zero
    var supportSum = DoubleDouble.zero
    var weightedDefined = true
    for (value, support) in zip(values, supports) where support > 0 {
      guard let value = value ?? missing else {
        weightedDefined = false
        break
      }
      weightedSum += DoubleDouble.twoProduct(support, value)
      supportSum += support
    }
    self.macro = macroDefined ? (sum / DoubleDouble(Double(values.count))).value : nil
    self.weighted =
      weightedDefined && supportSum.value > 0 ? (weightedSum / supportSum).value : nil
    self.micro = micro
  }
}
