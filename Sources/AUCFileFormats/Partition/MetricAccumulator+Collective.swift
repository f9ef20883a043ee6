import AUCMetrics

extension MetricAccumulator {
  /// Every member's counts combined into one state, on member `root` (`nil` on the others):
  /// what one accumulator would hold after counting all the members' rows, bit for bit.
  ///
  /// Histograms are summed bin by bin, as 64-bit integers, in one
  /// ``Collective/allReduceSum(_:)`` (PaddlePaddle's fleet all-reduces its histograms so).
  /// Unweighted log-binned counts without a memory budget are summed so too, as dense bins
  /// over the keys that occur on any member, when those are at most ``denseBinLimit``.
  /// Other counts (exact, weighted, budgeted, or log bins over a wider range) are gathered at
  /// `root` in their compact state bytes and merged there in one pass
  /// (``StateFile/merge(_:)``), which is exact for integer counts and for weight sums that
  /// double-double holds exactly.
  ///
  /// ```swift
  /// let state = try accumulator.combined(in: member)   // the state of all rows, on member 0
  /// ```
  ///
  /// - Precondition: every member's accumulator was made with the same binning and weighting.
  /// - Throws: ``DataError`` on `root` when the rows of all members together are more than
  ///   2^64 − 1, or the states do not merge.
  /// - Complexity: O(bins) per member for histograms; otherwise O(total compact bytes) at
  ///   `root`, and the merge's O(total groups).
  public func combined(in collective: some Collective, root: Int = 0) throws(DataError)
    -> StatePayload?
  {
    let tallies = collective.allGather([rows.positives, rows.negatives])
    let location = "member \(collective.rank)"
    /// The rows of all members, or an error (on `root`) past 2^64 − 1.
    func totalRows() throws(DataError) -> RowTally {
      var total = RowTally()
      for member in 0..<collective.size {
        let positives = total.positives.addingReportingOverflow(tallies[2 * member])
        let negatives = total.negatives.addingReportingOverflow(tallies[2 * member + 1])
        guard !positives.overflow, !negatives.overflow,
          !positives.partialValue.addingReportingOverflow(negatives.partialValue).overflow
        else {
          throw DataError(location: location, message: "more than 2^64 - 1 rows in all")
        }
        total = RowTally(positives: positives.partialValue, negatives: negatives.partialValue)
      }
      return total
    }
    switch storage {
    case .histogram(let histogram):
      let sums = collective.allReduceSum(
        Array(histogram.positiveCounts) + Array(histogram.negativeCounts))
      guard collective.rank == root else { return nil }
      let total = try totalRows()
      do throws(ScoreHistogram.CountsError) {
        let combined = try ScoreHistogram(
          thresholdCount: histogram.thresholdCount,
          positiveCounts: Array(sums[..<histogram.binCount]),
          negativeCounts: Array(sums[histogram.binCount...]))
        return StatePayload(accumulator: .histogram(combined), rows: total, weighted: isWeighted)
      } catch {
        throw DataError(location: location, message: error.description)
      }
    case .counts(let counts):
      if let summed = try summedLogBins(counts, in: collective, root: root) {
        guard let summed else { return nil }
        return StatePayload(accumulator: .counts(summed), rows: try totalRows(), weighted: false)
      }
      let payload = StatePayload(accumulator: self)
      let gathered = collective.gatherBytes(
        collective.rank == root ? [] : try! StateFile.encode(payload), root: root)
      guard collective.rank == root else { return nil }
      var states: [EncodedState] = []
      for (member, bytes) in gathered.enumerated() {
        if member == root {
          states.append(EncodedState(payload, location: location))
        } else {
          states += try StateFile.encodedStates(
            in: bytes, location: "member \(member)", wholeFile: true)
        }
      }
      return try StateFile.merge(states)
    }
  }

  /// The most bins summed densely: 2^22, 64 MiB of counts a member.
  public static let denseBinLimit = 1 << 22

  /// Every member's log-binned counts summed as dense bins, when every member's counts can
  /// be: `.some(counts)` on `root`, `.some(nil)` on the others; `nil` on every member when
  /// they cannot (they decide alike, from what they gather).
  private func summedLogBins(
    _ counts: ScoreCounts, in collective: some Collective, root: Int
  ) throws(DataError) -> ScoreCounts?? {
    var subBins = 0
    if case .logarithmic(let count) = counts.binning, !counts.isWeighted,
      counts.memoryBudget == nil
    {
      subBins = count
    }
    let keys = subBins > 0 ? counts.occupiedKeys : nil
    let facts = collective.allGather([
      UInt64(subBins), keys?.lowerBound ?? .max, keys?.upperBound ?? 0,
    ])
    var lowest = UInt64.max
    var highest = UInt64(0)
    for member in 0..<collective.size {
      guard subBins > 0, facts[3 * member] == UInt64(subBins) else { return nil }
      lowest = min(lowest, facts[3 * member + 1])
      highest = max(highest, facts[3 * member + 2])
    }
    guard lowest <= highest, highest - lowest < UInt64(Self.denseBinLimit) else { return nil }
    let dense = counts.denseBinCounts(keys: lowest...highest)
    let sums = collective.allReduceSum(dense.positives + dense.negatives)
    guard collective.rank == root else { return .some(nil) }
    let width = dense.positives.count
    do throws(ScoreCounts.InvalidCounts) {
      return try ScoreCounts(
        binning: counts.binning, keys: lowest...highest,
        positiveCounts: Array(sums[..<width]), negativeCounts: Array(sums[width...]))
    } catch {
      throw DataError(location: "member \(collective.rank)", message: error.description)
    }
  }
}
