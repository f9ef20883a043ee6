/// Exact arithmetic for the test oracles: nonnegative integers of any size in 32-bit words,
/// and fractions of them, rounded to the nearest double only at the end. Written apart from
/// the library's arithmetic (other word size, other algorithms), so that it checks it.
struct BigNatural: Comparable, CustomStringConvertible {
  /// Little-endian 32-bit words, no zero word on top.
  private(set) var words: [UInt32]

  init(_ value: UInt64 = 0) {
    words = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
    normalize()
  }

  private init(words: [UInt32]) {
    self.words = words
    normalize()
  }

  /// `value · 2^1074`, which is a whole number for every finite double.
  init(unitsOfSmallestSubnormal value: Double) {
    precondition(value.isFinite && value >= 0)
    if value == 0 {
      self.init()
      return
    }
    // value = significand · 2^exponent with an integer significand below 2^53.
    let exponent = Int(value.exponent) - 52
    let significand = UInt64(value.significand * 0x1p52)
    if exponent >= -1074 {
      self = BigNatural(significand).shiftedLeft(exponent + 1074)
    } else {
      // A subnormal: its significand has trailing zero bits to spare.
      self = BigNatural(significand >> UInt64(-1074 - exponent))
    }
  }

  private mutating func normalize() {
    while words.last == 0 { words.removeLast() }
  }

  var isZero: Bool { words.isEmpty }

  /// The number of bits up to the highest set one.
  var bitWidth: Int {
    guard let top = words.last else { return 0 }
    return words.count * 32 - top.leadingZeroBitCount
  }

  func shiftedLeft(_ count: Int) -> BigNatural {
    if isZero { return self }
    let wordShift = count / 32
    let bitShift = count % 32
    var result = [UInt32](repeating: 0, count: words.count + wordShift + 1)
    for (index, word) in words.enumerated() {
      let wide = UInt64(word) << UInt64(bitShift)
      result[index + wordShift] |= UInt32(truncatingIfNeeded: wide)
      result[index + wordShift + 1] |= UInt32(truncatingIfNeeded: wide >> 32)
    }
    return BigNatural(words: result)
  }

  static func + (left: BigNatural, right: BigNatural) -> BigNatural {
    var result = [UInt32](repeating: 0, count: max(left.words.count, right.words.count) + 1)
    var carry: UInt64 = 0
    for index in 0..<result.count {
      let sum =
        UInt64(index < left.words.count ? left.words[index] : 0)
        + UInt64(index < right.words.count ? right.words[index] : 0) + carry
      result[index] = UInt32(truncatingIfNeeded: sum)
      carry = sum >> 32
    }
    return BigNatural(words: result)
  }

  static func - (left: BigNatural, right: BigNatural) -> BigNatural {
    precondition(left >= right)
    var result = left.words
    var borrow: Int64 = 0
    for index in result.indices {
      var difference =
        Int64(result[index]) - Int64(index < right.words.count ? right.words[index] : 0) - borrow
      borrow = 0
      if difference < 0 {
        difference += 1 << 32
        borrow = 1
      }
      result[index] = UInt32(difference)
    }
    return BigNatural(words: result)
  }

  static func * (left: BigNatural, right: BigNatural) -> BigNatural {
    if left.isZero || right.isZero { return BigNatural() }
    var result = [UInt64](repeating: 0, count: left.words.count + right.words.count + 1)
    result.withUnsafeMutableBufferPointer { result in
      left.words.withUnsafeBufferPointer { left in
        right.words.withUnsafeBufferPointer { right in
          for i in 0..<left.count {
            let a = UInt64(left[i])
            var carry: UInt64 = 0
            for j in 0..<right.count {
              // < 2^64: (2^32 − 1)² + 2 · (2^32 − 1).
              let sum = a &* UInt64(right[j]) &+ result[i &+ j] &+ carry
              result[i &+ j] = sum & 0xFFFF_FFFF
              carry = sum >> 32
            }
            result[i &+ right.count] = carry
          }
        }
      }
    }
    return BigNatural(words: result.map { UInt32($0) })
  }

  static func < (left: BigNatural, right: BigNatural) -> Bool {
    if left.words.count != right.words.count { return left.words.count < right.words.count }
    for index in left.words.indices.reversed() where left.words[index] != right.words[index] {
      return left.words[index] < right.words[index]
    }
    return false
  }

  var description: String { "0x" + words.reversed().map { String($0, radix: 16) }.joined() }
}

/// A fraction of two big naturals.
struct ExactFraction {
  var numerator: BigNatural
  var denominator: BigNatural

  init(_ numerator: BigNatural, over denominator: BigNatural) {
    precondition(!denominator.isZero)
    self.numerator = numerator
    self.denominator = denominator
  }

  static func + (left: ExactFraction, right: ExactFraction) -> ExactFraction {
    ExactFraction(
      left.numerator * right.denominator + right.numerator * left.denominator,
      over: left.denominator * right.denominator)
  }

  static func * (left: ExactFraction, right: ExactFraction) -> ExactFraction {
    ExactFraction(left.numerator * right.numerator, over: left.denominator * right.denominator)
  }

  /// The nearest double, ties to even (for values in the normal range).
  var nearestDouble: Double {
    if numerator.isZero { return 0 }
    // Scale so that the integer quotient has 64 to 66 bits, then divide bit by bit.
    let shift = 65 - (numerator.bitWidth - denominator.bitWidth)
    var remainder = shift > 0 ? numerator.shiftedLeft(shift) : numerator
    let divisor = shift < 0 ? denominator.shiftedLeft(-shift) : denominator
    var quotient: UInt128 = 0
    for bit in stride(from: 67, through: 0, by: -1) {
      let part = divisor.shiftedLeft(bit)
      if part <= remainder {
        remainder = remainder - part
        quotient |= 1 << UInt128(bit)
      }
    }
    let sticky = !remainder.isZero
    // value = (quotient + sticky part) · 2^-shift; keep 53 bits of the quotient.
    let width = UInt128.bitWidth - quotient.leadingZeroBitCount
    let dropped = width - 53
    var kept = quotient >> UInt128(dropped)
    let rest = quotient & ((1 << UInt128(dropped)) - 1)
    let half: UInt128 = 1 << UInt128(dropped - 1)
    if rest > half || (rest == half && (sticky || kept & 1 == 1)) { kept += 1 }
    return Double(sign: .plus, exponent: dropped - shift, significand: Double(UInt64(kept)))
  }
}
