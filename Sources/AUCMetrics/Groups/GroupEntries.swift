/// The merged counts of every group, as one table: for group number g, the entries
/// `starts[g]..<starts[g + 1]`, ascending by key, each with its positive and negative weight
/// (whole counts are exact in double-double up to 2^106).
///
/// One table for all groups, not one array per group: a group costs one offset (8 bytes)
/// besides its entries (40 bytes each), however many groups there are.
internal struct GroupEntries: Sendable, Hashable {
  /// Where each group's entries start, and one past the last: `groupCount + 1` offsets.
  internal var starts: [Int] = [0]
  internal var keys: [UInt64] = []
  internal var positives: [DoubleDouble] = []
  internal var negatives: [DoubleDouble] = []

  internal init() {}

  /// The number of groups the table has rows for.
  internal var groupCount: Int { starts.count - 1 }

  /// The number of entries in all groups.
  internal var count: Int { keys.count }

  /// Group `group`'s entries (empty past the table's groups).
  internal func range(of group: Int) -> Range<Int> {
    group < groupCount ? starts[group]..<starts[group + 1] : 0..<0
  }

  /// The table of `groupCount` groups holding the entries of `self` and of `other`, whose
  /// group `other`-number maps to `groupNumbers[number]` here; equal keys of a group add up.
  ///
  /// - Precondition: `groupNumbers` maps every group of `other` to one below `groupCount`,
  ///   no two to the same, and `self` has at most `groupCount` groups.
  /// - Complexity: O(e + f + g) for e and f entries and g groups.
  internal func merged(with other: GroupEntries, groupNumbers: [Int], groupCount: Int)
    -> GroupEntries
  {
    // Which of other's groups feeds each group of the result.
    var sources = [Int](repeating: -1, count: groupCount)
    for (otherGroup, group) in groupNumbers.enumerated() { sources[group] = otherGroup }
    var result = GroupEntries()
    let capacity = count + other.count
    result.starts.reserveCapacity(groupCount + 1)
    result.keys.reserveCapacity(capacity)
    result.positives.reserveCapacity(capacity)
    result.negatives.reserveCapacity(capacity)
    for group in 0..<groupCount {
      let mine = range(of: group)
      let theirs = sources[group] >= 0 ? other.range(of: sources[group]) : 0..<0
      var left = mine.lowerBound
      var right = theirs.lowerBound
      while left < mine.upperBound || right < theirs.upperBound {
        let takeLeft =
          right == theirs.upperBound
          || (left < mine.upperBound && keys[left] <= other.keys[right])
        let takeRight =
          left == mine.upperBound
          || (right < theirs.upperBound && other.keys[right] <= keys[left])
        var positive = DoubleDouble.zero
        var negative = DoubleDouble.zero
        let key: UInt64
        if takeLeft {
          key = keys[left]
          positive = positives[left]
          negative = negatives[left]
          left += 1
        } else {
          key = other.keys[right]
        }
        if takeRight {
          positive = takeLeft ? positive + other.positives[right] : other.positives[right]
          negative = takeLeft ? negative + other.negatives[right] : other.negatives[right]
          right += 1
        }
        result.keys.append(key)
        result.positives.append(positive)
        result.negatives.append(negative)
      }
      result.starts.append(result.keys.count)
    }
    return result
  }
}

extension GroupEntries {
  /// Appends one group: rows sorted by key, each with its signed weight (negative, its sign
  /// bit set, for a negative row), added up into one entry per key.
  internal mutating func appendAddingUp(
    keys rowKeys: UnsafeBufferPointer<UInt64>, signedWeights: UnsafeBufferPointer<Double>
  ) {
    var index = 0
    while index < rowKeys.count {
      let key = rowKeys[index]
      var positive = DoubleDouble.zero
      var negative = DoubleDouble.zero
      while index < rowKeys.count && rowKeys[index] == key {
        let weight = signedWeights[index]
        if weight.sign == .minus { negative += -weight } else { positive += weight }
        index += 1
      }
      keys.append(key)
      positives.append(positive)
      negatives.append(negative)
    }
    starts.append(keys.count)
  }
}
