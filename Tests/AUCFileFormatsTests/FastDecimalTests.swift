import AUCMetrics
import Foundation
import Testing

@testable import AUCFileFormats

/// The CSV reader's number parser must give `strtod`'s and `strtof`'s bits, and stop where
/// they stop, on every kind of decimal text.
@Suite("Decimal parsing equals the C library")
struct FastDecimalTests {
  /// Texts of many shapes: `%.Ng` for every precision, fixed and scientific forms, signs,
  /// leading zeros, bare points, huge and tiny exponents, and text the fast path leaves alone.
  /// (Hexadecimal text, which the grammar stops short of, is in `DecimalParsingTests`.)
  static func texts() -> [String] {
    var generator = SplitMix64(seed: 99)
    var texts = [
      "0", "-0", "+0", "0.0", "-0.0", "1", "1.", ".5", "-.5", "007", "0.000", "1e0", "1E+2",
      "2.5e-3", "1e22", "1e23", "1e-22", "1e-23", "9007199254740993", "9007199254740992",
      "123456789012345678901234", "0.1", "0.2", "0.3", "1e", "1e+", "1x", "inf", "nan",
      "1.5e308", "4.9e-324", "3.4028235e38", "1.17549435e-38", "16777217",
      "0.72560861", "1e-10", "1e10", "1e11", "33554433e-1",
    ]
    for _ in 0..<4000 {
      let bits = generator.next()
      let value: Double
      switch bits % 4 {
      case 0: value = generator.nextUnitDouble()
      case 1: value = Double(generator.nextUnitFloat())
      case 2: value = (generator.nextUnitDouble() - 0.5) * pow(10, Double(Int(bits >> 8 % 40) - 20))
      default: value = Double(Int64(bitPattern: generator.next()) >> 40)
      }
      let precision = Int(bits >> 32 % 17) + 1
      texts.append(String(format: "%.\(precision)g", value))
      texts.append(String(format: "%.\(precision % 10)f", value))
      texts.append(String(format: "%.\(precision)e", value))
      texts.append("\(value)")
      texts.append("\(Float(value))")
    }
    return texts
  }

  @Test("Double.parsePrefix equals strtod, Float.parsePrefix equals strtof")
  func equalsCLibrary() {
    for text in Self.texts() {
      for terminator in [",", "\n", "\"", "\r"] {
        let field = text + terminator
        field.withCString { start in
          var end: UnsafeMutablePointer<CChar>? = nil
          let expected = strtod(start, &end)
          let parsed = Double.parsePrefix(start)
          #expect(
            parsed.value.bitPattern == expected.bitPattern
              || (parsed.value.isNaN && expected.isNaN),
            "\(text): \(parsed.value) vs strtod \(expected)")
          #expect(parsed.end == UnsafePointer(end!), "\(text): end")
          var floatEnd: UnsafeMutablePointer<CChar>? = nil
          let expectedFloat = strtof(start, &floatEnd)
          let parsedFloat = Float.parsePrefix(start)
          #expect(
            parsedFloat.value.bitPattern == expectedFloat.bitPattern
              || (parsedFloat.value.isNaN && expectedFloat.isNaN),
            "\(text): \(parsedFloat.value) vs strtof \(expectedFloat)")
          #expect(parsedFloat.end == UnsafePointer(floatEnd!), "\(text): end (float)")
        }
      }
    }
  }
}
