import AUCMetrics

/// What `auc summary` counts rows into: PaddlePaddle's histogram for unweighted linear bins
/// (its ROC AUC bit for bit), `ScoreCounts` for everything else.
public enum MetricAccumulator {
  case histogram(ScoreHistogram)
  case counts(ScoreCounts)

  public init(binning: ScoreBinning, weighted: Bool, memoryBudget: Int?) {
    if case .linear(let thresholdCount) = binning, !weighted {
      self = .histogram(ScoreHistogram(thresholdCount: thresholdCount))
    } else {
      self = .counts(ScoreCounts(binning: binning, memoryBudget: memoryBudget))
    }
  }

  /// Counts one batch, read in place (arrays and buffer pointers alike); `weights` is empty
  /// when every row weighs 1.
  @inlinable
  public mutating func record<Scores: Collection, Labels: Collection>(
    scores: Scores, labels: Labels, weights: [Double] = []
  ) throws(ScoreInputError) where Scores.Element: BinaryFloatingPoint, Labels.Element == UInt8 {
    switch self {
    case .histogram(var histogram):
      self = .counts(ScoreCounts())  // release the storage so the update is in place
      defer { self = .histogram(histogram) }
      try histogram.record(scores: scores, labels: labels)
    case .counts(var counts):
      self = .counts(ScoreCounts())
      defer { self = .counts(counts) }
      try counts.record(scores: scores, labels: labels, weights: weights)
    }
  }

  /// Merges buffered rows, so that reading the summary and the groups copies nothing.
  public mutating func flush() {
    if case .counts(var counts) = self {
      self = .histogram(ScoreHistogram(thresholdCount: 1))  // release, so the merge is in place
      counts.flush()
      self = .counts(counts)
    }
  }

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
