/// Exact scores that are decimals of at most `digits` significant digits (what a CSV file
/// holds: `0.7310586`, `0.25`, `-1.5e-3`), numbered in order as whole numbers, so that their
/// differences are small: the compact encoding stores these numbers instead of the scores'
/// 64-bit keys when that is shorter.
///
/// A score s ≠ 0 is the decimal `n × 10^q` with `n` of exactly `digits` digits (so `q` fixes
/// its decade) when the double nearest to that decimal, computed as `Double(n) × 10^q` or
/// `Double(n) / 10^−q` (both operands exact, so rounded once), is s. Its number counts the
/// decades from the lowest and the mantissas within them:
/// `sign(s) · (1 + (decade − lowest decade) · 9 · 10^(digits − 1) + n − 10^(digits − 1))`, and
/// 0 for 0. Larger scores get larger numbers, and `|q| ≤ 22` keeps every power of ten exact.
///
/// ```swift
/// var numbering = DecimalKeyCoding.Numbering(DecimalKeyCoding(digits: 7)!)
/// let number = numbering.number(of: 0.7310586)!   // that of 7310586 × 10^−7
/// numbering.coding.score(of: number)              // 0.7310586
/// ```
internal struct DecimalKeyCoding: Sendable {
  /// Significant digits, `1...maximumDigits`.
  let digits: Int
  /// `10^(digits − 1)`, the smallest mantissa.
  fileprivate let lowestMantissa: Int64
  /// `9 · 10^(digits − 1)`, the mantissas of one decade.
  fileprivate let decadeSize: Int64
  /// The lowest decade whose `q` is at least −22.
  fileprivate let lowestDecade: Int

  static let maximumDigits = 15
  /// The 45 decades from `digits − 23` to `digits + 21` have `|q| ≤ 22`.
  static let decadeCount = 45
  /// The powers of ten that doubles hold exactly: 10^0 ... 10^22.
  static let powers: [Double] = (0...22).map { exponent in
    (0..<exponent).reduce(1.0) { product, _ in product * 10 }
  }

  init?(digits: Int) {
    guard (1...Self.maximumDigits).contains(digits) else { return nil }
    self.digits = digits
    lowestMantissa = (1..<digits).reduce(Int64(1)) { product, _ in product * 10 }
    decadeSize = 9 * lowestMantissa
    lowestDecade = digits - 23
  }

  /// The largest number a score has: that of the largest mantissa of the highest decade.
  var largestNumber: Int64 { Int64(Self.decadeCount) * decadeSize }

  /// `n × 10^q` rounded once to a double.
  @inline(__always)
  private static func value(mantissa: Int64, exponent q: Int) -> Double {
    q >= 0 ? Double(mantissa) * powers[q] : Double(mantissa) / powers[-q]
  }

  /// Numbers of scores one after another: the constants of the decade of the score before
  /// are kept, and tried first, as ascending scores mostly share it.
  struct Numbering {
    let coding: DecimalKeyCoding
    /// The decade tried first, and its constants: `q ≥ 0`, `10^|q|`, the number of its
    /// mantissa 0, and its mantissas' bounds.
    private var decade = Int.min
    private var dividing = false
    private var power = 1.0
    private var numberBase: Int64 = 0
    private let lowest: Double
    private let limit: Double

    init(_ coding: DecimalKeyCoding) {
      self.coding = coding
      lowest = Double(coding.lowestMantissa)
      limit = Double(10 * coding.lowestMantissa)
    }

