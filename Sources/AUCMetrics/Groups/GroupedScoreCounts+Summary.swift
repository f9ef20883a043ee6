extension GroupedScoreCounts {
  /// Every group's summary, in the order of the ids: numeric order when every id is an
  /// integer (an optional `-` and decimal digits), else the order of their UTF-8 bytes. The
  /// order does not depend on the order rows or shards arrived in.
  ///
  /// - Complexity: O(e + g log g) for e entries and g groups.
  public var groupSummaries: [GroupSummary] {
    var counts = self
    counts.mergePending()
    // Summed in the order of the table (one pass through memory), then put in id order.
    let byNumber = (0..<counts.groupIDs.count).map { counts.summary(ofGroup: $0) }
    return counts.orderedNumbers().map { byNumber[$0] }
  }

  /// The group AUCs: GAUC, UAUC and the pair-weighted GAUC over the groups that hold both
  /// classes (see ``GroupAUCSummary``), each sum taken in double-double in the order of
  /// ``groupSummaries`` and divided once.
  ///
  /// - Complexity: O(e + g log g) for e entries and g groups.
  public var groupAUC: GroupAUCSummary {
    var rowWeighted = DoubleDouble.zero
    var rowTotal = DoubleDouble.zero
    var plain = DoubleDouble.zero
    var pairWeighted = DoubleDouble.zero
    var pairTotal = DoubleDouble.zero
    var used = 0
    let summaries = groupSummaries
    for group in summaries {
      guard let area = group.rocAUC else { continue }
      used += 1
      let size = group.positiveWeight + group.negativeWeight
      rowWeighted += DoubleDouble(size) * area
      rowTotal += size
      plain += area
      let pairs = DoubleDouble(group.positiveWeight) * group.negativeWeight
      pairWeighted += pairs * area
      pairTotal += pairs
    }
    guard used > 0 else {
      return GroupAUCSummary(
        impressionWeightedAUC: nil, unweightedAUC: nil, pairWeightedAUC: nil,
        groupCount: summaries.count, groupsUsed: 0)
    }
    return GroupAUCSummary(
      impressionWeightedAUC: (rowWeighted / rowTotal).value,
      unweightedAUC: (plain / DoubleDouble(Double(used))).value,
      pairWeightedAUC: (pairWeighted / pairTotal).value,
      groupCount: summaries.count, groupsUsed: used)
  }

  /// The summary of group number `group`, from its merged entries.
  internal func summary(ofGroup group: Int) -> GroupSummary {
    let range = entries.range(of: group)
    var positive = DoubleDouble.zero
    var negative = DoubleDouble.zero
    for index in range {
      positive += entries.positives[index]
      negative += entries.negatives[index]
    }
    var area: Double? = nil
    if positive.value > 0 && negative.value > 0 {
      if isWeighted {
        let highestFirst = range.reversed().lazy.map {
          (positive: entries.positives[$0], negative: entries.negatives[$0])
        }
        area =
          SummarySweep.summary(
            weightsHighestFirst: highestFirst, positiveTotal: positive.value,
            negativeTotal: negative.value, binning: binning, switchedFromExact: false
          ).rocAUC
      } else {
        // Whole counts: the integer pair sums of WholeCountSweep, and its one rounding.
        var pairs = ROCPairSums()
        var positivesAbove: UInt64 = 0
        for index in range.reversed() {
          let positives = ScoreCounts.wholeCount(entries.positives[index]) ?? 0
          pairs.add(
            positive: positives, negative: ScoreCounts.wholeCount(entries.negatives[index]) ?? 0,
            positivesAbove: positivesAbove)
          positivesAbove &+= positives
        }
        area = pairs.area(
          positiveTotal: positiveRowCounts[group], negativeTotal: negativeRowCounts[group])
      }
    }
    return GroupSummary(
      id: groupIDs[group], rows: positiveRowCounts[group] &+ negativeRowCounts[group],
      positiveWeight: positive.value,
      negativeWeight: negative.value, rocAUC: area)
  }

  /// The group numbers in the order of their ids (see ``groupSummaries``).
  internal func orderedNumbers() -> [Int] { Self.order(of: groupIDs) }

  /// The positions of `groupIDs` in the order groups are listed in: numeric order when every id
  /// is an integer (an optional `-` and decimal digits), else the order of their UTF-8
  /// bytes. scikit-learn orders class names the same way (`numpy.unique`).
  ///
  /// ```swift
  /// GroupedScoreCounts.order(of: ["10", "9", "-1"])       // [2, 1, 0]
  /// GroupedScoreCounts.order(of: ["dog", "cat", "bird"])  // [2, 1, 0]
  /// ```
  ///
  /// - Complexity: O(g log g) for g ids.
  public static func order(of groupIDs: [String]) -> [Int] {
    let integers = groupIDs.map(Self.integerValue)
    if integers.allSatisfy({ $0 != nil }) {
      return groupIDs.indices.sorted { left, right in
        let (a, b) = (integers[left]!, integers[right]!)
        return a != b ? a < b : Self.bytesPrecede(groupIDs[left], groupIDs[right])
      }
    }
    // Each id's first 16 bytes as one big-endian number (zeros after a shorter id), so that
    // most comparisons are one of integers; ties fall back to the bytes themselves.
    var keys: [(prefix: UInt128, number: Int)] = []
    keys.reserveCapacity(groupIDs.count)
    for (number, id) in groupIDs.enumerated() {
      var prefix: UInt128 = 0
      var taken = 0
      for byte in id.utf8.prefix(16) {
        prefix = prefix << 8 | UInt128(byte)
        taken += 1
      }
      keys.append((prefix << UInt128(8 * (16 - taken)), number))
    }
    keys.sort { left, right in
      if left.prefix != right.prefix { return left.prefix < right.prefix }
      return Self.bytesPrecede(groupIDs[left.number], groupIDs[right.number])
    }
    return keys.map(\.number)
  }

  /// Whether `left`'s UTF-8 bytes come before `right`'s: a shorter prefix first.
  internal static func bytesPrecede(_ left: String, _ right: String) -> Bool {
    var left = left
    var right = right
    return left.withUTF8 { left in
      right.withUTF8 { right in
        for index in 0..<Swift.min(left.count, right.count) where left[index] != right[index] {
          return left[index] < right[index]
        }
        return left.count < right.count
      }
    }
  }

  /// An id's value as an integer (an optional `-` and 1 to 38 decimal digits), else `nil`.
  internal static func integerValue(_ id: String) -> Int128? {
    let digits = id.utf8.first == UInt8(ascii: "-") ? id.utf8.dropFirst() : id.utf8[...]
    guard !digits.isEmpty, digits.count <= 38,
      digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return nil }
    return Int128(id)
  }
}
