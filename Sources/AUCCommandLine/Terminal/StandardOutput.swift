import AUCFileFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where every command writes its results: standard output, with `write(2)` and no buffer, so
/// that each write is checked when it is made.
enum StandardOutput {
  /// Writes `text` as it is; a failed write (a full disk, a closed pipe with SIGPIPE ignored)
  /// throws `auc: cannot write to standard output: REASON` (exit status 1).
  static func write(_ text: String) throws(CommandFailure) {
    do throws(SystemError) {
      try DescriptorOutput.write(text, to: STDOUT_FILENO)
    } catch {
      throw failure(error)
    }
  }

  /// Writes `bytes` as they are, checked as ``write(_:)`` is.
  static func write(bytes: [UInt8]) throws(CommandFailure) {
    var failure: SystemError?
    bytes.withUnsafeBytes { buffer in
      do throws(SystemError) {
        try DescriptorOutput.write(buffer, to: STDOUT_FILENO)
      } catch { failure = error }
    }
    if let failure { throw Self.failure(failure) }
  }

  /// Writes `line` and a line break.
  static func writeLine(_ line: String) throws(CommandFailure) {
    try write(line + "\n")
  }

  private static func failure(_ error: SystemError) -> CommandFailure {
    CommandFailure("auc: cannot write to standard output: \(error)")
  }
}
