import AUCFileFormats
import ArgumentParser

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
  /// prints `auc: cannot write to standard output: REASON` and exits with status 1.
  static func write(_ text: String) throws {
    do {
      try DescriptorOutput.write(text, to: STDOUT_FILENO)
    } catch {
      printToStandardError("auc: cannot write to standard output: \(error)")
      throw ExitCode(1)
    }
  }

  /// Writes `bytes` as they are, checked as ``write(_:)`` is.
  static func write(bytes: [UInt8]) throws {
    var failure: SystemError?
    bytes.withUnsafeBytes { buffer in
      do throws(SystemError) {
        try DescriptorOutput.write(buffer, to: STDOUT_FILENO)
      } catch { failure = error }
    }
    if let failure {
      printToStandardError("auc: cannot write to standard output: \(failure)")
      throw ExitCode(1)
    }
  }

  /// Writes `line` and a line break.
  static func writeLine(_ line: String) throws {
    try write(line + "\n")
  }
}
