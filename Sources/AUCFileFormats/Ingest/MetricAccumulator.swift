import AUCMetrics

/// What the commands count rows into: the counts, whether the rows carry weights, and how many
/// rows of each class were read.
///
/// The counts are PaddlePaddle's histogram for unweighted linear bins (its ROC AUC bit for
/// bit) and `ScoreCounts` for everything else. The row tally counts rows whatever their
/// weights, and moves with the counts: a batch that throws changes neither.
///
/// ```swift
/// var accumulator = MetricAccumulator(binning: .exact, weighted: false, memoryBudget: nil)
/// try accumulator.record(scores: [0.9, 0.2] as [Double], labels: [1, 0])
/// accumulator.rows.total        // 2
/// accumulator.summary.rocAUC    // 1.0
/// ```
public struct MetricAccumulator: Sendable {
  /// Which counts the rows go into.
  public enum Storage: Sendable {
    case histogram(ScoreHistogram)
    case counts(ScoreCounts)
  }

  /// The counts.
  public var storage: Storage { held }
  /// Whether the rows carry sample weights (the summary prints weight totals).
  public let isWeighted: Bool
  /// The rows counted, per class, whatever their weights.
  public var rows: RowTally { tally }

  /// Each group's counts, in the same binning, when the rows carry group ids (`--group`).
  public var grouped: GroupedScoreCounts? { groupedCounts }

  @usableFromInline var held: Storage
  @usableFromInline var tally: RowTally
  @usableFromInline var groupedCounts: GroupedScoreCounts?

  /// Empty counts for `binning`: a histogram for unweighted linear bins, counts otherwise;
  /// with `grouped`, each group's counts too.
  public init(binning: ScoreBinning, weighted: Bool, memoryBudget: Int?, grouped: Bool = false) {
    groupedCounts = grouped ? GroupedScoreCounts(binning: binning) : nil
    if case .linear(let thresholdCount) = binning, !weighted {
      held = .histogram(ScoreHistogram(thresholdCount: thresholdCount))
    } else {
      held = .counts(ScoreCounts(binning: binning, memoryBudget: memoryBudget))
    }
    isWeighted = weighted
    tally = RowTally()
  }

  /// Counts one batch, read in place (arrays and buffer pointers alike), and tallies its
  /// rows; `weights` is empty when every row weighs 1. A batch that throws changes nothing.
  ///
  /// - Complexity: O(n) for n rows (the counts' own cost).
  @inlinable
  public mutating func record<Scores: Collection, Labels: Collection, Weights: Collection>(
    scores: Scores, labels: Labels, weights: Weights
  ) throws(ScoreInputError)
  where Scores.Element: BinaryFloatingPoint, Labels.Element == UInt8, Weights.Element == Double {
    switch held {
    case .histogram(var histogram):
      held = .counts(ScoreCounts())  // release the storage so the update is in place
      defer { held = .histogram(histogram) }
      try histogram.record(scores: scores, labels: labels)
    case .counts(var counts):
      held = .counts(ScoreCounts())
      defer { held = .counts(counts) }
      try counts.record(scores: scores, labels: labels, weights: weights)
    }
    tally.count(labels)
  }

  /// Counts one batch of rows that each weigh 1.
  @inlinable
  public mutating func record<Scores: Collection, Labels: Collection>(
    scores: Scores, labels: Labels
  ) throws(ScoreInputError) where Scores.Element: BinaryFloatingPoint, Labels.Element == UInt8 {
    try record(scores: scores, labels: labels, weights: EmptyCollection<Double>())
  }

  /// Merges buffered rows, so that reading the summary and the groups copies nothing.
  public mutating func flush() { held.flush() }

  /// The summary of the rows counted.
  public var summary: RankingSummary { held.summary }

  /// The groups of tied scores or bins, for curves, operating points and DeLong.
  public var groups: ScoreGroups { held.groups }
}

extension MetricAccumulator.Storage {
  /// Merges buffered rows, so that reading the summary and the groups copies nothing.
  public mutating func flush() {
    if case .counts(var counts) = self {
      self = .histogram(ScoreHistogram(thresholdCount: 1))  // release: merge in place
      counts.flush()
      self = .counts(counts)
    }
  }

  /// The summary of the rows counted.
  public var summary: RankingSummary {
    switch self {
    case .histogram(let histogram): return histogram.summary
    case .counts(let counts): return counts.summary
    }
  }

  /// The groups of tied scores or bins, for curves, operating points and DeLong.
  public var groups: ScoreGroups {
    switch self {
    case .histogram(let histogram): return histogram.groups
    case .counts(let counts): return counts.groups
    }
  }
}
