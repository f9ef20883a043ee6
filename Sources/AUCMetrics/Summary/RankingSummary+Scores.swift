extension RankingSummary {
  /// The summaries of scored rows held in memory, in one call.
  ///
  /// The scores are mapped to order-preserving 64-bit keys and radix-sorted, so the exact
  /// summaries take O(n) time, not a comparison sort's O(n log n).
  ///
  /// ```swift
  /// let logits: [Float] = [2.3, -0.7, 0.1, 1.8]
  /// let summary = try RankingSummary(scores: logits, labels: [1, 0, 0, 1])
  /// summary.rocAUC   // Optional(1.0)
  /// ```
  ///
  /// - Parameters:
  ///   - scores: Any finite numbers (or, for linear bins, numbers in `0...1`).
  ///   - labels: 0/1 integers or `Bool`.
  ///   - weights: One finite weight ≥ 0 per row, or empty for weight 1 everywhere.
  ///   - binning: ``ScoreBinning/exact`` by default.
  /// - Throws: ``ScoreInputError`` naming the first bad row.
  /// - Complexity: O(n) for n rows; memory O(n) while sorting.
  @inlinable
  public init<Scores: Collection, Labels: Collection, Weights: Collection>(
    scores: Scores, labels: Labels, weights: Weights = [Double](),
    binning: ScoreBinning = .exact
  ) throws(ScoreInputError)
  where
    Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel,
    Weights.Element: BinaryFloatingPoint
  {
    guard binning == .exact, weights.isEmpty, scores.count == labels.count, !scores.isEmpty else {
      var counts = ScoreCounts(binning: binning)
      try counts.record(scores: scores, labels: labels, weights: weights)
      self = counts.summary
      return
    }
    // Unweighted and exact: one radix sort and one sweep, with no groups stored in between.
    let result = ContiguousArrayOrBuffer(scores).withBuffer { scores in
      ContiguousArrayOrBuffer(labels).withBuffer { labels in
        ExactRanking.summary(scores: scores, labels: labels)
      }
    }
    self = try result.get()
  }
}
