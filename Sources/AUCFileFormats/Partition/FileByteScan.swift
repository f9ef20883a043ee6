#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads byte ranges of a regular file to count its line feeds and double quotes, and to find
/// where records start, for cutting the file into parts (``CSVFilePart``).
struct FileByteScan: ~Copyable {
  let path: String
  private let descriptor: Int32
  private static let chunkSize = 1 << 20

  init(path: String) throws(DataError) {
    self.path = path
    descriptor = try FileKind.openRegularFile(
      path, purpose: "only a regular file can be cut into parts"
    ).descriptor
  }

  deinit { close(descriptor) }

  /// The line feeds and double quotes in `range`.
  ///
  /// - Complexity: O(n) for n bytes, read 1 MiB at a time.
  func count(in range: Range<Int>) throws(DataError) -> (lineFeeds: UInt64, quotes: UInt64) {
    var lineFeeds: UInt64 = 0
    var quotes: UInt64 = 0
    try forEachChunk(from: range.lowerBound, to: range.upperBound) { chunk in
      for byte in chunk {
        lineFeeds &+= byte == UInt8(ascii: "\n") ? 1 : 0
        quotes &+= byte == UInt8(ascii: "\"") ? 1 : 0
      }
      return true
    }
    return (lineFeeds, quotes)
  }

  /// The first record start after `offset`: the byte after the first line feed at `offset` or
  /// later that lies outside quotes, when a quoted field is open at `offset` as
  /// `insideQuotes` says, or `end` when there is none; with the line feeds from `offset` to it.
  ///
  /// - Complexity: O(k) for the k bytes scanned.
  func recordStart(from offset: Int, end: Int, insideQuotes: Bool) throws(DataError) -> (
    offset: Int, lineFeeds: Int
  ) {
    var open = insideQuotes
    var position = offset
    var lineFeeds = 0
    var found: Int? = nil
    try forEachChunk(from: offset, to: end) { chunk in
      for byte in chunk {
        position += 1
        if byte == UInt8(ascii: "\"") {
          open.toggle()
        } else if byte == UInt8(ascii: "\n") {
          lineFeeds += 1
          if !open {
            found = position
            return false
          }
        }
      }
      return true
    }
    return (found ?? end, lineFeeds)
  }

  /// Calls `body` with the bytes from `start` to `end`, a chunk at a time, until it returns
  /// `false` or the file ends.
  private func forEachChunk(
    from start: Int, to end: Int, _ body: (UnsafeRawBufferPointer) -> Bool
  ) throws(DataError) {
    guard start < end else { return }
    let buffer = UnsafeMutableRawBufferPointer.allocate(
      byteCount: Self.chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    var offset = start
    while offset < end {
      let count = pread(
        descriptor, buffer.baseAddress, min(Self.chunkSize, end - offset), off_t(offset))
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw DataError(location: path, message: "read failed: \(FileKind.lastSystemError)")
      }
      if count == 0 { return }
      guard body(UnsafeRawBufferPointer(rebasing: buffer[..<count])) else { return }
      offset += count
    }
  }
}
