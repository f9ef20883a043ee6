extension ScoreCounts {
  /// Why stored counts are not counts that recording and merging could have produced.
  public struct InvalidCounts: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `the counts hold 52 positive rows, but their groups add up to 1`.
    public var description: String

    internal init(_ description: String) { self.description = description }
  }

  /// Throws unless these counts keep every invariant of recorded and merged counts: the
  /// checks every decoder runs on what it decoded.
  ///
  /// - Keys strictly ascend and lie within the binning: bins `0...T` for linear bins, the
  ///   keys of finite numbers (−0.0 read as +0.0) when exact, and those shifted for
  ///   logarithmic bins.
  /// - Unweighted: every group holds a row, and the groups add up to the rows of each class.
  /// - Weighted: every weight is a finite number ≥ 0 in normalised double-double form; no more
  ///   groups than rows, no more groups with weight in a class than rows of that class, and
  ///   the weights add up to at most ``ScoreCounts/weightTotalLimit``.
  /// - The binning and budget are valid, the rows add up to at most 2^64 − 1, and only
  ///   logarithmic bins can have switched from exact counting.
  ///
  /// - Complexity: O(m) for m groups.
  public func checkInvariants() throws(InvalidCounts) {
    let counts = normalized()
    var check = try CountsInvariantCheck(
      binning: counts.binning, memoryBudget: counts.memoryBudget,
      switchedFromExact: counts.switchedFromExact, weighted: counts.weighted,
      positiveRows: counts.positiveRows, negativeRows: counts.negativeRows)
    if counts.weighted {
      guard counts.countEntries.isEmpty else { throw InvalidCounts("weights and counts both held") }
      for entry in counts.weightEntries { try check.add(entry) }
    } else {
      guard counts.weightEntries.isEmpty else {
        throw InvalidCounts("weights and counts both held")
      }
      for entry in counts.countEntries { try check.add(entry) }
    }
    try check.finish()
  }
}

/// The invariants of ``ScoreCounts``, checked one group at a time, so that a decoder can check
/// a stream of groups it does not keep as well as counts it holds.
internal struct CountsInvariantCheck {
  let binning: ScoreBinning
  let weighted: Bool
  let positiveRows: UInt64
  let negativeRows: UInt64
  let keyRange: ClosedRange<UInt64>
  /// The key no group has: that of −0.0 when exact, else one past the range.
  let forbiddenKey: UInt64
  private(set) var groupCount: UInt64 = 0
  private var previousKey: UInt64 = 0
  private var positiveSum: UInt64 = 0
  private var negativeSum: UInt64 = 0
  private var positiveGroups: UInt64 = 0
  private var negativeGroups: UInt64 = 0
  private var sumOverflow = false
  /// The weights of the weighted groups checked so far, added in order.
  private(set) var positiveWeight = DoubleDouble.zero
  private(set) var negativeWeight = DoubleDouble.zero

  /// Checks the parameters of the counts; then each group goes through `add(_:)`.
  init(
    binning: ScoreBinning, memoryBudget: Int?, switchedFromExact: Bool, weighted: Bool,
    positiveRows: UInt64, negativeRows: UInt64
  ) throws(ScoreCounts.InvalidCounts) {
    guard binning.isValid else { throw .init("the binning \(binning) is not valid") }
    if let memoryBudget, memoryBudget < 1 << 16 {
      throw .init("the memory budget \(memoryBudget) is below 64 KiB")
    }
    if switchedFromExact, case .logarithmic = binning {
    } else if switchedFromExact {
      throw .init("counts binned \(binning) cannot have switched from exact counting")
    }
    guard !positiveRows.addingReportingOverflow(negativeRows).overflow else {
      throw .init(
        "\(positiveRows) positive and \(negativeRows) negative rows add up past 2^64 - 1")
    }
    self.binning = binning
    self.weighted = weighted
    self.positiveRows = positiveRows
    self.negativeRows = negativeRows
    self.keyRange = Self.keyRange(of: binning)
    self.forbiddenKey = binning.isExact ? Self.negativeZeroKey : .max
  }

