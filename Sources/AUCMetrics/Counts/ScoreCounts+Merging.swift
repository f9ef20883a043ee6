extension ScoreCounts {
  /// Why two counts cannot be merged.
  public enum MergeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Linear bins merge only with linear bins of the same threshold count: their bins and
    /// exact scores or logarithmic bins do not nest.
    case incompatibleBinning(ScoreBinning, ScoreBinning)
    /// The merged row count would pass 2^64 − 1.
    case countOverflow
    /// The merged weights would add up to more than ``ScoreCounts/weightTotalLimit`` (the
    /// largest double).
    case weightTotalOverflow

    public var description: String {
      switch self {
      case .incompatibleBinning(let mine, let theirs):
        return "cannot merge counts binned \(mine) with counts binned \(theirs)"
      case .countOverflow:
        return "the merged row count would pass 2^64 - 1"
      case .weightTotalOverflow:
        let limit = ScoreCounts.weightTotalLimit
        return "the merged weights would add up to more than the largest double (\(limit))"
      }
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
  ///   the same linear bins; ``MergeError/countOverflow``;
  ///   ``MergeError/weightTotalOverflow``.
  /// - Complexity: O(m + m′ + r) for m and m′ groups and r buffered rows.
  public mutating func merge(_ other: ScoreCounts) throws(MergeError) {
    let (newRowCount, overflow) = rowCount.addingReportingOverflow(other.rowCount)
    guard !overflow else { throw .countOverflow }
    let mergedTotal = positiveTotal + negativeTotal + other.positiveTotal + other.negativeTotal
    guard !Self.exceedsWeightTotalLimit(mergedTotal) else {
      throw .weightTotalOverflow
    }
    var other = other.normalized()
    let targetShift: Int
    switch (binning, other.binning) {
    case (.linear(let mine), .linear(let theirs)) where mine == theirs:
      targetShift = 0
    case (.linear, _), (_, .linear):
      throw .incompatibleBinning(binning, other.binning)
    default:
      targetShift = Swift.max(binning.keyShift, other.binning.keyShift)
    }
    mergePending()
    coarsen(toKeyShift: targetShift)
    other.coarsen(toKeyShift: targetShift)
    switchedFromExact = switchedFromExact || other.switchedFromExact
    entries = Self.merged(entries, other.entries)
    positiveTotal += other.positiveTotal
    negativeTotal += other.negativeTotal
    rows = newRowCount
    applyMemoryBudget()
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
    var incoming: [Entry] = []
    incoming.reserveCapacity(pendingPositives.count + pendingNegatives.count)
    var positiveIndex = 0
    var negativeIndex = 0
    while positiveIndex < pendingPositives.count || negativeIndex < pendingNegatives.count {
      let positiveKey =
        positiveIndex < pendingPositives.count ? pendingPositives.keys[positiveIndex] : nil
      let negativeKey =
        negativeIndex < pendingNegatives.count ? pendingNegatives.keys[negativeIndex] : nil
      let key = Swift.min(positiveKey ?? .max, negativeKey ?? .max)
      var entry = Entry(key: key, positive: .zero, negative: .zero)
      if positiveKey == key {
        (entry.positive, positiveIndex) = pendingPositives.run(at: positiveIndex)
      }
      if negativeKey == key {
        (entry.negative, negativeIndex) = pendingNegatives.run(at: negativeIndex)
      }
      incoming.append(entry)
    }
    pendingPositives = PendingRows()
    pendingNegatives = PendingRows()
    entries = Self.merged(entries, incoming)
    applyMemoryBudget()
  }

  /// Two ascending entry arrays merged into one, weights of equal keys added.
  internal static func merged(_ first: [Entry], _ second: [Entry]) -> [Entry] {
    if first.isEmpty { return second }
    if second.isEmpty { return first }
    var result: [Entry] = []
    result.reserveCapacity(first.count + second.count)
    var firstIndex = 0
    var secondIndex = 0
    while firstIndex < first.count && secondIndex < second.count {
      let left = first[firstIndex]
      let right = second[secondIndex]
      if left.key < right.key {
        result.append(left)
        firstIndex += 1
      } else if right.key < left.key {
        result.append(right)
        secondIndex += 1
      } else {
        result.append(
          Entry(
            key: left.key, positive: left.positive + right.positive,
            negative: left.negative + right.negative))
        firstIndex += 1
        secondIndex += 1
      }
    }
    result.append(contentsOf: first[firstIndex...])
    result.append(contentsOf: second[secondIndex...])
    return result
  }

  /// Moves exact or logarithmic entries to the logarithmic bins whose keys are the exact keys
  /// shifted right by `shift`; does nothing if they are already that coarse.
  internal mutating func coarsen(toKeyShift shift: Int) {
    let currentShift = binning.keyShift
    guard shift > currentShift else { return }
    mergePending()
    let step = UInt64(shift - currentShift)
    let keptCount = entries.withUnsafeMutableBufferPointer { entries in
      var write = -1
      for read in entries.indices {
        var entry = entries[read]
        entry.key &>>= step
        if write >= 0 && entries[write].key == entry.key {
          entries[write].positive += entry.positive
          entries[write].negative += entry.negative
        } else {
          write += 1
          entries[write] = entry
        }
      }
      return write + 1
    }
    entries.removeSubrange(keptCount...)
    currentBinning = .logarithmic(keyShift: shift)
  }
}
