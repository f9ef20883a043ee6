// Fuzzes the CSV reader's number parser (`Double.parsePrefix`, `Float.parsePrefix`) against
// the C library's `strtod` and `strtof`. The input is the text, except that a byte 0x01
// followed by a byte r stands for 100·r more copies of the byte before it, so that a few
// bytes make runs of thousands of digits.
//
// The parser reads the grammar of `FastDecimal`, which is `strtod`'s without leading white
// space, hexadecimal numbers and `nan(…)`. So on every text, with n the bytes the parser
// reads and m the bytes `strtod` reads, either
//   - n == m and the two values have the same bits, or
//   - the text is outside the grammar where `strtod` goes on: n == 0 before white space, or
//     the parser read a sign and `0` and stopped before an `x`, or a sign and `nan` and
//     stopped before a `(`; then m > n, and the value equals `strtod` of those n bytes alone.
// The same holds for `Float` with `strtof`. Anything else stops the fuzzer.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import AUCFileFormats

/// The text of an input: runs expanded, then a NUL after it.
func text(of bytes: UnsafeRawBufferPointer) -> [CChar] {
  var text: [CChar] = []
  var index = 0
  while index < bytes.count {
    let byte = bytes[index]
    if byte == 0x01, index + 1 < bytes.count, let previous = text.last {
      text += repeatElement(previous, count: 100 * Int(bytes[index + 1]))
      index += 2
    } else {
      text.append(CChar(bitPattern: byte))
      index += 1
    }
  }
  return text + [0]
}

/// Whether `prefix`, after an optional sign, is `word` in any case.
func isSignedWord(_ prefix: ArraySlice<CChar>, _ word: String) -> Bool {
  var letters = prefix
  if let first = letters.first, first == 0x2B || first == 0x2D { letters = letters.dropFirst() }
  return letters.count == word.utf8.count
    && zip(letters, word.utf8).allSatisfy { UInt8(bitPattern: $0) | 0x20 == $1 }
}

/// A short, printable form of the text for a failure message.
func describe(_ text: [CChar]) -> String {
  let bytes = text.dropLast().prefix(120).map { UInt8(bitPattern: $0) }
  let shown = bytes.map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : "\\x\(String($0, radix: 16))" }
  return "\"\(shown.joined())\"\(text.count > 121 ? "… (\(text.count - 1) bytes)" : "")"
}

/// Stops the fuzzer with `message` unless `condition` holds; unlike `precondition`, it prints
/// the message in a release build.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError(message()) }
}

/// Checks one type's parser against its C function on `text`.
func check<Value: DecimalScore>(
  _ text: [CChar], _ parse: (UnsafePointer<CChar>) -> (value: Value, end: UnsafePointer<CChar>),
  against reference: (UnsafePointer<CChar>, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Value,
  bits: (Value) -> UInt64
) {
  text.withUnsafeBufferPointer { buffer in
    let start = buffer.baseAddress!
    let parsed = parse(start)
    var end: UnsafeMutablePointer<CChar>? = nil
    let expected = reference(start, &end)
    let read = parsed.end - start
    let expectedRead = UnsafePointer(end!) - start
    if read == expectedRead {
      require(
        bits(parsed.value) == bits(expected),
        "\(Value.self) \(describe(text)): \(parsed.value) but the C library gives \(expected)")
      return
    }
    let prefix = text[..<read]
    let next = text[read]
    let outside =
      (read == 0 && isspace(Int32(UInt8(bitPattern: next))) != 0)
      || (isSignedWord(prefix, "0") && (next == 0x78 || next == 0x58))  // 0x
      || (isSignedWord(prefix, "nan") && next == 0x28)  // nan(
    require(
      outside && expectedRead > read,
      "\(Value.self) \(describe(text)): read \(read) bytes, the C library \(expectedRead)")
    let alone = Array(prefix) + [0]
    alone.withUnsafeBufferPointer { prefixBuffer in
      var prefixEnd: UnsafeMutablePointer<CChar>? = nil
      let value = reference(prefixBuffer.baseAddress!, &prefixEnd)
      require(
        bits(parsed.value) == bits(value) && UnsafePointer(prefixEnd!) - prefixBuffer.baseAddress! == read,
        "\(Value.self) \(describe(text)): \(parsed.value), but the C library gives \(value) for the \(read) bytes read")
    }
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecimal(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = text(of: UnsafeRawBufferPointer(start: data, count: size))
  check(text, Double.parsePrefix, against: { strtod($0, $1) }, bits: { $0.bitPattern })
  check(text, Float.parsePrefix, against: { strtof($0, $1) }, bits: { UInt64($0.bitPattern) })
  return 0
}
