/// A small, fast, seeded random number generator (Steele, Lea and Flood's SplitMix64).
///
/// Given the same seed it yields the same numbers on every platform, which makes demos,
/// tests and resampling reproducible. The sequence matches the reference generator of the
/// golden vectors: `state += 0x9E3779B97F4A7C15`, then the standard mixer.
///
/// ```swift
/// var generator = SplitMix64(seed: 0)
/// generator.next()   // 16294208416658607535
/// let unit = generator.nextUnitDouble()   // in [0, 1)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable, Codable {
  /// The generator's state; the next output mixes `state + 0x9E3779B97F4A7C15`.
  public var state: UInt64

  /// Creates a generator whose first output is the mix of `seed + 0x9E3779B97F4A7C15`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  ///
  /// - Complexity: O(1)
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A `Double` in `[0, 1)` from the top 53 bits: `(next() >> 11) · 2^-53`.
  ///
  /// - Complexity: O(1)
  public mutating func nextUnitDouble() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A `Float` in `[0, 1)` from the top 24 bits: `(next() >> 40) · 2^-24`.
  ///
  /// - Complexity: O(1)
  public mutating func nextUnitFloat() -> Float {
    Float(next() >> 40) * 0x1p-24
  }

  /// A uniform integer in `0..<bound`, by Lemire's multiply-and-reject method: the same
  /// sequence on every platform and Swift version.
  ///
  /// ```swift
  /// var generator = SplitMix64(seed: 1)
  /// generator.nextBelow(6)   // a die roll, 0...5
  /// ```
  ///
  /// - Precondition: `bound > 0`.
  /// - Complexity: O(1) expected.
  public mutating func nextBelow(_ bound: UInt64) -> UInt64 {
    precondition(bound > 0, "bound must be positive")
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      let threshold = (0 &- bound) % bound
      while product.low < threshold {
        product = next().multipliedFullWidth(by: bound)
      }
    }
    return product.high
  }
}
