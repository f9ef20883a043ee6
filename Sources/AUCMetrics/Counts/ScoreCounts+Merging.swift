extension ScoreCounts {
  /// Why two counts cannot be merged.
  public enum MergeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Linear bins merge only with linear bins of the same threshold count: their bins and
    /// exact scores or logarithmic bins do not nest.
    case incompatibleBinning(ScoreBinning, ScoreBinning)
    /// The merged row count would pass 2^64 − 1.
    case countOverflow
    /// The merged weight totals would be too large to multiply (their product times 2 would
    /// pass the largest double), as no counts may hold.
    case weightOverflow

    public var description: String {
      switch self {
      case .incompatibleBinning(let mine, let theirs):
        return "cannot merge counts binned \(mine) with counts binned \(theirs)"
      case .countOverflow:
        return "the merged row count would pass 2^64 - 1"
      case .weightOverflow:
        return "the merged weights would be too large to multiply"
      }
    }

    /// Throws ``weightOverflow`` unless weight totals of `positive` and `negative` are ones
    /// that counts may hold: twice their product is finite (see ``checkInvariants()``).
    internal static func checkWeights(_ positive: Double, _ negative: Double) throws(MergeError) {
      guard (2 * positive * negative).isFinite else { throw .weightOverflow }
    }
  }

  /// Adds the rows of `other`, or throws and changes nothing.
  ///
  /// Exact counts merge exactly: the result does not depend on how the rows were split or in
  /// which order the parts are merged. Logarithmic bins nest, so exact counts merged with
  /// logarithmic ones, or two logarithmic resolutions, meet at the coarser of the two; then
  /// the result is that of binning every row at that resolution.
  ///
  /// ```swift
  /// var total = ScoreCounts()
  /// for shard in shards { try total.merge(shard) }
  /// ```
  ///
  /// - Throws: ``MergeError/incompatibleBinning(_:_:)`` for linear bins against anything but
  ///   the same linear bins; ``MergeError/countOverflow``; ``MergeError/weightOverflow``.
  /// - Complexity: O(m + m′ + r) for m and m′ groups and r buffered rows.
  public mutating func merge(_ other: ScoreCounts) throws(MergeError) {
    // Each class holds at most the total, so neither class can wrap when the total does not.
    guard !rowCount.addingReportingOverflow(other.rowCount).overflow else {
      throw .countOverflow
    }
    if weighted || other.weighted {
      try MergeError.checkWeights(
        (positiveWeightTotal + other.positiveWeightTotal).head,
        (negativeWeightTotal + other.negativeWeightTotal).head)
    }
    var other = other.normalized()
    let targetShift = try Self.mergedKeyShift(binning, other.binning)
    mergePending()
    coarsen(toKeyShift: targetShift)
    other.coarsen(toKeyShift: targetShift)
    switchedFromExact = switchedFromExact || other.switchedFromExact
    if weighted || other.weighted {
      makeWeighted()
      other.makeWeighted()
      weightEntries = .merged(weightEntries, other.weightEntries)
      positiveTotal += other.positiveTotal
      negativeTotal += other.negativeTotal
    } else {
      countEntries = .merged(countEntries, other.countEntries)
    }
    positiveRows &+= other.positiveRows
    negativeRows &+= other.negativeRows
    applyMemoryBudget()
  }

  /// The total weight of each class: of the rows, when unweighted.
  internal var positiveWeightTotal: DoubleDouble {
    weighted ? positiveTotal : DoubleDouble(exactly: positiveRows)
  }
  internal var negativeWeightTotal: DoubleDouble {
    weighted ? negativeTotal : DoubleDouble(exactly: negativeRows)
  }

  /// The key shift two binnings meet at when merged: that of the coarser of two exact or
  /// logarithmic binnings, 0 for the same linear bins.
  ///
  /// - Throws: ``MergeError/incompatibleBinning(_:_:)`` for linear bins against anything
  ///   but the same linear bins.
  internal static func mergedKeyShift(_ mine: ScoreBinning, _ theirs: ScoreBinning)
    throws(MergeError) -> Int
  {
    switch (mine, theirs) {
    case (.linear(let left), .linear(let right)) where left == right:
      return 0
    case (.linear, _), (_, .linear):
      throw .incompatibleBinning(mine, theirs)
    default:
      return Swift.max(mine.keyShift, theirs.keyShift)
    }
  }

  /// The union of `self` and `other`.
  ///
  /// - Complexity: O(m + m′ + r).
  public func merging(_ other: ScoreCounts) throws(MergeError) -> ScoreCounts {
    var copy = self
    try copy.merge(other)
    return copy
  }

  /// Sorts the buffered rows and merges them into the entries.
  @usableFromInline
  internal mutating func mergePending() {
    if pendingPositives.isEmpty && pendingNegatives.isEmpty { return }
    pendingPositives.sort()
    pendingNegatives.sort()
    if weighted {
      let incoming: [WeightEntry] = Self.groups(pendingPositives, pendingNegatives) {
        $0.run(at: $1)
      }
      weightEntries = .merged(weightEntries, incoming)
    } else {
      let incoming: [CountEntry] = Self.groups(pendingPositives, pendingNegatives) {
        $0.count(at: $1)
      }
      countEntries = .merged(countEntries, incoming)
    }
    pendingPositives = PendingRows()
    pendingNegatives = PendingRows()
    applyMemoryBudget()
  }

  /// The groups of sorted buffered rows, ascending by key; `run` gives the weight of the run
  /// of equal keys at an index and the index after it.
  private static func groups<Entry: CountsEntry>(
    _ positives: PendingRows, _ negatives: PendingRows,
    run: (PendingRows, Int) -> (Entry.Weight, Int)
  ) -> [Entry] {
    var incoming: [Entry] = []
    incoming.reserveCapacity(positives.count + negatives.count)
    var positiveIndex = 0
    var negativeIndex = 0
    while positiveIndex < positives.count || negativeIndex < negatives.count {
      let positiveKey = positiveIndex < positives.count ? positives.keys[positiveIndex] : nil
      let negativeKey = negativeIndex < negatives.count ? negatives.keys[negativeIndex] : nil
      let key = Swift.min(positiveKey ?? .max, negativeKey ?? .max)
      var entry = Entry(key: key, positive: .zero, negative: .zero)
      if positiveKey == key {
        (entry.positive, positiveIndex) = run(positives, positiveIndex)
      }
      if negativeKey == key {
        (entry.negative, negativeIndex) = run(negatives, negativeIndex)
      }
      incoming.append(entry)
    }
    return incoming
  }

  /// Moves exact or logarithmic entries to the logarithmic bins whose keys are the exact keys
  /// shifted right by `shift`; does nothing if they are already that coarse.
  internal mutating func coarsen(toKeyShift shift: Int) {
    let currentShift = binning.keyShift
    guard shift > currentShift else { return }
    mergePending()
    let step = UInt64(shift - currentShift)
    if weighted {
      weightEntries.coarsen(byShifting: step)
    } else {
      countEntries.coarsen(byShifting: step)
    }
    currentBinning = .logarithmic(keyShift: shift)
  }
}