  /// The keys a group can have under `binning`.
  static func keyRange(of binning: ScoreBinning) -> ClosedRange<UInt64> {
    let finite = ScoreKey.key(-.greatestFiniteMagnitude)...ScoreKey.key(.greatestFiniteMagnitude)
    switch binning {
    case .exact: return finite
    case .logarithmic:
      let shift = UInt64(binning.keyShift)
      return (finite.lowerBound &>> shift)...(finite.upperBound &>> shift)
    case .linear(let thresholdCount): return 0...UInt64(thresholdCount)
    }
  }

  /// The key of −0.0, which no exact group has: −0.0 is counted as +0.0.
  static let negativeZeroKey: UInt64 = (1 << 63) - 1

  @inline(__always)
  private mutating func addKey(_ key: UInt64) throws(ScoreCounts.InvalidCounts) {
    let index = groupCount
    guard index == 0 || previousKey < key else {
      throw .init("group \(index) has key \(key), not above the key \(previousKey) before it")
    }
    guard keyRange.contains(key), key != forbiddenKey else {
      throw .init("group \(index) has key \(key), which no score has under \(binning)")
    }
    previousKey = key
    groupCount = index &+ 1
  }

  /// Checks the next group of unweighted counts.
  @inline(__always)
  mutating func add(_ entry: CountEntry) throws(ScoreCounts.InvalidCounts) {
    let index = groupCount
    guard !weighted else { throw .init("group \(index) holds a count in weighted counts") }
    try addKey(entry.key)
    guard entry.positive != 0 || entry.negative != 0 else {
      throw .init("group \(index) holds no rows")
    }
    let (positives, positiveOverflow) = positiveSum.addingReportingOverflow(entry.positive)
    let (negatives, negativeOverflow) = negativeSum.addingReportingOverflow(entry.negative)
    sumOverflow = sumOverflow || positiveOverflow || negativeOverflow
    positiveSum = positives
    negativeSum = negatives
  }

  /// Checks the next group of weighted counts.
  mutating func add(_ entry: WeightEntry) throws(ScoreCounts.InvalidCounts) {
    let index = groupCount
    guard weighted else { throw .init("group \(index) holds a weight in unweighted counts") }
    try addKey(entry.key)
    for (weight, name) in [(entry.positive, "positive"), (entry.negative, "negative")] {
      let normal = DoubleDouble.quickTwoSum(weight.head, weight.tail)
      guard weight.head.isFinite, weight.tail.isFinite, weight.head >= 0, weight.value >= 0,
        normal.head == weight.head, normal.tail == weight.tail
      else {
        throw .init(
          "group \(index) has \(name) weight \(weight.head) + \(weight.tail), not a finite number ≥ 0"
        )
      }
    }
    if !entry.positive.isZero { positiveGroups &+= 1 }
    if !entry.negative.isZero { negativeGroups &+= 1 }
    positiveWeight += entry.positive
    negativeWeight += entry.negative
  }

  /// Checks what only the whole set of groups shows: the rows they add up to.
  func finish() throws(ScoreCounts.InvalidCounts) {
    let rows = positiveRows &+ negativeRows
    guard groupCount <= rows else {
      throw .init("the counts hold \(rows) rows, but \(groupCount) groups")
    }
    if weighted {
      for (groups, rows, name) in [
        (positiveGroups, positiveRows, "positive"), (negativeGroups, negativeRows, "negative"),
      ] where groups > rows {
        throw .init(
          "the counts hold \(rows) \(name) rows, but \(groups) groups have \(name) weight")
      }
      // As recording and merging keep them: every sum of the weights is a finite double.
      if ScoreCounts.exceedsWeightTotalLimit(positiveWeight + negativeWeight) {
        throw .init(
          "the weights add up to more than the largest double (\(ScoreCounts.weightTotalLimit))")
      }
    } else if sumOverflow {
      throw .init(
        "the counts hold \(positiveRows) positive and \(negativeRows) negative rows, but their groups add up past 2^64 - 1"
      )
    } else if positiveSum != positiveRows || negativeSum != negativeRows {
      throw .init(
        "the counts hold \(positiveRows) positive and \(negativeRows) negative rows, but their groups add up to \(positiveSum) and \(negativeSum)"
      )
    }
  }
}
