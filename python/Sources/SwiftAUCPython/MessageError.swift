/// An error told by its message, handed to Python through a caller's buffer.
struct MessageError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }

  /// Writes `text`, cut to fit and NUL-terminated, into `buffer` of `capacity` bytes.
  static func write(_ text: String, to buffer: UnsafeMutablePointer<CChar>?, capacity: Int64) {
    guard let buffer, capacity > 0 else { return }
    let bytes = Array(text.utf8.prefix(Int(capacity) - 1))
    for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
    buffer[bytes.count] = 0
  }
}
