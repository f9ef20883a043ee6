import RealModule

/// The ROC AUC with DeLong's variance: the delta-method variance of the Mann–Whitney
/// statistic from the placement values of each class (DeLong, DeLong & Clarke-Pearson 1988).
///
/// `variance = S10 / P + S01 / N`, where S10 is the sample variance (n − 1 in the
/// denominator) of the positives' placement values V10 = (negatives below + ½ tied) / N, and
/// S01 likewise for the negatives. This is pROC's `var(roc, method = "delong")`. The sums are
/// exact integers, so the variance is the rational value rounded once.
///
/// ```swift
/// var counts = ScoreCounts()
/// try counts.record(scores: scores, labels: labels)
/// if let estimate = counts.groups.deLong {
///   let interval = estimate.confidenceInterval(level: 0.95)
///   print(estimate.area, estimate.standardError, interval.lower, interval.upper)
/// }
/// ```
public struct DeLongEstimate: Sendable, Hashable, Codable {
  /// The ROC AUC.
  public var area: Double
  /// DeLong's variance of the AUC; 0 when every placement value in each class is the same
  /// (a perfectly separated or fully tied set).
  public var variance: Double
  /// The number of positive rows.
  public var positiveCount: Int
  /// The number of negative rows.
  public var negativeCount: Int

  /// Creates an estimate from its parts.
  public init(area: Double, variance: Double, positiveCount: Int, negativeCount: Int) {
    self.area = area
    self.variance = variance
    self.positiveCount = positiveCount
    self.negativeCount = negativeCount
  }

  /// The standard error, `√variance`.
  ///
  /// - Complexity: O(1)
  public var standardError: Double { variance.squareRoot() }

  /// `area ∓ z · standardError` with z the normal quantile of `1 − (1 − level) / 2`,
  /// clipped to `0...1`: pROC's `ci.auc(method = "delong")` (whose centre is the same area
  /// up to one ulp). With variance 0 the interval is the single point `area`, as in pROC.
  ///
  /// ```swift
  /// estimate.confidenceInterval(level: 0.95)   // lower, upper, method .deLong
  /// ```
  ///
  /// - Precondition: `0 < level < 1`.
  /// - Complexity: O(1)
  public func confidenceInterval(level: Double) -> ConfidenceInterval {
    precondition(level > 0 && level < 1, "level must be in (0, 1)")
    let z = NormalDistribution.quantile(1 - (1 - level) / 2)
    let halfWidth = z * standardError
    return ConfidenceInterval(
      level: level, lower: Swift.max(0, area - halfWidth), upper: Swift.min(1, area + halfWidth),
      method: .deLong)
  }
}

extension ScoreGroups {
  /// DeLong's estimate of the ROC AUC and its variance, from the groups' counts; `nil` unless
  /// the counts are whole (unweighted rows), each class has at least 2 and fewer than 2^31
  /// rows. pROC has no weighted DeLong variance either.
  ///
  /// Grouped counts are all that is needed: every row of a group has the same placement
  /// value, so this is Sun & Xu's O(n log n) algorithm with the sort already done, in O(m)
  /// for m groups.
  ///
  /// ```swift
  /// counts.groups.deLong?.confidenceInterval(level: 0.95)
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public var deLong: DeLongEstimate? {
    guard hasWholeCounts, positiveTotal >= 2, negativeTotal >= 2,
      positiveTotal < Double(DeLongMoments.rowLimit),
      negativeTotal < Double(DeLongMoments.rowLimit)
    else { return nil }
    let negativeCount = Int128(negativeTotal)
    var positiveMoments = DeLongMoments()
    var negativeMoments = DeLongMoments()
    var positivesAbove: Int128 = 0
    var negativesAbove: Int128 = 0
    for index in thresholds.indices {
      let positive = Int128(positives[index])
      let negative = Int128(negatives[index])
      let placement = DeLongMoments.placementNumerators(
        positives: positive, negatives: negative, positivesAbove: positivesAbove,
        negativesBelow: negativeCount - negativesAbove - negative)
      if positive > 0 {
        positiveMoments.add(x: placement.positive, y: placement.positive, multiplicity: positive)
      }
      if negative > 0 {
        negativeMoments.add(x: placement.negative, y: placement.negative, multiplicity: negative)
      }
      positivesAbove += positive
      negativesAbove += negative
    }
    return DeLongEstimate(
      positive: positiveMoments, negative: negativeMoments, positiveCount: Int(positiveTotal),
      negativeCount: Int(negativeTotal))
  }
}
