#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open input: a file named on the command line, or standard input for `-`, read as is or
/// through zlib's gzip decoder.
///
/// Besides regular files, a FIFO, a pipe (`<(zcat …)`) or a character device is read as a
/// stream; a directory is refused when it is opened.
public struct InputFile: ~Copyable {
  /// The name used in messages: the path, or `<stdin>`.
  public let displayName: String
  /// The size of the file in bytes (compressed size for gzip), or `nil` for a pipe.
  public let size: Int?
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  /// The decoder reading `descriptor`, or `nil` for plain input.
  private let gzip: GzipDecoder?
  /// The byte ranges read, ascending, or empty when the whole input is.
  private let byteRanges: [Range<Int>]

  /// Opens `path` for reading; `-` is standard input. With `gzip`, the bytes are decompressed
  /// (several concatenated gzip members are read one after another, as `zcat` does).
  public init(path: String, gzip decompress: Bool = false) throws(DataError) {
    try self.init(path: path, gzip: decompress, byteRanges: [])
  }

  /// Opens the regular file at `path` to read only `byteRanges` of it, one after the other,
  /// as if they were the whole file: a header and one part of the records below it (see
  /// ``CSVFilePart``). Ranges past the end of the file read as far as it goes.
  ///
  /// - Precondition: the ranges are ascending and do not overlap.
  public init(path: String, byteRanges: [Range<Int>]) throws(DataError) {
    let ranges = byteRanges.filter { !$0.isEmpty }
    precondition(
      zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound },
      "byte ranges must ascend without overlapping")
    try self.init(path: path, gzip: false, byteRanges: ranges)
  }

  private init(path: String, gzip decompress: Bool, byteRanges: [Range<Int>]) throws(DataError) {
    var descriptor = STDIN_FILENO
    let name = path == "-" ? "<stdin>" : path
    if path != "-" {
      descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw DataError(location: path, message: "cannot open: \(FileKind.lastSystemError)")
      }
    }
    var status = stat()
    let known = fstat(descriptor, &status) == 0
    if known, status.st_mode & S_IFMT == S_IFDIR {
      if path != "-" { close(descriptor) }
      throw DataError(location: name, message: "is a directory, not a file of rows")
    }
    do {
      self.gzip = decompress ? try GzipDecoder(descriptor: descriptor, displayName: name) : nil
    } catch {
      if path != "-" { close(descriptor) }
      throw error
    }
    self.displayName = name
    self.size = known && status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
    self.descriptor = descriptor
    self.ownsDescriptor = path != "-"
    self.byteRanges = byteRanges
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// The size of the regular file at `path`, or `nil` for standard input (`-`), anything that
  /// is not a regular file, or a path that cannot be examined. Nothing is opened, so a FIFO's
  /// writer is not disturbed.
  public static func size(ofPath path: String) -> Int? {
    var status = stat()
    guard path != "-", stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      return nil
    }
    return Int(status.st_size)
  }

  /// How far into the file the reading is, in file bytes (compressed bytes for gzip).
  public var position: Int {
    if let gzip { return gzip.compressedBytesRead }
    return max(Int(lseek(descriptor, 0, SEEK_CUR)), 0)  // −1 for a pipe
  }

  /// Reads up to `buffer.count` bytes, retrying on interruption; 0 means end of input.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
    if let gzip { return try gzip.read(into: buffer) }
    var wanted = buffer.count
    if !byteRanges.isEmpty {
      // The descriptor's offset says where the reading is.
      var offset = Int(lseek(descriptor, 0, SEEK_CUR))
      guard let range = byteRanges.first(where: { offset < $0.upperBound }) else { return 0 }
      if offset < range.lowerBound {
        offset = Int(lseek(descriptor, off_t(range.lowerBound), SEEK_SET))
        guard offset == range.lowerBound else {
          throw DataError(
            location: displayName, message: "cannot seek: \(FileKind.lastSystemError)")
        }
      }
      wanted = min(wanted, range.upperBound - offset)
    }
    while true {
      let count = systemRead(descriptor, buffer.baseAddress, wanted)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw DataError(location: displayName, message: "read failed: \(FileKind.lastSystemError)")
    }
  }
}

/// The C library's `read`, under a name that the `read` methods do not shadow.
func systemRead(_ descriptor: Int32, _ address: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, address, count)
}
