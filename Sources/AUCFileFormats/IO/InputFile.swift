import CZlib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open input: a file named on the command line, or standard input for `-`, read as is or
/// through zlib's gzip decoder.
public struct InputFile: ~Copyable {
  /// The name used in messages: the path, or `<stdin>`.
  public let displayName: String
  /// The size of the file in bytes (compressed size for gzip), or `nil` for a pipe.
  public let size: Int?
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  /// The gzip stream reading `descriptor`, or `nil` for plain input.
  private let gzip: gzFile?

  /// Opens `path` for reading; `-` is standard input. With `gzip`, the bytes are decompressed
  /// (several concatenated gzip members are read one after another, as `zcat` does).
  public init(path: String, gzip decompress: Bool = false) throws(DataError) {
    var descriptor = STDIN_FILENO
    var owns = false
    let name = path == "-" ? "<stdin>" : path
    if path != "-" {
      descriptor = open(path, O_RDONLY)
      guard descriptor >= 0 else {
        throw DataError(location: path, message: "cannot open: \(String(cString: strerror(errno)))")
      }
      owns = true
    }
    var status = stat()
    let isRegularFile = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    var stream: gzFile? = nil
    if decompress {
      // zlib takes over the descriptor (a copy, for standard input): gzclose_r closes it.
      stream = gzdopen(owns ? descriptor : dup(descriptor), "rb")
      guard let stream else {
        if owns { close(descriptor) }
        throw DataError(location: name, message: "cannot start the gzip decoder")
      }
      gzbuffer(stream, 1 << 17)
      owns = false
    }
    self.displayName = name
    self.size = isRegularFile ? Int(status.st_size) : nil
    self.descriptor = descriptor
    self.ownsDescriptor = owns
    self.gzip = stream
  }

  deinit {
    if let gzip { gzclose_r(gzip) }
    if ownsDescriptor { close(descriptor) }
  }

  /// How far into the file the reading is, in file bytes (compressed bytes for gzip).
  public var position: Int {
    if let gzip { return Int(gzoffset(gzip)) }
    return max(Int(lseek(descriptor, 0, SEEK_CUR)), 0)  // −1 for a pipe
  }

  /// Reads up to `buffer.count` bytes, retrying on interruption; 0 means end of input.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
    if let gzip {
      let count = gzread(gzip, buffer.baseAddress, UInt32(min(buffer.count, Int(Int32.max))))
      var code: Int32 = 0
      let message = gzerror(gzip, &code).map { String(cString: $0) } ?? "unknown error"
      // At the end, Z_BUF_ERROR means the last gzip member stopped short: a truncated file.
      if count > 0 || (count == 0 && code == Z_OK) { return Int(count) }
      let reason =
        code == Z_BUF_ERROR ? "the compressed data end early (truncated file?)" : message
      let offset = gzoffset(gzip)
      throw DataError(
        location: offset >= 0 ? "\(displayName): byte \(offset)" : displayName,
        message: "gzip: \(reason)")
    }
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
