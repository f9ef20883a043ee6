#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call: its `errno`, described as the C library describes it.
///
/// ```swift
/// throw SystemError(code: ENOSPC)   // description: "No space left on device"
/// ```
public struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The `errno` value, for example `ENOSPC`.
  public var code: Int32

  /// The error of `code`.
  public init(code: Int32) { self.code = code }

  /// The error that the last failed system call of this thread left in `errno`.
  public static var last: SystemError { SystemError(code: errno) }

  /// The C library's text for the code, for example `No space left on device`.
  public var description: String { String(cString: strerror(code)) }
}
