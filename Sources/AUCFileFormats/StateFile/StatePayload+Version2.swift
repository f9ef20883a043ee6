import AUCMetrics

/// The payload of a version-2 state file: the row tally, a flags byte and the compact
/// encoding of the counts (see `ScoreHistogram.compactEncoding()` and
/// `ScoreCounts.compactEncoding()`).
///
/// ```
/// field           encoding
/// positive rows   varint (LEB128)
/// negative rows   varint
/// flags           byte: 1 weighted (the summary prints weights), 2 groups follow the
///                 counts; other bits 0
/// counts length   varint, with flag 2 only: the bytes of the counts
/// counts          the compact encoding of the histogram (kind 1) or the counts (kind 2)
/// groups          with flag 2: the compact encoding of each group's counts
///                 (`GroupedScoreCounts.compactEncoding()`), to the end of the payload
/// ```
struct Version2Prefix {
  var rows: RowTally
  var weighted: Bool
  /// Where the compact encoding of the counts starts in the payload.
  var countsOffset: Int
  /// With groups: the number of bytes of the counts (the groups follow them).
  var countsLength: Int?

  static let weightedFlag: UInt8 = 1
  static let groupedFlag: UInt8 = 2

  /// The prefix's bytes, up to the counts.
  static func bytes(rows: RowTally, weighted: Bool, countsLength: Int? = nil) -> [UInt8] {
    var bytes: [UInt8] = []
    for value in [rows.positives, rows.negatives] {
      var rest = value
      while rest >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
        rest >>= 7
      }
      bytes.append(UInt8(rest))
    }
    bytes.append((weighted ? weightedFlag : 0) | (countsLength != nil ? groupedFlag : 0))
    if let countsLength {
      var rest = UInt64(countsLength)
      while rest >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
        rest >>= 7
      }
      bytes.append(UInt8(rest))
    }
    return bytes
  }

  /// Reads the prefix of `payload`, which starts at byte `baseOffset` of the file.
  init(_ payload: UnsafeRawBufferPointer, baseOffset: Int) throws(StateFileError) {
    var offset = 0
    func failure(_ reason: String) -> StateFileError {
      StateFileError("the counts do not decode: byte \(baseOffset + offset): \(reason)")
    }
    func varint() throws(StateFileError) -> UInt64 {
      var value: UInt64 = 0
      for shift in stride(from: UInt64(0), through: 63, by: 7) {
        guard offset < payload.count else { throw failure("the payload ends in the row tally") }
        let byte = payload[offset]
        guard shift < 63 || byte <= 1 else { throw failure("a row count passes 2^64 - 1") }
        guard byte != 0 || shift == 0 else { throw failure("a row count has a needless zero byte") }
        value |= UInt64(byte & 0x7F) << shift
        offset += 1
        if byte < 0x80 { return value }
      }
      throw failure("a row count passes 2^64 - 1")
    }
    let positives = try varint()
    let negatives = try varint()
    guard offset < payload.count else { throw failure("the payload ends in the row tally") }
    let flags = payload[offset]
    guard flags & ~(Self.weightedFlag | Self.groupedFlag) == 0 else {
      throw failure("unknown flags \(flags)")
    }
    offset += 1
    rows = RowTally(positives: positives, negatives: negatives)
    weighted = flags & Self.weightedFlag != 0
    if flags & Self.groupedFlag != 0 {
      let lengthOffset = offset
      let length = try varint()
      guard length <= UInt64(payload.count - offset) else {
        offset = lengthOffset
        throw failure("the counts of \(length) bytes run past the end of the payload")
      }
      countsLength = Int(length)
    }
    countsOffset = offset
  }
}

extension StatePayload {
  /// The payload of a version-2 state file; `smallest: false` for bytes that live briefly
  /// (see `ScoreCounts.compactEncoding(smallest:)`).
  func version2Payload(smallest: Bool = true) -> [UInt8] {
    let counts: [UInt8] =
      switch accumulator {
      case .histogram(let histogram)?: histogram.compactEncoding()
      case .counts(let counts)?: counts.compactEncoding(smallest: smallest)
      case nil: []
      }
    guard let grouped else { return Version2Prefix.bytes(rows: rows, weighted: weighted) + counts }
    return Version2Prefix.bytes(rows: rows, weighted: weighted, countsLength: counts.count)
      + counts + grouped.compactEncoding()
  }

  /// Decodes and checks the payload of a version-2 state file, which starts at byte
  /// `baseOffset` of the file.
  static func decodeVersion2(_ payload: UnsafeRawBufferPointer, kind: Kind, baseOffset: Int)
    throws(StateFileError) -> StatePayload
  {
    let prefix = try Version2Prefix(payload, baseOffset: baseOffset)
    let countsEnd = prefix.countsOffset + (prefix.countsLength ?? payload.count - prefix.countsOffset)
    let counts = UnsafeRawBufferPointer(rebasing: payload[prefix.countsOffset..<countsEnd])
    let countsOffset = baseOffset + prefix.countsOffset
    let accumulator: MetricAccumulator.Storage
    do throws(CompactEncodingError) {
      switch kind {
      case .histogram: accumulator = .histogram(try ScoreHistogram(compactEncoding: counts))
      case .counts: accumulator = .counts(try ScoreCounts(compactEncoding: counts))
      }
    } catch {
      throw Self.decodingFailure(error, kind: kind, countsOffset: countsOffset)
    }
    var decoded = StatePayload(
      accumulator: accumulator, rows: prefix.rows, weighted: prefix.weighted)
    if prefix.countsLength != nil {
      do throws(CompactEncodingError) {
        decoded.grouped = try GroupedScoreCounts(compactEncoding: Array(payload[countsEnd...]))
      } catch {
        throw StateFileError(
          "the groups do not decode: byte \(baseOffset + countsEnd + error.offset): \(error.reason)")
      }
    }
    try decoded.checkInvariants()
    return decoded
  }

  /// `the histogram does not decode: byte N: reason`, N counted from the start of the file.
  static func decodingFailure(_ error: CompactEncodingError, kind: Kind, countsOffset: Int)
    -> StateFileError
  {
    StateFileError(
      "the \(kind.name) do\(kind == .counts ? "" : "es") not decode: byte \(countsOffset + error.offset): \(error.reason)"
    )
  }
}
