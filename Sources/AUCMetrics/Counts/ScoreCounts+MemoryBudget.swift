extension ScoreCounts {
  /// The most entries the budget allows.
  ///
  /// A merge of r buffered rows into m entries holds the old entries, up to r incoming ones
  /// and the merged array at once: at most 2 · s · (m + r) bytes for entries of s bytes (24
  /// for counts, 40 for weights). So m + r stays below a budget's worth of 2s-byte units,
  /// with r at most an eighth of them.
  internal var entryLimit: Int? {
    guard let memoryBudget else { return nil }
    return Swift.max(16, memoryBudget / (2 * entryStride) - pendingLimit)
  }

  /// Moves to coarser logarithmic bins when the entries outgrow the budget, so that they fill
  /// at most half of it and later rows have room.
  internal mutating func applyMemoryBudget() {
    guard let limit = entryLimit, entryCount > limit else { return }
    if case .linear = binning { return }  // at most T + 1 entries; nothing coarser exists
    let currentShift = binning.keyShift
    if binning.isExact { switchedFromExact = true }
    let extraShift =
      weighted
      ? Self.smallestShift(weightEntries, fittingIn: limit / 2)
      : Self.smallestShift(countEntries, fittingIn: limit / 2)
    coarsen(toKeyShift: Swift.min(52, currentShift + extraShift))
    // Give back the memory the finer entries held.
    if weightEntries.capacity > 2 * weightEntries.count { weightEntries = Array(weightEntries) }
    if countEntries.capacity > 2 * countEntries.count { countEntries = Array(countEntries) }
  }

  /// The smallest right shift of the keys that leaves at most `target` distinct keys.
  ///
  /// Two neighbouring keys fall together under a shift of d exactly when their highest
  /// differing bit is below d, so one pass that counts those bit positions gives the number
  /// of groups for every shift at once.
  internal static func smallestShift<Entry: CountsEntry>(
    _ entries: [Entry], fittingIn target: Int
  ) -> Int {
    var highestDifferingBit = [Int](repeating: 0, count: 64)
    for index in entries.indices.dropFirst() {
      let difference = entries[index - 1].key ^ entries[index].key
      highestDifferingBit[63 - difference.leadingZeroBitCount] += 1
    }
    var groups = entries.isEmpty ? 0 : 1
    // groups(d) = 1 + #{neighbours whose highest differing bit ≥ d}; find the smallest d.
    var shift = 64
    while shift > 0 && groups + highestDifferingBit[shift - 1] <= target {
      groups += highestDifferingBit[shift - 1]
      shift -= 1
    }
    return shift
  }
}
