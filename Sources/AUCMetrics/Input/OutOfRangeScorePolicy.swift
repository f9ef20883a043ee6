/// What a binned metric does with a finite score outside `0...1`.
///
/// Fixed-width bins cover `0...1` only. PaddlePaddle's Python metric files such scores into
/// wrong bins without a word (−0.5 lands in the bin of 0.5); here the default is to reject
/// the batch. NaN and infinities are rejected under every policy.
///
/// ```swift
/// var metric = StreamingAUC(outOfRangeScores: .clamp)
/// try metric.update(scores: [1.2, -0.1], labels: [1, 0])   // counted as 1.0 and 0.0
/// ```
public enum OutOfRangeScorePolicy: String, Sendable, Hashable, Codable, CaseIterable {
  /// Throw ``ScoreInputError/scoreOutOfRange(row:score:)`` and count nothing.
  case reject
  /// Count a score below 0 as 0 and a score above 1 as 1.
  case clamp
}
