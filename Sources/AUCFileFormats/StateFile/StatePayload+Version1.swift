import AUCMetrics

extension StatePayload {
  /// The payload of a version-1 state file: JSON of the row tally and the counts, read by a
  /// scanner of that one schema in memory of the order of the counts (the general JSON
  /// decoder took about 9 bytes for every byte of the file), and checked as every decoder
  /// checks.
  ///
  /// ```
  /// {"counts": {"binning": {"exact": {}}, "keys": [...], "negativeWeights": [...],
  ///   "positiveWeights": [...], "rowCount": N, "switchedFromExact": false, ...},
  ///  "negativeRows": N, "positiveRows": N, "weighted": false}
  /// ```
  ///
  /// `histogram` (`thresholdCount`, `positiveCounts`, `negativeCounts`) takes the place of
  /// `counts` in a histogram state; `memoryBudget` and the two `…WeightTails` are optional.
  static func decodeVersion1(_ text: UnsafeRawBufferPointer, kind: Kind, baseOffset: Int)
    throws(StateFileError) -> StatePayload
  {
    var scanner = JSONScanner(text, baseOffset: baseOffset)
    var tally: (positives: UInt64?, negatives: UInt64?) = (nil, nil)
    var weighted: Bool?
    var histogram: Version1Histogram?
    var counts: Version1Counts?
    try scanner.object { (key, scanner) throws(StateFileError) in
      switch key {
      case "positiveRows": tally.positives = try scanner.unsigned()
      case "negativeRows": tally.negatives = try scanner.unsigned()
      case "weighted": weighted = try scanner.bool()
      case "histogram": histogram = try Version1Histogram(&scanner)
      case "counts": counts = try Version1Counts(&scanner)
      default: throw scanner.failure("unknown field \"\(key)\"")
      }
    }
    try scanner.end()
    guard let positives = tally.positives, let negatives = tally.negatives, let weighted else {
      throw StateFileError(
        "the counts do not decode: the row tally or the weighted flag is missing")
    }
    let rows = RowTally(positives: positives, negatives: negatives)
    let accumulator: MetricAccumulator.Storage
    switch (histogram, counts) {
    case (let histogram?, nil):
      guard kind == .histogram else { throw Self.kindMismatch(kind) }
      accumulator = .histogram(try histogram.histogram())
    case (nil, let counts?):
      guard kind == .counts else { throw Self.kindMismatch(kind) }
      accumulator = .counts(try counts.counts(rows: rows, weighted: weighted))
    default:
      throw Self.kindMismatch(kind)
    }
    let payload = StatePayload(accumulator: accumulator, rows: rows, weighted: weighted)
    try payload.checkInvariants()
    return payload
  }

  private static func kindMismatch(_ kind: Kind) -> StateFileError {
    StateFileError("the header says \(kind.name) but the payload holds something else")
  }
}

/// The `histogram` object of a version-1 payload.
private struct Version1Histogram {
  var thresholdCount: Int?
  var positives: [UInt64]?
  var negatives: [UInt64]?

  init(_ scanner: inout JSONScanner) throws(StateFileError) {
    try scanner.object { (key, scanner) throws(StateFileError) in
      switch key {
      case "thresholdCount": thresholdCount = try scanner.int()
      case "positiveCounts": positives = try scanner.unsignedArray()
      case "negativeCounts": negatives = try scanner.unsignedArray()
      default: throw scanner.failure("unknown histogram field \"\(key)\"")
      }
    }
  }

  func histogram() throws(StateFileError) -> ScoreHistogram {
    guard let thresholdCount, let positives, let negatives else {
      throw StateFileError("the counts do not decode: a histogram field is missing")
    }
    do {
      return try ScoreHistogram(
        thresholdCount: thresholdCount, positiveCounts: positives, negativeCounts: negatives)
    } catch {
      throw StateFileError("the counts do not decode: \(error)")
    }
  }
}

