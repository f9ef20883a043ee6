/// Quotients of exact integers rounded once to the nearest double, ties to even.
///
/// Counts past 2^53 do not convert to doubles exactly, so `Double(a) / Double(b)` rounds three
/// times. These quotients divide the integers themselves, by long division with a sticky
/// remainder, and round once; with operands below 2^53 they equal the double division.
@usableFromInline
internal enum RoundedQuotient {
  /// `numerator / denominator`, correctly rounded.
  ///
  /// - Precondition: `denominator > 0`.
  /// - Complexity: O(1): at most 183 shift-and-subtract steps of 128-bit integers.
  @usableFromInline
  internal static func nearest(_ numerator: UInt128, over denominator: UInt128) -> Double {
    precondition(denominator > 0, "division by zero")
    if numerator == 0 { return 0 }
    if numerator >> 53 == 0 && denominator >> 53 == 0 {
      // Both are doubles exactly, and IEEE division rounds their exact quotient once, to
      // nearest even: the same double as the long division below, at a fraction of the cost.
      // (Through UInt64: UInt128's own conversion is generic and slow.)
      return Double(UInt64(truncatingIfNeeded: numerator))
        / Double(UInt64(truncatingIfNeeded: denominator))
    }
    var quotient = numerator / denominator
    var remainder = numerator % denominator
    var exponent = 0
    var inexact: Bool
    if quotient >> 55 != 0 {
      // More than 55 bits already: the bits below the top 55 join the remainder as sticky.
      let excess = UInt128.bitWidth - quotient.leadingZeroBitCount - 55
      inexact = remainder != 0 || quotient & ((1 << excess) - 1) != 0
      quotient >>= excess
      exponent = excess
    } else {
      // Long division, one bit at a time, until the quotient has 55 bits. The remainder stays
      // below the denominator; its double may pass 2^128, and then it exceeds the denominator.
      while quotient >> 54 == 0 {
        let (doubled, carry) = remainder.addingReportingOverflow(remainder)
        let bit = carry || doubled >= denominator
        remainder = bit ? doubled &- denominator : doubled
        quotient = quotient << 1 | (bit ? 1 : 0)
        exponent -= 1
      }
      inexact = remainder != 0
    }
    // 55 bits: 53 kept, a rounding bit, and a bit that also carries the sticky remainder, so
    // that the hardware conversion rounds to nearest, ties to even, as the exact value would.
    let bits = UInt64(truncatingIfNeeded: quotient) | (inexact ? 1 : 0)
    return Double(sign: .plus, exponent: exponent, significand: Double(bits))
  }

  /// `dividend / divisor` for a double and an integer, correctly rounded.
  ///
  /// - Precondition: `dividend` is finite and ≥ 0, `divisor > 0`, and the quotient is a
  ///   normal double (always so for the areas here, which lie in `[2^-130, 2^64]`).
  /// - Complexity: O(1)
  @usableFromInline
  internal static func nearest(_ dividend: Double, over divisor: UInt64) -> Double {
    precondition(dividend.isFinite && dividend >= 0, "dividend must be finite and ≥ 0")
    if dividend == 0 { return 0 }
    // dividend = significand · 2^(exponent − 52) with an integer significand below 2^53.
    let significand = UInt128(UInt64(dividend.significand * 0x1p52))
    let quotient = nearest(significand, over: UInt128(divisor))
    return Double(sign: .plus, exponent: Int(dividend.exponent) - 52, significand: quotient)
  }
}
