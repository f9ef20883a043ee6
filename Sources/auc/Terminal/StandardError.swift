import AUCFileFormats
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes one line to standard error.
func printToStandardError(_ message: String) {
  writeToStandardError(message + "\n")
}

/// Writes text to standard error as is, unbuffered.
func writeToStandardError(_ text: String) {
  var line = text
  line.withUTF8 { bytes in
    var remaining = UnsafeRawBufferPointer(bytes)
    while !remaining.isEmpty {
      let written = write(STDERR_FILENO, remaining.baseAddress, remaining.count)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return }
      remaining = UnsafeRawBufferPointer(rebasing: remaining[written...])
    }
  }
}
