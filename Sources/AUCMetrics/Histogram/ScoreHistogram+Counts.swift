extension ScoreHistogram {
  /// Why per-bin counts cannot form a histogram.
  public enum CountsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The two arrays have different lengths, or fewer than 2 or more than
    /// ``ScoreHistogram/maximumThresholdCount`` + 1 bins.
    case binCount(positives: Int, negatives: Int)
    /// The counts add up past 2^64 − 1.
    case countOverflow

    public var description: String {
      switch self {
      case .binCount(let positives, let negatives):
        return "\(positives) positive and \(negatives) negative bins; expected equal counts "
          + "of 2...\(ScoreHistogram.maximumThresholdCount + 1)"
      case .countOverflow:
        return "counts add up past 2^64 - 1"
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
    guard positiveCounts.count == negativeCounts.count,
      (2...(Self.maximumThresholdCount + 1)).contains(positiveCounts.count)
    else {
      throw .binCount(positives: positiveCounts.count, negatives: negativeCounts.count)
    }
    guard let positiveTotal = Self.checkedSum(positiveCounts),
      let negativeTotal = Self.checkedSum(negativeCounts),
      !positiveTotal.addingReportingOverflow(negativeTotal).overflow
    else { throw .countOverflow }
    self.init(thresholdCount: positiveCounts.count - 1)
    counts = negativeCounts + positiveCounts
    self.positiveTotal = positiveTotal
    self.negativeTotal = negativeTotal
  }

  private static func checkedSum(_ values: [UInt64]) -> UInt64? {
    var total: UInt64 = 0
    for value in values {
      let (sum, overflow) = total.addingReportingOverflow(value)
      if overflow { return nil }
      total = sum
    }
    return total
  }
}
