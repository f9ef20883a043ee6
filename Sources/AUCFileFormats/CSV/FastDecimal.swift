/// The decimal numbers of a CSV field, read from the bytes: the grammar, Clinger's fast path,
/// and the exact test for labels.
///
/// The grammar, with no spaces inside:
///
///     number   = [sign] (digits ["." [digits]] | "." digits) [exponent] | [sign] word
///     exponent = ("e" | "E") [sign] digits          (not consumed without a digit: "1e")
///     word     = "inf" | "infinity" | "nan"          (any case)
///
/// with ASCII digits and signs `+` `-`. It is C's `strtod` without the leading white space,
/// the hexadecimal numbers (`0x1p-3`) and `nan(…)`, and it reads the same prefix of any text
/// as `strtod` does, except that it stops before the `x` of `0x` and the `(` of `nan(`.
///
/// When the significant digits fit the significand exactly and the power of ten is exact
/// too, one multiplication or division rounds once, correctly: the same bits as `strtod` /
/// `strtof`. Other decimals (more digits, a large exponent) go to the C library, which rounds
/// correctly too; an exponent of any length is read, saturating far beyond the range of any
/// floating-point type.
public enum FastDecimal {
  /// A decimal as read: `mantissa · 10^exponent`, exactly when `isExact`.
  struct Decimal {
    /// The first 19 significant digits (leading zeros skipped, zeros after them kept).
    var mantissa: UInt64
    var exponent: Int
    var negative: Bool
    /// Whether `mantissa · 10^exponent` is the number written: no nonzero digit was dropped.
    var isExact: Bool
    /// The byte after the number.
    var end: UnsafePointer<CChar>
  }

  /// The largest exponent read as it is; a longer one saturates here. Added to the digits'
  /// own offset (at most the length of the text), it stays beyond any type's range for texts
  /// shorter than 2^40 bytes.
  static let exponentLimit = 1 << 40

  /// The decimal number at `start` (the `number` of the grammar, without `word`), or `nil`
  /// when no digit starts there.
  @inline(__always)
  static func scan(_ start: UnsafePointer<CChar>) -> Decimal? {
    var cursor = start
    let first = cursor.pointee
    let negative = first == 0x2D  // -
    if negative || first == 0x2B { cursor += 1 }  // +
    var mantissa: UInt64 = 0
    var mantissaDigits = 0  // digits in `mantissa`, from the first nonzero one
    var exponent = 0
    var isExact = true
    let integerStart = cursor
    while case let digit = UInt8(bitPattern: cursor.pointee) &- 0x30, digit < 10 {
      if mantissaDigits < 19 {
        mantissa = mantissa &* 10 &+ UInt64(digit)
        if mantissa != 0 { mantissaDigits += 1 }
      } else {
        exponent += 1
        if digit != 0 { isExact = false }
      }
      cursor += 1
    }
    var digitCount = cursor - integerStart
    if cursor.pointee == 0x2E {  // .
      cursor += 1
      let fractionStart = cursor
      while case let digit = UInt8(bitPattern: cursor.pointee) &- 0x30, digit < 10 {
        if mantissaDigits < 19 {
          mantissa = mantissa &* 10 &+ UInt64(digit)
          exponent -= 1
          if mantissa != 0 { mantissaDigits += 1 }
        } else if digit != 0 {
          isExact = false
        }
        cursor += 1
      }
      digitCount += cursor - fractionStart
    }
    guard digitCount > 0 else { return nil }
    if cursor.pointee == 0x65 || cursor.pointee == 0x45 {  // e E
      var next = cursor + 1
      let exponentNegative = next.pointee == 0x2D
      if exponentNegative || next.pointee == 0x2B { next += 1 }
      let exponentStart = next
      var written = 0
      while case let digit = UInt8(bitPattern: next.pointee) &- 0x30, digit < 10 {
        if written < exponentLimit { written = written * 10 + Int(digit) }
        next += 1
      }
      if next != exponentStart {
        exponent += exponentNegative ? -written : written
        cursor = next
      }
    }
    return Decimal(
      mantissa: mantissa, exponent: exponent, negative: negative, isExact: isExact, end: cursor)
  }

