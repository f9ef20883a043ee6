#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads JSON text in place, one value at a time, for the payloads of version-1 state files:
/// objects, arrays, strings without escapes, numbers and booleans, each read into its Swift
/// type as it is met, so that memory stays that of the values read.
///
/// Every read is bounds-checked and throws a ``StateFileError`` naming the byte, offset by
/// `baseOffset` (where the text starts in the file).
struct JSONScanner {
  private let bytes: UnsafeRawBufferPointer
  private var offset = 0
  private let baseOffset: Int

  init(_ bytes: UnsafeRawBufferPointer, baseOffset: Int) {
    self.bytes = bytes
    self.baseOffset = baseOffset
  }

  func failure(_ reason: String) -> StateFileError {
    StateFileError("the counts do not decode: byte \(baseOffset + offset): \(reason)")
  }

  private mutating func skipSpace() {
    while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
  }

  private mutating func peek() -> UInt8? {
    skipSpace()
    return offset < bytes.count ? bytes[offset] : nil
  }

  private mutating func expect(_ character: Character) throws(StateFileError) {
    guard peek() == character.asciiValue else {
      throw failure("expected \"\(character)\"")
    }
    offset += 1
  }

  /// Checks that only white space is left.
  mutating func end() throws(StateFileError) {
    guard peek() == nil else { throw failure("text after the payload") }
  }

  /// A string of printable ASCII without escapes: what the payload's keys are.
  mutating func string() throws(StateFileError) -> String {
    try expect("\"")
    let start = offset
    while offset < bytes.count, bytes[offset] != UInt8(ascii: "\"") {
      guard (0x20..<0x7F).contains(bytes[offset]), bytes[offset] != UInt8(ascii: "\\") else {
        throw failure("a key holds a byte other than printable ASCII")
      }
      offset += 1
    }
    guard offset < bytes.count else { throw failure("a string is not closed") }
    let text = String(
      decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    offset += 1
    return text
  }

  /// Reads an object, calling `field` with each key; `field` reads the value.
  mutating func object(_ field: (String, inout JSONScanner) throws(StateFileError) -> Void)
    throws(StateFileError)
  {
    try expect("{")
    if peek() == UInt8(ascii: "}") {
      offset += 1
      return
    }
    var keys: Set<String> = []
    while true {
      let key = try string()
      guard keys.insert(key).inserted else { throw failure("the key \"\(key)\" appears twice") }
      try expect(":")
      try field(key, &self)
      skipSpace()
      if peek() == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      try expect("}")
      return
    }
  }

  /// Reads an array, calling `element` for each element.
  mutating func array(_ element: (inout JSONScanner) throws(StateFileError) -> Void)
    throws(StateFileError)
  {
    try expect("[")
    if peek() == UInt8(ascii: "]") {
      offset += 1
      return
    }
    while true {
      try element(&self)
      if peek() == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      try expect("]")
      return
    }
  }

  mutating func unsignedArray() throws(StateFileError) -> [UInt64] {
    var values: [UInt64] = []
    try array { (scanner) throws(StateFileError) in values.append(try scanner.unsigned()) }
    return values
  }

  mutating func doubleArray() throws(StateFileError) -> [Double] {
    var values: [Double] = []
    try array { (scanner) throws(StateFileError) in values.append(try scanner.double()) }
    return values
  }

  /// A non-negative integer in `0...UInt64.max`, in decimal digits.
  mutating func unsigned() throws(StateFileError) -> UInt64 {
    skipSpace()
    let start = offset
    var value: UInt64 = 0
    while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) {
      let (product, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, carry) = product.addingReportingOverflow(UInt64(bytes[offset] - 48))
      guard !overflow, !carry else { throw failure("a number passes 2^64 - 1") }
      value = sum
      offset += 1
    }
    guard offset > start else { throw failure("expected a non-negative integer") }
    return value
  }

  mutating func int() throws(StateFileError) -> Int {
    let value = try unsigned()
    guard value <= UInt64(Int.max) else { throw failure("the number \(value) is too large") }
    return Int(value)
  }

  /// A JSON number, read with the C library's correctly rounded `strtod`.
  mutating func double() throws(StateFileError) -> Double {
    skipSpace()
    let start = offset
    while offset < bytes.count, offset - start < 40,
      "+-.0123456789eE".utf8.contains(bytes[offset])
    {
      offset += 1
    }
    let length = offset - start
    guard length > 0, length < 40 else { throw failure("expected a number") }
    // Counts are whole numbers of up to 15 digits: exact as doubles, no need for strtod.
    if length <= 15, (start..<offset).allSatisfy({ (48...57).contains(bytes[$0]) }) {
      return Double((start..<offset).reduce(UInt64(0)) { $0 * 10 + UInt64(bytes[$1] - 48) })
    }
    var text = [CChar](repeating: 0, count: length + 1)
    for index in 0..<length { text[index] = CChar(bitPattern: bytes[start + index]) }
    var end: UnsafeMutablePointer<CChar>? = nil
    let value = text.withUnsafeMutableBufferPointer { buffer in
      let value = strtod(buffer.baseAddress!, &end)
      return end == buffer.baseAddress! + length ? value : nil
    }
    guard let value, value.isFinite else { throw failure("expected a finite number") }
    return value
  }

  mutating func bool() throws(StateFileError) -> Bool {
    for (word, value) in [("true", true), ("false", false)] {
      let utf8 = Array(word.utf8)
      if peek() == utf8[0], bytes.count - offset >= utf8.count,
        utf8.indices.allSatisfy({ bytes[offset + $0] == utf8[$0] })
      {
        offset += utf8.count
        return value
      }
    }
    throw failure("expected true or false")
  }
}
