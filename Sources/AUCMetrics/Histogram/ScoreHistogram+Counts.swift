extension ScoreHistogram {
  /// Why per-bin counts cannot form a histogram.
  public enum CountsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The two arrays have different lengths, or fewer than 2 or more than
    /// ``ScoreHistogram/maximumThresholdCount`` + 1 bins.
    case binCount(positives: Int, negatives: Int)
    /// The counts add up past 2^64 − 1.
    case countOverflow
    /// A stored threshold count T does not match the `binCount` bins stored (T + 1 needed).
    case thresholdCount(Int, binCount: Int)
    /// The class totals held are not the sums of the bins (a histogram not made by this
    /// library, found by ``ScoreHistogram/checkInvariants()``).
    case classTotals(positive: UInt64, negative: UInt64)

    public var description: String {
      switch self {
      case .binCount(let positives, let negatives):
        return "\(positives) positive and \(negatives) negative bins; expected equal counts "
          + "of 2...\(ScoreHistogram.maximumThresholdCount + 1)"
      case .countOverflow:
        return "counts add up past 2^64 - 1"
      case .thresholdCount(let thresholdCount, let binCount):
        return "thresholdCount \(thresholdCount) needs \(thresholdCount &+ 1) bins, found \(binCount)"
      case .classTotals(let positive, let negative):
        return "the class totals \(positive) and \(negative) are not the sums of the bins"
      }
    }
  }

  /// Creates a histogram from per-bin counts, bin 0 first; T is the number of bins minus 1.
  ///
  /// Use it to pick up PaddlePaddle's state: `_stat_pos` and `_stat_neg` of
  /// `paddle.metric.Auc`, or the `stat_pos`/`stat_neg` outputs of the `auc` operator.
  ///
  /// ```swift
  /// let histogram = try ScoreHistogram(positiveCounts: statPos, negativeCounts: statNeg)
  /// histogram.rocAUC   // the value Paddle's accumulate() gives for that state
  /// ```
  ///
  /// - Throws: ``CountsError``.
  /// - Complexity: O(T)
  public init(positiveCounts: [UInt64], negativeCounts: [UInt64]) throws(CountsError) {
    let totals = try Self.classTotals(
      positiveCounts: positiveCounts, negativeCounts: negativeCounts)
    self.init(thresholdCount: positiveCounts.count - 1)
    counts = negativeCounts + positiveCounts
    positiveTotal = totals.positive
    negativeTotal = totals.negative
  }
}
