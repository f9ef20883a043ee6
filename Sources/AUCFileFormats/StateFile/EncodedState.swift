import AUCMetrics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A state kept in its compact bytes (about 3 bytes a distinct score, against 24 decoded):
/// what `auc merge` holds of each input while it merges them all in one pass. Its header,
/// checksum and row tally are checked when it is read; its groups as they are merged or
/// decoded.
///
/// ```swift
/// let states = try paths.map(StateFile.readEncoded)
/// let merged = try StateFile.merge(states)
/// ```
public struct EncodedState {
  /// Where the state came from, for messages: the path, or `<stdin>: state N (byte B)`.
  public let location: String
  public let kind: StatePayload.Kind
  /// The rows the state's summary counts, per class.
  public let rows: RowTally
  /// Whether the summary prints weights.
  public let weighted: Bool
  /// The bytes holding the state (for a stream, every state of it), shared, not copied.
  let storage: StateBytes
  /// Where the compact encoding of the histogram or counts lies in `storage`.
  let counts: Range<Int>
  /// Where that encoding starts in the state file, for messages.
  var countsFileOffset = 0
  /// Where the compact encoding of each group's counts lies in `storage`, when the state
  /// has groups (`--group`).
  var groups: Range<Int>? = nil
  /// Where that encoding starts in the state file, for messages.
  var groupsFileOffset = 0

  /// The compact encoding of the histogram or counts, valid while `storage` lives.
  var countBytes: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(storage.bytes)[counts])
  }

  /// The state's groups, decoded and checked against its row tally, or `nil` without groups.
  func decodedGroups() throws(DataError) -> GroupedScoreCounts? {
    guard let groups else { return nil }
    let bytes = [UInt8](UnsafeRawBufferPointer(storage.bytes)[groups])
    let decoded: GroupedScoreCounts
    do throws(CompactEncodingError) {
      decoded = try GroupedScoreCounts(compactEncoding: bytes)
    } catch {
      throw DataError(
        location: location,
        message: "the groups do not decode: byte \(groupsFileOffset + error.offset): \(error.reason)")
    }
    guard decoded.positiveRowCount == rows.positives, decoded.negativeRowCount == rows.negatives
    else {
      throw DataError(
        location: location,
        message:
          "\(rows.tallyText), but the groups hold \(decoded.positiveRowCount) and \(decoded.negativeRowCount)")
    }
    return decoded
  }

}

/// Bytes in memory that several states share and point into: their own allocation, so that
/// the pointers stay valid as long as this object lives.
final class StateBytes {
  let bytes: UnsafeMutableRawBufferPointer

  private init(taking bytes: UnsafeMutableRawBufferPointer) { self.bytes = bytes }

  /// A copy of `contents`.
  convenience init(_ contents: UnsafeRawBufferPointer) {
    let bytes = UnsafeMutableRawBufferPointer(
      start: malloc(Swift.max(contents.count, 1)), count: contents.count)
    bytes.copyMemory(from: contents)
    self.init(taking: bytes)
  }

  /// A copy of `contents`.
  convenience init(_ contents: [UInt8]) {
    self.init(
      taking: contents.withUnsafeBytes { contents in
        let bytes = UnsafeMutableRawBufferPointer(
          start: malloc(Swift.max(contents.count, 1)), count: contents.count)
        bytes.copyMemory(from: contents)
        return bytes
      })
  }

  /// Every byte of standard input, read straight into the allocation, which grows by half.
  static func readingStandardInput() throws(DataError) -> StateBytes {
    var capacity = 1 << 20
    var base = malloc(capacity)!
    var count = 0
    while true {
      if count == capacity {
        capacity += capacity / 2
        guard let grown = realloc(base, capacity) else {
          free(base)
          throw DataError(location: "<stdin>", message: "out of memory reading the states")
        }
        base = grown
      }
      let read = readStandardInput(
        into: UnsafeMutableRawBufferPointer(start: base + count, count: capacity - count))
      if read < 0 && errno == EINTR { continue }
      guard read >= 0 else {
        free(base)
        throw DataError(
          location: "<stdin>", message: "read failed: \(String(cString: strerror(errno)))")
      }
      if read == 0 { break }
      count += read
    }
    // Give back what the last growth took beyond the bytes read.
    let fitted = realloc(base, Swift.max(count, 1)) ?? base
    return StateBytes(taking: UnsafeMutableRawBufferPointer(start: fitted, count: count))
  }

