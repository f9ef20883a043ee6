extension ScoreHistogram {
  /// The area under the binned ROC curve, bit for bit PaddlePaddle's `Auc.accumulate()` /
  /// `fluid.metrics.Auc.eval()`, or `nil` until both classes have been seen.
  ///
  /// The area is the trapezoid walk from bin T down to bin 0, which equals the Mann–Whitney
  /// statistic of the bin indices (pairs in one bin count ½), divided as `(area / P) / N`.
  /// The area is summed exactly in integers, so it stays exact past 2^53 rows where
  /// PaddlePaddle's double sums start to round; below that the two agree to the bit. Past
  /// 2^53, each of the two divisions divides the exact integers and rounds once, so the value
  /// is within 1.5 ulps of the exact ratio up to 2^64 − 1 rows, and counts scaled by 2^s give
  /// the value of the unscaled counts, bit for bit.
  ///
  /// ```swift
  /// var histogram = ScoreHistogram(thresholdCount: 4095)
  /// try histogram.record(scores: [0.8, 0.4, 0.6], labels: [1, 0, 0])
  /// histogram.rocAUC   // Optional(1.0)
  /// ```
  ///
  /// - Complexity: O(T)
  public var rocAUC: Double? {
    guard positiveCount > 0, negativeCount > 0 else { return nil }
    return ROCPairSums.paddleArea(
      twiceArea: twiceMannWhitneyU, positiveTotal: positiveCount, negativeTotal: negativeCount)
  }

  /// How far the unbinned ROC AUC of the same rows can be from ``rocAUC``:
  /// `½ · Σ_b positives_b · negatives_b / (P · N)`, or `nil` until both classes have been seen.
  ///
  /// Binning changes the area only through positive–negative pairs that share a bin: the
  /// binned area credits each ½, the exact one 0, ½ or 1. So the exact ROC AUC lies in
  /// `rocAUC ± rocAUCErrorBound` (up to one rounding of each double). A bound of 0 means the
  /// binned value is exact. The bound needs no access to the raw scores, so it is known for
  /// a merged or streamed histogram too. It is the exact ratio rounded once, so it never
  /// passes ½, however large the counts.
  ///
  /// ```swift
  /// if let area = histogram.rocAUC, let bound = histogram.rocAUCErrorBound {
  ///   print("ROC AUC \(area) ± \(bound)")
  /// }
  /// ```
  ///
  /// - Complexity: O(T)
  public var rocAUCErrorBound: Double? {
    guard positiveCount > 0, negativeCount > 0 else { return nil }
    return rocPairSums.errorBound(positiveTotal: positiveCount, negativeTotal: negativeCount)
  }

  /// The average precision of the binned scores: scikit-learn's `average_precision_score`
  /// applied to the bin indices, or `nil` until a positive has been seen.
  ///
  /// Each non-empty bin is one threshold; precision at a bin counts every row in that bin and
  /// above. With positives only, every precision is 1 and so is the average.
  ///
  /// ```swift
  /// var histogram = ScoreHistogram(thresholdCount: 10)
  /// try histogram.record(scores: [0.9, 0.5, 0.2], labels: [1, 0, 1])
  /// histogram.averagePrecision   // Optional(0.8333…): (1/1 + 2/3) / 2
  /// ```
  ///
  /// - Complexity: O(T)
  public var averagePrecision: Double? { summary.averagePrecision }

  /// Twice the Mann–Whitney statistic of the bin indices, exactly: the number of
  /// positive–negative pairs where the positive is in a higher bin, times 2, plus the pairs
  /// that share a bin.
  ///
  /// - Complexity: O(T)
  public var twiceMannWhitneyU: UInt128 {
    withCountBuffers { positives, negatives in
      ROCPairSums.twiceArea(positives: positives, negatives: negatives, total: count)
    }
  }

  /// The ordered and tied pairs of the bins, in one pass.
  internal var rocPairSums: ROCPairSums {
    withCountBuffers { positives, negatives in
      ROCPairSums(positives: positives, negatives: negatives, total: count)
    }
  }

  /// Calls `body` with the positive and the negative counts, bin 0 first.
  internal func withCountBuffers<Result>(
    _ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<UInt64>) -> Result
  ) -> Result {
    counts.withUnsafeBufferPointer { all in
      let negatives = UnsafeBufferPointer(rebasing: all[..<binCount])
      let positives = UnsafeBufferPointer(rebasing: all[binCount...])
      return body(positives, negatives)
    }
  }
}
