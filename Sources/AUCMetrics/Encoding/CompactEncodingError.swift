/// Why bytes are not a valid compact encoding of counts or a histogram: where the decoding
/// stopped, and the reason.
///
/// ```swift
/// let bytes = ScoreHistogram(thresholdCount: 200).compactEncoding()   // 200: 0xC8 0x01, …
/// do {
///   _ = try ScoreHistogram(compactEncoding: Array(bytes.prefix(1)))
/// } catch {
///   print("byte \(error.offset): \(error.reason)")   // byte 1: the input ends inside a number
/// }
/// ```
public struct CompactEncodingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The offset of the byte, from the start of the encoding, where the problem was found.
  public var offset: Int
  /// What is wrong, e.g. `key 3 is not above key 2`.
  public var reason: String

  /// An error at `offset` with `reason`.
  public init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  /// `byte N: reason`.
  public var description: String { "byte \(offset): \(reason)" }
}
