#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A score type that the CSV reader parses straight from the bytes of a field.
public protocol DecimalScore: BinaryFloatingPoint, Sendable {
  /// Parses the decimal number at `start` (the grammar of ``FastDecimal``: no leading white
  /// space, no hexadecimal) and returns its value, correctly rounded as `strtod`/`strtof`
  /// round it, and the byte after it; `(0, start)` when no number starts there.
  ///
  /// ```swift
  /// "2.5e-3,1".withCString { Double.parsePrefix($0).value }   // 0.0025
  /// ```
  ///
  /// - Complexity: O(n) for a number of n bytes.
  static func parsePrefix(_ start: UnsafePointer<CChar>) -> (value: Self, end: UnsafePointer<CChar>)
}

extension Double: DecimalScore {
  /// Clinger's fast path where it applies (``FastDecimal``), else `strtod`; the same bits
  /// either way.
  // Out of line, as a call from the reader's field loop: inlined there, it grows the loop
  // past the optimiser's limits, which then copies the reader's state for every row.
  @inline(never)
  public static func parsePrefix(_ start: UnsafePointer<CChar>) -> (
    value: Double, end: UnsafePointer<CChar>
  ) {
    FastDecimal.parse(
      start, significandLimit: 1 << 53, maximumPower: 22, power: FastDecimal.doublePower,
      correctlyRounded: { strtod($0, nil) })
  }
}

extension Float: DecimalScore {
  /// Parses straight to `Float` (correctly rounded once, not through `Double`).
  @inline(never)
  public static func parsePrefix(_ start: UnsafePointer<CChar>) -> (
    value: Float, end: UnsafePointer<CChar>
  ) {
    FastDecimal.parse(
      start, significandLimit: 1 << 24, maximumPower: 10, power: FastDecimal.floatPower,
      correctlyRounded: { strtof($0, nil) })
  }
}
