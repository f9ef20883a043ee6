extension ScoreHistogram {
  /// Every summary of the binned scores: the ROC area exactly as ``rocAUC`` (PaddlePaddle's
  /// value, bit for bit) with its error bound, and average precision and both
  /// precision–recall areas over the bins (see ``RankingSummary``).
  ///
  /// ```swift
  /// var histogram = ScoreHistogram(thresholdCount: 4095)
  /// try histogram.record(scores: [0.9, 0.3, 0.6], labels: [1, 0, 1])
  /// histogram.summary.prAUCInterpolated   // Optional(1.0)
  /// ```
  ///
  /// - Complexity: O(T), one pass over the bins.
  public var summary: RankingSummary {
    var sweep = WholeCountSweep()
    withCountBuffers { positives, negatives in
      for bin in positives.indices.reversed()
      where positives[bin] != 0 || negatives[bin] != 0 {
        sweep.add(positive: positives[bin], negative: negatives[bin])
      }
    }
    var summary = sweep.summary(
      binning: .linear(thresholdCount: thresholdCount), switchedFromExact: false)
    // The sweep's pair sums are the bins' own: PaddlePaddle's two divisions of them.
    if positiveCount > 0 && negativeCount > 0 {
      summary.rocAUC = sweep.pairs.paddleArea(
        positiveTotal: positiveCount, negativeTotal: negativeCount)
    }
    return summary
  }
}
