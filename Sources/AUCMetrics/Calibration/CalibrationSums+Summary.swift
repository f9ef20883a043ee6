extension CalibrationSums {
  /// The calibration metrics and the click-through line of the rows recorded.
  ///
  /// ```swift
  /// var sums = CalibrationSums()
  /// try sums.record(scores: [0.0, 0.5], labels: [1, 0])
  /// let summary = sums.summary()
  /// summary.logLoss          // Optional(inf): the positive at 0
  /// summary.logLossClipped   // Optional((52 ln 2 + ln 2) / 2), scikit-learn's value
  /// ```
  ///
  /// - Parameter bucketError: fleet's bucket error, which needs the AUC histogram rather
  ///   than these sums (``CalibrationSummary/bucketError(positives:negatives:)``,
  ///   ``ScoreCounts/bucketError(thresholdCount:)``); `nil` leaves it out.
  /// - Complexity: O(K).
  public func summary(bucketError: Double? = nil) -> CalibrationSummary {
    let weight = totalWeight
    let defined = !weight.isZero
    func mean(_ sum: DoubleDouble) -> Double? { defined ? (sum / weight).value : nil }
    var positiveWeight = DoubleDouble.zero
    var scoreSum = DoubleDouble.zero
    var calibrationError = DoubleDouble.zero
    var reliability: [ReliabilityBin] = []
    reliability.reserveCapacity(binCount)
    for (index, bin) in bins.enumerated() {
      positiveWeight += bin.positiveWeight
      scoreSum += bin.scoreSum
      let gap = bin.positiveWeight - bin.scoreSum
      calibrationError += gap.head < 0 ? -gap : gap
      let binWeight = bin.weight
      reliability.append(
        ReliabilityBin(
          index: index, lowerBound: Double(index) / Double(binCount),
          upperBound: Double(index + 1) / Double(binCount), rowCount: bin.rows,
          weight: binWeight.value,
          meanScore: binWeight.isZero ? nil : (bin.scoreSum / binWeight).value,
          fractionPositive: binWeight.isZero ? nil : (bin.positiveWeight / binWeight).value))
    }
    let meanSquare = defined ? squareRoot(totals.squaredErrorSum / weight) : nil
    let predicted = mean(scoreSum)
    return CalibrationSummary(
      rowCount: rowCount, weight: weight.value,
      logLoss: defined && totals.infiniteLossRows > 0 ? .infinity : mean(totals.logLossSum),
      logLossClipped: mean(totals.clippedLogLossSum),
      brierScore: mean(totals.squaredErrorSum),
      expectedCalibrationError: mean(calibrationError),
      reliabilityBins: reliability,
      actualCTR: mean(positiveWeight),
      predictedCTR: predicted,
      copc: predicted.map { $0 > 1e-6 } == true ? (positiveWeight / scoreSum).value : nil,
      meanAbsoluteError: mean(totals.absoluteErrorSum),
      rootMeanSquaredError: meanSquare,
      meanQ: mean(totals.sigmoidSum),
      bucketError: bucketError)
  }

  /// √x to about 106 bits, rounded: the double root and one Newton step on the remainder.
  private func squareRoot(_ value: DoubleDouble) -> Double {
    let root = value.head.squareRoot()
    guard root > 0 else { return root }
    let remainder = value - DoubleDouble.twoProduct(root, root)
    return root + remainder.value / (2 * root)
  }
}
