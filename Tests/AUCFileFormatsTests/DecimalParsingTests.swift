import AUCMetrics
import Foundation
import Testing

@testable import AUCFileFormats

/// The number grammar of CSV fields (``FastDecimal``): values of long and extreme decimals,
/// where the grammar stops, and the exact 0-or-1 test for labels.
@Suite("Decimal grammar, extreme decimals and exact labels")
struct DecimalParsingTests {
  /// `text` parsed as a Double and a Float: the values and how many bytes each read.
  static func parse(_ text: String) -> (double: Double, float: Float, doubleRead: Int, floatRead: Int)
  {
    text.withCString { start in
      let double = Double.parsePrefix(start)
      let float = Float.parsePrefix(start)
      return (double.value, float.value, double.end - start, float.end - start)
    }
  }

  static let zeros = String(repeating: "0", count: 10_000)

  /// A text as a test argument: long ones shortened to their ends and length.
  struct Text: Sendable, ExpressibleByStringLiteral, CustomDebugStringConvertible {
    var text: String
    init(_ text: String) { self.text = text }
    init(stringLiteral text: String) { self.text = text }
    var debugDescription: String {
      text.count <= 40 ? text : "\(text.prefix(20))…\(text.suffix(12)) (\(text.count) bytes)"
    }
  }

  /// Texts whose values are known without a C library: the exact decimal, rounded by hand (or
  /// by the compiler, for a literal) to Double and to Float.
  @Test(
    "long and extreme decimals: the correctly rounded value, all of the text read",
    arguments: [
      // 5 · 10^-10001 · 10^100005 = 5 · 10^90004: infinite, not 0.5 (the exponent once
      // saturated at 10 000 and cancelled the 10 001 places of the digits).
      (Text("0." + zeros + "5e100005"), Double.infinity, Float.infinity),
      (Text("-0." + zeros + "5e100005"), -Double.infinity, -Float.infinity),
      (Text("0." + zeros + "5e10004"), 5000, 5000),  // 5 · 10^-10001 · 10^10004
      (Text("0." + zeros + "5e10000"), 0.5, 0.5),
      ("1e-100000000000000000000", 0, 0),
      ("-1e-100000000000000000000", -0.0, -0.0),
      ("1e100000000000000000000", .infinity, .infinity),
      ("-1e99999999999999999999999999999", -.infinity, -.infinity),
      ("0e99999999999999999999", 0, 0),
      ("-0e-99999999999999999999", -0.0, -0.0),
      (Text("0." + zeros + "e99999999999999999999"), 0, 0),
      (Text(zeros + zeros + "1.5"), 1.5, 1.5),
      (Text("0." + String(repeating: "0", count: 400) + "1"), 0, 0),  // 10^-401 underflows
      (Text("1" + String(repeating: "0", count: 400)), .infinity, .infinity),
      (Text("1" + String(repeating: "0", count: 300)), 1e300, .infinity),
      (Text("1" + String(repeating: "0", count: 30) + "e-30"), 1, 1),
      (Text("0.5" + String(repeating: "0", count: 30)), 0.5, 0.5),
      ("123456789012345678901234567890", 123456789012345678901234567890.0, 1.2345679e29),
      ("1e0000000000000000000000001", 10, 10),
      ("1e-400", 0, 0),
      ("+.5", 0.5, 0.5),
      ("-.5", -0.5, -0.5),
      ("5.", 5, 5),
      ("-0", -0.0, -0.0),
      ("+0.25e+1", 2.5, 2.5),
    ] as [(Text, Double, Float)])
  func extremeDecimals(argument: Text, double: Double, float: Float) {
    let text = argument.text
    let parsed = Self.parse(text)
    let name = argument.debugDescription
    #expect(parsed.double.bitPattern == double.bitPattern, "\(name): \(parsed.double)")
    #expect(parsed.float.bitPattern == float.bitPattern, "\(name): \(parsed.float)")
    #expect(parsed.doubleRead == text.utf8.count && parsed.floatRead == text.utf8.count, "\(name)")
  }

  /// Where the grammar stops on text that is not a decimal, or not only one: the `0` of a
  /// hexadecimal number, the `nan` of `nan(…)`, nothing before white space or a non-ASCII
  /// digit. The words for infinity and NaN are read, in any case.
  @Test(
    "the grammar's end: hexadecimal, nan(…), white space, digit separators, words",
    arguments: [
      ("0x1p-3", 0.0, 1), ("-0X1P-3", -0.0, 2), ("nan(123)", .nan, 3), (" 1", 0, 0),
      ("\u{0C}1", 0, 0), ("\n1", 0, 0), ("\u{FF11}", 0, 0), ("1_000", 1, 1), ("0. 5", 0, 2),
      (".", 0, 0), ("-", 0, 0), ("+.", 0, 0), ("e5", 0, 0), (".e5", 0, 0), ("1e", 1, 1),
      ("1e+", 1, 1), ("1.e5", 1e5, 4), ("2E-1x", 0.2, 4), ("infinity", .infinity, 8),
      ("-INFinit", -.infinity, 4), ("Inf", .infinity, 3), ("NaN", .nan, 3), ("in", 0, 0),
      ("1,5", 1, 1),
    ] as [(String, Double, Int)])
  func grammarEnd(text: String, value: Double, read: Int) {
    let parsed = Self.parse(text)
    #expect(parsed.doubleRead == read && parsed.floatRead == read, "\(text)")
    if value.isNaN {
      #expect(parsed.double.isNaN && parsed.float.isNaN, "\(text)")
    } else {
      #expect(parsed.double.bitPattern == value.bitPattern, "\(text): \(parsed.double)")
      #expect(parsed.float.bitPattern == Float(value).bitPattern, "\(text): \(parsed.float)")
    }
  }

