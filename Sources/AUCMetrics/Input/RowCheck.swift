/// Branch-free tests of one row's score and label, for loops that check a whole batch before
/// counting it.
///
/// Each test returns an integer rather than a `Bool`, so that a loop can or them together
/// without branching and the compiler can vectorise it. Scores of type `Float` and `Double`
/// are tested on their bit patterns: an unsigned compare vectorises, where float compares
/// joined by `&&` do not.
@usableFromInline
internal enum RowCheck {
  /// A label as 0 (negative), 1 (positive) or 2 (neither).
  ///
  /// - Complexity: O(1)
  @inlinable @inline(__always)
  internal static func labelCode<Label: ClassLabel>(_ label: Label) -> UInt8 {
    switch label.isPositiveClass {
    case false?: 0
    case true?: 1
    case nil: 2
    }
  }

  /// 0 if `score` lies in `0...1` (−0 included), else 1.
  ///
  /// - Complexity: O(1)
  @inlinable @inline(__always)
  internal static func unitIntervalMiss<Score: BinaryFloatingPoint>(_ score: Score) -> UInt8 {
    if Score.self == Float.self {
      let bits = unsafeBitCast(score, to: Float.self).bitPattern
      return (bits > (1 as Float).bitPattern ? 1 : 0) & (bits != (-0.0 as Float).bitPattern ? 1 : 0)
    }
    if Score.self == Double.self {
      let bits = unsafeBitCast(score, to: Double.self).bitPattern
      return (bits > (1 as Double).bitPattern ? 1 : 0)
        & (bits != (-0.0 as Double).bitPattern ? 1 : 0)
    }
    return score >= 0 && score <= 1 ? 0 : 1
  }

  /// 0 if `score` is finite, else 1 (NaN and both infinities have every exponent bit set).
  ///
  /// - Complexity: O(1)
  @inlinable @inline(__always)
  internal static func finiteMiss<Score: BinaryFloatingPoint>(_ score: Score) -> UInt8 {
    if Score.self == Float.self {
      let exponent = (Float.infinity).bitPattern
      return unsafeBitCast(score, to: Float.self).bitPattern & exponent == exponent ? 1 : 0
    }
    if Score.self == Double.self {
      let exponent = (Double.infinity).bitPattern
      return unsafeBitCast(score, to: Double.self).bitPattern & exponent == exponent ? 1 : 0
    }
    return score.isFinite ? 0 : 1
  }
}
