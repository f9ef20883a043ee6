/// Clinger's fast path for decimal numbers: when the digits fit the significand exactly and
/// the power of ten is exact too, one multiplication or division rounds once, correctly, so
/// the result is the same as `strtod` / `strtof` gives, bit for bit. Anything else (more
/// digits, a large exponent, `inf`, `nan`, hexadecimal, an unusual ending) is left to the C
/// library.
public enum FastDecimal {
  /// 10^power, exactly, for power in 0...22: a literal, so no lazily built table is consulted
  /// per number.
  @inline(__always)
  static func doublePower(_ power: Int) -> Double {
    switch power {
    case 0: return 1e0
    case 1: return 1e1
    case 2: return 1e2
    case 3: return 1e3
    case 4: return 1e4
    case 5: return 1e5
    case 6: return 1e6
    case 7: return 1e7
    case 8: return 1e8
    case 9: return 1e9
    case 10: return 1e10
    case 11: return 1e11
    case 12: return 1e12
    case 13: return 1e13
    case 14: return 1e14
    case 15: return 1e15
    case 16: return 1e16
    case 17: return 1e17
    case 18: return 1e18
    case 19: return 1e19
    case 20: return 1e20
    case 21: return 1e21
    default: return 1e22
    }
  }

  /// 10^power as a float, exactly, for power in 0...10.
  @inline(__always)
  static func floatPower(_ power: Int) -> Float {
    Float(doublePower(power))  // exact: 10^10 = 2^10 · 5^10 and 5^10 < 2^24
  }

  /// The decimal number at `start` as mantissa · 10^exponent, and where it ends; `nil` when
  /// the text is not a plain decimal ending in a field or line separator, or has more than 19
  /// significant digits.
  @inline(__always)
  static func scan(_ start: UnsafePointer<CChar>) -> (
    mantissa: UInt64, exponent: Int, negative: Bool, significantDigits: Int,
    end: UnsafePointer<CChar>
  )? {
    var cursor = start
    var negative = false
    if cursor.pointee == 0x2D || cursor.pointee == 0x2B {  // - +
      negative = cursor.pointee == 0x2D
      cursor += 1
    }
    var mantissa: UInt64 = 0
    var significantDigits = 0
    var exponent = 0
    var sawDigit = false
    /// Reads a run of digits into the mantissa; `false` past 19 significant digits. Each
    /// digit after the point lowers the exponent by one.
    func readDigits(afterPoint: Bool) -> Bool {
      while case let digit = UInt8(bitPattern: cursor.pointee) &- 0x30, digit < 10 {
        sawDigit = true
        if mantissa != 0 || digit != 0 {
          significantDigits += 1
          if significantDigits > 19 { return false }
          mantissa = mantissa &* 10 &+ UInt64(digit)
        }
        if afterPoint { exponent -= 1 }
        cursor += 1
      }
      return true
    }
    guard readDigits(afterPoint: false) else { return nil }
    if cursor.pointee == 0x2E {  // .
      cursor += 1
      guard readDigits(afterPoint: true) else { return nil }
    }
    guard sawDigit else { return nil }
    if cursor.pointee == 0x65 || cursor.pointee == 0x45 {  // e E
      var next = cursor + 1
      var exponentNegative = false
      if next.pointee == 0x2D || next.pointee == 0x2B {
        exponentNegative = next.pointee == 0x2D
        next += 1
      }
      var written = 0
      var digits = 0
      while case let digit = UInt8(bitPattern: next.pointee) &- 0x30, digit < 10 {
        if written < 10_000 { written = written * 10 + Int(digit) }
        digits += 1
        next += 1
      }
      guard digits > 0 else { return nil }  // "1e" or "1e+": strtod's own business
      exponent += exponentNegative ? -written : written
      cursor = next
    }
    switch UInt8(bitPattern: cursor.pointee) {
    case 0x2C, 0x09, 0x0D, 0x0A, 0x22, 0x20, 0x00:  // , tab CR LF " space NUL
      return (mantissa, exponent, negative, significantDigits, cursor)
    default:
      return nil
    }
  }
}
