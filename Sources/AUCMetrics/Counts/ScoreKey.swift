/// The order-preserving map between finite doubles and unsigned 64-bit keys.
///
/// Flipping every bit of a negative double and only the sign bit of a positive one turns the
/// IEEE 754 order into unsigned integer order, so sorting keys sorts scores and the top bits of
/// a key are its sign, its binade and its leading significand bits. −0.0 is read as +0.0 so
/// that the two zeros tie. `Float` scores widen to `Double` exactly first, so a `Float` and a
/// `Double` holding the same number share a key; ``floatKey(_:)`` is the same map on a
/// `Float`'s own 32 bits.
@usableFromInline
internal enum ScoreKey {
  /// The key of a finite score.
  @inlinable @inline(__always)
  internal static func key(_ score: Double) -> UInt64 {
    let bits = (score + 0.0).bitPattern  // −0.0 + 0.0 == +0.0
    let signMask = UInt64(bitPattern: Int64(bitPattern: bits) >> 63)
    return bits ^ (signMask | (1 << 63))
  }

  /// The 32-bit key of a finite `Float` score, built the same way on its own bits: the same
  /// order, and the same ties, as the 64-bit keys of the widened doubles, in half the bits
  /// (so that a label fits beside it in a 33-bit sort key).
  @inlinable @inline(__always)
  internal static func floatKey(_ score: Float) -> UInt32 {
    let bits = (score + 0).bitPattern  // −0.0 + 0 == +0.0
    let signMask = UInt32(bitPattern: Int32(bitPattern: bits) >> 31)
    return bits ^ (signMask | 0x8000_0000)
  }

  /// The score a key came from.
  @inlinable
  internal static func score(_ key: UInt64) -> Double {
    let bits = key & (1 << 63) != 0 ? key ^ (1 << 63) : ~key
    return Double(bitPattern: bits)
  }
}
