/// The groups of tied scores (or bins), highest first, with the weight of each class: what
/// curves, operating points, partial areas and DeLong's variance are computed from.
///
/// Get them from ``ScoreCounts/groups`` (every distinct score when exact) or
/// ``ScoreHistogram/groups`` (every non-empty bin). Each group has a threshold: classifying
/// "positive if score ≥ threshold" predicts exactly the groups from the first down to it. For
/// exact counts the threshold is the observed score; for bins it is the bin's lowest score
/// (linear bin k: `k / T`; a logarithmic bin: its smallest double).
///
/// ```swift
/// var counts = ScoreCounts()
/// try counts.record(scores: [0.9, 0.4, 0.4, 0.1], labels: [1, 1, 0, 0])
/// let groups = counts.groups
/// groups.thresholds   // [0.9, 0.4, 0.1]
/// groups.positives    // [1.0, 1.0, 0.0]
/// groups.negatives    // [0.0, 1.0, 1.0]
/// ```
public struct ScoreGroups: Sendable, Hashable {
  /// The threshold of each group, strictly descending.
  public let thresholds: [Double]
  /// The positive weight of each group (the count when unweighted).
  public let positives: [Double]
  /// The negative weight of each group (the count when unweighted).
  public let negatives: [Double]
  /// The total positive weight, P.
  public let positiveTotal: Double
  /// The total negative weight, N.
  public let negativeTotal: Double
  /// How the scores were grouped.
  public let binning: ScoreBinning
  /// `true` when every weight is a whole number below 2^53, as with unweighted rows: the
  /// counts are exact and DeLong's variance and the bootstrap apply.
  public let hasWholeCounts: Bool
  /// What ``positives`` lack of each group's exact weight (a weighted group's sum is a
  /// double-double), or empty when nothing: the operating points decide ties with it.
  internal let positiveTails: [Double]
  /// What ``negatives`` lack of each group's exact weight, or empty when nothing.
  internal let negativeTails: [Double]

  /// Creates groups from their parts, dropping groups of weight 0.
  ///
  /// - Precondition: the arrays have equal lengths, thresholds strictly descend, weights are
  ///   finite and ≥ 0, and they add up to at most ``ScoreCounts/weightTotalLimit``.
  /// - Complexity: O(m) for m groups.
  public init(
    thresholds: [Double], positives: [Double], negatives: [Double], binning: ScoreBinning
  ) {
    precondition(thresholds.count == positives.count && positives.count == negatives.count)
    var keptThresholds: [Double] = []
    var keptPositives: [Double] = []
    var keptNegatives: [Double] = []
    keptThresholds.reserveCapacity(thresholds.count)
    keptPositives.reserveCapacity(thresholds.count)
    keptNegatives.reserveCapacity(thresholds.count)
    var positiveSum = DoubleDouble.zero
    var negativeSum = DoubleDouble.zero
    var whole = true
    for index in thresholds.indices {
      let positive = positives[index]
      let negative = negatives[index]
      precondition(positive >= 0 && negative >= 0 && positive.isFinite && negative.isFinite)
      precondition(index == 0 || thresholds[index - 1] > thresholds[index])
      if positive == 0 && negative == 0 { continue }
      keptThresholds.append(thresholds[index])
      keptPositives.append(positive)
      keptNegatives.append(negative)
      positiveSum += positive
      negativeSum += negative
      whole = whole && positive == positive.rounded(.down) && negative == negative.rounded(.down)
    }
    precondition(
      !ScoreCounts.exceedsWeightTotalLimit(positiveSum + negativeSum),
      "the weights add up to more than the largest double")
    self.thresholds = keptThresholds
    self.positives = keptPositives
    self.negatives = keptNegatives
    self.positiveTotal = positiveSum.value
    self.negativeTotal = negativeSum.value
    self.binning = binning
    self.hasWholeCounts = whole && positiveSum.value + negativeSum.value < 0x1p53
    self.positiveTails = []
    self.negativeTails = []
  }

  /// Groups already filtered and summed by the caller: no copy, no check.
  internal init(
    unchecked thresholds: [Double], positives: [Double], negatives: [Double],
    positiveTails: [Double] = [], negativeTails: [Double] = [],
    binning: ScoreBinning, positiveTotal: Double, negativeTotal: Double, hasWholeCounts: Bool
  ) {
    self.thresholds = thresholds
    self.positives = positives
    self.negatives = negatives
    self.positiveTails = positiveTails
    self.negativeTails = negativeTails
    self.positiveTotal = positiveTotal
    self.negativeTotal = negativeTotal
    self.binning = binning
    self.hasWholeCounts = hasWholeCounts
  }