  /// The words `inf`, `infinity` and `nan` (any case, after an optional sign) at `start`:
  /// whether the word is NaN, its sign, and the byte after it; `nil` for anything else.
  static func scanWord(_ start: UnsafePointer<CChar>) -> (
    isNaN: Bool, negative: Bool, end: UnsafePointer<CChar>
  )? {
    var cursor = start
    let negative = cursor.pointee == 0x2D
    if negative || cursor.pointee == 0x2B { cursor += 1 }
    /// Whether the letters of `word` (lower case) come next, in any case; if so, skips them.
    func skip(_ word: StaticString) -> Bool {
      let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
      for (offset, letter) in letters.enumerated()
      where UInt8(bitPattern: cursor[offset]) | 0x20 != letter {
        return false
      }
      cursor += letters.count
      return true
    }
    if skip("nan") { return (true, negative, cursor) }
    guard skip("inf") else { return nil }
    _ = skip("inity")
    return (false, negative, cursor)
  }

  /// Reads the number at `start` into `Value`. Clinger's fast path when the significant
  /// digits are at most `significandLimit` and the power of ten is exact (`power(k)` for k up
  /// to `maximumPower`); else `correctlyRounded` (`strtod`/`strtof`), which reads the same
  /// digits.
  @inline(__always)
  static func parse<Value: BinaryFloatingPoint>(
    _ start: UnsafePointer<CChar>, significandLimit: UInt64, maximumPower: Int,
    power: (Int) -> Value, correctlyRounded: (UnsafePointer<CChar>) -> Value
  ) -> (value: Value, end: UnsafePointer<CChar>) {
    guard let number = scan(start) else {
      guard let word = scanWord(start) else { return (0, start) }
      let value: Value = word.isNaN ? .nan : .infinity
      return (word.negative ? -value : value, word.end)
    }
    if number.isExact, number.mantissa <= significandLimit, number.exponent >= -maximumPower,
      number.exponent <= maximumPower
    {
      let magnitude = Value(number.mantissa)
      let value =
        number.exponent < 0
        ? magnitude / power(-number.exponent) : magnitude * power(number.exponent)
      return (number.negative ? -value : value, number.end)
    }
    // A zero is ±0 with any exponent. Any other number has a nonzero digit, so it is not the
    // `0` of a hexadecimal `0x…`, and the C library stops where the grammar does.
    if number.mantissa == 0 { return (number.negative ? -0.0 : 0.0, number.end) }
    return (correctlyRounded(start), number.end)
  }

  /// Whether the text is exactly 0 or exactly 1 as a decimal (its mathematical value, not a
  /// rounded one): `0`, `-0`, `0.0e5`, `1`, `1.000`, `+1`, `10e-1`, but not `1e-400` or
  /// `0.99999999999999999999`. Returns the value and the byte after the number, or `nil`.
  static func exactZeroOrOne(_ start: UnsafePointer<CChar>) -> (
    value: UInt8, end: UnsafePointer<CChar>
  )? {
    guard var number = scan(start) else { return nil }
    if number.mantissa == 0 { return (0, number.end) }  // every digit is 0
    guard number.isExact, !number.negative else { return nil }
    while number.mantissa % 10 == 0 {
      number.mantissa /= 10
      number.exponent += 1
    }
    return number.mantissa == 1 && number.exponent == 0 ? (1, number.end) : nil
  }

  /// Whether `field` (after spaces and a sign) starts with `0x` or `0X`: a hexadecimal
  /// number, which the C library reads but the grammar does not.
  static func isHexadecimal(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = field.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? field.count
    if index < field.count, field[index] == 0x2D || field[index] == 0x2B { index += 1 }
    return index + 1 < field.count && field[index] == 0x30 && field[index + 1] | 0x20 == 0x78
  }

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
}
