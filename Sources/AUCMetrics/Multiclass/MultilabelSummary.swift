/// The areas of a multi-label classifier (``MultilabelScoreCounts/summary``), as
/// scikit-learn's `roc_auc_score` and `average_precision_score` define them for a label
/// matrix: per label, their macro and support-weighted means (support: the rows with the
/// label, or their weight), and the micro value of all n × L (label, score) pairs pooled.
///
/// The macro ROC AUC is `nil` when a label is constant (scikit-learn: NaN); a label without
/// positives counts 0 in the macro average precision, as in scikit-learn.
///
/// ```swift
/// var counts = MultilabelScoreCounts(labelCount: 2)
/// try counts.record(scores: [0.9, 0.2, 0.4, 0.25, 0.1, 0.3], labels: [1, 0, 0, 1, 0, 0])
/// let summary = counts.summary
/// summary.perLabel[1].rocAUC   // Optional(0.5)
/// summary.rocAUC.micro         // Optional(0.75)
/// ```
public struct MultilabelSummary: Sendable, Hashable, Codable {
  /// Each label's summary, in label order.
  public var perLabel: [ClassSummary]
  /// The ROC AUC's macro, weighted and micro averages.
  public var rocAUC: ClassAverages
  /// The average precision's macro, weighted and micro averages.
  public var averagePrecision: ClassAverages
  /// How the scores were grouped.
  public var binning: ScoreBinning

  /// A summary from its parts.
  ///
  /// - Complexity: O(1)
  public init(
    perLabel: [ClassSummary], rocAUC: ClassAverages, averagePrecision: ClassAverages,
    binning: ScoreBinning
  ) {
    self.perLabel = perLabel
    self.rocAUC = rocAUC
    self.averagePrecision = averagePrecision
    self.binning = binning
  }
}