  /// NaN keeps its sign, as `strtod` gives it: `-nan` has the sign bit set.
  @Test("-nan and nan: the sign bit as strtod sets it")
  func nanSign() {
    #expect(Self.parse("-nan").double.bitPattern == 0xFFF8_0000_0000_0000)
    #expect(Self.parse("nan").double.bitPattern == 0x7FF8_0000_0000_0000)
    #expect(Self.parse("-NAN").float.bitPattern == 0xFFC0_0000)
  }

  /// Random texts in the grammar, of every length the fast path and the C library share
  /// between them (many digits, leading and trailing zeros, long exponents), each followed
  /// by a byte that ends it: the same bits as `strtod`/`strtof` and the same end.
  @Test("random decimals in the grammar equal strtod and strtof, bits and end")
  func randomDecimalsEqualCLibrary() {
    var generator = SplitMix64(seed: 12)
    func digits(_ maximum: Int) -> String {
      let count = Int(generator.next() % UInt64(maximum + 1))
      let zeroRun = generator.next() % 3 == 0
      return String((0..<count).map { _ in
        zeroRun && generator.next() % 4 != 0 ? "0" : Character(String(generator.next() % 10))
      })
    }
    let lengths = [3, 8, 19, 25, 40, 400]
    for _ in 0..<20_000 {
      let sign = ["", "-", "+"][Int(generator.next() % 3)]
      let length = lengths[Int(generator.next() % UInt64(lengths.count))]
      var integer = digits(length)
      let point = generator.next() % 2 == 0
      var fraction = point ? digits(length) : ""
      if integer.isEmpty && fraction.isEmpty { integer = "0" }
      if generator.next() % 8 == 0 { fraction += String(repeating: "0", count: 30) }
      var text = sign + integer + (point ? "." : "") + fraction
      if generator.next() % 2 == 0 {
        var exponent = digits([2, 3, 25][Int(generator.next() % 3)])
        if exponent.isEmpty { exponent = "0" }
        text += ["e", "E", "e-", "e+", "E-"][Int(generator.next() % 5)] + exponent
      }
      let field = text + [",", "\n", "\"", "\r", "\t", " ", "", "x", "e", "."].randomElement(
        using: &generator)!
      field.withCString { start in
        var end: UnsafeMutablePointer<CChar>? = nil
        let expected = strtod(start, &end)
        let parsed = Double.parsePrefix(start)
        #expect(parsed.value.bitPattern == expected.bitPattern, "\(field): \(parsed.value)")
        #expect(parsed.end == UnsafePointer(end!), "\(field): end")
        let expectedFloat = strtof(start, &end)
        let parsedFloat = Float.parsePrefix(start)
        #expect(parsedFloat.value.bitPattern == expectedFloat.bitPattern, "\(field) (float)")
        #expect(parsedFloat.end == UnsafePointer(end!), "\(field): end (float)")
      }
    }
  }

  /// A label is exactly 0 or 1 as a decimal, whatever its form; a number that only rounds to
  /// 0 or 1 is not a label.
  @Test(
    "labels: exactly 0 or 1 as written",
    arguments: [
      ("0", 0), ("-0", 0), ("+0", 0), ("0.0", 0), ("0e0", 0), ("0.0e5", 0), ("000", 0),
      (".0", 0), ("0.", 0), ("0e99999999999999999999", 0), ("-0." + zeros, 0), ("1", 1),
      ("+1", 1), ("1.0", 1), ("1.000", 1), ("1e0", 1), ("10e-1", 1), ("0.1e1", 1),
      ("001.00", 1), ("1." + String(repeating: "0", count: 40), 1),
      ("1" + String(repeating: "0", count: 23) + "e-23", 1),
      ("0." + String(repeating: "0", count: 30) + "1e31", 1),
    ] as [(String, UInt8)])
  func exactLabels(text: String, label: UInt8) {
    let read = text.withCString { start in
      FastDecimal.exactZeroOrOne(start).map { ($0.value, $0.end - start) }
    }
    #expect(read?.0 == label, "\(text)")
    #expect(read?.1 == text.utf8.count, "\(text)")
  }

  @Test(
    "labels: anything else, near 0 or 1 included, is not a label",
    arguments: [
      "-1", "2", "0.5", "1e-400", "0.99999999999999999999", "1.0000000000000000000001",
      "1." + String(repeating: "0", count: 40) + "1", "1e1", "10", "0.1", "1e-1", "100e-1",
      "1e99999999999999999999", "1e-99999999999999999999", "0x1", "inf", "nan", "", ".", "e0",
      "+", "-1e0",
    ])
  func notLabels(text: String) {
    let read = text.withCString { start in
      FastDecimal.exactZeroOrOne(start).map { ($0.value, $0.end - start) }
    }
    // Either no number, or a number that is not 0 or 1, or one that ends before the text does.
    #expect(read == nil || read!.1 < text.utf8.count, "\(text): \(String(describing: read))")
  }
}
