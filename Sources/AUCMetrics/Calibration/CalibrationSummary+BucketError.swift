extension CalibrationSummary {
  /// PaddlePaddle fleet's bucket error of an AUC histogram (`FleetUtil.get_global_metrics`),
  /// its loop in double arithmetic as fleet runs it; `nil` when no group of buckets closed
  /// (fleet returns 0.0 there).
  ///
  /// Bucket i of the T + 1 has the CTR i/(T + 1). Walking up the buckets, fleet pools
  /// impressions until the pool's CTR moves by more than 0.01 from where the pool started, or
  /// until the pool is large enough that √((1 − ctr)/(ctr · impressions)) < 0.05; each closed
  /// pool adds |actual CTR / pooled CTR − 1| · impressions to the error, which is divided
  /// by the impressions of all closed pools.
  ///
  /// ```swift
  /// var positives = [Double](repeating: 0, count: 4096)
  /// var negatives = positives
  /// positives[2048] = 800; negatives[2048] = 800   // 1600 rows at CTR 0.5, half clicked
  /// CalibrationSummary.bucketError(positives: positives, negatives: negatives)   // 0.0
  /// ```
  ///
  /// - Parameters:
  ///   - positives: The positive rows (or weight) of each bin.
  ///   - negatives: The negative rows (or weight) of each bin, as many as `positives`.
  /// - Complexity: O(T).
  public static func bucketError(positives: [Double], negatives: [Double]) -> Double? {
    precondition(positives.count == negatives.count, "one negative count per positive count")
    let bucketCount = positives.count
    var lastCTR = -1.0
    var impressionSum = 0.0
    var ctrSum = 0.0
    var clickSum = 0.0
    var errorSum = 0.0
    var errorCount = 0.0
    for index in 0..<bucketCount {
      let click = positives[index]
      let show = positives[index] + negatives[index]
      let ctr = Double(index) / Double(bucketCount)
      if abs(ctr - lastCTR) > 0.01 {
        lastCTR = ctr
        impressionSum = 0
        ctrSum = 0
        clickSum = 0
      }
      impressionSum += show
      ctrSum += ctr * show
      clickSum += click
      if impressionSum == 0 { continue }
      let adjustCTR = ctrSum / impressionSum
      if adjustCTR == 0 { continue }
      let relativeError = ((1 - adjustCTR) / (adjustCTR * impressionSum)).squareRoot()
      if relativeError < 0.05 {
        let actualCTR = clickSum / impressionSum
        errorSum += abs(actualCTR / adjustCTR - 1) * impressionSum
        errorCount += impressionSum
        lastCTR = -1
      }
    }
    return errorCount > 0 ? errorSum / errorCount : nil
  }
}

extension ScoreHistogram {
  /// Fleet's bucket error of this histogram
  /// (``CalibrationSummary/bucketError(positives:negatives:)``).
  ///
  /// ```swift
  /// var histogram = ScoreHistogram(thresholdCount: 4095)
  /// try histogram.record(scores: [0.9, 0.3], labels: [1, 0])
  /// histogram.bucketError   // nil: too few rows for any bucket group to close
  /// ```
  ///
  /// - Complexity: O(T).
  public var bucketError: Double? {
    // `map(Double.init)` would pick an initializer that reads the bits.
    CalibrationSummary.bucketError(
      positives: positiveCounts.map { Double($0) }, negatives: negativeCounts.map { Double($0) })
  }
}

extension ScoreCounts {
  /// Fleet's bucket error of these counts' AUC histogram of T + 1 bins
  /// (``CalibrationSummary/bucketError(positives:negatives:)``), weighted when the counts
  /// are.
  ///
  /// Linear bins are that histogram when their T is `thresholdCount`; exact counts are
  /// binned as PaddlePaddle's `Auc` bins a double, bin ⌊s · T⌋ with the product in double.
  /// Logarithmic bins cannot be regrouped into linear ones.
  ///
  /// ```swift
  /// var counts = ScoreCounts()
  /// try counts.record(scores: [0.9, 0.3], labels: [1, 0])
  /// counts.bucketError(thresholdCount: 4095)   // nil: no bucket group closes
  /// ```
  ///
  /// - Returns: `nil` for logarithmic bins, linear bins of another T, scores outside `0...1`
  ///   or when no bucket group closed.
  /// - Complexity: O(T + m) for m groups of tied scores.
  public func bucketError(thresholdCount: Int = 4095) -> Double? {
    guard (1...ScoreHistogram.maximumThresholdCount).contains(thresholdCount) else { return nil }
    switch binning {
    case .logarithmic: return nil
    case .linear(let own) where own != thresholdCount: return nil
    case .linear, .exact: break
    }
    var positives = [Double](repeating: 0, count: thresholdCount + 1)
    var negatives = positives
    var inRange = true
    let histogram = ScoreHistogram(thresholdCount: thresholdCount)
    forEachStoredGroup { key, positive, negative in
      let bin: Int
      if binning.isExact {
        let score = ScoreKey.score(key)
        guard score >= 0 && score <= 1 else {
          inRange = false
          return
        }
        bin = histogram.binIndex(of: score)
      } else {
        bin = Int(key)
      }
      positives[bin] += positive.0 + positive.1
      negatives[bin] += negative.0 + negative.1
    }
    guard inRange else { return nil }
    return CalibrationSummary.bucketError(positives: positives, negatives: negatives)
  }
}
