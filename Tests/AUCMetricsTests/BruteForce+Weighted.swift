import AUCMetrics
import Foundation
import Testing

/// Independent weighted definitions, computed in integers where they can be.
extension BruteForce {
  /// Twice the weighted Mann–Whitney U: over every positive–negative pair, `w_i · w_j` times
  /// 2 when the positive ranks higher, 1 for a tie, 0 otherwise.
  static func weightedTwiceU<Key: Comparable>(keys: [Key], labels: [Int], weights: [Int]) -> Int {
    var total = 0
    for i in keys.indices where labels[i] == 1 {
      for j in keys.indices where labels[j] == 0 {
        let pair = weights[i] * weights[j]
        total += keys[i] > keys[j] ? 2 * pair : (keys[i] == keys[j] ? pair : 0)
      }
    }
    return total
  }

  /// `Σ_b positive_b · negative_b` over the groups of equal keys: the weight of the
  /// positive–negative pairs that share a group.
  static func weightedPairsSharingKey<Key: Hashable>(
    keys: [Key], labels: [Int], weights: [Int]
  ) -> Int {
    var groups: [Key: (positive: Int, negative: Int)] = [:]
    for index in keys.indices {
      if labels[index] == 1 {
        groups[keys[index], default: (0, 0)].positive += weights[index]
      } else {
        groups[keys[index], default: (0, 0)].negative += weights[index]
      }
    }
    return groups.values.reduce(0) { $0 + $1.positive * $1.negative }
  }

  /// The weighted average precision: over positives, weight times the precision among all
  /// rows scoring at least as high, divided by the positive weight.
  static func weightedAveragePrecision(keys: [Double], labels: [Int], weights: [Int]) -> Double? {
    var terms: [Double] = []
    var positiveTotal = 0
    for i in keys.indices where labels[i] == 1 && weights[i] > 0 {
      var truePositives = 0
      var predicted = 0
      for j in keys.indices where keys[j] >= keys[i] {
        predicted += weights[j]
        if labels[j] == 1 { truePositives += weights[j] }
      }
      terms.append(Double(weights[i]) * (Double(truePositives) / Double(predicted)))
      positiveTotal += weights[i]
    }
    guard positiveTotal > 0 else { return nil }
    return compensatedSum(terms) / Double(positiveTotal)
  }

  /// scikit-learn's `precision_recall_curve` thresholds: one point at every distinct score of
  /// a row of nonzero weight, from the highest down, as (true positives, predicted positives).
  static func precisionRecallPoints(keys: [Double], labels: [Int], weights: [Int])
    -> [(truePositives: Int, predicted: Int)]
  {
    let thresholds = Set(keys.indices.filter { weights[$0] > 0 }.map { keys[$0] })
      .sorted(by: >)
    return thresholds.map { threshold in
      var truePositives = 0
      var predicted = 0
      for index in keys.indices where keys[index] >= threshold {
        predicted += weights[index]
        if labels[index] == 1 { truePositives += weights[index] }
      }
      return (truePositives, predicted)
    }
  }

  /// scikit-learn's `auc(recall, precision)`: trapezoids between the points, starting at
  /// recall 0, precision 1.
  static func trapezoidPRArea(
    points: [(truePositives: Int, predicted: Int)], positiveTotal: Int
  ) -> Double? {
    guard positiveTotal > 0 else { return nil }
    var terms: [Double] = []
    var previousTruePositives = 0
    var previousPrecision = 1.0
    for point in points {
      let precision = Double(point.truePositives) / Double(point.predicted)
      let width = point.truePositives - previousTruePositives
      terms.append(Double(width) * (precision + previousPrecision))
      previousTruePositives = point.truePositives
      previousPrecision = precision
    }
    return compensatedSum(terms) / Double(2 * positiveTotal)
  }