  /// The exact weight of group `index`'s positives: the double and, when kept, its tail.
  internal func exactPositive(_ index: Int) -> (head: Double, tail: Double) {
    (positives[index], positiveTails.isEmpty ? 0 : positiveTails[index])
  }

  /// The exact weight of group `index`'s negatives.
  internal func exactNegative(_ index: Int) -> (head: Double, tail: Double) {
    (negatives[index], negativeTails.isEmpty ? 0 : negativeTails[index])
  }

  /// The number of groups.
  ///
  /// - Complexity: O(1)
  public var count: Int { thresholds.count }

  /// `true` when both classes have weight, so that ROC quantities are defined.
  ///
  /// - Complexity: O(1)
  public var hasBothClasses: Bool { positiveTotal > 0 && negativeTotal > 0 }
}

extension ScoreCounts {
  /// The groups of tied scores (or bins), highest first, groups of weight 0 left out.
  ///
  /// ```swift
  /// let curve = counts.groups.rocCurve()
  /// ```
  ///
  /// - Complexity: O(m) for m groups, plus O(r) to merge r buffered rows first (into a copy).
  public var groups: ScoreGroups {
    let counts = normalized()
    var thresholds: [Double] = []
    var positives: [Double] = []
    var negatives: [Double] = []
    // The tails only once one is not 0 (never for counts below 2^53), so most groups cost
    // 24 bytes. A group's head is its nearest double, and head + tail its exact value.
    var positiveTails: [Double] = []
    var negativeTails: [Double] = []
    var hasTails = false
    let count = counts.entryCount
    thresholds.reserveCapacity(count)
    positives.reserveCapacity(count)
    negatives.reserveCapacity(count)
    func append(key: UInt64, positive: (Double, Double), negative: (Double, Double)) {
      if !hasTails && (positive.1 != 0 || negative.1 != 0) {
        // The groups before this one had no tails: zeros for them, then this one's.
        hasTails = true
        positiveTails = [Double](repeating: 0, count: positives.count)
        negativeTails = positiveTails
      }
      if hasTails {
        positiveTails.append(positive.1)
        negativeTails.append(negative.1)
      }
      thresholds.append(ScoreCounts.threshold(ofKey: key, binning: counts.binning))
      positives.append(positive.0)
      negatives.append(negative.0)
    }
    if counts.weighted {
      for entry in counts.weightEntries.reversed()
      where !(entry.positive.isZero && entry.negative.isZero) {
        append(
          key: entry.key, positive: (entry.positive.head, entry.positive.tail),
          negative: (entry.negative.head, entry.negative.tail))
      }
    } else {
      for entry in counts.countEntries.reversed() {
        let positive = DoubleDouble(exactly: entry.positive)
        let negative = DoubleDouble(exactly: entry.negative)
        append(
          key: entry.key, positive: (positive.head, positive.tail),
          negative: (negative.head, negative.tail))
      }
    }
    return ScoreGroups(
      unchecked: thresholds, positives: positives, negatives: negatives,
      positiveTails: positiveTails, negativeTails: negativeTails, binning: counts.binning,
      positiveTotal: counts.positiveWeight, negativeTotal: counts.negativeWeight,
      hasWholeCounts: counts.hasWholeCounts)
  }

  /// The threshold of the group with `key`: the smallest score of its bin (its score, when
  /// exact).
  internal static func threshold(ofKey key: UInt64, binning: ScoreBinning) -> Double {
    switch binning {
    case .linear(let thresholdCount):
      return Double(key) / Double(thresholdCount)
    case .exact, .logarithmic:
      let lowestKey = ScoreKey.key(-.greatestFiniteMagnitude)
      return ScoreKey.score(Swift.max(key &<< UInt64(binning.keyShift), lowestKey))
    }
  }
}

extension ScoreHistogram {
  /// The non-empty bins, highest first; bin k's threshold is `k / T`.
  ///
  /// - Complexity: O(T)
  public var groups: ScoreGroups {
    var thresholds: [Double] = []
    var positives: [Double] = []
    var negatives: [Double] = []
    withCountBuffers { positiveCounts, negativeCounts in
      for bin in positiveCounts.indices.reversed()
      where positiveCounts[bin] != 0 || negativeCounts[bin] != 0 {
        thresholds.append(Double(bin) / Double(thresholdCount))
        positives.append(Double(positiveCounts[bin]))
        negatives.append(Double(negativeCounts[bin]))
      }
    }
    return ScoreGroups(
      thresholds: thresholds, positives: positives, negatives: negatives,
      binning: .linear(thresholdCount: thresholdCount))
  }
}
