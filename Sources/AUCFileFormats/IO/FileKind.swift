#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What kind of file a path names, for the inputs that must be regular files (`.npy` files are
/// mapped, state files read whole) and the messages that say what was given instead.
enum FileKind {
  /// A phrase for the kind of file of `mode` (from `stat`): `a directory`, `a FIFO (named
  /// pipe)`, `a character device`…, or `nil` for a regular file.
  static func phrase(forMode mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a FIFO (named pipe)"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFSOCK: return "a socket"
    default: return "not a file of a known kind"
    }
  }

  /// Opens `path` for reading and checks that it is a regular file, without blocking on a
  /// FIFO (opened with `O_NONBLOCK`, which a regular file ignores) and without reading
  /// anything. Returns the descriptor (close-on-exec; the caller closes it) and the file's
  /// status.
  ///
  /// - Parameter purpose: Ends the message for a file that is not regular, e.g. `a .npy input
  ///   must be a file that can be mapped`.
  static func openRegularFile(_ path: String, purpose: String) throws(DataError) -> (
    descriptor: Int32, status: stat
  ) {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw DataError(location: path, message: "cannot open: \(lastSystemError)")
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let reason = lastSystemError
      close(descriptor)
      throw DataError(location: path, message: "cannot stat: \(reason)")
    }
    if let kind = phrase(forMode: status.st_mode) {
      close(descriptor)
      throw DataError(location: path, message: "not a regular file but \(kind); \(purpose)")
    }
    return (descriptor, status)
  }

  static var lastSystemError: String { String(cString: strerror(errno)) }
}
