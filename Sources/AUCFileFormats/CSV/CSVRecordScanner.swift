#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds where each CSV record ends: at a line feed outside double quotes.
///
/// A record that goes on past the bytes read so far is picked up where the scan stopped when
/// more bytes arrive, instead of being scanned again from its start. From a pipe, which
/// hands over 64 KiB at a time, a record of n bytes (a long quoted field, or a quote left
/// open by mistake) would otherwise cost O(n²/64 KiB): 62 s instead of 1 s for a stray quote
/// in 59 MB of rows.
///
/// - Complexity: Each byte is examined at most three times (a search for line feeds, one for
///   quotes, a count of quotes), however the bytes arrive.
struct CSVRecordScanner {
  /// A record's extent: its last line feed, whether it has any quote, and how many line
  /// breaks lie inside quoted fields.
  struct Record {
    var lineEnd: Int
    var quoted: Bool
    var breaks: Int
  }

  /// How far the scan of an unfinished record got, in offsets from the record's start (the
  /// reader moves an unfinished record to the front of its buffer before reading more).
  private struct Progress {
    /// Bytes searched for the next line feed.
    var searched: Int
    /// The record's last line feed found so far, when its first line is complete.
    var lineEnd: Int?
    /// Whether a quoted field is open at `lineEnd`.
    var open = false
    var breaks = 0
  }

  private var progress: Progress?
  /// Bytes searched or counted so far: what the complexity promise bounds (tests check it).
  private(set) var bytesExamined = 0

  /// The record that starts at `start` of `base[..<end]`, or `nil` when it goes on past `end`;
  /// the next call, for the same record (moved or not to another `start`), goes on from there.
  @inline(__always)
  mutating func record(in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Record? {
    var searchStart = start
    if let saved = progress {
      progress = nil
      if saved.lineEnd != nil { return continueQuoted(in: base, from: start, to: end, saved) }
      searchStart = start + saved.searched
    }
    guard let lineEnd = find(UInt8(ascii: "\n"), in: base, from: searchStart, to: end) else {
      progress = Progress(searched: end - start)
      return nil
    }
    // Quotes are rare: only a record that has some is checked for a line break in quotes.
    guard find(UInt8(ascii: "\""), in: base, from: start, to: lineEnd) != nil else {
      return Record(lineEnd: lineEnd, quoted: false, breaks: 0)
    }
    let open = quoteCount(base, start, lineEnd) % 2 == 1
    return continueQuoted(
      in: base, from: start, to: end,
      Progress(searched: lineEnd + 1 - start, lineEnd: lineEnd - start, open: open))
  }

  /// Follows a quoted record's lines until its quotes close, or saves where it stopped.
  private mutating func continueQuoted(
    in base: UnsafePointer<UInt8>, from start: Int, to end: Int, _ scan: Progress
  ) -> Record? {
    var scan = scan
    var lineEnd = start + scan.lineEnd!
    while scan.open {
      guard let next = find(UInt8(ascii: "\n"), in: base, from: start + scan.searched, to: end)
      else {
        scan.searched = end - start
        scan.lineEnd = lineEnd - start
        progress = scan
        return nil
      }
      scan.open = (quoteCount(base, lineEnd + 1, next) % 2 == 1) != scan.open
      scan.breaks += 1
      lineEnd = next
      scan.searched = next + 1 - start
    }
    return Record(lineEnd: lineEnd, quoted: true, breaks: scan.breaks)
  }

  /// The index of the first `byte` in `base[start..<end]`, found with `memchr`.
  @inline(__always)
  private mutating func find(
    _ byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int
  ) -> Int? {
    guard start < end else { return nil }
    guard let found = memchr(base + start, Int32(byte), end - start) else {
      bytesExamined &+= end - start
      return nil
    }
    let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
    bytesExamined &+= index + 1 - start
    return index
  }

  private mutating func quoteCount(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    bytesExamined &+= end - start
    var count = 0
    for index in start..<end where base[index] == UInt8(ascii: "\"") { count += 1 }
    return count
  }
}
