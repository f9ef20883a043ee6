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

extension RankingSummary {
  /// The exact ROC AUC alone of unweighted scored rows held in memory: the same double as
  /// `RankingSummary(scores:labels:).rocAUC`, without the precision–recall sums.
  ///
  /// Each class's scores are mapped to order-preserving keys (32-bit for `Float` scores) and
  /// radix-sorted apart, and one walk over the two sums the positive–negative pairs exactly.
  ///
  /// ```swift
  /// let scores: [Float] = [0.9, 0.4, 0.4, 0.2]
  /// try RankingSummary.rocAUC(scores: scores, labels: [1, 1, 0, 0])   // Optional(0.875)
  /// ```
  ///
  /// - Parameters:
  ///   - scores: Any finite numbers.
  ///   - labels: 0/1 integers or `Bool`, one per score.
  /// - Returns: The area, or `nil` unless both classes occur.
  /// - Throws: ``ScoreInputError`` naming the first bad row, as ``ScoreCounts`` would.
  /// - Complexity: O(n) for n rows; 8n bytes for `Float` scores, 16n for others.
  @inlinable
  public static func rocAUC<Scores: Collection, Labels: Collection>(
    scores: Scores, labels: Labels
  ) throws(ScoreInputError) -> Double?
  where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel {
    try ScoreInputError.checkLengths(
      scoreCount: scores.count, labelCount: labels.count, weightCount: 0)
    if scores.isEmpty { return nil }
    let result = ContiguousArrayOrBuffer(scores).withBuffer { scores in
      ContiguousArrayOrBuffer(labels).withBuffer { labels in
        ExactRanking.rocAUC(scores: scores, labels: labels)
      }
    }
    return try result.get()
  }
}
