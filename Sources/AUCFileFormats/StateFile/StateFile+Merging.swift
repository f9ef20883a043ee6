import AUCMetrics

extension StateFile {
  /// The states merged into one, read straight from their compact bytes: histograms bin by
  /// bin, counts by one k-way merge of all their groups. Memory is that of the merged counts
  /// (and the inputs' compact bytes), time linear in the groups read.
  ///
  /// The result equals merging the decoded states in order (`StatePayload.merge`), but for a
  /// memory budget, which the counts apply once, to the merged groups.
  ///
  /// ```swift
  /// let merged = try StateFile.merge(paths.map(StateFile.readEncoded))
  /// ```
  ///
  /// - Precondition: `states` is not empty.
  /// - Throws: ``DataError`` at the location of the state that does not merge.
  public static func merge(_ states: [EncodedState]) throws(DataError) -> StatePayload {
    precondition(!states.isEmpty, "nothing to merge")
    let kind = states[0].kind
    if let other = states.first(where: { $0.kind != kind }) {
      throw DataError(
        location: other.location,
        message:
          "cannot merge a \(kind.name) state with a \(other.kind.name) state: accumulate every shard with the same options"
      )
    }
    let accumulator: MetricAccumulator.Storage
    switch kind {
    case .histogram:
      var histogram = ScoreHistogram(thresholdCount: 1)
      for (index, state) in states.enumerated() {
        do throws(ScoreHistogram.CompactMergeError) {
          try withExtendedLifetime(state.storage) { () throws(ScoreHistogram.CompactMergeError) in
            if index > 0 { return try histogram.merge(compactEncoding: state.countBytes) }
            do throws(CompactEncodingError) {
              histogram = try ScoreHistogram(compactEncoding: state.countBytes)
            } catch {
              throw .invalidEncoding(error)
            }
          }
        } catch {
          throw DataError(location: state.location, message: error.description)
        }
      }
      accumulator = .histogram(histogram)
    case .counts:
      accumulator = .counts(try mergedCounts(states))
    }
    // The counts held per class are the tallies, checked when read, and their sum did not
    // overflow in the merge.
    let rows = states.dropFirst().reduce(states[0].rows) {
      RowTally(
        positives: $0.positives &+ $1.rows.positives, negatives: $0.negatives &+ $1.rows.negatives)
    }
    var merged = StatePayload(
      accumulator: accumulator, rows: rows, weighted: states.contains(where: \.weighted))
    merged.grouped = try mergedGroups(states)
    return merged
  }

  /// The groups of every state merged by group id, or `nil` when no state has groups.
  private static func mergedGroups(_ states: [EncodedState]) throws(DataError)
    -> GroupedScoreCounts?
  {
    let hasGroups = states[0].groups != nil
    if let other = states.first(where: { ($0.groups != nil) != hasGroups }) {
      throw DataError(
        location: other.location,
        message:
          "cannot merge a state with groups and one without: accumulate every shard with the same --group"
      )
    }
    guard hasGroups, var merged = try states[0].decodedGroups() else { return nil }
    for state in states.dropFirst() {
      guard let groups = try state.decodedGroups() else { continue }
      do throws(GroupedScoreCountsMergeError) {
        try merged.merge(groups)
      } catch {
        throw DataError(location: state.location, message: "the groups do not merge: \(error)")
      }
    }
    return merged
  }

  private static func mergedCounts(_ states: [EncodedState]) throws(DataError) -> ScoreCounts {
    do throws(ScoreCounts.CompactMergeError) {
      return try withExtendedLifetime(states) { () throws(ScoreCounts.CompactMergeError) in
        try ScoreCounts(mergingCompactEncodings: states.map(\.countBytes))
      }
    } catch {
      let state = states[error.index]
      switch error.reason {
      case .cannotMerge(let reason):
        throw DataError(location: state.location, message: reason.description)
      case .invalidEncoding(let reason):
        throw DataError(
          location: state.location,
          message: StatePayload.decodingFailure(
            reason, kind: .counts, countsOffset: state.countsFileOffset
          ).message)
      }
    }
  }
}
