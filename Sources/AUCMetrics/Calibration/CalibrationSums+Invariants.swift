extension CalibrationSums {
  /// Sums from their stored parts, after checking them as ``checkInvariants()`` does: what
  /// every decoder calls.
  ///
  /// - Throws: ``ScoreCounts/InvalidCounts`` naming the first broken invariant.
  /// - Complexity: O(K).
  internal init(
    binCount: Int, isWeighted: Bool, bins: [CalibrationBinSums], totals: CalibrationTotals
  ) throws(ScoreCounts.InvalidCounts) {
    guard (1...Self.maximumBinCount).contains(binCount) else {
      throw ScoreCounts.InvalidCounts("bin count \(binCount) is outside 1...\(Self.maximumBinCount)")
    }
    self.init(binCount: binCount)
    self.bins = bins
    self.totals = totals
    hasWeights = isWeighted
    try checkInvariants()
  }

  /// Throws unless these sums keep every invariant of recorded and merged sums:
  ///
  /// - one set of sums per bin, and the rows add up to at most 2^64 − 1;
  /// - every sum is a finite double-double ≥ 0 in normalised form (the tail at most half an
  ///   ulp of the head), and the weights add up to at most ``ScoreCounts/weightTotalLimit``;
  /// - a bin's score sum is at most its weight (scores are at most 1), give or take the
  ///   rounding of the sums;
  /// - unweighted, every bin's weight of each class is its whole number of rows, and the
  ///   rows of infinite loss are at most the rows.
  ///
  /// - Complexity: O(K).
  public func checkInvariants() throws(ScoreCounts.InvalidCounts) {
    guard bins.count == binCount else {
      throw ScoreCounts.InvalidCounts("\(bins.count) bins for a bin count of \(binCount)")
    }
    func check(_ value: DoubleDouble, _ what: String) throws(ScoreCounts.InvalidCounts) {
      guard value.head.isFinite, value.tail.isFinite, value.head >= 0,
        value.head + value.tail == value.head, value.head != 0 || value.tail == 0
      else {
        throw ScoreCounts.InvalidCounts(
          "\(what) (\(value.head), \(value.tail)) is not a finite normalised sum ≥ 0")
      }
    }
    var rows: UInt64 = 0
    for (index, bin) in bins.enumerated() {
      let (sum, overflow) = rows.addingReportingOverflow(bin.positiveRows)
      let (total, overflow2) = sum.addingReportingOverflow(bin.negativeRows)
      guard !overflow, !overflow2 else {
        throw ScoreCounts.InvalidCounts("the rows add up past 2^64 - 1")
      }
      rows = total
      try check(bin.positiveWeight, "the positive weight of bin \(index)")
      try check(bin.negativeWeight, "the negative weight of bin \(index)")
      try check(bin.scoreSum, "the score sum of bin \(index)")
      let weight = bin.weight
      guard bin.scoreSum.head <= weight.head * (1 + 0x1p-40) else {
        throw ScoreCounts.InvalidCounts(
          "bin \(index) sums scores to \(bin.scoreSum.value), above its weight \(weight.value)")
      }
      if !isWeighted {
        guard ScoreCounts.wholeCount(bin.positiveWeight) == bin.positiveRows,
          ScoreCounts.wholeCount(bin.negativeWeight) == bin.negativeRows
        else {
          throw ScoreCounts.InvalidCounts(
            "bin \(index) holds \(bin.positiveRows) and \(bin.negativeRows) unweighted rows but weights \(bin.positiveWeight.value) and \(bin.negativeWeight.value)"
          )
        }
      }
    }
    guard !ScoreCounts.exceedsWeightTotalLimit(totalWeight) else {
      throw ScoreCounts.InvalidCounts("the weights add up past \(ScoreCounts.weightTotalLimit)")
    }
    for (sum, what) in zip(
      totals.doubleDoubles,
      ["the squared error", "the absolute error", "the log loss", "the clipped log loss",
       "the sigmoid sum"])
    {
      try check(sum, what)
    }
    guard totals.infiniteLossRows <= rows else {
      throw ScoreCounts.InvalidCounts(
        "\(totals.infiniteLossRows) rows of infinite loss among \(rows) rows")
    }
    if rows == 0 {
      guard totals.doubleDoubles.allSatisfy(\.isZero) else {
        throw ScoreCounts.InvalidCounts("sums without rows")
      }
    }
  }
}
