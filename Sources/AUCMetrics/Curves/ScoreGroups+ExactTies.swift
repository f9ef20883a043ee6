extension ScoreGroups {
  /// ``bestOperatingPoints(_:thresholds:)`` for any weights: a filter in floating point,
  /// then exact arithmetic for the points it cannot tell apart.
  ///
  /// The rates of a point are within 2^-50 of the exact ratios of its weights (the
  /// cumulative sums carry about 104 bits, the totals and the rates one rounding each, and a
  /// group's tail changes its head by at most 2^-53 of it), so Youden's `tpr − fpr` is within
  /// 2^-49, and `(1 − tpr)² + fpr²` within 2^-47. Every point whose rounded value lies
  /// within a margin of eight times two such errors (2^-45, 2^-43) of the best rounded one is
  /// a candidate, so the best points are among them. If more than one is left, a second
  /// pass sums the groups' weights
  /// exactly (doubles and tails, in units of 2^-1074) and compares the candidates by
  /// `TP·N − FP·P`, or by `((P − TP)·N)² + (FP·P)²`, which order the points as the rates do.
  ///
  /// - Complexity: O(m) for m groups, and O(c · w²) for c candidates of w words when more
  ///   than one is left.
  internal func bestOperatingPointsDecidedExactly(
    _ criterion: OperatingPointCriterion, thresholds convention: ThresholdConvention
  ) -> [ROCPoint] {
    let margin = criterion == .youden ? 0x1p-45 : 0x1p-43
    var candidates: [(pointIndex: Int, point: ROCPoint, score: Double)] = []
    var bestScore = -Double.infinity
    var countAfterLastPruning = 8
    var pointIndex = 0
    forEachROCPoint(thresholds: convention) { point in
      let score = Self.approximateScore(criterion, point)
      bestScore = Swift.max(bestScore, score)
      if score >= bestScore - margin {
        candidates.append((pointIndex, point, score))
        // Pruning when the list has doubled keeps the work linear and the list O(ties).
        if candidates.count >= 2 * countAfterLastPruning {
          candidates.removeAll { $0.score < bestScore - margin }
          countAfterLastPruning = Swift.max(8, candidates.count)
        }
      }
      pointIndex += 1
    }
    candidates.removeAll { $0.score < bestScore - margin }
    if candidates.count == 1 { return [candidates[0].point] }
    let sums = exactSums(atPoints: candidates.map(\.pointIndex))
    var best: [ROCPoint] = []
    var bestKey: OperatingPointExactKey?
    for (candidate, (truePositives, falsePositives)) in zip(candidates, sums.atPoints) {
      let key = OperatingPointExactKey(
        criterion, truePositives: truePositives, falsePositives: falsePositives,
        positiveTotal: sums.positiveTotal, negativeTotal: sums.negativeTotal)
      if bestKey.map({ key.isBetter(than: $0) }) ?? true {
        bestKey = key
        best = [candidate.point]
      } else if !bestKey!.isBetter(than: key) {
        best.append(candidate.point)
      }
    }
    return best
  }

  /// The criterion's value in floating point; larger is better.
  private static func approximateScore(_ criterion: OperatingPointCriterion, _ point: ROCPoint)
    -> Double
  {
    switch criterion {
    case .youden:
      return point.truePositiveRate - point.falsePositiveRate
    case .closestToTopLeft:
      let missed = 1 - point.truePositiveRate
      return -(missed * missed + point.falsePositiveRate * point.falsePositiveRate)
    }
  }

  /// The exact true and false positive weights at the given points of the ROC curve (point
  /// 0 predicts nothing; point i + 1 every group up to i), ascending, and the exact totals.
  private func exactSums(atPoints points: [Int]) -> (
    atPoints: [(WideUnsigned, WideUnsigned)], positiveTotal: WideUnsigned,
    negativeTotal: WideUnsigned
  ) {
    var truePositives = WideUnsigned()
    var falsePositives = WideUnsigned()
    var atPoints: [(WideUnsigned, WideUnsigned)] = []
    atPoints.reserveCapacity(points.count)
    var next = 0
    for group in 0...count {
      while next < points.count && points[next] == group {
        atPoints.append((truePositives, falsePositives))
        next += 1
      }
      guard group < count else { break }
      let positive = exactPositive(group)
      let negative = exactNegative(group)
      // The head first: head + tail ≥ 0, so the sum never dips below 0.
      truePositives.add(positive.head)
      truePositives.add(signed: positive.tail)
      falsePositives.add(negative.head)
      falsePositives.add(signed: negative.tail)
    }
    return (atPoints, truePositives, falsePositives)
  }
}

/// An operating point's exact standing: for Youden's J, `TP·N − FP·P` held as the two
/// products; for the distance to the top left corner, `((P − TP)·N)² + (FP·P)²`.
private enum OperatingPointExactKey {
  case youden(gain: WideUnsigned, loss: WideUnsigned)
  case closestToTopLeft(squaredDistance: WideUnsigned)

  init(
    _ criterion: OperatingPointCriterion, truePositives: WideUnsigned,
    falsePositives: WideUnsigned, positiveTotal: WideUnsigned, negativeTotal: WideUnsigned
  ) {
    switch criterion {
    case .youden:
      self = .youden(gain: truePositives * negativeTotal, loss: falsePositives * positiveTotal)
    case .closestToTopLeft:
      let missed = (positiveTotal - truePositives) * negativeTotal
      let falseAlarms = falsePositives * positiveTotal
      self = .closestToTopLeft(squaredDistance: missed * missed + falseAlarms * falseAlarms)
    }
  }

  /// Whether this point is strictly better than `other` (of the same criterion).
  func isBetter(than other: OperatingPointExactKey) -> Bool {
    switch (self, other) {
    case (.youden(let gain, let loss), .youden(let otherGain, let otherLoss)):
      // gain − loss > otherGain − otherLoss, with no negative numbers.
      return gain + otherLoss > otherGain + loss
    case (.closestToTopLeft(let distance), .closestToTopLeft(let otherDistance)):
      return distance < otherDistance
    default:
      preconditionFailure("keys of different criteria")
    }
  }
}