/// The `counts` object of a version-1 payload.
private struct Version1Counts {
  var binning: ScoreBinning?
  var switchedFromExact: Bool?
  var memoryBudget: Int?
  var rowCount: UInt64?
  var keys: [UInt64]?
  var positiveWeights: [Double]?
  var negativeWeights: [Double]?
  var positiveWeightTails: [Double]?
  var negativeWeightTails: [Double]?

  init(_ scanner: inout JSONScanner) throws(StateFileError) {
    try scanner.object { (key, scanner) throws(StateFileError) in
      switch key {
      case "binning": binning = try Self.binning(&scanner)
      case "switchedFromExact": switchedFromExact = try scanner.bool()
      case "memoryBudget": memoryBudget = try scanner.int()
      case "rowCount": rowCount = try scanner.unsigned()
      case "keys": keys = try scanner.unsignedArray()
      case "positiveWeights": positiveWeights = try scanner.doubleArray()
      case "negativeWeights": negativeWeights = try scanner.doubleArray()
      case "positiveWeightTails": positiveWeightTails = try scanner.doubleArray()
      case "negativeWeightTails": negativeWeightTails = try scanner.doubleArray()
      default: throw scanner.failure("unknown counts field \"\(key)\"")
      }
    }
  }

  /// `{"exact": {}}`, `{"linear": {"thresholdCount": T}}` or
  /// `{"logarithmic": {"subBinsPerOctave": K}}`, as `ScoreBinning`'s `Codable` writes them.
  private static func binning(_ scanner: inout JSONScanner) throws(StateFileError)
    -> ScoreBinning
  {
    var binning: ScoreBinning?
    try scanner.object { (kind, scanner) throws(StateFileError) in
      guard binning == nil else { throw scanner.failure("two binnings") }
      var parameter: Int?
      try scanner.object { (key, scanner) throws(StateFileError) in
        switch (kind, key) {
        case ("linear", "thresholdCount"), ("logarithmic", "subBinsPerOctave"):
          parameter = try scanner.int()
        default: throw scanner.failure("unknown binning field \"\(key)\"")
        }
      }
      switch (kind, parameter) {
      case ("exact", nil): binning = .exact
      case ("linear", let thresholdCount?): binning = .linear(thresholdCount: thresholdCount)
      case ("logarithmic", let subBins?): binning = .logarithmic(subBinsPerOctave: subBins)
      default: throw scanner.failure("unknown binning \"\(kind)\"")
      }
    }
    guard let binning else { throw scanner.failure("no binning") }
    return binning
  }

  /// The counts, their rows per class those of the tally when weighted (version 1 keeps them
  /// nowhere else) and those the groups add up to when not.
  func counts(rows: RowTally, weighted: Bool) throws(StateFileError) -> ScoreCounts {
    guard let binning, let switchedFromExact, let rowCount, let keys, let positiveWeights,
      let negativeWeights
    else { throw StateFileError("the counts do not decode: a counts field is missing") }
    let (total, overflow) = rows.positives.addingReportingOverflow(rows.negatives)
    guard !overflow, rowCount == total else {
      throw StateFileError("\(rows.tallyText), but the counts hold \(rowCount) rows")
    }
    let groupRows =
      weighted
      ? nil
      : ScoreCounts.wholeRowCounts(
        positiveWeights: positiveWeights, negativeWeights: negativeWeights,
        positiveWeightTails: positiveWeightTails, negativeWeightTails: negativeWeightTails)
    do {
      return try ScoreCounts(
        binning: binning, memoryBudget: memoryBudget, switchedFromExact: switchedFromExact,
        positiveRowCount: groupRows?.positive ?? rows.positives,
        negativeRowCount: groupRows?.negative ?? rows.negatives, isWeighted: weighted,
        keys: keys, positiveWeights: positiveWeights, negativeWeights: negativeWeights,
        positiveWeightTails: positiveWeightTails, negativeWeightTails: negativeWeightTails)
    } catch {
      throw StateFileError("the counts do not decode: \(error)")
    }
  }
}
