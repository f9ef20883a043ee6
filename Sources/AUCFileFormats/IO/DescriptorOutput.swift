#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes whole buffers to an open file descriptor with `write(2)`, unbuffered.
///
/// ```swift
/// try DescriptorOutput.write("done\n", to: STDOUT_FILENO)
/// ```
public enum DescriptorOutput {
  /// Writes all of `bytes` to `descriptor`, continuing after short writes and interruptions.
  ///
  /// - Throws: the error of the first `write(2)` that fails, for example `ENOSPC` or `EPIPE`;
  ///   the bytes before it may have been written.
  /// - Complexity: O(n) in the number of bytes, one system call per chunk the kernel takes.
  public static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32)
    throws(SystemError)
  {
    var remaining = bytes
    while !remaining.isEmpty {
      let written = systemWrite(descriptor, remaining.baseAddress, remaining.count)
      if written < 0 {
        if errno == EINTR { continue }
        throw .last
      }
      // A regular file or a pipe never accepts nothing for a positive count; a device that
      // does would make this loop spin, so it counts as full.
      guard written > 0 else { throw SystemError(code: ENOSPC) }
      remaining = UnsafeRawBufferPointer(rebasing: remaining[written...])
    }
  }

  /// Writes the UTF-8 bytes of `text` to `descriptor`; as the buffer version does.
  public static func write(_ text: String, to descriptor: Int32) throws(SystemError) {
    var text = text
    var failure: SystemError?
    text.withUTF8 { bytes in
      do throws(SystemError) { try write(UnsafeRawBufferPointer(bytes), to: descriptor) } catch {
        failure = error
      }
    }
    if let failure { throw failure }
  }
}

/// The C library's `write`, under a name that the methods above do not shadow.
private func systemWrite(_ descriptor: Int32, _ address: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, address, count)
}