  deinit { free(bytes.baseAddress) }
}

extension StateFile {
  /// Reads the state file at `path` and checks it whole, keeping it compact; a version-1 file
  /// is decoded and encoded again.
  public static func readEncoded(_ path: String) throws(DataError) -> EncodedState {
    let bytes = try fileBytes(path)
    let result = bytes.withUnsafeBytes { buffer in
      Result { () throws(StateFileError) in
        let frame = try StateFrame(buffer, at: 0, wholeFile: true)
        guard frame.version == 1 else {
          // Compact already: kept as read.
          return try encodedState(
            buffer, frame: frame, storage: StateBytes(buffer), location: path
          ).state
        }
        // Decoded straight from the bytes read, then held compactly.
        let payload = try frame.decode(buffer).payload
        return EncodedState(payload, location: path, smallest: false)
      }
    }
    do {
      return try result.get()
    } catch {
      throw DataError(location: path, message: error.message)
    }
  }

  /// Reads every state on standard input, written one after another, each checked whole.
  /// A state cut short names its position and the byte it starts at.
  public static func readEncodedStandardInput() throws(DataError) -> [EncodedState] {
    let storage = try StateBytes.readingStandardInput()
    guard storage.bytes.count > 0 else {
      throw DataError(location: "<stdin>", message: "no state: the input is empty")
    }
    return try encodedStates(in: storage, location: "<stdin>", wholeFile: false)
  }

  /// Reads and decodes every state on standard input, written one after another, each
  /// checked whole.
  public static func readStandardInputStates() throws(DataError) -> [DecodedState] {
    let bytes = try standardInputBytes()
    guard !bytes.isEmpty else {
      throw DataError(location: "<stdin>", message: "no state: the input is empty")
    }
    return try decodeStates(inStream: bytes, location: "<stdin>")
  }

  /// Decodes every state of `bytes`, written one after another, each checked whole.
  public static func decodeStates(inStream bytes: [UInt8], location: String)
    throws(DataError) -> [DecodedState]
  {
    var states: [DecodedState] = []
    var start = 0
    while start < bytes.count {
      do throws(StateFileError) {
        let (state, end) = try decodeState(bytes, at: start, wholeFile: false)
        states.append(state)
        start = end
      } catch {
        throw DataError(
          location: "\(location): state \(states.count + 1) (byte \(start))",
          message: error.message)
      }
    }
    return states
  }

