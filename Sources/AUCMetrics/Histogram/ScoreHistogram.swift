import CScoreConversion

/// Counts of positive and negative scores in the fixed-width bins of PaddlePaddle's AUC metric.
///
/// For a threshold count T the histogram has T + 1 bins. A score s in `0...1` goes to bin
/// `trunc(s × T)`, the product rounded in the score's own precision (`Float` scores multiply
/// in `Float`, `Double` scores in `Double`), exactly as PaddlePaddle 2.x–3.x does with NumPy 2.
/// Bin k holds the scores in `[k/T, (k+1)/T)`, and bin T holds only the score 1.0.
///
/// The histogram is the whole state of a binned metric: two histograms with the same threshold
/// count merge by adding counts, in any order, with the same result as one stream.
///
/// ```swift
/// var histogram = ScoreHistogram(thresholdCount: 4095)
/// try histogram.record(scores: [0.9, 0.3, 0.6], labels: [1, 0, 1])
/// histogram.rocAUC         // Optional(1.0)
/// histogram.positiveCount  // 2
/// ```
public struct ScoreHistogram: Sendable, Hashable {
  /// The number of thresholds T; there are T + 1 bins.
  public let thresholdCount: Int

  /// Negative counts in bins `0...T`, then positive counts in bins `0...T`.
  @usableFromInline
  internal var counts: [UInt64]

  @usableFromInline
  internal var positiveTotal: UInt64

  @usableFromInline
  internal var negativeTotal: UInt64

  /// The number of positive scores recorded.
  ///
  /// - Complexity: O(1)
  public var positiveCount: UInt64 { positiveTotal }

  /// The number of negative scores recorded.
  ///
  /// - Complexity: O(1)
  public var negativeCount: UInt64 { negativeTotal }

  /// The largest threshold count accepted: `Float(T)` must be exact so that `Float` scores
  /// bin exactly as PaddlePaddle's float32 multiply does.
  public static let maximumThresholdCount = (1 << 24) - 1

  /// Creates an empty histogram with `thresholdCount + 1` bins.
  ///
  /// - Parameter thresholdCount: T, at least 1 and at most ``maximumThresholdCount``.
  ///   PaddlePaddle's default is 4095.
  /// - Precondition: `1 <= thresholdCount <= ScoreHistogram.maximumThresholdCount`.
  /// - Complexity: O(T)
  public init(thresholdCount: Int = 4095) {
    precondition(
      (1...Self.maximumThresholdCount).contains(thresholdCount),
      "thresholdCount must be in 1...\(Self.maximumThresholdCount), got \(thresholdCount)")
    self.thresholdCount = thresholdCount
    self.counts = Array(repeating: 0, count: 2 * (thresholdCount + 1))
    self.positiveTotal = 0
    self.negativeTotal = 0
  }

  /// The number of bins, T + 1.
  ///
  /// - Complexity: O(1)
  @inlinable
  public var binCount: Int { thresholdCount + 1 }

  /// The number of scores recorded, positive and negative.
  ///
  /// - Complexity: O(1)
  public var count: UInt64 { positiveCount + negativeCount }

  /// `true` when nothing has been recorded.
  ///
  /// - Complexity: O(1)
  public var isEmpty: Bool { count == 0 }

  /// The positive count of every bin, from bin 0 (lowest scores) to bin T.
  ///
  /// - Complexity: O(1); the slice shares the histogram's storage.
  public var positiveCounts: ArraySlice<UInt64> { counts[binCount...] }

  /// The negative count of every bin, from bin 0 (lowest scores) to bin T.
  ///
  /// - Complexity: O(1); the slice shares the histogram's storage.
  public var negativeCounts: ArraySlice<UInt64> { counts[..<binCount] }

  /// The bin a score in `0...1` falls into: `trunc(score × T)`, multiplied in the score's
  /// own precision.
  ///
  /// ```swift
  /// ScoreHistogram(thresholdCount: 10).binIndex(of: 0.7 as Float)    // 7 (Float product 7.0)
  /// ScoreHistogram(thresholdCount: 10).binIndex(of: 0.7 as Double)   // 7 (Double product 7.0)
  /// ```
  ///
  /// - Precondition: `score` is finite and in `0...1`.
  /// - Complexity: O(1)
  @inlinable
  public func binIndex<Score: BinaryFloatingPoint>(of score: Score) -> Int {
    precondition(score >= 0 && score <= 1, "score must be in 0...1")
    return Self.truncated(score * Score(thresholdCount))
  }

  /// `Int(value)`, rounded toward zero, through the concrete `Float` and `Double` conversions
  /// (one instruction) rather than the generic one, which inspects exponent and significand.
  ///
  /// - Precondition: `value` is finite and fits `Int`.
  @inlinable @inline(__always)
  internal static func truncated<Score: BinaryFloatingPoint>(_ value: Score) -> Int {
    if Score.self == Float.self { return Int(unsafeBitCast(value, to: Float.self)) }
    if Score.self == Double.self { return Int(unsafeBitCast(value, to: Double.self)) }
    return Int(value)
  }

  /// `truncated(_:)` without Swift's range check: the bare conversion instruction.
  ///
  /// - Precondition: `value` is finite and its truncation fits `Int`; otherwise the result is
  ///   unspecified. Callers pass only products `score * T` of scores checked to lie in `0...1`.
  @inlinable @inline(__always)
  internal static func uncheckedTruncated<Score: BinaryFloatingPoint>(_ value: Score) -> Int {
    if Score.self == Float.self {
      return score_conversion_truncate_float(unsafeBitCast(value, to: Float.self))
    }
    if Score.self == Double.self {
      return score_conversion_truncate_double(unsafeBitCast(value, to: Double.self))
    }
    return Int(value)
  }

  /// Removes every count, keeping the threshold count.
  ///
  /// - Complexity: O(T)
  public mutating func reset() {
    counts.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    positiveTotal = 0
    negativeTotal = 0
  }
}