  /// Keras's `interpolate_pr_auc` (Davis & Goadrich) in plain doubles over the same points,
  /// starting at no predicted positives.
  static func interpolatedPRArea(
    points: [(truePositives: Int, predicted: Int)], positiveTotal: Int
  ) -> Double? {
    guard positiveTotal > 0 else { return nil }
    var total = 0.0
    var previousTruePositives = 0.0
    var previousPredicted = 0.0
    for point in points {
      let truePositives = Double(point.truePositives)
      let predicted = Double(point.predicted)
      let deltaTruePositives = truePositives - previousTruePositives
      let deltaPredicted = predicted - previousPredicted
      if deltaPredicted > 0 {
        let slope = deltaTruePositives / deltaPredicted
        let intercept = previousTruePositives - slope * previousPredicted
        let ratio = previousPredicted > 0 ? predicted / previousPredicted : 1
        total += slope * (deltaTruePositives + intercept * log(ratio))
      }
      previousTruePositives = truePositives
      previousPredicted = predicted
    }
    return total / Double(positiveTotal)
  }

  /// Neumaier's compensated sum.
  static func compensatedSum(_ terms: [Double]) -> Double {
    var sum = 0.0
    var compensation = 0.0
    for term in terms {
      let next = sum + term
      if abs(sum) >= abs(term) {
        compensation += (sum - next) + term
      } else {
        compensation += (term - next) + sum
      }
      sum = next
    }
    return sum + compensation
  }

  /// The logarithmic bin of a normal (or zero) score with `subBinsPerOctave` = 2^k, named by
  /// its lower edge toward zero: the sign, the binade and the top k significand bits.
  static func logarithmicBin(_ score: Double, subBinsPerOctave: Int) -> Double {
    if score == 0 { return 0 }
    precondition(score.isNormal)
    let magnitude = score.magnitude
    let subBins = Double(subBinsPerOctave)
    let significand = ((magnitude.significand - 1) * subBins).rounded(.down) / subBins + 1
    return Double(sign: score.sign, exponent: magnitude.exponent, significand: significand)
  }

  /// PaddlePaddle's linear bin, `trunc(score · T)` in the score's own precision.
  static func linearBin(_ score: Double, thresholdCount: Int, float32: Bool) -> Int {
    float32 ? Int(Float(score) * Float(thresholdCount)) : Int(score * Double(thresholdCount))
  }
}

/// `actual` and `expected` are both `nil`, or within `ulps` ulps, `relative` relative error or
/// `absolute` of each other.
func agrees(
  _ actual: Double?, _ expected: Double?, ulps: UInt64, relative: Double = 0,
  absolute: Double = 0
) -> Bool {
  switch (actual, expected) {
  case (nil, nil): return true
  case (let actual?, let expected?):
    return ulpDistance(actual, expected) <= ulps
      || abs(actual - expected) <= relative * abs(expected) || abs(actual - expected) <= absolute
  default: return false
  }
}

/// Every field of a summary, doubles by bit pattern, for bit-for-bit comparison.
func summaryBits(_ summary: RankingSummary) -> [String] {
  let values = [
    summary.positiveWeight, summary.negativeWeight, summary.rocAUC, summary.rocAUCErrorBound,
    summary.averagePrecision, summary.prAUCTrapezoid, summary.prAUCInterpolated,
  ]
  return values.map { $0.map { String($0.bitPattern, radix: 16) } ?? "nil" } + [
    "\(summary.binning)", "\(summary.switchedFromExact)",
  ]
}

/// The exact ROC area of the rows: the brute-force pair count over P · N, correctly rounded
/// (both integers are exact doubles), or `nil` without both classes.
func bruteForceROCAUC(_ rows: CountedRows) -> Double? {
  let (positive, negative) = rows.classWeights
  guard positive > 0, negative > 0 else { return nil }
  let twiceU = BruteForce.weightedTwiceU(
    keys: rows.scores, labels: rows.labels, weights: rows.integerWeights)
  return Double(twiceU) / Double(2 * positive * negative)
}
