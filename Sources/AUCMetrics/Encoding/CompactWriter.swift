/// Writes the compact encoding's fields into a buffer sized beforehand, so that no append
/// grows an array: bytes, LEB128 variable-length integers and little-endian doubles.
@usableFromInline
internal struct CompactWriter {
  @usableFromInline internal let buffer: UnsafeMutableRawBufferPointer
  @usableFromInline internal var offset: Int

  @inlinable
  internal init(_ buffer: UnsafeMutableRawBufferPointer, offset: Int = 0) {
    self.buffer = buffer
    self.offset = offset
  }

  /// The number of bytes `value` takes as a variable-length integer: 1 to 10.
  @inlinable @inline(__always)
  internal static func size(ofVarint value: UInt64) -> Int {
    let bits = 64 &- (value | 1).leadingZeroBitCount  // significant bits, at least 1
    return (bits &+ 6) / 7
  }

  @inlinable @inline(__always)
  internal mutating func byte(_ value: UInt8) {
    precondition(offset < buffer.count, "compact writer overflow")
    buffer[offset] = value
    offset &+= 1
  }

  @inlinable @inline(__always)
  internal mutating func varint(_ value: UInt64) {
    // Room for the longest number passes without counting this one's bytes.
    precondition(
      buffer.count - offset >= 10 || buffer.count - offset >= Self.size(ofVarint: value),
      "compact writer overflow")
    var rest = value
    while rest >= 0x80 {
      buffer[offset] = UInt8(truncatingIfNeeded: rest) | 0x80
      offset &+= 1
      rest &>>= 7
    }
    buffer[offset] = UInt8(truncatingIfNeeded: rest)
    offset &+= 1
  }

  @inlinable @inline(__always)
  internal mutating func double(_ value: Double) {
    precondition(buffer.count - offset >= 8, "compact writer overflow")
    buffer.storeBytes(of: value.bitPattern.littleEndian, toByteOffset: offset, as: UInt64.self)
    offset &+= 8
  }

  /// A new array of exactly `size` bytes filled by `body`, which must write all of them.
  @inlinable
  internal static func bytes(size: Int, _ body: (inout CompactWriter) -> Void) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      var writer = CompactWriter(UnsafeMutableRawBufferPointer(buffer))
      body(&writer)
      precondition(writer.offset == size, "the compact encoding's size was miscounted")
      initialized = size
    }
  }
}
