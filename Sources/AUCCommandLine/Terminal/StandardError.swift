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

/// Writes text to standard error as is, unbuffered. A failure is ignored: there is nowhere
/// left to report it.
func writeToStandardError(_ text: String) {
  try? DescriptorOutput.write(text, to: STDERR_FILENO)
}
