extension ScoreCounts {
  /// The keys of the first and the last group, or `nil` without groups. A group's key is its
  /// bin's number under ``binning`` (the score's order-preserving key, shifted right for
  /// log bins).
  ///
  /// - Precondition: no rows are buffered (``flush()`` first).
  /// - Complexity: O(1)
  public var occupiedKeys: ClosedRange<UInt64>? {
    precondition(pendingPositives.isEmpty && pendingNegatives.isEmpty, "flush first")
    if weighted {
      guard let first = weightEntries.first, let last = weightEntries.last else { return nil }
      return first.key...last.key
    }
    guard let first = countEntries.first, let last = countEntries.last else { return nil }
    return first.key...last.key
  }

  /// The rows of every bin with a key in `keys`, one element a key, zeros where no score
  /// fell: the dense form that processes sum element by element (an MPI all-reduce) to add
  /// up log-binned counts.
  ///
  /// ```swift
  /// var counts = ScoreCounts(binning: .logarithmic(subBinsPerOctave: 4))
  /// try counts.record(scores: [0.4, 0.25, 0.3], labels: [1, 0, 0])
  /// counts.flush()
  /// let keys = counts.occupiedKeys!   // 3 keys: 0.25 and 0.3 share the first bin
  /// let dense = counts.denseBinCounts(keys: keys)
  /// // dense.positives == [0, 0, 1], dense.negatives == [2, 0, 0]
  /// ```
  ///
  /// - Precondition: unweighted, no rows buffered, and every group's key in `keys`.
  /// - Complexity: O(k + m) for k keys and m groups.
  public func denseBinCounts(keys: ClosedRange<UInt64>) -> (
    positives: [UInt64], negatives: [UInt64]
  ) {
    precondition(!weighted, "weighted counts have no whole counts")
    precondition(pendingPositives.isEmpty && pendingNegatives.isEmpty, "flush first")
    let width = Int(keys.upperBound - keys.lowerBound) + 1
    var positives = [UInt64](repeating: 0, count: width)
    var negatives = [UInt64](repeating: 0, count: width)
    for entry in countEntries {
      precondition(keys.contains(entry.key), "group key \(entry.key) outside \(keys)")
      let index = Int(entry.key - keys.lowerBound)
      positives[index] = entry.positive
      negatives[index] = entry.negative
    }
    return (positives, negatives)
  }

  /// Unweighted counts from dense bins (``denseBinCounts(keys:)``, or sums of several):
  /// element `i` holds the rows of the bin with key `keys.lowerBound + i`.
  ///
  /// ```swift
  /// let summed = try ScoreCounts(
  ///   binning: .logarithmic(subBinsPerOctave: 4), keys: keys,
  ///   positiveCounts: [0, 0, 1], negativeCounts: [2, 0, 0])
  /// summed == counts        // true, for the counts of the example above
  /// summed.summary.rocAUC   // Optional(1.0)
  /// ```
  ///
  /// - Throws: ``InvalidCounts`` when the arrays do not have one element a key, a key is not
  ///   a bin of `binning`, or the rows add up past 2^64 − 1.
  /// - Complexity: O(k) for k keys.
  public init(
    binning: ScoreBinning, keys: ClosedRange<UInt64>, positiveCounts: [UInt64],
    negativeCounts: [UInt64]
  ) throws(InvalidCounts) {
    let width = keys.upperBound - keys.lowerBound
    guard width < UInt64(Int.max), positiveCounts.count == Int(width) + 1,
      negativeCounts.count == positiveCounts.count
    else {
      throw InvalidCounts(
        "\(positiveCounts.count) positive and \(negativeCounts.count) negative counts for the keys \(keys)"
      )
    }
    var positiveRows: UInt64 = 0
    var negativeRows: UInt64 = 0
    var overflow = false
    for index in positiveCounts.indices {
      let positive = positiveRows.addingReportingOverflow(positiveCounts[index])
      let negative = negativeRows.addingReportingOverflow(negativeCounts[index])
      overflow = overflow || positive.overflow || negative.overflow
      (positiveRows, negativeRows) = (positive.partialValue, negative.partialValue)
    }
    guard !overflow else { throw InvalidCounts("the counts add up past 2^64 - 1") }
    var check = try CountsInvariantCheck(
      binning: binning, memoryBudget: nil, switchedFromExact: false, weighted: false,
      positiveRows: positiveRows, negativeRows: negativeRows)
    self.init(binning: binning)
    self.positiveRows = positiveRows
    self.negativeRows = negativeRows
    for index in positiveCounts.indices
    where positiveCounts[index] != 0 || negativeCounts[index] != 0 {
      let entry = CountEntry(
        key: keys.lowerBound + UInt64(index), positive: positiveCounts[index],
        negative: negativeCounts[index])
      try check.add(entry)
      countEntries.append(entry)
    }
    try check.finish()
  }
}
