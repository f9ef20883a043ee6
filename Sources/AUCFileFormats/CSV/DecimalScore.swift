#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A score type that the CSV reader parses straight from the bytes of a field.
public protocol DecimalScore: BinaryFloatingPoint, Sendable {
  /// Parses the number at `start`, which the C library's `strto*` reads up to the first byte
  /// that cannot continue it; returns the value and where it stopped.
  static func parsePrefix(_ start: UnsafePointer<CChar>) -> (value: Self, end: UnsafePointer<CChar>)
}

extension Double: DecimalScore {
  /// Clinger's fast path where it applies (``FastDecimal``), else `strtod`; the same bits
  /// either way.
  public static func parsePrefix(_ start: UnsafePointer<CChar>) -> (
    value: Double, end: UnsafePointer<CChar>
  ) {
    if let number = FastDecimal.scan(start), number.mantissa <= 1 << 53,
      number.exponent >= -22, number.exponent <= 22
    {
      let magnitude = Double(number.mantissa)
      let value =
        number.exponent < 0
        ? magnitude / FastDecimal.doublePower(-number.exponent)
        : magnitude * FastDecimal.doublePower(number.exponent)
      return (number.negative ? -value : value, number.end)
    }
    var end: UnsafeMutablePointer<CChar>? = nil
    let value = strtod(start, &end)
    return (value, UnsafePointer(end!))
  }
}

extension Float: DecimalScore {
  /// Parses straight to `Float` (correctly rounded once, not through `Double`).
  public static func parsePrefix(_ start: UnsafePointer<CChar>) -> (
    value: Float, end: UnsafePointer<CChar>
  ) {
    if let number = FastDecimal.scan(start), number.mantissa <= 1 << 24,
      number.exponent >= -10, number.exponent <= 10
    {
      let magnitude = Float(number.mantissa)
      let value =
        number.exponent < 0
        ? magnitude / FastDecimal.floatPower(-number.exponent)
        : magnitude * FastDecimal.floatPower(number.exponent)
      return (number.negative ? -value : value, number.end)
    }
    var end: UnsafeMutablePointer<CChar>? = nil
    let value = strtof(start, &end)
    return (value, UnsafePointer(end!))
  }
}
