/// A value that names one of the two classes of a binary classifier.
///
/// Integers name a class only when they are `0` (negative) or `1` (positive); every other
/// integer is rejected by the metrics rather than guessed at. `Bool` names the positive class
/// with `true`.
///
/// ```swift
/// (1 as Int64).isPositiveClass   // true
/// (0 as UInt8).isPositiveClass   // false
/// (2 as Int).isPositiveClass     // nil: not a class label
/// ```
public protocol ClassLabel {
  /// `true` for the positive class, `false` for the negative class, `nil` for a value that
  /// names neither.
  ///
  /// - Complexity: O(1)
  var isPositiveClass: Bool? { get }
}

extension Bool: ClassLabel {
  /// The label itself: `true` is the positive class.
  @inlinable
  public var isPositiveClass: Bool? { self }
}

extension ClassLabel where Self: BinaryInteger {
  /// `true` for `1`, `false` for `0`, `nil` for any other integer.
  @inlinable
  public var isPositiveClass: Bool? {
    self == 1 ? true : (self == 0 ? false : nil)
  }
}

extension Int: ClassLabel {}
extension Int8: ClassLabel {}
extension Int16: ClassLabel {}
extension Int32: ClassLabel {}
extension Int64: ClassLabel {}
extension UInt: ClassLabel {}
extension UInt8: ClassLabel {}
extension UInt16: ClassLabel {}
extension UInt32: ClassLabel {}
extension UInt64: ClassLabel {}
