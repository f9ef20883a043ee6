import AUCMetrics

extension MetricAccumulator {
  /// Every member's counts combined into one state, on member `root` (`nil` on the others):
  /// what one accumulator would hold after counting all the members' rows, bit for bit.
  ///
  /// Histograms are summed bin by bin, as 64-bit integers, in one
  /// ``Collective/allReduceSum(_:)`` (PaddlePaddle's fleet all-reduces its histograms so).
  /// Other counts (exact, log-binned, weighted) are gathered at `root` in their compact
  /// state bytes and merged there in one pass (``StateFile/merge(_:)``), which is exact for
  /// integer counts and for weight sums that double-double holds exactly.
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
    var total = (positives: UInt64(0), negatives: UInt64(0), overflow: false)
    for member in 0..<collective.size {
      let positives = total.positives.addingReportingOverflow(tallies[2 * member])
      let negatives = total.negatives.addingReportingOverflow(tallies[2 * member + 1])
      total = (
        positives.partialValue, negatives.partialValue,
        total.overflow || positives.overflow || negatives.overflow
      )
    }
    let location = "member \(collective.rank)"
    switch storage {
    case .histogram(let histogram):
      let sums = collective.allReduceSum(
        Array(histogram.positiveCounts) + Array(histogram.negativeCounts))
      guard collective.rank == root else { return nil }
      guard !total.overflow, !total.positives.addingReportingOverflow(total.negatives).overflow
      else {
        throw DataError(location: location, message: "more than 2^64 - 1 rows in all")
      }
      do throws(ScoreHistogram.CountsError) {
        let combined = try ScoreHistogram(
          thresholdCount: histogram.thresholdCount,
          positiveCounts: Array(sums[..<histogram.binCount]),
          negativeCounts: Array(sums[histogram.binCount...]))
        return StatePayload(
          accumulator: .histogram(combined),
          rows: RowTally(positives: total.positives, negatives: total.negatives),
          weighted: isWeighted)
      } catch {
        throw DataError(location: location, message: error.description)
      }
    case .counts:
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
}