  /// Every byte of standard input.
  static func standardInputBytes() throws(DataError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { readStandardInput(into: $0) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw DataError(
          location: "<stdin>", message: "read failed: \(String(cString: strerror(errno)))")
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[..<count])
    }
  }

  /// The states in `bytes`: exactly one filling them (`wholeFile`), or any number back to back.
  public static func encodedStates(in bytes: [UInt8], location: String, wholeFile: Bool)
    throws(DataError) -> [EncodedState]
  {
    try encodedStates(in: StateBytes(bytes), location: location, wholeFile: wholeFile)
  }

  static func encodedStates(in storage: StateBytes, location: String, wholeFile: Bool)
    throws(DataError) -> [EncodedState]
  {
    let buffer = UnsafeRawBufferPointer(storage.bytes)
    var states: [EncodedState] = []
    var start = 0
    repeat {
      let name = wholeFile ? location : "\(location): state \(states.count + 1) (byte \(start))"
      do throws(StateFileError) {
        let state = try encodedState(
          buffer, frame: StateFrame(buffer, at: start, wholeFile: wholeFile), storage: storage,
          location: name)
        start = state.end
        states.append(state.state)
      } catch {
        throw DataError(location: name, message: error.message)
      }
    } while start < buffer.count
    return states
  }

  /// The state `frame` (already checked, checksum included) frames in `buffer`, whose bytes
  /// `storage` holds.
  private static func encodedState(
    _ buffer: UnsafeRawBufferPointer, frame: StateFrame, storage: StateBytes, location: String
  ) throws(StateFileError) -> (state: EncodedState, end: Int) {
    if frame.version == 1 {
      // Decoded and checked in full, then held compactly like any other state.
      let payload = try frame.decode(buffer).payload
      return (EncodedState(payload, location: location, smallest: false), frame.end)
    }
    let payload = UnsafeRawBufferPointer(rebasing: buffer[frame.payload])
    let prefix = try Version2Prefix(payload, baseOffset: StateFile.headerSize)
    let countsStart = frame.payload.lowerBound + prefix.countsOffset
    let countsEnd = prefix.countsLength.map { countsStart + $0 } ?? frame.payload.upperBound
    let counts = countsStart..<countsEnd
    let countsOffset = StateFile.headerSize + prefix.countsOffset
    let held: HeldRows
    do throws(CompactEncodingError) {
      let bytes = UnsafeRawBufferPointer(rebasing: buffer[counts])
      switch frame.kind {
      case .histogram:
        let summary = try ScoreHistogram.checkCompactEncoding(bytes)
        held = HeldRows(
          kind: .histogram, positives: summary.positiveCount,
          negatives: summary.negativeCount, isWeighted: false)
      case .counts:
        let summary = try ScoreCounts.compactEncodingHeader(bytes)
        held = HeldRows(
          kind: .counts, positives: summary.positiveRowCount,
          negatives: summary.negativeRowCount, isWeighted: summary.isWeighted)
      }
    } catch {
      throw StatePayload.decodingFailure(error, kind: frame.kind, countsOffset: countsOffset)
    }
    try held.check(rows: prefix.rows, weighted: prefix.weighted)
    var state = EncodedState(
      location: location, kind: frame.kind, rows: prefix.rows, weighted: prefix.weighted,
      storage: storage, counts: counts, countsFileOffset: countsOffset)
    if prefix.countsLength != nil {
      state.groups = countsEnd..<frame.payload.upperBound
      state.groupsFileOffset = countsOffset + counts.count
    }
    return (state, frame.end)
  }
}

/// The C library's `read` of standard input, under a name that `StateFile.read` does not shadow.
private func readStandardInput(into buffer: UnsafeMutableRawBufferPointer) -> Int {
  read(STDIN_FILENO, buffer.baseAddress, buffer.count)
}

extension EncodedState {
  /// `payload` in compact bytes, as a state file of version 2 holds it; `smallest: false`
  /// writes them faster, in more room (see `ScoreCounts.compactEncoding(smallest:)`).
  public init(_ payload: StatePayload, location: String = "", smallest: Bool = true) {
    let encoded = payload.version2Payload(smallest: smallest)
    let read = encoded.withUnsafeBytes { bytes in
      Result { () throws(StateFileError) in try Version2Prefix(bytes, baseOffset: 0) }
    }
    guard case .success(let prefix) = read else {
      preconditionFailure("a payload's own prefix does not decode: \(read)")
    }
    let countsEnd = prefix.countsOffset + (prefix.countsLength ?? encoded.count - prefix.countsOffset)
    self.init(
      location: location, kind: payload.kind, rows: payload.rows, weighted: payload.weighted,
      storage: StateBytes(encoded), counts: prefix.countsOffset..<countsEnd)
    if prefix.countsLength != nil { groups = countsEnd..<encoded.count }
  }
}

extension StatePayload {
  /// The groups of `payload`'s histogram or counts, built after the counts are let go of
  /// (`payload` is `nil` afterwards): the counts go to their compact bytes first, so that
  /// the counts and the groups, about 24 bytes a group each, are never held at once.
  public static func groups(releasing payload: inout StatePayload?) -> ScoreGroups {
    switch payload?.accumulator {
    case .histogram(let histogram)?:
      payload = nil
      return histogram.groups
    case .counts?:
      let bytes = payload!.counts!.compactEncoding(smallest: false)
      payload = nil
      do {
        return try bytes.withUnsafeBytes { (buffer) throws(CompactEncodingError) in
          try ScoreGroups(compactCounts: buffer)
        }
      } catch {
        preconditionFailure("counts' own compact encoding does not decode: \(error)")
      }
    case nil:
      payload = nil
      return ScoreGroups(thresholds: [], positives: [], negatives: [], binning: .exact)
    }
  }
}
