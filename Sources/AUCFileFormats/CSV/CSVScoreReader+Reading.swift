#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension CSVScoreReader {
  /// Reads all of `input`, calling `consume` with each full batch and with the last one.
  // Pre-specialised for the two score types: callers in other modules (the CLI) reach the
  // specialised code instead of the generic one, which looks up type metadata per row.
  @_specialize(where Score == Double)
  @_specialize(where Score == Float)
  public func read<Score: DecimalScore>(
    _ input: borrowing InputFile,
    as scoreType: Score.Type,
    consume: (borrowing Batch<Score>) throws(DataError) -> Void
  ) throws(DataError) {
    _ = try read(input, as: Score.self, stoppingAfterHeader: false, consume: consume)
  }

  /// The length in bytes of the input's header: its byte order mark, any blank lines, and
  /// the header record with its line feed. The header is checked as ``read(_:as:consume:)``
  /// checks it (every column found once), so a bad header throws the same error; no row is
  /// read. Without a header, 0.
  ///
  /// - Complexity: O(h) for a header of h bytes, read in chunks of ``chunkSize``.
  public func headerLength(of input: borrowing InputFile) throws(DataError) -> Int {
    guard hasHeader else { return 0 }
    return try read(input, as: Double.self, stoppingAfterHeader: true) { _ throws(DataError) in }
  }

  /// Reads `input` to its end, or to the end of its header; returns the bytes read as far as
  /// the point where it stopped.
  private func read<Score: DecimalScore>(
    _ input: borrowing InputFile, as scoreType: Score.Type, stoppingAfterHeader: Bool,
    consume: (borrowing Batch<Score>) throws(DataError) -> Void
  ) throws(DataError) -> Int {
    var state = try CSVLineState<Score>(reader: self, fileName: input.displayName)
    state.stopsAfterHeader = stoppingAfterHeader
    // One spare byte after the data holds a sentinel newline for the last line.
    var buffer = [UInt8](repeating: 0, count: chunkSize + 1)
    var filled = 0
    var atEnd = false
    // A part of a file without a header starts inside the file, where no mark is looked for.
    var atInputStart = hasHeader || skippedLineCount == 0
    /// Bytes of the input consumed before the buffer's first byte.
    var consumedBefore = 0
    while !atEnd {
      if filled == buffer.count - 1 {
        guard filled < maximumRecordLength else {
          if state.lineNumber == 0,
            buffer.withUnsafeBytes({
              CSVTextCheck.hasCarriageReturns(UnsafeRawBufferPointer(rebasing: $0[..<filled]))
            })
          {
            throw CSVTextCheck.carriageReturnsOnly(input.displayName)
          }
          let limit =
            maximumRecordLength % (1 << 20) == 0
            ? "\(maximumRecordLength >> 20) MiB" : "\(maximumRecordLength) bytes"
          throw DataError(
            location: "\(input.displayName):\(state.lineNumber + 1)",
            message: "a record longer than \(limit) (is a quote left open?)")
        }
        // An array, not `repeatElement`: it is copied with memcpy even in a debug build,
        // where appending a `Repeated` goes element by element through generic code.
        buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
      }
      let readCount = try buffer.withUnsafeMutableBytes { bytes in
        Result { () throws(DataError) in
          try input.read(
            into: UnsafeMutableRawBufferPointer(rebasing: bytes[filled..<(bytes.count - 1)]))
        }
      }.get()
      atEnd = readCount == 0
      filled += readCount
      if atInputStart {
        // A byte order mark is looked for once the first 4 bytes (or all of a shorter input)
        // are in.
        guard atEnd || filled >= CSVTextCheck.longestByteOrderMark else { continue }
        atInputStart = false
        let markLength = try buffer.withUnsafeBytes { bytes in
          Result { () throws(DataError) in
            try CSVTextCheck.byteOrderMarkLength(
              UnsafeRawBufferPointer(rebasing: bytes[..<filled]), fileName: input.displayName)
          }
        }.get()
        if markLength > 0 {
          buffer.removeSubrange(0..<markLength)
          buffer.append(contentsOf: [UInt8](repeating: 0, count: markLength))
          filled -= markLength
          consumedBefore += markLength
        }
      }
      var sentinel = 0
      if atEnd, filled > 0, buffer[filled - 1] != UInt8(ascii: "\n") {
        buffer[filled] = UInt8(ascii: "\n")
        filled += 1
        sentinel = 1
      }
      let consumed = try buffer.withUnsafeBytes { bytes in
        Result { () throws(DataError) in
          try state.consumeLines(
            UnsafeRawBufferPointer(rebasing: bytes[..<filled]), consume: consume)
        }
      }.get()
      if state.stopsAfterHeader && state.sawHeader {
        return consumedBefore + min(consumed, filled - sentinel)
      }
      consumedBefore += consumed
      buffer.withUnsafeMutableBytes { bytes in
        if consumed > 0, consumed < filled {
          bytes.baseAddress!.copyMemory(
            from: bytes.baseAddress! + consumed, byteCount: filled - consumed)
        }
      }
      filled -= consumed
    }
    if filled > 0 {
      throw DataError(
        location: "\(input.displayName):\(state.lineNumber + 1)",
        message: "a quoted field is not closed before the end of the input")
    }
    if !state.sawHeader {
      if hasHeader {
        throw DataError(location: input.displayName, message: "no header row: the input is empty")
      }
    }
    if state.batch.count > 0 { try consume(state.batch) }
    return consumedBefore
  }
}
