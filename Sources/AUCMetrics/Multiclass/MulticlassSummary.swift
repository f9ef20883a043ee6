/// The areas of a K-class classifier (``MulticlassScoreCounts/summary``), defined as
/// scikit-learn's `roc_auc_score(multi_class='ovr'|'ovo')` and `average_precision_score`
/// define them.
///
/// - ``perClass``: class c's one-vs-rest ROC AUC and average precision: its rows positive,
///   every other row negative, ranked by score column c.
/// - ``rocAUC``: their macro and support-weighted means, and the micro AUC of all n × K
///   (indicator, score) pairs (scikit-learn's `average='micro'`, which counts the column of
///   a class without rows too).
/// - ``oneVsOneMacro``: Hand & Till's M, the mean over the pairs of classes that have rows of
///   `(A(a; b) + A(b; a)) / 2`, where A(a; b) ranks the rows of classes a and b by column a.
/// - ``oneVsOneWeighted``: the same pairs weighted by the rows (or weight) of the two classes,
///   scikit-learn's `average='weighted'`.
/// - ``averagePrecision``: the averages of the classes' average precisions.
///
/// A value is `nil` where it is undefined. With weighted rows every area counts the weights;
/// scikit-learn refuses weights for one-vs-one, where these are the same sums with weights.
///
/// ```swift
/// var counts = MulticlassScoreCounts(classCount: 3)
/// try counts.record(
///   scores: [0.6, 0.3, 0.1,   0.2, 0.5, 0.3,   0.3, 0.45, 0.25,   0.4, 0.4, 0.2],
///   classes: [0, 1, 2, 1])
/// let summary = counts.summary
/// summary.perClass[0].rocAUC   // Optional(1.0)
/// summary.oneVsOneMacro        // Optional(0.8333…): pairs of 1.0, 1.0 and 0.5
/// ```
public struct MulticlassSummary: Sendable, Hashable, Codable {
  /// Each class's one-vs-rest summary, in class order.
  public var perClass: [ClassSummary]
  /// The one-vs-rest ROC AUC's macro, weighted and micro averages.
  public var rocAUC: ClassAverages
  /// Hand & Till's M over the pairs of classes with rows.
  public var oneVsOneMacro: Double?
  /// The pairs' areas weighted by the two classes' rows (or weight).
  public var oneVsOneWeighted: Double?
  /// The average precision's macro, weighted and micro averages.
  public var averagePrecision: ClassAverages
  /// Rows whose scores do not sum to 1 within scikit-learn's tolerance (scikit-learn
  /// refuses such rows for one-vs-rest and one-vs-one; the areas here are defined anyway).
  public var rowsNotSummingToOne: UInt64
  /// How the scores were grouped.
  public var binning: ScoreBinning

  /// A summary from its parts.
  ///
  /// - Complexity: O(1)
  public init(
    perClass: [ClassSummary], rocAUC: ClassAverages, oneVsOneMacro: Double?,
    oneVsOneWeighted: Double?, averagePrecision: ClassAverages, rowsNotSummingToOne: UInt64,
    binning: ScoreBinning
  ) {
    self.perClass = perClass
    self.rocAUC = rocAUC
    self.oneVsOneMacro = oneVsOneMacro
    self.oneVsOneWeighted = oneVsOneWeighted
    self.averagePrecision = averagePrecision
    self.rowsNotSummingToOne = rowsNotSummingToOne
    self.binning = binning
  }
}
