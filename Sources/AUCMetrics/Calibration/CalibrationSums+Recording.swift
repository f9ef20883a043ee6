import RealModule

extension CalibrationSums {
  /// Counts a batch of rows of weight 1, or throws and counts nothing.
  ///
  /// Every row is checked before any is counted: a NaN or infinite score throws
  /// ``ScoreInputError/nonFiniteScore(row:score:)``, a score outside `0...1`
  /// ``ScoreInputError/scoreOutOfRange(row:score:)``, a label other than 0/1
  /// ``ScoreInputError/invalidLabel(row:label:)``, naming the first bad row.
  ///
  /// ```swift
  /// var sums = CalibrationSums()
  /// try sums.record(scores: [0.2, 0.7] as [Float], labels: [0, 1])
  /// ```
  ///
  /// - Complexity: O(n) for n rows; no allocation.
  @inlinable
  public mutating func record<Scores: Collection, Labels: Collection>(
    scores: Scores, labels: Labels
  ) throws(ScoreInputError)
  where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel {
    try record(scores: scores, labels: labels, weights: EmptyCollection<Double>())
  }

  /// Counts a batch of weighted rows, or throws and counts nothing.
  ///
  /// Each row counts its weight wherever a row counts 1; a row of weight 0 adds nothing to
  /// the sums (an infinite loss included) but counts as a row. The weights are checked as
  /// ``ScoreCounts/record(scores:labels:weights:)`` checks them: finite and ≥ 0, one per
  /// row, adding up to at most ``ScoreCounts/weightTotalLimit``. An empty `weights`
  /// collection means every weight is 1.
  ///
  /// ```swift
  /// var sums = CalibrationSums()
  /// try sums.record(scores: [0.25, 0.5], labels: [0, 1], weights: [3, 1])
  /// sums.summary().predictedCTR   // Optional(0.3125): (3 · 0.25 + 0.5) / 4
  /// ```
  ///
  /// - Complexity: O(n) for n rows; no allocation.
  @inlinable
  public mutating func record<Scores: Collection, Labels: Collection, Weights: Collection>(
    scores: Scores, labels: Labels, weights: Weights
  ) throws(ScoreInputError)
  where
    Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel,
    Weights.Element: BinaryFloatingPoint
  {
    try RowBuffers.read(scores: scores, labels: labels, weights: weights) {
      scores, labels, weights in
      recordRows(scores: scores, labels: labels, weights: weights)
    }
  }

  /// Validates every row as linear bins do (finite, in `0...1`, label 0/1, weights), then
  /// adds them all; returns the first error instead.
  @inlinable
  internal mutating func recordRows<
    Score: BinaryFloatingPoint, Label: ClassLabel, Weight: BinaryFloatingPoint
  >(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    weights: UnsafeBufferPointer<Weight>
  ) -> ScoreInputError? {
    if case .failure(let error) = ScoreCounts.validate(
      scores: scores, labels: labels, weights: weights, binning: .linear(thresholdCount: 1))
    {
      return error
    }
    if rowCount.addingReportingOverflow(UInt64(scores.count)).overflow { return .countOverflow }
    if !weights.isEmpty {
      if let error = ScoreCounts.weightTotalError(weights, adding: totalWeight) { return error }
      hasWeights = true
    }
    let binCount = binCount
    var totals = totals
    bins.withUnsafeMutableBufferPointer { bins in
      for row in scores.indices {
        let score = Double(scores[row])
        let positive = labels[row].isPositiveClass.unsafelyUnwrapped
        let weight = weights.isEmpty ? 1 : Double(weights[row])
        Self.add(
          score: score, positive: positive, weight: weight, into: bins, totals: &totals,
          binCount: binCount)
      }
    }
    self.totals = totals
    return nil
  }

  /// Adds one valid row to the bins and the sums.
  @inlinable @inline(__always)
  internal static func add(
    score: Double, positive: Bool, weight: Double,
    into bins: UnsafeMutableBufferPointer<CalibrationBinSums>, totals: inout CalibrationTotals,
    binCount: Int
  ) {
    let bin = Self.bin(of: score, binCount: binCount)
    if positive {
      bins[bin].positiveRows &+= 1
      bins[bin].positiveWeight += weight
    } else {
      bins[bin].negativeRows &+= 1
      bins[bin].negativeWeight += weight
    }
    if weight == 0 { return }
    bins[bin].scoreSum += DoubleDouble.twoProduct(weight, score)
    totals.sigmoidSum += DoubleDouble.twoProduct(weight, 1 / (1 + .exp(-score)))
    // |s − y| exactly: s for a negative, 1 − s (TwoSum) for a positive; its square to ~106 bits.
    let error = positive ? DoubleDouble.twoSum(1, -score) : DoubleDouble(score)
    var square = DoubleDouble.twoProduct(error.head, error.head)
    square.tail += 2 * error.head * error.tail
    totals.absoluteErrorSum += error * weight
    totals.squaredErrorSum += DoubleDouble.quickTwoSum(square.head, square.tail) * weight
    let loss = positive ? -Double.log(score) : -Double.log(onePlus: -score)
    if loss.isFinite {
      totals.logLossSum += DoubleDouble.twoProduct(weight, loss)
    } else {
      totals.infiniteLossRows &+= 1
    }
    // scikit-learn's log_loss: q = s or fl(1 − s), clipped to [eps, 1 − eps], eps = 2^-52.
    let unclipped = positive ? score : 1 - score
    let clipped = Swift.min(Swift.max(unclipped, .ulpOfOne), 1 - .ulpOfOne)
    totals.clippedLogLossSum += DoubleDouble.twoProduct(weight, -Double.log(clipped))
  }
}
