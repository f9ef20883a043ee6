import RealModule

/// An unevaluated sum `head + tail` of two doubles with `|tail| ≤ ulp(head)/2`: about 106
/// significant bits.
///
/// Sample-weight totals are kept in this form. Adding doubles to it is exact as long as the
/// bits of every addend and of the total fit one 106-bit window, so integer counts below 2^106
/// and weights of similar magnitude sum exactly and in any order. Products and quotients
/// carry a relative error near 2^-104, far below one rounding of the final double.
///
/// The algorithms are Hida, Li and Bailey's (the QD library): Knuth's TwoSum, Dekker's
/// Fast2Sum and the FMA product, which is swift-numerics' `Augmented.product`.
@usableFromInline
internal struct DoubleDouble: Sendable, Hashable {
  @usableFromInline internal var head: Double
  @usableFromInline internal var tail: Double

  @inlinable @inline(__always)
  internal init(_ value: Double) {
    head = value
    tail = 0
  }

  @inlinable @inline(__always)
  internal init(head: Double, tail: Double) {
    self.head = head
    self.tail = tail
  }

  @usableFromInline static let zero = DoubleDouble(0)

  /// The nearest double.
  @inlinable @inline(__always)
  internal var value: Double { head + tail }

  @inlinable @inline(__always)
  internal var isZero: Bool { head == 0 }

  /// A double-double from an error-free transformation's result (the pair is already
  /// normalized: `|tail| ≤ ulp(head) / 2`).
  @inlinable @inline(__always)
  internal init(_ pair: (head: Double, tail: Double)) {
    head = pair.head
    tail = pair.tail
  }

  /// `a + b` and its rounding error, exactly (Knuth's TwoSum).
  ///
  /// The same value as RealModule's `Augmented.sum(_:_:)` (both are exact), kept here in QD's
  /// order of operations: with it the compiler pairs the sweeps' double-double additions into
  /// vector instructions, and ``RankingSweep`` ran 3–7 % faster than with `Augmented.sum`.
  @inlinable @inline(__always)
  internal static func twoSum(_ a: Double, _ b: Double) -> DoubleDouble {
    let sum = a + b
    let bVirtual = sum - a
    let error = (a - (sum - bVirtual)) + (b - bVirtual)
    return DoubleDouble(head: sum, tail: error)
  }

  /// `a + b` for `|a| ≥ |b|` and its rounding error, exactly (Dekker's Fast2Sum).
  ///
  /// Bit for bit RealModule's `Augmented.sum(large:small:)` (`fl(b − fl(s − a))` and
  /// `fl(fl(a − s) + b)` agree, rounding being symmetric), kept local for the same reason as
  /// ``twoSum(_:_:)``.
  @inlinable @inline(__always)
  internal static func quickTwoSum(_ a: Double, _ b: Double) -> DoubleDouble {
    let sum = a + b
    return DoubleDouble(head: sum, tail: b - (sum - a))
  }

  /// `a · b` and its rounding error, exactly (one fused multiply-add): RealModule's
  /// `Augmented.product(_:_:)`.
  @inlinable @inline(__always)
  internal static func twoProduct(_ a: Double, _ b: Double) -> DoubleDouble {
    DoubleDouble(Augmented.product(a, b))
  }

  @inlinable @inline(__always)
  internal static func + (left: DoubleDouble, right: Double) -> DoubleDouble {
    let sum = twoSum(left.head, right)
    return quickTwoSum(sum.head, sum.tail + left.tail)
  }

  @inlinable @inline(__always)
  internal static func + (left: DoubleDouble, right: DoubleDouble) -> DoubleDouble {
    let heads = twoSum(left.head, right.head)
    let tails = twoSum(left.tail, right.tail)
    let first = quickTwoSum(heads.head, heads.tail + tails.head)
    return quickTwoSum(first.head, first.tail + tails.tail)
  }

  @inlinable @inline(__always)
  internal static func += (left: inout DoubleDouble, right: Double) { left = left + right }

  @inlinable @inline(__always)
  internal static func += (left: inout DoubleDouble, right: DoubleDouble) { left = left + right }

  @inlinable @inline(__always)
  internal static prefix func - (operand: DoubleDouble) -> DoubleDouble {
    DoubleDouble(head: -operand.head, tail: -operand.tail)
  }

  @inlinable @inline(__always)
  internal static func - (left: DoubleDouble, right: DoubleDouble) -> DoubleDouble {
    left + -right
  }

  @inlinable @inline(__always)
  internal static func * (left: DoubleDouble, right: DoubleDouble) -> DoubleDouble {
    var product = twoProduct(left.head, right.head)
    product.tail += left.head * right.tail + left.tail * right.head
    return quickTwoSum(product.head, product.tail)
  }

  @inlinable @inline(__always)
  internal static func * (left: DoubleDouble, right: Double) -> DoubleDouble {
    var product = twoProduct(left.head, right)
    product.tail += left.tail * right
    return quickTwoSum(product.head, product.tail)
  }

  /// The quotient to about 104 bits: the double quotient and one correction from the
  /// remainder, which is computed exactly enough by the FMA product.
  @inlinable @inline(__always)
  internal static func / (left: DoubleDouble, right: DoubleDouble) -> DoubleDouble {
    let first = left.head / right.head
    let remainder = left - right * first
    let second = (remainder.head + remainder.tail) / right.head
    return quickTwoSum(first, second)
  }

  @inlinable @inline(__always)
  internal static func < (left: DoubleDouble, right: DoubleDouble) -> Bool {
    left.head < right.head || (left.head == right.head && left.tail < right.tail)
  }
}
