#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The whole contents of a file that must be a regular file, such as a state file.
///
/// The file is checked before anything is read: a FIFO is refused instead of blocking until
/// a writer comes, a device such as `/dev/zero` instead of being read forever, a directory
/// with its kind instead of a system error code.
enum RegularFileContents {
  /// Reads all of `path`; `purpose` ends the message for a file that is not regular, e.g. `a
  /// state file is a file written by auc accumulate`.
  ///
  /// - Complexity: O(n) for n bytes, read in one buffer of the file's size.
  static func read(_ path: String, purpose: String) throws(DataError) -> [UInt8] {
    let (descriptor, status) = try FileKind.openRegularFile(path, purpose: purpose)
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
    var filled = 0
    while true {
      if filled == bytes.count {  // the file grew since fstat: read on
        bytes.append(contentsOf: [UInt8](repeating: 0, count: bytes.count))
      }
      let count = bytes.withUnsafeMutableBytes {
        systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled)
      }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw DataError(location: path, message: "cannot read: \(FileKind.lastSystemError)")
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeSubrange(filled...)
    return bytes
  }
}
