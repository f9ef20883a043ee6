extension ScoreHistogram {
  /// Throws unless this histogram keeps the invariants every decoder checks: T from 1 to
  /// ``maximumThresholdCount``, T + 1 bins per class, and class totals that are the sums of
  /// their bins and add up to at most 2^64 − 1.
  ///
  /// A histogram made by this library always keeps them; decoders build theirs through
  /// ``init(thresholdCount:positiveCounts:negativeCounts:)``, which checks the same.
  ///
  /// ```swift
  /// try ScoreHistogram(thresholdCount: 10).checkInvariants()   // does not throw
  /// ```
  ///
  /// - Throws: ``CountsError``.
  /// - Complexity: O(T)
  public func checkInvariants() throws(CountsError) {
    guard counts.count == 2 &* binCount else {
      throw .binCount(positives: counts.count - binCount, negatives: binCount)
    }
    let totals = try Self.classTotals(
      positiveCounts: positiveCounts, negativeCounts: negativeCounts)
    guard totals.positive == positiveTotal, totals.negative == negativeTotal else {
      throw .classTotals(positive: positiveTotal, negative: negativeTotal)
    }
  }

  /// Creates a histogram from a stored threshold count and per-bin counts, bin 0 first: what
  /// every decoder of a stored histogram calls.
  ///
  /// ```swift
  /// let histogram = try ScoreHistogram(
  ///   thresholdCount: 1, positiveCounts: [0, 2], negativeCounts: [1, 0])
  /// histogram.rocAUC   // Optional(1.0)
  /// ```
  ///
  /// - Throws: ``CountsError/thresholdCount(_:binCount:)`` when the arrays do not have
  ///   `thresholdCount + 1` bins, and the errors of ``init(positiveCounts:negativeCounts:)``.
  /// - Complexity: O(T)
  public init(thresholdCount: Int, positiveCounts: [UInt64], negativeCounts: [UInt64])
    throws(CountsError)
  {
    guard positiveCounts.count == thresholdCount &+ 1 else {
      throw .thresholdCount(thresholdCount, binCount: positiveCounts.count)
    }
    try self.init(positiveCounts: positiveCounts, negativeCounts: negativeCounts)
  }

  /// The class totals of per-bin counts, checked: equal numbers of bins, 2 to
  /// ``maximumThresholdCount`` + 1 of them, and totals within 2^64 − 1 together.
  internal static func classTotals<Counts: Collection<UInt64>>(
    positiveCounts: Counts, negativeCounts: Counts
  ) throws(CountsError) -> (positive: UInt64, negative: UInt64) {
    guard positiveCounts.count == negativeCounts.count,
      (2...(maximumThresholdCount + 1)).contains(positiveCounts.count)
    else {
      throw .binCount(positives: positiveCounts.count, negatives: negativeCounts.count)
    }
    guard let positive = checkedSum(positiveCounts), let negative = checkedSum(negativeCounts),
      !positive.addingReportingOverflow(negative).overflow
    else { throw .countOverflow }
    return (positive, negative)
  }

  private static func checkedSum<Counts: Collection<UInt64>>(_ values: Counts) -> UInt64? {
    var total: UInt64 = 0
    for value in values {
      let (sum, overflow) = total.addingReportingOverflow(value)
      if overflow { return nil }
      total = sum
    }
    return total
  }
}
