extension GroupedScoreCounts {
  /// Counts a batch of rows of weight 1 into their groups, or throws and counts nothing.
  ///
  /// Every row is checked first, as ``ScoreCounts/record(scores:labels:)`` checks it, and an
  /// empty group id throws ``ScoreInputError/emptyGroup(row:)``; the first bad row is named.
  ///
  /// ```swift
  /// var counts = GroupedScoreCounts()
  /// try counts.record(scores: [0.9, 0.3], labels: [1, 0], groups: ["u1", "u1"])
  /// ```
  ///
  /// - Complexity: O(n) amortized for n rows (a hash of each group id, and buffered rows
  ///   sorted in batches).
  @inlinable
  public mutating func record<Scores: Collection, Labels: Collection, Groups: Collection>(
    scores: Scores, labels: Labels, groups: Groups
  ) throws(ScoreInputError)
  where
    Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel,
    Groups.Element: StringProtocol
  {
    try record(scores: scores, labels: labels, groups: groups, weights: EmptyCollection<Double>())
  }

  /// Counts a batch of weighted rows into their groups, or throws and counts nothing.
  ///
  /// The weights are checked as ``ScoreCounts/record(scores:labels:weights:)`` checks them; an
  /// empty `weights` collection means every weight is 1.
  ///
  /// ```swift
  /// var counts = GroupedScoreCounts()
  /// try counts.record(
  ///   scores: [0.9, 0.3], labels: [1, 0], groups: ["u1", "u1"], weights: [2.0, 0.5])
  /// ```
  ///
  /// - Complexity: O(n) amortized for n rows.
  @inlinable
  public mutating func record<
    Scores: Collection, Labels: Collection, Groups: Collection, Weights: Collection
  >(
    scores: Scores, labels: Labels, groups: Groups, weights: Weights
  ) throws(ScoreInputError)
  where
    Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel,
    Groups.Element: StringProtocol, Weights.Element: BinaryFloatingPoint
  {
    guard groups.count == scores.count else {
      throw .groupCountMismatch(rowCount: scores.count, groupCount: groups.count)
    }
    let ids = groups.map { String($0) }
    let binning = binning
    var keys: [UInt64] = []
    var signedWeights: [Double] = []
    let total = weightTotal
    try RowBuffers.read(scores: scores, labels: labels, weights: weights) {
      scores, labels, weights in
      // The first bad row of any kind: a score, label or weight, or an empty group id.
      let emptyRow = ids.firstIndex { $0.isEmpty }
      var failure: ScoreInputError? = nil
      if case .failure(let error) = ScoreCounts.validate(
        scores: scores, labels: labels, weights: weights, binning: binning)
      {
        failure = error
      } else if !weights.isEmpty {
        failure = ScoreCounts.weightTotalError(weights, adding: total)
      }
      if let emptyRow, emptyRow < (failure?.row ?? Int.max) {
        return .emptyGroup(row: emptyRow)
      }
      if let failure { return failure }
      keys.reserveCapacity(scores.count)
      signedWeights.reserveCapacity(scores.count)
      for row in scores.indices {
        keys.append(ScoreCounts.key(of: scores[row], binning: binning))
        let weight = weights.isEmpty ? 1 : Double(weights[row])
        signedWeights.append(labels[row].isPositiveClass.unsafelyUnwrapped ? weight : -weight)
      }
      return nil
    }
    try append(keys: keys, signedWeights: signedWeights, groups: ids, weighted: !weights.isEmpty)
  }

  /// Buffers validated rows under their groups' numbers, numbering new groups; merges the
  /// buffer into the entries once it holds as many rows as there are entries (at least 2^16).
  ///
  /// - Throws: ``ScoreInputError/countOverflow`` before anything changes when a group's row
  ///   count, or the number of groups, would pass its limit.
  @usableFromInline
  internal mutating func append(
    keys: [UInt64], signedWeights: [Double], groups: [String], weighted: Bool
  ) throws(ScoreInputError) {
    if totalRows.addingReportingOverflow(UInt64(keys.count)).overflow { throw .countOverflow }
    if groupIDs.count + groups.count > Int(Int32.max) {
      // Only new ids count against the limit; check them exactly.
      let newIDs = Set(groups).subtracting(numbers.keys)
      if groupIDs.count + newIDs.count > Int(Int32.max) { throw .countOverflow }
    }
    if weighted { isWeighted = true }
    totalRows &+= UInt64(keys.count)
    pendingKeys.append(contentsOf: keys)
    pendingWeights.append(contentsOf: signedWeights)
    pendingGroups.reserveCapacity(pendingGroups.count + groups.count)
    for (row, id) in groups.enumerated() {
      let number: Int
      if let known = numbers[id] {
        number = known
      } else {
        number = groupIDs.count
        numbers[id] = number
        groupIDs.append(id)
        positiveRowCounts.append(0)
        negativeRowCounts.append(0)
      }
      let weight = signedWeights[row]
      if weight.sign == .minus {
        negativeRowCounts[number] &+= 1
      } else {
        positiveRowCounts[number] &+= 1
      }
      pendingGroups.append(Int32(truncatingIfNeeded: number))
      weightTotal += abs(weight)
    }
    if pendingKeys.count >= Swift.max(1 << 16, entries.count) { mergePending() }
  }
}
