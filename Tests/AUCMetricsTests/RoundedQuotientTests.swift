import Testing

@testable import AUCMetrics

/// `RoundedQuotient.nearest` divides small operands with one IEEE division and large ones by
/// long division; scaling both operands by 2^k leaves the quotient, so the two paths must
/// agree on every pair.
@Suite("Rounded quotients")
struct RoundedQuotientTests {
  @Test("the double division of operands below 2^53 equals the long division, bit for bit")
  func fastPathEqualsLongDivision() {
    var generator = SplitMix64(seed: 53)
    for _ in 0..<20_000 {
      let denominator = UInt128(generator.next() >> UInt64(11 + generator.next() % 40)) + 1
      let numerator = UInt128(generator.next() >> 11) % (denominator * 2 + 1)
      let small = RoundedQuotient.nearest(numerator, over: denominator)
      // Shifted past 2^53, the same ratio goes through the long division.
      let shift = UInt128(60)
      let large = RoundedQuotient.nearest(numerator << shift, over: denominator << shift)
      #expect(small.bitPattern == large.bitPattern, "\(numerator) / \(denominator)")
    }
    // (2^54 + 1) / 2 lies between the doubles 2^53 and 2^53 + 2 and rounds to 2^53; its
    // operands take the long division.
    #expect(RoundedQuotient.nearest(UInt128(1) << 54 + 1, over: UInt128(2)) == 0x1p53)
    #expect(RoundedQuotient.nearest(UInt128(1), over: UInt128(3)) == 1.0 / 3)
  }
}
