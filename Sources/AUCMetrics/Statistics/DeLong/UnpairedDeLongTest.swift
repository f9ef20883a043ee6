/// DeLong's test that two ROC AUCs from independent samples are equal, as pROC's
/// `roc.test(roc1, roc2, method = "delong", paired = FALSE)`.
///
/// `D = (A₁ − A₂) / √(V₁ + V₂)`, referred to Student's t with the Welch–Satterthwaite
/// degrees of freedom `(V₁ + V₂)² / (V₁² / (n₁ − 1) + V₂² / (n₂ − 1))`, where n counts every
/// row of a sample, positive and negative, as pROC does.
///
/// ```swift
/// if let a = countsA.groups.deLong, let b = countsB.groups.deLong {
///   let test = UnpairedDeLongTest(first: a, second: b)
///   print(test.statistic ?? .nan, test.degreesOfFreedom ?? .nan, test.pValue ?? 1)
/// }
/// ```
public struct UnpairedDeLongTest: Sendable, Hashable, Codable {
  /// DeLong's estimate for the first sample.
  public var first: DeLongEstimate
  /// DeLong's estimate for the second sample.
  public var second: DeLongEstimate

  /// Compares two independent estimates.
  ///
  /// - Complexity: O(1)
  public init(first: DeLongEstimate, second: DeLongEstimate) {
    self.first = first
    self.second = second
  }

  /// `first.area − second.area`.
  public var difference: Double { first.area - second.area }

  /// The statistic D, or `nil` when both variances are 0.
  public var statistic: Double? {
    let variance = first.variance + second.variance
    return variance > 0 ? difference / variance.squareRoot() : nil
  }

  /// The Welch–Satterthwaite degrees of freedom, or `nil` when both variances are 0.
  public var degreesOfFreedom: Double? {
    let variance = first.variance + second.variance
    guard variance > 0 else { return nil }
    let firstRows = Double(first.positiveCount + first.negativeCount)
    let secondRows = Double(second.positiveCount + second.negativeCount)
    return variance * variance
      / (first.variance * first.variance / (firstRows - 1) + second.variance * second.variance
        / (secondRows - 1))
  }

  /// The two-sided p-value of D under Student's t, or `nil` when D is undefined.
  public var pValue: Double? {
    guard let statistic, let degreesOfFreedom else { return nil }
    return StudentTDistribution(degreesOfFreedom: degreesOfFreedom).twoSidedPValue(statistic)
  }
}
