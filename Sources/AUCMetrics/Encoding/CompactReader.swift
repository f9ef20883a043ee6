/// Reads the compact encoding's fields from bytes in memory, each read bounds-checked: bytes,
/// LEB128 variable-length integers and little-endian doubles.
///
/// A read past the end, a variable-length integer longer than 10 bytes, past 2^64 − 1 or
/// padded with a needless zero byte throws a ``CompactEncodingError`` at the offending byte;
/// nothing traps on any input.
@usableFromInline
internal struct CompactReader {
  @usableFromInline internal let bytes: UnsafeRawBufferPointer
  @usableFromInline internal var offset: Int

  @inlinable
  internal init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  /// `true` when every byte has been read.
  @inlinable
  internal var isAtEnd: Bool { offset == bytes.count }

  /// An error at the current offset.
  @inlinable
  internal func failure(_ reason: String) -> CompactEncodingError {
    CompactEncodingError(offset: offset, reason: reason)
  }

  @inlinable
  internal mutating func byte() throws(CompactEncodingError) -> UInt8 {
    guard offset < bytes.count else { throw failure("the input ends early") }
    let value = bytes[offset]
    offset &+= 1
    return value
  }

  /// An unsigned LEB128 integer: 7 bits a byte, lowest first, the high bit set on every byte
  /// but the last.
  @inlinable @inline(__always)
  internal mutating func varint() throws(CompactEncodingError) -> UInt64 {
    // One or two bytes in the common cases, with a single bounds check.
    if bytes.count &- offset >= 2 {
      let first = bytes[offset]
      if first < 0x80 {
        offset &+= 1
        return UInt64(first)
      }
      let second = bytes[offset &+ 1]
      if second < 0x80 && second != 0 {
        offset &+= 2
        return UInt64(first & 0x7F) | UInt64(second) &<< 7
      }
    } else if offset < bytes.count, bytes[offset] < 0x80 {
      offset &+= 1
      return UInt64(bytes[offset &- 1])
    }
    return try longVarint()
  }

  @usableFromInline
  internal mutating func longVarint() throws(CompactEncodingError) -> UInt64 {
    let start = offset
    if bytes.count - offset >= 10 {
      // Room for the longest number: no bounds check per byte.
      let base = bytes.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: UInt8.self) + offset
      var value: UInt64 = 0
      var index = 0
      while index < 10 {
        let byte = base[index]
        value |= UInt64(byte & 0x7F) &<< UInt64(7 &* index)
        if byte < 0x80 {
          guard index < 9 || byte <= 1 else { break }
          guard byte != 0 || index == 0 else {
            throw CompactEncodingError(offset: start, reason: "a number has a needless zero byte")
          }
          offset &+= index &+ 1
          return value
        }
        index &+= 1
      }
      throw CompactEncodingError(offset: start, reason: "a number passes 2^64 - 1")
    }
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count else {
        throw CompactEncodingError(
          offset: offset,
          reason: offset == start ? "the input ends early" : "the input ends inside a number")
      }
      let byte = bytes[offset]
      offset += 1
      let bits = UInt64(byte & 0x7F)
      if shift == 63 && byte > 1 {
        throw CompactEncodingError(offset: start, reason: "a number passes 2^64 - 1")
      }
      value |= bits << shift
      if byte < 0x80 {
        if byte == 0 && shift > 0 {
          throw CompactEncodingError(offset: start, reason: "a number has a needless zero byte")
        }
        return value
      }
      shift += 7
    }
  }

  /// A variable-length integer that must fit `Int`, e.g. a length.
  @inlinable
  internal mutating func count(_ what: String) throws(CompactEncodingError) -> Int {
    let start = offset
    let value = try varint()
    guard value <= UInt64(Int.max) else {
      throw CompactEncodingError(offset: start, reason: "\(what) \(value) is too large")
    }
    return Int(value)
  }

  /// An IEEE 754 double, 8 bytes little-endian.
  @inlinable @inline(__always)
  internal mutating func double() throws(CompactEncodingError) -> Double {
    guard bytes.count - offset >= 8 else { throw failure("the input ends inside a weight") }
    let bits = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    offset &+= 8
    return Double(bitPattern: bits)
  }
}
