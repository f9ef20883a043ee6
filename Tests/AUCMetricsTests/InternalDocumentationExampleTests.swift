import Testing

@testable import AUCMetrics

/// The examples in the documentation comments of internal types, with their stated values.
@Suite("Documentation examples of internal types")
struct InternalDocumentationExampleTests {
  @Test("DecimalKeyCoding: 0.7310586 is 7310586 × 10^−7, numbered by README's formula")
  func decimalKeys() throws {
    var numbering = DecimalKeyCoding.Numbering(try #require(DecimalKeyCoding(digits: 7)))
    let found = numbering.number(of: 0.7310586)
    let number = try #require(found)
    // 1 + (k − (d − 23)) · 9 · 10^(d−1) + n − 10^(d−1) with d = 7, n = 7310586, q = −7 and
    // decade k = q + d − 1 = −1: 1 + 15 · 9 · 10^6 + 7310586 − 10^6.
    #expect(number == 1 + 15 * 9_000_000 + 7_310_586 - 1_000_000)
    #expect(numbering.coding.score(of: number) == 0.7310586)
  }

  @Test("WideUnsigned: 0.1 + 0.2 exactly, between the doubles 0.3 and 0.30000000000000004")
  func wideUnsigned() {
    var sum = WideUnsigned()
    sum.add(0.1)
    sum.add(0.2)
    var low = WideUnsigned()
    low.add(0.3)
    var high = WideUnsigned()
    high.add(0.30000000000000004)
    #expect(low < sum && sum < high)
    var difference = sum
    difference.subtract(0.2)
    var tenth = WideUnsigned()
    tenth.add(0.1)
    #expect(difference == tenth)
  }

  @Test("ThreadPair: both pieces run, on two threads, before run returns")
  func threadPair() {
    var left = 0
    var right = 0
    ThreadPair.run({ left = 1 }, alongside: { right = 2 })
    #expect(left == 1 && right == 2)
    // Disjoint halves of one buffer, each summed by its own piece.
    let values = Array(1...1000)
    var sums = (0, 0)
    values.withUnsafeBufferPointer { values in
      ThreadPair.run(
        { sums.0 = values[..<500].reduce(0, +) }, alongside: { sums.1 = values[500...].reduce(0, +) })
    }
    #expect(sums.0 + sums.1 == 500_500 && sums.0 == 125_250)
  }

  @Test("PowerOfTwoScale: 2^−1074 scaled to 1.0")
  func powerOfTwoScale() {
    let scale = PowerOfTwoScale(normalizing: 0x1p-1074)
    #expect(scale.apply(0x1p-1074) == 1.0)
  }
}
