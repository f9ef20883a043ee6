/// The order-preserving map between finite doubles and unsigned 64-bit keys.
///
/// Flipping every bit of a negative double and only the sign bit of a positive one turns the
/// IEEE 754 order into unsigned integer order, so sorting keys sorts scores and the top bits of
/// a key are its sign, its binade and its leading significand bits. −0.0 is read as +0.0 so
/// that the two zeros tie. `Float` scores widen to `Double` exactly first, so a `Float` and a
/// `Double` holding the same number share a key.
@usableFromInline
internal enum ScoreKey {
  /// The key of a finite score.
  @inlinable @inline(__always)
  internal static func key(_ score: Double) -> UInt64 {
    let bits = (score + 0.0).bitPattern  // −0.0 + 0.0 == +0.0
    let signMask = UInt64(bitPattern: Int64(bitPattern: bits) >> 63)
    return bits ^ (signMask | (1 << 63))
  }

  /// The score a key came from.
  @inlinable
  internal static func score(_ key: UInt64) -> Double {
    let bits = key & (1 << 63) != 0 ? key ^ (1 << 63) : ~key
    return Double(bitPattern: bits)
  }
}
