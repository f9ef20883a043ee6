/// PaddlePaddle's streaming AUC metric (`fluid.metrics.Auc`, `paddle.metric.Auc`), bit-exact,
/// without its faults.
///
/// Feed mini-batches with ``update(scores:labels:)`` and read ``value`` at any time. The state
/// is one ``ScoreHistogram`` of T + 1 bins, so memory does not grow with the data and two
/// metrics merge exactly. Differences from PaddlePaddle, all on purpose:
///
/// - `curve: .precisionRecall` reports the average precision instead of silently the ROC AUC.
/// - With one class missing, ``value`` is `nil` instead of 0.0.
/// - Scores outside `0...1`, NaN, infinities and labels other than 0/1 throw instead of being
///   filed into wrong bins or counted as positive; a batch that throws changes nothing.
/// - ``errorBound`` says how far the binned ROC AUC can be from the exact one.
/// - ``reset()`` really resets, ``state`` really holds the histograms, and ``merge(_:)`` exists.
///
/// ```swift
/// var metric = StreamingAUC(name: "ctr_auc")
/// for batch in batches {
///   try metric.update(scores: batch.scores, labels: batch.labels)
///   print(metric.value ?? "undefined: one class only")
/// }
/// ```
public struct StreamingAUC: Sendable, Hashable {
  /// The metric's name, as PaddlePaddle's `name()`.
  public var name: String
  /// The curve whose area ``value`` reports.
  public var curve: AUCCurve
  /// What ``update(scores:labels:)`` does with finite scores outside `0...1`.
  public var outOfRangeScores: OutOfRangeScorePolicy
  @usableFromInline
  internal var cumulative: ScoreHistogram
  @usableFromInline
  internal var recent: SlidingHistogramWindow?

  /// Every row counted since the last ``reset()``.
  ///
  /// - Complexity: O(1)
  public var histogram: ScoreHistogram { cumulative }

  /// The rows of the last k batches, when the metric was made with a window.
  ///
  /// - Complexity: O(1)
  public var window: SlidingHistogramWindow? { recent }

  /// Creates an empty metric.
  ///
  /// ```swift
  /// let paddleDefault = StreamingAUC()                          // ROC, T = 4095
  /// let lastTen = StreamingAUC(thresholdCount: 200, windowBatchCount: 10)
  /// ```
  ///
  /// - Parameters:
  ///   - name: A name for reports.
  ///   - curve: `.roc` (the default) or `.precisionRecall`.
  ///   - thresholdCount: T; the histogram has T + 1 bins. PaddlePaddle's default is 4095.
  ///   - windowBatchCount: k, to also track the AUC of the last k batches, as the C++ operator's
  ///     `slide_steps = k`; `nil` for none.
  ///   - outOfRangeScores: `.reject` (the default) or `.clamp`.
  /// - Precondition: `1 <= thresholdCount <= ScoreHistogram.maximumThresholdCount`, and
  ///   `windowBatchCount` is `nil` or at least 1.
  /// - Complexity: O(k·T)
  public init(
    name: String = "auc",
    curve: AUCCurve = .roc,
    thresholdCount: Int = 4095,
    windowBatchCount: Int? = nil,
    outOfRangeScores: OutOfRangeScorePolicy = .reject
  ) {
    self.name = name
    self.curve = curve
    self.outOfRangeScores = outOfRangeScores
    self.cumulative = ScoreHistogram(thresholdCount: thresholdCount)
    self.recent = windowBatchCount.map {
      SlidingHistogramWindow(batchCount: $0, thresholdCount: thresholdCount)
    }
  }

  /// T, the number of thresholds.
  public var thresholdCount: Int { histogram.thresholdCount }

  /// The area so far (PaddlePaddle's `eval()` / `accumulate()`), or `nil` when it is undefined.
  ///
  /// For `.roc` this is ``ScoreHistogram/rocAUC``, the same double as PaddlePaddle's, `nil`
  /// until both classes have been seen. For `.precisionRecall` it is
  /// ``ScoreHistogram/averagePrecision``, `nil` until a positive has been seen.
  ///
  /// - Complexity: O(T)
  public var value: Double? {
    Self.value(of: histogram, curve: curve)
  }

  /// How far the exact, unbinned ROC AUC of the rows seen can be from the binned one:
  /// ``ScoreHistogram/rocAUCErrorBound``. `nil` until both classes have been seen.
  ///
  /// - Complexity: O(T)
  public var errorBound: Double? {
    histogram.rocAUCErrorBound
  }

  /// The area over the last k batches (PaddlePaddle's batch AUC with `slide_steps = k`), or
  /// `nil` without a window or while the window lacks a class.
  ///
  /// - Complexity: O(T)
  public var windowValue: Double? {
    window.flatMap { Self.value(of: $0.histogram, curve: curve) }
  }

  /// Forgets every row, keeping name, curve, threshold count and window length.
  ///
  /// - Complexity: O(k·T)
  public mutating func reset() {
    cumulative.reset()
    recent?.reset()
  }

  private static func value(of histogram: ScoreHistogram, curve: AUCCurve) -> Double? {
    switch curve {
    case .roc: return histogram.rocAUC
    case .precisionRecall: return histogram.averagePrecision
    }
  }
}