    /// The number of `score`, or `nil` when it is no decimal of the coding's digits in range.
    @inline(__always)
    mutating func number(of score: Double) -> Int64? {
      let magnitude = Swift.abs(score)
      if magnitude == 0 { return 0 }
      guard magnitude.isFinite else { return nil }
      if decade != .min, let number = numberInDecade(magnitude) {
        return score < 0 ? -number : number
      }
      // floor(log10(2^e)) for the binary exponent e: the decade, or the one below it.
      let estimate = (Int(magnitude.exponent) &* 78913) >> 18
      for candidate in estimate...(estimate + 1) {
        let q = candidate - coding.digits + 1
        guard q >= -22 && q <= 22 else { continue }
        decade = candidate
        dividing = q >= 0
        power = DecimalKeyCoding.powers[Swift.abs(q)]
        numberBase =
          1 + Int64(candidate - coding.lowestDecade) * coding.decadeSize - coding.lowestMantissa
        if let number = numberInDecade(magnitude) { return score < 0 ? -number : number }
      }
      decade = .min
      return nil
    }

    /// The number of `magnitude` in the current decade, or `nil`.
    @inline(__always)
    private func numberInDecade(_ magnitude: Double) -> Int64? {
      let scaled = dividing ? magnitude / power : magnitude * power
      // Within 0.44 of the mantissa when there is one (it is below 10^15): truncating
      // scaled + 0.5 finds it, and the check below rejects anything else.
      let halfUp = scaled + 0.5
      guard halfUp >= lowest, halfUp < limit else { return nil }
      let mantissa = Int64(halfUp)
      let value = dividing ? Double(mantissa) * power : Double(mantissa) / power
      guard value == magnitude else { return nil }
      return numberBase &+ mantissa
    }
  }

  /// The score of `number`, or `nil` when no score has it.
  @inline(__always)
  func score(of number: Int64) -> Double? {
    if number == 0 { return 0 }
    guard number >= -largestNumber, number <= largestNumber else { return nil }
    let offset = Swift.abs(number) - 1
    let decade = lowestDecade + Int(offset / decadeSize)
    let mantissa = lowestMantissa + offset % decadeSize
    let magnitude = Self.value(mantissa: mantissa, exponent: decade - digits + 1)
    return number < 0 ? -magnitude : magnitude
  }

  /// Scores of numbers that ascend, one after another: within a decade the mantissa moves by
  /// the difference, and only a change of decade (or of sign) takes the divisions of
  /// ``score(of:)``.
  struct Walk {
    let coding: DecimalKeyCoding
    private var number: Int64 = 0
    private var mantissa: Int64 = 0
    /// `q` of the current decade, and `10^|q|`.
    private var exponent = 0
    private var power = 1.0

    init(_ coding: DecimalKeyCoding) { self.coding = coding }

    /// The score of `next`, or `nil` when no score has it.
    ///
    /// - Precondition: `next` is above the number before it.
    @inline(__always)
    mutating func score(of next: Int64) -> Double? {
      let difference = next &- number
      if number > 0 {
        let moved = mantissa &+ difference
        if moved < 10 &* coding.lowestMantissa {
          return step(to: next, mantissa: moved, sign: 1)
        }
      } else if number < 0 && next < 0 {
        let moved = mantissa &- difference
        if moved >= coding.lowestMantissa { return step(to: next, mantissa: moved, sign: -1) }
      }
      guard let score = coding.score(of: next) else { return nil }
      number = next
      if next != 0 {
        let offset = Swift.abs(next) - 1
        mantissa = coding.lowestMantissa + offset % coding.decadeSize
        exponent = coding.lowestDecade + Int(offset / coding.decadeSize) - coding.digits + 1
        power = powers[Swift.abs(exponent)]
      }
      return score
    }

    @inline(__always)
    private mutating func step(to next: Int64, mantissa moved: Int64, sign: Double) -> Double {
      number = next
      mantissa = moved
      let magnitude = exponent >= 0 ? Double(moved) * power : Double(moved) / power
      return sign < 0 ? -magnitude : magnitude
    }
  }

  /// The stored form of a number: shifted by 2^63, so that unsigned order is score order.
  @inline(__always)
  static func stored(_ number: Int64) -> UInt64 { UInt64(bitPattern: number) ^ (1 << 63) }

  @inline(__always)
  static func number(stored: UInt64) -> Int64 { Int64(bitPattern: stored ^ (1 << 63)) }
}
