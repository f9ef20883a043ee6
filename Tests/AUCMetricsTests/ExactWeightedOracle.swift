/// The exact ROC AUC, average precision and trapezoid PR area of weighted rows, as fractions
/// of whole numbers (every weight in units of 2^-1074), rounded once: the definitions, with
/// nothing scaled and nothing rounded on the way.
struct ExactWeightedOracle {
  /// The groups of equal scores, highest first, with their exact weights; groups of weight
  /// 0 left out.
  var groups: [(score: Double, positive: BigNatural, negative: BigNatural)] = []

  init(scores: [Double], labels: [Int], weights: [Double]) {
    var byScore: [Double: (positive: BigNatural, negative: BigNatural)] = [:]
    for index in scores.indices where weights[index] > 0 {
      let weight = BigNatural(unitsOfSmallestSubnormal: weights[index])
      var group = byScore[scores[index] + 0, default: (BigNatural(), BigNatural())]
      if labels[index] == 1 {
        group.positive = group.positive + weight
      } else {
        group.negative = group.negative + weight
      }
      byScore[scores[index] + 0] = group
    }
    groups = byScore.keys.sorted(by: >).map { ($0, byScore[$0]!.positive, byScore[$0]!.negative) }
  }

  var positiveTotal: BigNatural { groups.reduce(BigNatural()) { $0 + $1.positive } }
  var negativeTotal: BigNatural { groups.reduce(BigNatural()) { $0 + $1.negative } }

  /// `Σ negative_g · (2 · positives above g + positive_g) / (2 · P · N)`.
  var rocAUC: Double? {
    let (positives, negatives) = (positiveTotal, negativeTotal)
    guard !positives.isZero, !negatives.isZero else { return nil }
    var above = BigNatural()
    var twiceArea = BigNatural()
    for group in groups {
      twiceArea = twiceArea + group.negative * (above + above + group.positive)
      above = above + group.positive
    }
    return ExactFraction(twiceArea, over: (positives * negatives).shiftedLeft(1)).nearestDouble
  }

  /// `Σ positive_g · precision` over the groups that have positives, with the precision at
  /// the group (`before == false`) or at the point above it (1 before the first group), as a
  /// fraction whose denominator grows by one predicted count per group.
  private func weightedPrecisionSum(before: Bool) -> ExactFraction {
    var truePositives = BigNatural()
    var predicted = BigNatural()
    var sum = ExactFraction(BigNatural(), over: BigNatural(1))
    for group in groups {
      let (truePositivesBefore, predictedBefore) = (truePositives, predicted)
      truePositives = truePositives + group.positive
      predicted = predicted + group.positive + group.negative
      guard !group.positive.isZero else { continue }
      if !before {
        sum = sum + ExactFraction(group.positive * truePositives, over: predicted)
      } else if predictedBefore.isZero {
        sum = sum + ExactFraction(group.positive, over: BigNatural(1))
      } else {
        sum = sum + ExactFraction(group.positive * truePositivesBefore, over: predictedBefore)
      }
    }
    return sum
  }

  /// scikit-learn's `Σ (R_k − R_{k−1}) · P_k`.
  var averagePrecision: Double? {
    let positives = positiveTotal
    guard !positives.isZero else { return nil }
    let sum = weightedPrecisionSum(before: false)
    return ExactFraction(sum.numerator, over: sum.denominator * positives).nearestDouble
  }

  /// The trapezoids between the (recall, precision) points from (0, 1).
  var prAUCTrapezoid: Double? {
    let positives = positiveTotal
    guard !positives.isZero else { return nil }
    let sum = weightedPrecisionSum(before: false) + weightedPrecisionSum(before: true)
    return ExactFraction(sum.numerator, over: (sum.denominator * positives).shiftedLeft(1))
      .nearestDouble
  }
}
