/// The fuzzer's input read as a stream of choices: each call takes the next bytes, and an
/// exhausted stream answers zeros, so every input is a valid program.
public struct ByteStream {
  private let bytes: UnsafeRawBufferPointer
  private var offset = 0

  public init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  /// Whether every byte has been read.
  public var isAtEnd: Bool { offset >= bytes.count }

  /// The next byte, or 0 past the end.
  public mutating func byte() -> UInt8 {
    guard offset < bytes.count else { return 0 }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// The next two bytes, little-endian.
  public mutating func uint16() -> UInt16 {
    UInt16(byte()) | UInt16(byte()) << 8
  }

  /// The next eight bytes, little-endian.
  public mutating func uint64() -> UInt64 {
    (0..<8).reduce(0) { value, shift in value | UInt64(byte()) << (8 * UInt64(shift)) }
  }

  /// A value in `0..<bound`.
  public mutating func below(_ bound: Int) -> Int {
    Int(uint16()) % bound
  }

  /// The bytes not read yet.
  public mutating func rest() -> [UInt8] {
    guard offset < bytes.count else { return [] }
    defer { offset = bytes.count }
    return Array(bytes[offset...])
  }
}
