extension GroupedScoreCounts {
  /// Merges the buffered rows into the entries: the rows are put in group order (one counting
  /// pass over the groups), each group's rows sorted by key (a radix sort, or an insertion
  /// sort of a few), their weights added up per key, and the result merged with the entries.
  ///
  /// - Complexity: O(r + e + g) for r buffered rows, e entries and g groups.
  internal mutating func mergePending() {
    guard !pendingKeys.isEmpty else { return }
    let groupCount = groupIDs.count
    let rowCount = pendingKeys.count
    // Counting sort by group: stable, so equal keys keep the order they came in.
    var starts = [Int](repeating: 0, count: groupCount + 1)
    for group in pendingGroups { starts[Int(group) + 1] &+= 1 }
    for group in 0..<groupCount { starts[group + 1] &+= starts[group] }
    var keys = [UInt64](repeating: 0, count: rowCount)
    var weights = [Double](repeating: 0, count: rowCount)
    var next = starts
    for row in 0..<rowCount {
      let group = Int(pendingGroups[row])
      keys[next[group]] = pendingKeys[row]
      weights[next[group]] = pendingWeights[row]
      next[group] &+= 1
    }
    pendingGroups.removeAll(keepingCapacity: true)
    pendingKeys.removeAll(keepingCapacity: true)
    pendingWeights.removeAll(keepingCapacity: true)
    var incoming = GroupEntries()
    incoming.starts.reserveCapacity(groupCount + 1)
    var keyScratch = [UInt64](repeating: 0, count: rowCount)
    var weightScratch = [Double](repeating: 0, count: rowCount)
    keys.withUnsafeMutableBufferPointer { keys in
      weights.withUnsafeMutableBufferPointer { weights in
        keyScratch.withUnsafeMutableBufferPointer { keyScratch in
          weightScratch.withUnsafeMutableBufferPointer { weightScratch in
            for group in 0..<groupCount {
              let run = starts[group]..<starts[group + 1]
              if run.count > 1 {
                RadixSort.sort(
                  keys: UnsafeMutableBufferPointer(rebasing: keys[run]),
                  payload: UnsafeMutableBufferPointer(rebasing: weights[run]),
                  keyScratch: UnsafeMutableBufferPointer(rebasing: keyScratch[run]),
                  payloadScratch: UnsafeMutableBufferPointer(rebasing: weightScratch[run]))
              }
              incoming.appendAddingUp(
                keys: UnsafeBufferPointer(rebasing: keys[run]),
                signedWeights: UnsafeBufferPointer(rebasing: weights[run]))
            }
          }
        }
      }
    }
    entries = entries.merged(
      with: incoming, groupNumbers: Array(0..<groupCount), groupCount: groupCount)
  }

  /// Adds every row of `other` to these counts, group by group: a group id in both holds the
  /// rows of both, as if one stream had recorded them.
  ///
  /// ```swift
  /// var first = GroupedScoreCounts()
  /// try first.record(scores: [0.9, 0.3], labels: [1, 0], groups: ["u1", "u1"])
  /// var second = GroupedScoreCounts()
  /// try second.record(scores: [0.5], labels: [0], groups: ["u1"])
  /// try first.merge(second)
  /// first.groupAUC.unweightedAUC   // Optional(1.0): 0.9 above both negatives
  /// ```
  ///
  /// - Throws: ``GroupedScoreCountsMergeError`` when the binnings differ or a count would
  ///   pass its limit; nothing changes then.
  /// - Complexity: O(e + f + g) for the entries and groups of both.
  public mutating func merge(_ other: GroupedScoreCounts) throws(GroupedScoreCountsMergeError) {
    guard binning == other.binning else {
      throw .binningMismatch(binning, other.binning)
    }
    guard !totalRows.addingReportingOverflow(other.totalRows).overflow,
      !ScoreCounts.exceedsWeightTotalLimit(weightTotal + other.weightTotal)
    else { throw .countOverflow }
    var other = other
    other.mergePending()
    mergePending()
    var groupNumbers: [Int] = []
    groupNumbers.reserveCapacity(other.groupIDs.count)
    var newIDs: [String] = []
    for id in other.groupIDs {
      if let known = numbers[id] {
        groupNumbers.append(known)
      } else {
        groupNumbers.append(groupIDs.count + newIDs.count)
        newIDs.append(id)
      }
    }
    guard groupIDs.count + newIDs.count <= Int(Int32.max) else { throw .countOverflow }
    for (offset, id) in newIDs.enumerated() { numbers[id] = groupIDs.count + offset }
    groupIDs.append(contentsOf: newIDs)
    positiveRowCounts.append(contentsOf: repeatElement(0, count: newIDs.count))
    negativeRowCounts.append(contentsOf: repeatElement(0, count: newIDs.count))
    for (otherGroup, group) in groupNumbers.enumerated() {
      positiveRowCounts[group] &+= other.positiveRowCounts[otherGroup]
      negativeRowCounts[group] &+= other.negativeRowCounts[otherGroup]
    }
    entries = entries.merged(
      with: other.entries, groupNumbers: groupNumbers, groupCount: groupIDs.count)
    totalRows &+= other.totalRows
    weightTotal += other.weightTotal
    isWeighted = isWeighted || other.isWeighted
  }
}

/// Why two ``GroupedScoreCounts`` cannot be merged.
public enum GroupedScoreCountsMergeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The counts bin their scores differently.
  case binningMismatch(ScoreBinning, ScoreBinning)
  /// The rows, the groups or the weights of both would pass their limits (2^64 − 1 rows,
  /// 2^31 − 1 groups, the largest double).
  case countOverflow

  public var description: String {
    switch self {
    case .binningMismatch(let mine, let theirs):
      return "the counts bin differently (\(mine) and \(theirs))"
    case .countOverflow:
      return "the merged counts would pass a limit (2^64 - 1 rows, 2^31 - 1 groups, or the largest double in weights)"
    }
  }
}
