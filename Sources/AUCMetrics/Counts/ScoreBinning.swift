/// How scores are grouped before the curves are swept: exactly, in fixed-width bins over
/// `0...1`, or in log-linear bins over all finite numbers.
///
/// - ``exact``: every distinct score is its own group; the summaries are exact.
/// - ``linear(thresholdCount:)``: PaddlePaddle's bins; a score s in `0...1` goes to bin
///   `trunc(s × T)` computed in the score's own precision. Scores outside `0...1` are rejected.
/// - ``logarithmic(subBinsPerOctave:)``: HdrHistogram-style bins on the bit pattern of the
///   score as a `Double`. Each power of two, on each side of zero, is cut into
///   `subBinsPerOctave` equal parts, so every bin is narrower than `2^-k` of the scores it holds
///   for `subBinsPerOctave = 2^k`. Logits, and click-through rates near 0, keep their relative
///   precision where fixed-width bins over `0...1` put them all in one bin.
///
/// Binning changes the ROC area only through positive–negative pairs that share a bin, which
/// is why every binned summary carries a certified error bound
/// (``RankingSummary/rocAUCErrorBound``).
///
/// ```swift
/// let binning = ScoreBinning.logarithmic(subBinsPerOctave: 1024)   // 0.1 % wide bins
/// var counts = ScoreCounts(binning: binning)
/// try counts.record(scores: [-2.5, 0.3, 4.0], labels: [0, 0, 1])
/// ```
public enum ScoreBinning: Sendable, Hashable, Codable {
  /// Every distinct score is its own group.
  case exact
  /// `thresholdCount + 1` bins of width `1 / thresholdCount` over `0...1`.
  case linear(thresholdCount: Int)
  /// `subBinsPerOctave` bins per power of two of `|score|`; a power of two in `1...2^52`.
  case logarithmic(subBinsPerOctave: Int)

  /// `true` for ``exact``.
  ///
  /// - Complexity: O(1)
  public var isExact: Bool { self == .exact }

  /// Whether the parameters are in range: `1...ScoreHistogram.maximumThresholdCount`
  /// thresholds, or a power of two in `1...2^52` sub-bins per octave.
  ///
  /// - Complexity: O(1)
  public var isValid: Bool {
    switch self {
    case .exact: return true
    case .linear(let thresholdCount):
      return (1...ScoreHistogram.maximumThresholdCount).contains(thresholdCount)
    case .logarithmic(let subBins):
      return subBins > 0 && subBins & (subBins - 1) == 0 && subBins <= 1 << 52
    }
  }

  /// How far a ``logarithmic(subBinsPerOctave:)`` key is shifted right: 52 minus the number
  /// of leading significand bits kept.
  @usableFromInline
  internal var keyShift: Int {
    switch self {
    case .exact, .linear: return 0
    case .logarithmic(let subBins): return 52 - subBins.trailingZeroBitCount
    }
  }

  /// The logarithmic binning whose keys are the exact keys shifted right by `shift`.
  internal static func logarithmic(keyShift shift: Int) -> ScoreBinning {
    .logarithmic(subBinsPerOctave: 1 << (52 - shift))
  }
}
