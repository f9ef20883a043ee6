#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open input: a file named on the command line, or standard input for `-`.
struct InputFile: ~Copyable {
  /// The name used in messages: the path, or `<stdin>`.
  let displayName: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool

  /// Opens `path` for reading; `-` is standard input.
  init(path: String) throws(DataError) {
    if path == "-" {
      displayName = "<stdin>"
      descriptor = STDIN_FILENO
      ownsDescriptor = false
      return
    }
    let opened = open(path, O_RDONLY)
    guard opened >= 0 else {
      throw DataError(location: path, message: "cannot open: \(String(cString: strerror(errno)))")
    }
    displayName = path
    descriptor = opened
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Reads up to `buffer.count` bytes, retrying on interruption; 0 means end of input.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
    while true {
      let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw DataError(
        location: displayName, message: "read failed: \(String(cString: strerror(errno)))")
    }
  }
}

/// The C library's `read`, under a name that the method above does not shadow.
private func systemRead(_ descriptor: Int32, _ address: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, address, count)
}
