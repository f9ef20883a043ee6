#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file in a private temporary directory that each fuzz run overwrites with its input, for
/// readers that take a path.
public struct ScratchFile: Sendable {
  public let path: String

  /// A file named `name` in a directory made once per process.
  public init(named name: String) {
    path = Self.directory + "/" + name
  }

  private static let directory: String = {
    var template = Array("/tmp/swift-auc-fuzz-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
    return String(cString: made)
  }()

  /// Replaces the file's contents with `bytes`.
  public func write<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(descriptor >= 0, "cannot open \(path)")
    let array = Array(bytes)
    var written = 0
    while written < array.count {
      let count = array.withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress! + written, array.count - written)
      }
      precondition(count > 0, "cannot write \(path)")
      written += count
    }
    close(descriptor)
  }
}

/// The C library's `write`, under a name that the method above does not shadow.
private func systemWrite(_ descriptor: Int32, _ address: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, address, count)
}
