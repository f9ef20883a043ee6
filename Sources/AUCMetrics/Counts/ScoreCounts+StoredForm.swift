extension ScoreCounts {
  /// Counts from the parts of a stored form, after checking them as ``checkInvariants()``
  /// does: what a decoder of a serialised form calls.
  ///
  /// Each group's weight per class is `weights[i] + weightTails[i]` (the tails default to 0).
  /// Unweighted counts take each weight as a whole count, which it must be.
  ///
  /// ```swift
  /// let counts = try ScoreCounts(
  ///   binning: .exact, positiveRowCount: 1, negativeRowCount: 2, isWeighted: false,
  ///   keys: [keyOfMinusOne, keyOfHalf], positiveWeights: [0, 1], negativeWeights: [2, 0])
  /// ```
  ///
  /// - Throws: ``InvalidCounts`` naming the first broken invariant.
  /// - Complexity: O(m) for m groups.
  public init(
    binning: ScoreBinning, memoryBudget: Int? = nil, switchedFromExact: Bool = false,
    positiveRowCount: UInt64, negativeRowCount: UInt64, isWeighted: Bool,
    keys: [UInt64], positiveWeights: [Double], negativeWeights: [Double],
    positiveWeightTails: [Double]? = nil, negativeWeightTails: [Double]? = nil
  ) throws(InvalidCounts) {
    var check = try CountsInvariantCheck(
      binning: binning, memoryBudget: memoryBudget, switchedFromExact: switchedFromExact,
      weighted: isWeighted, positiveRows: positiveRowCount, negativeRows: negativeRowCount)
    let count = keys.count
    for (array, name) in [
      (positiveWeights, "positive weights"), (negativeWeights, "negative weights"),
      (positiveWeightTails ?? keys.map { _ in 0 }, "positive weight tails"),
      (negativeWeightTails ?? keys.map { _ in 0 }, "negative weight tails"),
    ] where array.count != count {
      throw InvalidCounts("\(count) keys but \(array.count) \(name)")
    }
    self.init(binning: binning, memoryBudget: memoryBudget)
    self.switchedFromExact = switchedFromExact
    positiveRows = positiveRowCount
    negativeRows = negativeRowCount
    func weight(_ heads: [Double], _ tails: [Double]?, _ index: Int) -> DoubleDouble {
      DoubleDouble(head: heads[index], tail: tails?[index] ?? 0)
    }
    if isWeighted {
      weighted = true
      weightEntries.reserveCapacity(count)
      for index in 0..<count {
        let entry = WeightEntry(
          key: keys[index], positive: weight(positiveWeights, positiveWeightTails, index),
          negative: weight(negativeWeights, negativeWeightTails, index))
        try check.add(entry)
        weightEntries.append(entry)
      }
      // The check adds the weights up, in order.
      positiveTotal = check.positiveWeight
      negativeTotal = check.negativeWeight
    } else {
      countEntries.reserveCapacity(count)
      for index in 0..<count {
        let positive = weight(positiveWeights, positiveWeightTails, index)
        let negative = weight(negativeWeights, negativeWeightTails, index)
        guard let positiveCount = Self.wholeCount(positive),
          let negativeCount = Self.wholeCount(negative)
        else {
          throw InvalidCounts(
            "group \(index) has weights \(positive.value) and \(negative.value), not whole counts of unweighted rows"
          )
        }
        let entry = CountEntry(key: keys[index], positive: positiveCount, negative: negativeCount)
        try check.add(entry)
        countEntries.append(entry)
      }
    }
    try check.finish()
  }

  /// Calls `body` with every group in ascending key order: its key and each class's weight
  /// as a double and its low-order part (0 but for sums that need more than 53 bits), as a
  /// serialiser stores them.
  ///
  /// Keys are those of the binning: the bin for linear bins, else the order-preserving
  /// 64-bit key of the score (shifted right for logarithmic bins).
  ///
  /// - Complexity: O(m) for m groups, plus O(r) to merge r buffered rows first (into a copy).
  public func forEachStoredGroup(
    _ body: (_ key: UInt64, _ positive: (Double, Double), _ negative: (Double, Double)) -> Void
  ) {
    let counts = normalized()
    if counts.weighted {
      for entry in counts.weightEntries {
        body(
          entry.key, (entry.positive.head, entry.positive.tail),
          (entry.negative.head, entry.negative.tail))
      }
    } else {
      for entry in counts.countEntries {
        let positive = DoubleDouble(exactly: entry.positive)
        let negative = DoubleDouble(exactly: entry.negative)
        body(entry.key, (positive.head, positive.tail), (negative.head, negative.tail))
      }
    }
  }
}

extension ScoreCounts {
  /// The rows that stored groups of unweighted counts add up to in each class: the sums of
  /// `weights[i] + weightTails[i]`, each a whole count. `nil` when a weight is no whole count
  /// in `0...(2^64 − 1)`, a sum passes 2^64 − 1, or the arrays differ in length.
  ///
  /// ```swift
  /// let rows = ScoreCounts.wholeRowCounts(
  ///   positiveWeights: [1, 0], negativeWeights: [2, 1])   // (positive: 1, negative: 3)
  /// ```
  ///
  /// - Complexity: O(m) for m groups.
  public static func wholeRowCounts(
    positiveWeights: [Double], negativeWeights: [Double],
    positiveWeightTails: [Double]? = nil, negativeWeightTails: [Double]? = nil
  ) -> (positive: UInt64, negative: UInt64)? {
    func sum(_ heads: [Double], _ tails: [Double]?) -> UInt64? {
      guard tails.map({ $0.count == heads.count }) ?? true else { return nil }
      var total: UInt64 = 0
      for index in heads.indices {
        guard let count = wholeCount(DoubleDouble(head: heads[index], tail: tails?[index] ?? 0))
        else { return nil }
        let (next, overflow) = total.addingReportingOverflow(count)
        if overflow { return nil }
        total = next
      }
      return total
    }
    guard let positive = sum(positiveWeights, positiveWeightTails),
      let negative = sum(negativeWeights, negativeWeightTails)
    else { return nil }
    return (positive, negative)
  }
}
