/// The areas under the ROC and precision–recall curves of one set of scored rows.
///
/// Each precision–recall summary has its own name because the peers disagree on what
/// "PR AUC" means; on 6 tied rows the three differ by up to 0.25:
///
/// | property | definition | reproduces |
/// | --- | --- | --- |
/// | ``averagePrecision`` | `Σ (R_k − R_{k−1}) · P_k`, a step function | scikit-learn `average_precision_score`, torchmetrics `AveragePrecision` |
/// | ``prAUCTrapezoid`` | trapezoids between the (recall, precision) points, starting at (0, 1) | scikit-learn `auc(recall, precision)` on `precision_recall_curve` |
/// | ``prAUCInterpolated`` | Davis–Goadrich: precision interpolated as true positives grow linearly with predicted positives | Keras `AUC(curve='PR')` (`summation_method='interpolation'`), XGBoost `aucpr` |
///
/// The points are taken at every group of tied scores (every distinct score when exact, every
/// bin when binned), from the highest down. Weighted rows count their weight. A value is `nil`
/// when it is undefined: the ROC area needs both classes, the PR summaries need a positive.
///
/// ```swift
/// var counts = ScoreCounts()
/// try counts.record(scores: [0.9, 0.8, 0.7, 0.1], labels: [1, 0, 1, 0])
/// let summary = counts.summary
/// summary.rocAUC             // Optional(0.75)
/// summary.averagePrecision   // Optional(0.8333…)
/// ```
public struct RankingSummary: Sendable, Hashable, Codable {
  /// The total weight of the positive rows (their count when unweighted).
  public var positiveWeight: Double
  /// The total weight of the negative rows (their count when unweighted).
  public var negativeWeight: Double
  /// The area under the ROC curve: the probability that a random positive scores above a
  /// random negative, ties counted ½ (Mann–Whitney U / (P · N)).
  public var rocAUC: Double?
  /// How far the exact ROC area of the same rows can be from ``rocAUC``: 0 when
  /// ``binning`` is exact, else `½ · Σ_b positives_b · negatives_b / (P · N)` over the bins.
  public var rocAUCErrorBound: Double?
  /// scikit-learn's average precision.
  public var averagePrecision: Double?
  /// scikit-learn's trapezoid area under the precision–recall points.
  public var prAUCTrapezoid: Double?
  /// The Davis–Goadrich interpolated area under the precision–recall curve.
  public var prAUCInterpolated: Double?
  /// How the scores were grouped.
  public var binning: ScoreBinning
  /// `true` when exact counting ran out of its memory budget and the counts were moved to
  /// ``ScoreBinning/logarithmic(subBinsPerOctave:)`` bins.
  public var switchedFromExact: Bool

  /// `true` when every summary is exact.
  ///
  /// - Complexity: O(1)
  public var isExact: Bool { binning.isExact }

  /// Creates a summary from its parts.
  public init(
    positiveWeight: Double, negativeWeight: Double, rocAUC: Double?, rocAUCErrorBound: Double?,
    averagePrecision: Double?, prAUCTrapezoid: Double?, prAUCInterpolated: Double?,
    binning: ScoreBinning, switchedFromExact: Bool
  ) {
    self.positiveWeight = positiveWeight
    self.negativeWeight = negativeWeight
    self.rocAUC = rocAUC
    self.rocAUCErrorBound = rocAUCErrorBound
    self.averagePrecision = averagePrecision
    self.prAUCTrapezoid = prAUCTrapezoid
    self.prAUCInterpolated = prAUCInterpolated
    self.binning = binning
    self.switchedFromExact = switchedFromExact
  }
}
