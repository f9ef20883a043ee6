/// A value in the Python literal syntax of a `.npy` header: the part of Python's
/// `ast.literal_eval` that NumPy writes there.
public enum PythonLiteral: Equatable {
  case string(String)
  case bool(Bool)
  case none
  case integer(Int)
  /// A tuple `(…)` or a list `[…]`.
  case sequence([PythonLiteral], isTuple: Bool)
}

/// Parses the dictionary of a `.npy` header from its bytes, naming the byte offset in the file
/// of anything it cannot read.
public struct PythonLiteralParser {
  /// The header text, without the preamble before it.
  let text: UnsafeRawBufferPointer
  /// Where `text` begins in the file.
  let fileOffset: Int
  let fileName: String
  /// Whether strings are UTF-8 (format 3.0) rather than Latin-1 (1.0 and 2.0).
  let isUTF8: Bool
  private var position = 0

  /// Tuples and lists nested deeper than this are rejected rather than followed.
  static let maximumDepth = 32

  init(text: UnsafeRawBufferPointer, fileOffset: Int, fileName: String, isUTF8: Bool) {
    self.text = text
    self.fileOffset = fileOffset
    self.fileName = fileName
    self.isUTF8 = isUTF8
  }

  /// One entry of the dictionary: its key and value, where each starts in the file, and how
  /// the value is spelled there.
  struct Entry {
    var key: String
    var keyOffset: Int
    var value: PythonLiteral
    var valueOffset: Int
    var valueText: String
  }

  /// Reads `{key: value, …}` followed by nothing but white space.
  mutating func parseDictionary() throws(DataError) -> [Entry] {
    skipSpaces()
    try expect("{")
    var entries: [Entry] = []
    while true {
      skipSpaces()
      if current == UInt8(ascii: "}") { break }
      let keyOffset = position
      guard case .string(let key) = try parseValue(depth: 0) else {
        throw error("a dictionary key must be a string", at: keyOffset)
      }
      if entries.contains(where: { $0.key == key }) {
        throw error("the key '\(key)' appears twice", at: keyOffset)
      }
      skipSpaces()
      try expect(":")
      skipSpaces()
      let valueStart = position
      let value = try parseValue(depth: 0)
      let valueText = decode(UnsafeRawBufferPointer(rebasing: text[valueStart..<position]))
      entries.append(
        Entry(
          key: key, keyOffset: fileOffset + keyOffset, value: value,
          valueOffset: fileOffset + valueStart, valueText: valueText))
      skipSpaces()
      if current == UInt8(ascii: "}") { break }
      guard current == UInt8(ascii: ",") else { throw error("expected ',' or '}', \(found)") }
      position += 1
    }
    position += 1
    skipSpaces()
    if position < text.count { throw error("\(found) after the dictionary") }
    return entries
  }

  /// An error at `offset` within the header text, or at the current position.
  func error(_ message: String, at offset: Int? = nil) -> DataError {
    DataError(
      location: "\(fileName): byte \(fileOffset + (offset ?? position))",
      message: "malformed .npy header: \(message)")
  }

  private var current: UInt8? { position < text.count ? text[position] : nil }

  /// The byte at the current position, quoted, for messages.
  private var found: String {
    guard let byte = current else { return "the header ends" }
    if (0x21...0x7E).contains(byte) { return "found '\(Character(Unicode.Scalar(byte)))'" }
    return "found byte 0x\(String(byte, radix: 16, uppercase: true))"
  }

  private mutating func skipSpaces() {
    while let byte = current,
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
        || byte == UInt8(ascii: "\r")
    {
      position += 1
    }
  }

  private mutating func expect(_ character: Unicode.Scalar) throws(DataError) {
    guard current == UInt8(ascii: character) else {
      throw error("expected '\(character)', \(found)")
    }
    position += 1
  }

  private mutating func parseValue(depth: Int) throws(DataError) -> PythonLiteral {
    guard let byte = current else { throw error("expected a value, \(found)") }
    switch byte {
    case UInt8(ascii: "'"), UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "("), UInt8(ascii: "["):
      return try parseSequence(depth: depth)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .integer(try parseInteger())
    default:
      for (word, value) in [
        ("True", PythonLiteral.bool(true)), ("False", .bool(false)), ("None", .none),
      ]
      where hasWord(word) {
        position += word.utf8.count
        return value
      }
      throw error("expected a value, \(found)")
    }
  }

  /// Whether the byte at the current position can begin a value.
  private var canStartValue: Bool {
    guard let byte = current else { return false }
    return "'\"([-0123456789TFN".utf8.contains(byte)
  }

  private func hasWord(_ word: String) -> Bool {
    let end = position + word.utf8.count
    guard end <= text.count, text[position..<end].elementsEqual(word.utf8) else { return false }
    guard end < text.count else { return true }
    let next = text[end]
    let isNameByte =
      next == UInt8(ascii: "_") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
      || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next | 0x20)
    return !isNameByte
  }

  private mutating func parseString() throws(DataError) -> String {
    let start = position
    let quote = text[position]
    position += 1
    var bytes: [UInt8] = []
    while let byte = current, byte != quote {
      if byte == UInt8(ascii: "\n") { break }
      if byte == UInt8(ascii: "\\"), position + 1 < text.count { position += 1 }
      bytes.append(text[position])
      position += 1
    }
    guard current == quote else { throw error("the string has no closing quote", at: start) }
    position += 1
    return bytes.withUnsafeBytes { decode($0) }
  }

  /// A decimal integer, optionally negative, with Python 2's `L` suffix allowed.
  private mutating func parseInteger() throws(DataError) -> Int {
    let start = position
    let isNegative = current == UInt8(ascii: "-")
    if isNegative { position += 1 }
    var value = 0
    var digitCount = 0
    while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
      let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
      guard !overflow1, !overflow2 else { throw error("the integer is too large", at: start) }
      value = sum
      digitCount += 1
      position += 1
    }
    guard digitCount > 0 else { throw error("expected digits, \(found)") }
    if current == UInt8(ascii: "L") { position += 1 }
    return isNegative ? -value : value
  }

  private mutating func parseSequence(depth: Int) throws(DataError) -> PythonLiteral {
    let start = position
    guard depth < Self.maximumDepth else {
      throw error("tuples or lists nested more than \(Self.maximumDepth) deep", at: start)
    }
    let isTuple = text[position] == UInt8(ascii: "(")
    let close = isTuple ? UInt8(ascii: ")") : UInt8(ascii: "]")
    position += 1
    var elements: [PythonLiteral] = []
    var sawComma = false
    while true {
      skipSpaces()
      if current == close { break }
      guard canStartValue else {
        throw error("expected '\(Character(Unicode.Scalar(close)))' or a value, \(found)")
      }
      elements.append(try parseValue(depth: depth + 1))
      skipSpaces()
      guard current == UInt8(ascii: ",") else { break }
      sawComma = true
      position += 1
    }
    guard current == close else {
      throw error("expected '\(Character(Unicode.Scalar(close)))' or ',', \(found)")
    }
    position += 1
    // `(x)` is x in Python, not a tuple.
    if isTuple, elements.count == 1, !sawComma { return elements[0] }
    return .sequence(elements, isTuple: isTuple)
  }

  private func decode(_ bytes: UnsafeRawBufferPointer) -> String {
    if isUTF8 { return String(decoding: bytes, as: UTF8.self) }
    return String(String.UnicodeScalarView(bytes.lazy.map { Unicode.Scalar($0) }))
  }
}
