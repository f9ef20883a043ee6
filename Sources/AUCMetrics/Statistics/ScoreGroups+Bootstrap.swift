extension ScoreGroups {
  /// A stratified bootstrap percentile interval for any statistic of the groups.
  ///
  /// Each replicate draws P positives from the positives and N negatives from the negatives,
  /// with replacement (so both classes keep their sizes, as pROC's stratified bootstrap
  /// does), and evaluates `statistic` on the resampled groups. The interval is the
  /// `(1 − level) / 2` and `1 − (1 − level) / 2` quantiles of the replicates, interpolated as
  /// R's default `quantile` (type 7). The draws come from ``SplitMix64`` seeded with `seed`,
  /// so the interval is the same on every machine.
  ///
  /// Returns `nil` unless the counts are whole (unweighted) with both classes present, or when
  /// `statistic` is `nil` on every replicate; replicates where it is `nil` are left out.
  ///
  /// ```swift
  /// let interval = counts.groups.bootstrapInterval(level: 0.95, replicates: 2000, seed: 7) {
  ///   $0.summary.averagePrecision
  /// }
  /// ```
  ///
  /// - Precondition: `0 < level < 1`, `replicates > 0`.
  /// - Complexity: O(B · (n log m + s)) for B replicates, n rows, m groups, and a statistic
  ///   costing s.
  public func bootstrapInterval(
    level: Double = 0.95, replicates: Int = 2000, seed: UInt64 = 0,
    statistic: (ScoreGroups) -> Double?
  ) -> ConfidenceInterval? {
    precondition(level > 0 && level < 1, "level must be in (0, 1)")
    precondition(replicates > 0, "replicates must be positive")
    guard hasWholeCounts, hasBothClasses else { return nil }
    let positiveSampler = GroupSampler(weights: positives)
    let negativeSampler = GroupSampler(weights: negatives)
    var generator = SplitMix64(seed: seed)
    var values: [Double] = []
    values.reserveCapacity(replicates)
    var resampledPositives = [Double](repeating: 0, count: count)
    var resampledNegatives = [Double](repeating: 0, count: count)
    for _ in 0..<replicates {
      positiveSampler.draw(into: &resampledPositives, using: &generator)
      negativeSampler.draw(into: &resampledNegatives, using: &generator)
      let replicate = ScoreGroups(
        thresholds: thresholds, positives: resampledPositives, negatives: resampledNegatives,
        binning: binning)
      if let value = statistic(replicate) { values.append(value) }
    }
    guard !values.isEmpty else { return nil }
    values.sort()
    let tail = (1 - level) / 2
    return ConfidenceInterval(
      level: level, lower: Self.quantile(values, tail), upper: Self.quantile(values, 1 - tail),
      method: .bootstrapPercentile)
  }

  /// R's type-7 quantile of sorted values: linear between the order statistics around
  /// `1 + (n − 1) · p`.
  internal static func quantile(_ sorted: [Double], _ probability: Double) -> Double {
    let position = Double(sorted.count - 1) * probability
    let below = Int(position.rounded(.down))
    let above = Swift.min(below + 1, sorted.count - 1)
    let fraction = position - Double(below)
    return sorted[below] + (sorted[above] - sorted[below]) * fraction
  }
}

/// Draws a class's rows with replacement: each draw picks group g with probability
/// `count_g / total`, by binary search over the cumulative counts.
internal struct GroupSampler {
  private var cumulative: [UInt64] = []
  private var total: UInt64 = 0

  init(weights: [Double]) {
    cumulative.reserveCapacity(weights.count)
    for weight in weights {
      total += UInt64(weight)
      cumulative.append(total)
    }
  }

  /// Replaces `counts` with the group counts of `total` draws.
  func draw(into counts: inout [Double], using generator: inout SplitMix64) {
    for index in counts.indices { counts[index] = 0 }
    guard total > 0 else { return }
    for _ in 0..<total {
      let row = generator.nextBelow(total)
      // The first group whose cumulative count exceeds the row.
      var low = 0
      var high = cumulative.count - 1
      while low < high {
        let middle = (low + high) / 2
        if cumulative[middle] > row { high = middle } else { low = middle + 1 }
      }
      counts[low] += 1
    }
  }
}
