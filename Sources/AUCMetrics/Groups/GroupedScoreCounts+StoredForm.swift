extension GroupedScoreCounts {
  /// Grouped counts from each group's counts, after checking them: what every decoder calls.
  ///
  /// The checks: every id is non-empty and appears once; every group's counts have
  /// `binning`, no memory budget and no switch from exact; and the rows, groups and weights
  /// of all groups stay within the limits of recorded counts (2^64 − 1 rows, 2^31 − 1 groups,
  /// ``ScoreCounts/weightTotalLimit``). Each group's counts were checked by their own decoder.
  ///
  /// - Throws: ``ScoreCounts/InvalidCounts`` naming the first broken invariant.
  /// - Complexity: O(e + g) for e entries and g groups.
  public init(binning: ScoreBinning, groups: [GroupCounts]) throws(ScoreCounts.InvalidCounts) {
    guard binning.isValid else { throw ScoreCounts.InvalidCounts("invalid binning \(binning)") }
    self.init(binning: binning)
    guard groups.count <= Int(Int32.max) else {
      throw ScoreCounts.InvalidCounts("\(groups.count) groups, more than 2^31 - 1")
    }
    numbers.reserveCapacity(groups.count)
    for (number, group) in groups.enumerated() {
      guard !group.id.isEmpty else {
        throw ScoreCounts.InvalidCounts("group \(number) has an empty id")
      }
      guard numbers.updateValue(number, forKey: group.id) == nil else {
        throw ScoreCounts.InvalidCounts("the group id \(group.id) appears twice")
      }
      let counts = group.counts
      guard counts.binning == binning, counts.memoryBudget == nil, !counts.switchedFromExact
      else {
        throw ScoreCounts.InvalidCounts(
          "group \(group.id) is counted with \(counts.binning), not \(binning)")
      }
      let rows = counts.positiveRowCount.addingReportingOverflow(counts.negativeRowCount)
      let total = totalRows.addingReportingOverflow(rows.partialValue)
      guard !rows.overflow, !total.overflow else {
        throw ScoreCounts.InvalidCounts("the groups hold more than 2^64 - 1 rows")
      }
      totalRows = total.partialValue
      groupIDs.append(group.id)
      positiveRowCounts.append(counts.positiveRowCount)
      negativeRowCounts.append(counts.negativeRowCount)
      isWeighted = isWeighted || counts.isWeighted
      counts.forEachStoredGroup { key, positive, negative in
        entries.keys.append(key)
        let positiveWeight = DoubleDouble(head: positive.0, tail: positive.1)
        let negativeWeight = DoubleDouble(head: negative.0, tail: negative.1)
        entries.positives.append(positiveWeight)
        entries.negatives.append(negativeWeight)
        weightTotal += positiveWeight + negativeWeight
      }
      entries.starts.append(entries.keys.count)
    }
    guard !ScoreCounts.exceedsWeightTotalLimit(weightTotal) else {
      throw ScoreCounts.InvalidCounts("the groups' weights add up past the largest double")
    }
  }

  /// Each group's id and counts, in the order of ``groupSummaries``: the stored form.
  ///
  /// - Complexity: O(e + g log g) for e entries and g groups.
  public var groups: [GroupCounts] {
    var counts = self
    counts.mergePending()
    return counts.orderedNumbers().map { counts.groupCounts(ofGroup: $0) }
  }

  /// Group number `group` as ``ScoreCounts``.
  internal func groupCounts(ofGroup group: Int) -> GroupCounts {
    let range = entries.range(of: group)
    let positives = range.map { entries.positives[$0] }
    let negatives = range.map { entries.negatives[$0] }
    let weighted = isWeighted
    do {
      let counts = try ScoreCounts(
        binning: binning, positiveRowCount: positiveRowCounts[group],
        negativeRowCount: negativeRowCounts[group], isWeighted: weighted,
        keys: Array(entries.keys[range]), positiveWeights: positives.map(\.head),
        negativeWeights: negatives.map(\.head), positiveWeightTails: positives.map(\.tail),
        negativeWeightTails: negatives.map(\.tail))
      return GroupCounts(id: groupIDs[group], counts: counts)
    } catch {
      // Recorded and merged entries keep every invariant that ScoreCounts checks.
      preconditionFailure("group \(groupIDs[group]) breaks an invariant: \(error)")
    }
  }
}

extension GroupedScoreCounts: Codable {
  private enum CodingKeys: String, CodingKey {
    case binning, groups
  }

  /// Decodes grouped counts and checks them with ``init(binning:groups:)``.
  ///
  /// - Complexity: O(e + g) for e entries and g groups.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let binning = try container.decode(ScoreBinning.self, forKey: .binning)
    let groups = try container.decode([GroupCounts].self, forKey: .groups)
    do {
      try self.init(binning: binning, groups: groups)
    } catch {
      throw DecodingError.dataCorruptedError(
        forKey: .groups, in: container, debugDescription: error.description)
    }
  }

  /// Encodes the binning and ``groups``.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(binning, forKey: .binning)
    try container.encode(groups, forKey: .groups)
  }
}
