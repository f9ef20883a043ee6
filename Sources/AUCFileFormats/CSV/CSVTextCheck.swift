#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Recognises text that the reader does not take, at the start of an input, so that the
/// message says what the file is instead of showing a garbled header: UTF-16 and UTF-32
/// (with or without a byte order mark) and lines that end in CR only (classic Mac OS).
///
/// A UTF-8 byte order mark at the start is skipped, with or without a header row.
///
/// - Complexity: O(1) for the byte order mark, O(n) in the first record's n bytes; no other
///   record is examined.
enum CSVTextCheck {
  /// Bytes a byte order mark can take.
  static let longestByteOrderMark = 4

  /// The length of the UTF-8 byte order mark `prefix` starts with (3, or 0 without one);
  /// throws for a UTF-16 or UTF-32 byte order mark. `prefix` holds the input's first bytes:
  /// ``longestByteOrderMark`` of them, or all of a shorter input.
  static func byteOrderMarkLength(_ prefix: UnsafeRawBufferPointer, fileName: String)
    throws(DataError) -> Int
  {
    let bytes = Array(prefix.prefix(longestByteOrderMark))
    func starts(with mark: [UInt8]) -> Bool { bytes.starts(with: mark) }
    if starts(with: [0xEF, 0xBB, 0xBF]) { return 3 }
    let encoding: String
    var source = "UTF-16"
    if starts(with: [0xFF, 0xFE, 0, 0]) {
      encoding = "UTF-32 (little-endian: it starts with the byte order mark FF FE 00 00)"
      source = "UTF-32"
    } else if starts(with: [0, 0, 0xFE, 0xFF]) {
      encoding = "UTF-32 (big-endian: it starts with the byte order mark 00 00 FE FF)"
      source = "UTF-32"
    } else if starts(with: [0xFF, 0xFE]) {
      encoding = "UTF-16 (little-endian: it starts with the byte order mark FF FE)"
    } else if starts(with: [0xFE, 0xFF]) {
      encoding = "UTF-16 (big-endian: it starts with the byte order mark FE FF)"
    } else {
      return 0
    }
    throw notUTF8(fileName, encoding, source: source)
  }

  /// Throws when the first record of an input (`record`, without its line end) is UTF-16 or
  /// UTF-32 without a byte order mark (a third or more of its bytes are NUL), or holds a CR:
  /// the whole input is then one line whose lines end in CR only.
  static func checkFirstRecord(_ record: UnsafeBufferPointer<UInt8>, fileName: String)
    throws(DataError)
  {
    guard let base = record.baseAddress, !record.isEmpty else { return }
    if memchr(base, 0, record.count) != nil {
      var nulCount = 0
      for byte in record where byte == 0 { nulCount += 1 }
      if nulCount * 3 >= record.count {
        throw notUTF8(
          fileName, "UTF-16 or UTF-32: NUL bytes lie between its characters", source: "UTF-16")
      }
    }
    if memchr(base, Int32(UInt8(ascii: "\r")), record.count) != nil {
      throw carriageReturnsOnly(fileName)
    }
  }

  /// Whether `bytes`, the start of an input that has no line feed in its first record's
  /// maximum length, has CRs: lines that end in CR only make the whole input one record.
  static func hasCarriageReturns(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    return memchr(base, Int32(UInt8(ascii: "\r")), bytes.count) != nil
  }

  static func carriageReturnsOnly(_ fileName: String) -> DataError {
    DataError(
      location: fileName,
      message:
        "lines end in CR only (old Mac format); convert them to LF first, e.g. with tr '\\r' '\\n'"
    )
  }

  private static func notUTF8(_ fileName: String, _ encoding: String, source: String)
    -> DataError
  {
    DataError(
      location: fileName,
      message:
        "the file is \(encoding); convert it to UTF-8 first, e.g. with iconv -f \(source) -t UTF-8"
    )
  }
}
