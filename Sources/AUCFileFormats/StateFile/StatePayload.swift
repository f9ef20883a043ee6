import AUCMetrics

/// What a state file holds: the counts, and the row tally the summary prints.
public struct StatePayload: Codable {
  /// Which counts the file holds.
  public enum Kind: UInt8, Codable {
    /// PaddlePaddle's linear histogram, unweighted (`ScoreHistogram`).
    case histogram = 1
    /// Exact, logarithmic or weighted linear counts (`ScoreCounts`).
    case counts = 2

    public var name: String { self == .histogram ? "histogram" : "counts" }
  }

  var positiveRows: UInt64
  var negativeRows: UInt64
  public var weighted: Bool
  var histogram: ScoreHistogram?
  var counts: ScoreCounts?
  /// Each group's counts, when the rows were read with `--group`.
  public var grouped: GroupedScoreCounts?

  /// The payload of `accumulator`: its counts, row tally and weighted flag.
  public init(accumulator: MetricAccumulator) {
    self.init(
      accumulator: accumulator.storage, rows: accumulator.rows, weighted: accumulator.isWeighted)
    grouped = accumulator.grouped
  }

  /// The payload of the counts `accumulator`, with the tally of the rows they came from.
  public init(accumulator: MetricAccumulator.Storage, rows: RowTally, weighted: Bool) {
    positiveRows = rows.positives
    negativeRows = rows.negatives
    self.weighted = weighted
    switch accumulator {
    case .histogram(let histogram): self.histogram = histogram
    case .counts(let counts): self.counts = counts
    }
  }

  public var kind: Kind { histogram != nil ? .histogram : .counts }

  public var rows: RowTally { RowTally(positives: positiveRows, negatives: negativeRows) }

  /// The counts, or `nil` when the file holds neither or both.
  public var accumulator: MetricAccumulator.Storage? {
    switch (histogram, counts) {
    case (let histogram?, nil): return .histogram(histogram)
    case (nil, let counts?): return .counts(counts)
    default: return nil
    }
  }

  /// Adds `other` to these counts, or explains why the two cannot be merged.
  public mutating func merge(_ other: StatePayload) throws(StateMergeError) {
    switch (accumulator, other.accumulator) {
    case (.histogram(var mine)?, .histogram(let theirs)?):
      do throws(ScoreHistogram.MergeError) {
        try mine.merge(theirs)
      } catch {
        throw StateMergeError(message: error.description)
      }
      histogram = mine
    case (.counts(var mine)?, .counts(let theirs)?):
      do throws(ScoreCounts.MergeError) {
        try mine.merge(theirs)
      } catch {
        throw StateMergeError(message: error.description)
      }
      counts = mine
    default:
      throw StateMergeError(
        message:
          "cannot merge a \(kind.name) state with a \(other.kind.name) state: accumulate every shard with the same options"
      )
    }
    switch (grouped, other.grouped) {
    case (nil, nil): break
    case (var mine?, let theirs?):
      do throws(GroupedScoreCountsMergeError) {
        try mine.merge(theirs)
      } catch {
        throw StateMergeError(message: "the groups do not merge: \(error.description)")
      }
      grouped = mine
    default:
      throw StateMergeError(
        message:
          "cannot merge a state with groups and one without: accumulate every shard with the same --group"
      )
    }
    positiveRows += other.positiveRows
    negativeRows += other.negativeRows
    weighted = weighted || other.weighted
  }
}

extension StatePayload {
  /// Throws unless the payload keeps its invariants: it holds a histogram or counts (not
  /// both), and the row tally that the summary prints agrees with them, class by class. The
  /// histogram or counts themselves are checked by their own decoders
  /// (`ScoreHistogram.checkInvariants()`, `ScoreCounts.checkInvariants()`). Every decoder of a
  /// payload calls it: the version-1 and version-2 state files and the `Codable` form.
  ///
  /// - Complexity: O(1)
  public func checkInvariants() throws(StateFileError) {
    switch accumulator {
    case .histogram(let histogram)?:
      try HeldRows(
        kind: .histogram, positives: histogram.positiveCount, negatives: histogram.negativeCount,
        isWeighted: false
      ).check(rows: rows, weighted: weighted)
    case .counts(let counts)?:
      try HeldRows(
        kind: .counts, positives: counts.positiveRowCount, negatives: counts.negativeRowCount,
        isWeighted: counts.isWeighted
      ).check(rows: rows, weighted: weighted)
    case nil:
      throw StateFileError("the state holds no counts")
    }
    if let grouped {
      let (positives, negatives) = (grouped.positiveRowCount, grouped.negativeRowCount)
      guard positives == rows.positives, negatives == rows.negatives else {
        throw StateFileError("\(rows.tallyText), but the groups hold \(positives) and \(negatives)")
      }
      let binnedAlike: Bool =
        switch accumulator {
        case .histogram(let histogram)?:
          grouped.binning == .linear(thresholdCount: histogram.thresholdCount)
        case .counts(let counts)?: grouped.binning == counts.binning
        case nil: false
        }
      guard binnedAlike else {
        throw StateFileError("the groups are not binned as the counts are")
      }
      guard weighted || !grouped.isWeighted else {
        throw StateFileError("the state says unweighted, but the groups hold weights")
      }
    }
  }
}

/// The rows a state's histogram or counts hold per class, to check against its row tally.
struct HeldRows {
  var kind: StatePayload.Kind
  var positives: UInt64
  var negatives: UInt64
  var isWeighted: Bool

  /// Throws unless the tally `rows` is what the counts hold, class by class (the histogram's
  /// class totals, or the rows of each class of exact, log or weighted counts), and only
  /// counts are weighted, and only when the state says so.
  func check(rows: RowTally, weighted: Bool) throws(StateFileError) {
    let tally = rows.tallyText
    switch kind {
    case .histogram:
      guard positives == rows.positives, negatives == rows.negatives else {
        throw StateFileError("\(tally), but the histogram holds \(positives) and \(negatives)")
      }
      guard !weighted else { throw StateFileError("a histogram state cannot be weighted") }
    case .counts:
      guard positives == rows.positives, negatives == rows.negatives else {
        throw StateFileError("\(tally), but the counts hold \(positives) and \(negatives)")
      }
      guard weighted || !isWeighted else {
        throw StateFileError("the state says unweighted, but the counts hold weights")
      }
    }
  }
}

extension RowTally {
  /// `the row tally says P positive and N negative rows`, for messages.
  var tallyText: String {
    "the row tally says \(positives) positive and \(negatives) negative rows"
  }
}

extension StatePayload {
  /// The `Codable` form as encoded (what `auc state show` prints for version 2).
  private struct Stored: Decodable {
    var positiveRows: UInt64
    var negativeRows: UInt64
    var weighted: Bool
    var histogram: ScoreHistogram?
    var counts: ScoreCounts?
    var grouped: GroupedScoreCounts?
  }

  /// Decodes a payload from its `Codable` form and checks it with ``checkInvariants()``.
  ///
  /// - Throws: `DecodingError.dataCorrupted` with the broken invariant.
  public init(from decoder: any Decoder) throws {
    let stored = try Stored(from: decoder)
    positiveRows = stored.positiveRows
    negativeRows = stored.negativeRows
    weighted = stored.weighted
    histogram = stored.histogram
    counts = stored.counts
    grouped = stored.grouped
    do {
      try checkInvariants()
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.message))
    }
  }
}

/// Why two state files cannot be merged.
public struct StateMergeError: Error {
  public var message: String
}
