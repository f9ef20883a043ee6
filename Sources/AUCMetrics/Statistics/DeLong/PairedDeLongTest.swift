/// DeLong's test that two scores of the same rows have the same ROC AUC, as pROC's
/// `roc.test(roc1, roc2, method = "delong", paired = TRUE)`.
///
/// `z = (A₁ − A₂) / √(V₁ + V₂ − 2·C)` with DeLong's variances V and covariance C of the two
/// areas, and the two-sided p-value of the standard normal. Placement values come from one
/// radix sort per score (Sun & Xu 2014), and every sum is an exact integer, so z carries
/// only the roundings of the final divisions and square root.
///
/// ```swift
/// let test = try PairedDeLongTest(first: modelA, second: modelB, labels: labels)
/// print(test.difference, test.z ?? .nan, test.pValue ?? 1)
/// ```
public struct PairedDeLongTest: Sendable, Hashable, Codable {
  /// DeLong's estimate for the first score.
  public var first: DeLongEstimate
  /// DeLong's estimate for the second score.
  public var second: DeLongEstimate
  /// DeLong's covariance of the two areas.
  public var covariance: Double
  /// `first.area − second.area`, computed from the exact areas.
  public var difference: Double
  /// The variance of the difference, `V₁ + V₂ − 2·C`; 0 when the two scores rank every
  /// pair alike.
  public var differenceVariance: Double

  /// The z statistic, or `nil` when the difference has variance 0 (the test is undefined;
  /// pROC reports NaN).
  public var z: Double? {
    differenceVariance > 0 ? difference / differenceVariance.squareRoot() : nil
  }

  /// The two-sided p-value `2 · (1 − Φ(|z|))`, or `nil` when z is undefined.
  public var pValue: Double? { z.map { NormalDistribution.twoSidedPValue($0) } }

  /// The confidence interval of the difference, `difference ∓ q · √variance` (not clipped),
  /// as pROC's `conf.int`; `nil` when the variance is 0.
  ///
  /// - Precondition: `0 < level < 1`.
  public func differenceConfidenceInterval(level: Double) -> ConfidenceInterval? {
    precondition(level > 0 && level < 1, "level must be in (0, 1)")
    guard differenceVariance > 0 else { return nil }
    let halfWidth =
      NormalDistribution.quantile(1 - (1 - level) / 2) * differenceVariance.squareRoot()
    return ConfidenceInterval(
      level: level, lower: difference - halfWidth, upper: difference + halfWidth, method: .deLong)
  }

  /// Runs the test on two score columns of the same rows.
  ///
  /// - Throws: ``ScoreInputError`` for a NaN or infinite score, a label other than 0/1 or
  ///   columns of unequal length; ``DeLongError/tooFewRows(positives:negatives:)`` unless
  ///   each class has 2 to 2^31 − 1 rows.
  /// - Complexity: O(n) for n rows (radix sorts), O(n) memory.
  public init<Scores: Collection, Labels: Collection>(
    first: Scores, second: Scores, labels: Labels
  ) throws(DeLongError) where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel {
    let columns = try DeLongColumns(first: first, second: second, labels: labels)
    let firstNumerators = columns.numerators(columns.first)
    let secondNumerators = columns.numerators(columns.second)
    var positiveFirst = DeLongMoments()
    var positiveSecond = DeLongMoments()
    var positiveCross = DeLongMoments()
    var negativeFirst = DeLongMoments()
    var negativeSecond = DeLongMoments()
    var negativeCross = DeLongMoments()
    for row in columns.isPositive.indices {
      let x = firstNumerators[row]
      let y = secondNumerators[row]
      if columns.isPositive[row] {
        positiveFirst.add(x: x, y: x)
        positiveSecond.add(x: y, y: y)
        positiveCross.add(x: x, y: y)
      } else {
        negativeFirst.add(x: x, y: x)
        negativeSecond.add(x: y, y: y)
        negativeCross.add(x: x, y: y)
      }
    }
    let positiveCount = Int128(columns.positiveCount)
    let negativeCount = Int128(columns.negativeCount)
    func variance(_ positive: DeLongMoments, _ negative: DeLongMoments) -> DoubleDouble {
      DeLongMoments.variance(
        positive: positive, negative: negative, positiveCount: positiveCount,
        negativeCount: negativeCount)
    }
    let firstVariance = variance(positiveFirst, negativeFirst)
    let secondVariance = variance(positiveSecond, negativeSecond)
    let covariance = variance(positiveCross, negativeCross)
    let difference = DeLongMoments.area(
      numeratorSum: positiveFirst.sumX - positiveSecond.sumX, positiveCount: positiveCount,
      negativeCount: negativeCount)
    self.first = DeLongEstimate(
      positive: positiveFirst, negative: negativeFirst, positiveCount: columns.positiveCount,
      negativeCount: columns.negativeCount)
    self.second = DeLongEstimate(
      positive: positiveSecond, negative: negativeSecond, positiveCount: columns.positiveCount,
      negativeCount: columns.negativeCount)
    self.covariance = covariance.value
    self.difference = difference.value
    self.differenceVariance = Swift.max(0, (firstVariance + secondVariance - covariance * 2).value)
  }
}

/// Why a DeLong test cannot run.
public enum DeLongError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A score or label is bad; see ``ScoreInputError``.
  case invalidInput(ScoreInputError)
  /// A class has fewer than 2 rows (DeLong's sample variances need 2), or 2^31 or more.
  case tooFewRows(positives: Int, negatives: Int)

  public var description: String {
    switch self {
    case .invalidInput(let error): return error.description
    case .tooFewRows(let positives, let negatives):
      return
        "DeLong's variance needs 2 to 2^31 - 1 rows of each class, got \(positives) positive and \(negatives) negative"
    }
  }
}

/// Two validated score columns and their labels.
internal struct DeLongColumns {
  var first: [Double]
  var second: [Double]
  var isPositive: [Bool]
  var positiveCount: Int
  var negativeCount: Int

  init<Scores: Collection, Labels: Collection>(first: Scores, second: Scores, labels: Labels)
    throws(DeLongError) where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel
  {
    guard first.count == labels.count else {
      throw .invalidInput(.lengthMismatch(scoreCount: first.count, labelCount: labels.count))
    }
    guard second.count == labels.count else {
      throw .invalidInput(.lengthMismatch(scoreCount: second.count, labelCount: labels.count))
    }
    self.first = first.map { Double($0) }
    self.second = second.map { Double($0) }
    var isPositive: [Bool] = []
    isPositive.reserveCapacity(labels.count)
    for (row, label) in labels.enumerated() {
      guard let positive = label.isPositiveClass else {
        throw .invalidInput(.invalidLabel(row: row, label: String(describing: label)))
      }
      isPositive.append(positive)
    }
    for column in [self.first, self.second] {
      if let row = column.firstIndex(where: { !$0.isFinite }) {
        throw .invalidInput(.nonFiniteScore(row: row, score: column[row]))
      }
    }
    self.isPositive = isPositive
    positiveCount = isPositive.count { $0 }
    negativeCount = isPositive.count - positiveCount
    guard positiveCount >= 2, negativeCount >= 2, positiveCount < DeLongMoments.rowLimit,
      negativeCount < DeLongMoments.rowLimit
    else { throw .tooFewRows(positives: positiveCount, negatives: negativeCount) }
  }

  func numerators(_ scores: [Double]) -> [Int128] {
    PlacementValues.numerators(
      scores: scores, isPositive: isPositive, positiveCount: positiveCount,
      negativeCount: negativeCount)
  }
}
