extension StreamingAUC {
  /// Everything a ``StreamingAUC`` holds: name, curve, policy, the histograms and the window.
  ///
  /// This is what PaddlePaddle's `get_config()` should have returned (Fluid's is empty).
  /// Encode it to checkpoint a metric or to ship it to another machine; decoding checks that
  /// the parts fit together.
  ///
  /// ```swift
  /// let data = try JSONEncoder().encode(metric.state)
  /// let restored = StreamingAUC(state: try JSONDecoder().decode(StreamingAUC.State.self, from: data))
  /// ```
  public struct State: Sendable, Hashable, Codable {
    /// The metric's name.
    public let name: String
    /// The curve whose area the metric reports.
    public let curve: AUCCurve
    /// What the metric does with finite scores outside `0...1`.
    public let outOfRangeScores: OutOfRangeScorePolicy
    /// Every row counted: T and both per-bin count arrays.
    public let histogram: ScoreHistogram
    /// The histograms of the last k batches, if the metric has a window.
    public let window: SlidingHistogramWindow?

    /// T, the number of thresholds.
    public var thresholdCount: Int { histogram.thresholdCount }

    internal init(of metric: StreamingAUC) {
      name = metric.name
      curve = metric.curve
      outOfRangeScores = metric.outOfRangeScores
      histogram = metric.cumulative
      window = metric.recent
    }

    private enum CodingKeys: String, CodingKey {
      case name, curve, outOfRangeScores, histogram, window
    }

    /// Decodes a state and checks it with ``checkInvariants()``: a window that does not fit
    /// the histogram, or that updates could not have filled, is refused.
    ///
    /// - Throws: `DecodingError.dataCorrupted` with the broken invariant.
    /// - Complexity: O(k·T) with a window of k batches, else O(T).
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      name = try container.decode(String.self, forKey: .name)
      curve = try container.decode(AUCCurve.self, forKey: .curve)
      outOfRangeScores = try container.decode(OutOfRangeScorePolicy.self, forKey: .outOfRangeScores)
      histogram = try container.decode(ScoreHistogram.self, forKey: .histogram)
      window = try container.decodeIfPresent(SlidingHistogramWindow.self, forKey: .window)
      do {
        try checkInvariants()
      } catch {
        throw DecodingError.dataCorruptedError(
          forKey: .window, in: container, debugDescription: error.description)
      }
    }
  }

  /// The metric's complete state.
  ///
  /// - Complexity: O(1); the histograms are shared until one side changes.
  public var state: State { State(of: self) }

  /// Restores a metric from its state.
  ///
  /// ```swift
  /// let copy = StreamingAUC(state: metric.state)   // copy == metric
  /// ```
  ///
  /// - Complexity: O(1)
  public init(state: State) {
    name = state.name
    curve = state.curve
    outOfRangeScores = state.outOfRangeScores
    cumulative = state.histogram
    recent = state.window
  }
}

extension StreamingAUC {
  /// A metric that has counted the rows of `histogram`, without a window: what a state file
  /// of a histogram (written by `auc accumulate`) restores.
  ///
  /// ```swift
  /// let histogram = try ScoreHistogram(
  ///   thresholdCount: 1, positiveCounts: [0, 2], negativeCounts: [1, 0])
  /// StreamingAUC(histogram: histogram).value   // Optional(1.0)
  /// ```
  ///
  /// - Complexity: O(1)
  public init(
    histogram: ScoreHistogram, name: String = "auc", curve: AUCCurve = .roc,
    outOfRangeScores: OutOfRangeScorePolicy = .reject
  ) {
    self.name = name
    self.curve = curve
    self.outOfRangeScores = outOfRangeScores
    cumulative = histogram
    recent = nil
  }
}

extension StreamingAUC: Codable {
  /// Decodes a metric from its encoded ``State``.
  public init(from decoder: any Decoder) throws {
    self.init(state: try State(from: decoder))
  }

  /// Encodes the metric's ``State``.
  public func encode(to encoder: any Encoder) throws {
    try state.encode(to: encoder)
  }
}
