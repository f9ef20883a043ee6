/// A nonnegative integer of any size, for the few comparisons that must be exact whatever
/// the weights: sums of doubles are held in units of 2^-1074, the smallest subnormal, of
/// which every finite double is a whole multiple.
///
/// A sum below 2^1024 takes at most 33 words; a product of two such, 66. Nothing here is on
/// a hot path: the operating points use it only for the few candidates that floating point
/// cannot tell apart.
///
/// ```swift
/// var sum = WideUnsigned()
/// sum.add(0.1)
/// sum.add(0.2)        // exactly 0.1 + 0.2, not the double 0.30000000000000004
/// ```
internal struct WideUnsigned: Sendable, Hashable, Comparable {
  /// Little-endian 64-bit words, with no zero words at the top (so 0 has none).
  private var words: [UInt64] = []

  internal init() {}

  private init(words: [UInt64]) {
    self.words = words
    trim()
  }

  internal var isZero: Bool { words.isEmpty }

  /// Adds `value · 2^1074`, an integer.
  ///
  /// - Precondition: `value` is finite and ≥ 0.
  internal mutating func add(_ value: Double) {
    precondition(value.isFinite && value >= 0, "only finite doubles ≥ 0 are added")
    let (significand, shift) = Self.integerParts(value)
    addShifted(significand, by: shift)
  }

  /// Subtracts `value · 2^1074`.
  ///
  /// - Precondition: `value` is finite, ≥ 0 and at most the sum.
  internal mutating func subtract(_ value: Double) {
    precondition(value.isFinite && value >= 0, "only finite doubles ≥ 0 are subtracted")
    let (significand, shift) = Self.integerParts(value)
    subtractShifted(significand, by: shift)
  }

  /// Adds a double of either sign (the tail of a double-double, say).
  ///
  /// - Precondition: the sum stays ≥ 0.
  internal mutating func add(signed value: Double) {
    if value < 0 { subtract(-value) } else if value > 0 { add(value) }
  }

  /// `value = significand · 2^shift` in units of 2^-1074.
  private static func integerParts(_ value: Double) -> (significand: UInt64, shift: Int) {
    let bits = value.bitPattern
    let exponentField = Int(truncatingIfNeeded: bits >> 52 & 0x7FF)
    let fraction = bits & (1 << 52 - 1)
    // A normal double is (2^52 + fraction) · 2^(e − 1075); a subnormal, fraction · 2^-1074.
    if exponentField == 0 { return (fraction, 0) }
    return (fraction | 1 << 52, exponentField - 1)
  }

  /// `significand · 2^shift` as two words, `low` at word `index` and `high` above it.
  private static func words(_ significand: UInt64, shiftedBy shift: Int)
    -> (index: Int, low: UInt64, high: UInt64)
  {
    let offset = UInt64(shift & 63)
    let high = offset == 0 ? 0 : significand &>> (64 - offset)
    return (shift >> 6, significand &<< offset, high)
  }

  private mutating func addShifted(_ significand: UInt64, by shift: Int) {
    if significand == 0 { return }
    let (index, low, high) = Self.words(significand, shiftedBy: shift)
    if words.count < index + 3 { words += repeatElement(0, count: index + 3 - words.count) }
    var (sum, carry) = words[index].addingReportingOverflow(low)
    words[index] = sum
    (sum, carry) = Self.add(words[index + 1], high, carry: carry)
    words[index + 1] = sum
    var position = index + 2
    while carry {
      if position == words.count { words.append(0) }
      (words[position], carry) = words[position].addingReportingOverflow(1)
      position += 1
    }
    trim()
  }

  private mutating func subtractShifted(_ significand: UInt64, by shift: Int) {
    if significand == 0 { return }
    let (index, low, high) = Self.words(significand, shiftedBy: shift)
    precondition(words.count > index, "the difference would be negative")
    var (difference, borrow) = words[index].subtractingReportingOverflow(low)
    words[index] = difference
    var position = index + 1
    var subtrahend = high
    while borrow || subtrahend != 0 {
      precondition(position < words.count, "the difference would be negative")
      let (first, firstBorrow) = words[position].subtractingReportingOverflow(subtrahend)
      let (second, secondBorrow) = first.subtractingReportingOverflow(borrow ? 1 : 0)
      words[position] = second
      borrow = firstBorrow || secondBorrow
      subtrahend = 0
      position += 1
    }
    trim()
  }

  private static func add(_ left: UInt64, _ right: UInt64, carry: Bool) -> (UInt64, Bool) {
    let (first, firstCarry) = left.addingReportingOverflow(right)
    let (second, secondCarry) = first.addingReportingOverflow(carry ? 1 : 0)
    return (second, firstCarry || secondCarry)
  }

  private mutating func trim() {
    while let last = words.last, last == 0 { words.removeLast() }
  }

  internal static func + (left: WideUnsigned, right: WideUnsigned) -> WideUnsigned {
    var words = [UInt64](repeating: 0, count: Swift.max(left.words.count, right.words.count) + 1)
    var carry = false
    for index in 0..<(words.count - 1) {
      let a = index < left.words.count ? left.words[index] : 0
      let b = index < right.words.count ? right.words[index] : 0
      (words[index], carry) = add(a, b, carry: carry)
    }
    words[words.count - 1] = carry ? 1 : 0
    return WideUnsigned(words: words)
  }

  /// `left − right`.
  ///
  /// - Precondition: `left >= right`.
  internal static func - (left: WideUnsigned, right: WideUnsigned) -> WideUnsigned {
    precondition(left >= right, "the difference would be negative")
    var words = left.words
    var borrow = false
    for index in words.indices {
      let b = index < right.words.count ? right.words[index] : 0
      let (first, firstBorrow) = words[index].subtractingReportingOverflow(b)
      let (second, secondBorrow) = first.subtractingReportingOverflow(borrow ? 1 : 0)
      words[index] = second
      borrow = firstBorrow || secondBorrow
    }
    return WideUnsigned(words: words)
  }

  /// The product, by schoolbook multiplication.
  ///
  /// - Complexity: O(m · n) for operands of m and n words.
  internal static func * (left: WideUnsigned, right: WideUnsigned) -> WideUnsigned {
    if left.isZero || right.isZero { return WideUnsigned() }
    var words = [UInt64](repeating: 0, count: left.words.count + right.words.count)
    for (i, a) in left.words.enumerated() {
      var carry: UInt64 = 0
      for (j, b) in right.words.enumerated() {
        let product = a.multipliedFullWidth(by: b)
        let (low, lowCarry) = product.low.addingReportingOverflow(words[i + j])
        let (sum, sumCarry) = low.addingReportingOverflow(carry)
        words[i + j] = sum
        // high + two carries cannot pass 2^64 − 1: the full product is below 2^128 − 2^65.
        carry = product.high &+ (lowCarry ? 1 : 0) &+ (sumCarry ? 1 : 0)
      }
      words[i + right.words.count] = carry
    }
    return WideUnsigned(words: words)
  }

  internal static func < (left: WideUnsigned, right: WideUnsigned) -> Bool {
    if left.words.count != right.words.count { return left.words.count < right.words.count }
    for index in left.words.indices.reversed() where left.words[index] != right.words[index] {
      return left.words[index] < right.words[index]
    }
    return false
  }
}
