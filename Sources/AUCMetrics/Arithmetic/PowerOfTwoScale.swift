/// Multiplication by a power of two 2^k, for any k in `-1074...2046`: exact but where the
/// product leaves the normal range of doubles, rounded once there.
///
/// The areas are ratios of sums of products of weights, so they do not change when every
/// weight of a class is multiplied by the same power of two. The sweeps scale each class so
/// that its total lies in `[1, 2)`: then no product of two weights or totals can overflow,
/// whatever the weights are (up to the largest double in all), and only a weight below
/// 2^-1022 of its class's total (one part in 10^307) loses bits to underflow. 2^k with
/// k > 1023 is no double, so that scale is two factors, applied one after the other; the
/// first, 2^1023, only lifts subnormals and never rounds.
///
/// ```swift
/// let scale = PowerOfTwoScale(normalizing: 0x1p-1074)   // 2^1074, as 2^1023 · 2^51
/// scale.apply(0x1p-1074)                                // 1.0
/// ```
@usableFromInline
internal struct PowerOfTwoScale: Sendable {
  @usableFromInline internal let first: Double
  @usableFromInline internal let second: Double

  /// The scale 2^exponent.
  ///
  /// - Precondition: `-1074...2046` contains `exponent`.
  @inlinable
  internal init(exponent: Int) {
    precondition((-1074...2046).contains(exponent), "scale 2^\(exponent) is out of range")
    if exponent <= 1023 {
      first = Double(sign: .plus, exponent: exponent, significand: 1)
      second = 1
    } else {
      first = 0x1p1023
      second = Double(sign: .plus, exponent: exponent - 1023, significand: 1)
    }
  }

  /// The scale that takes `total` into `[1, 2)`; 1 for a total of 0.
  ///
  /// - Precondition: `total` is finite and ≥ 0.
  @inlinable
  internal init(normalizing total: Double) {
    precondition(total.isFinite && total >= 0, "a total must be finite and ≥ 0")
    // The exponent of a subnormal is that of its leading bit, down to -1074.
    self.init(exponent: total == 0 ? 0 : -Int(total.exponent))
  }

  @inlinable @inline(__always)
  internal func apply(_ value: Double) -> Double {
    value * first * second
  }

  @inlinable @inline(__always)
  internal func apply(_ value: DoubleDouble) -> DoubleDouble {
    DoubleDouble(head: value.head * first * second, tail: value.tail * first * second)
  }
}
