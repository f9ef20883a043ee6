#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a whole document (a state file, a picture, a page) to a path, in the way that suits
/// what the path names.
///
/// - A regular file, or a path that does not exist yet, is replaced atomically: the bytes go
///   to an exclusive temporary file next to it (see `TemporaryFile`), flushed to the disk and
///   renamed into place, so a reader sees the old file or the whole new one. A replaced file
///   keeps its permissions and, where allowed, its owner and group; a new one gets 0666
///   minus the umask.
/// - A character device (`/dev/null`, a terminal) or a FIFO is opened and written straight
///   through, neither replaced nor truncated; a FIFO waits for a reader, as shell redirection
///   does. So is the file that standard output is, however it is named (`/dev/stdout`,
///   `/proc/self/fd/1`): the bytes are written to standard output.
/// - A symbolic link is followed: the file it points to is written by the rules above and the
///   link stays. A link to nothing is refused, as are directories, sockets and block devices.
///
/// ```swift
/// try OutputPath.write(Array("<svg/>".utf8), to: "roc.svg")
/// ```
public enum OutputPath {
  /// Writes `bytes` to `path`.
  ///
  /// - Throws: `DataError` at `path`, naming what failed: `cannot write: No space left on
  ///   device`; nothing of a replaced file has changed then, and no temporary file is left.
  /// - Complexity: O(n) in the number of bytes.
  public static func write(_ bytes: [UInt8], to path: String) throws(DataError) {
    var failure: DataError?
    bytes.withUnsafeBytes { buffer in
      do throws(DataError) { try write(buffer, to: path) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Writes the UTF-8 bytes of `text` to `path`, as the byte version does.
  public static func write(_ text: String, to path: String) throws(DataError) {
    try write(Array(text.utf8), to: path)
  }

  /// Writes `bytes` to `path`, as the array version does.
  public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws(DataError) {
    let target: FileStatus
    do throws(SystemError) {
      target = try FileStatus(path: path)
    } catch {
      guard error.code == ENOENT else {
        throw DataError(location: path, message: "cannot write: \(error)")
      }
      if (try? FileStatus(path: path, followingLinks: false))?.kind == .symbolicLink {
        throw DataError(
          location: path, message: "cannot write through a symbolic link to a missing file")
      }
      try replace(path, reportedAs: path, keeping: nil, with: bytes)
      return
    }
    if let output = try? FileStatus(descriptor: STDOUT_FILENO), output.identity == target.identity {
      do {
        try DescriptorOutput.write(bytes, to: STDOUT_FILENO)
      } catch {
        throw DataError(location: path, message: "cannot write: \(error)")
      }
      return
    }
    switch target.kind {
    case .regularFile:
      try replace(try finalTarget(of: path), reportedAs: path, keeping: target, with: bytes)
    case .characterDevice, .fifo:
      try writeThrough(bytes, to: path)
    case .directory:
      throw DataError(location: path, message: "cannot write: it is a directory")
    case .symbolicLink, .other:
      throw DataError(
        location: path,
        message: "cannot write: it is not a regular file, a character device or a FIFO")
    }
  }

  /// `path`, or the file its symbolic links lead to, in whose folder the temporary file goes.
  private static func finalTarget(of path: String) throws(DataError) -> String {
    guard (try? FileStatus(path: path, followingLinks: false))?.kind == .symbolicLink else {
      return path
    }
    guard let resolved = realpath(path, nil) else {
      throw DataError(
        location: path, message: "cannot follow the symbolic link: \(SystemError.last)")
    }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Replaces `target` (or creates it) through a temporary file renamed into place, giving it
  /// the permissions and owner of `existing`.
  private static func replace(
    _ target: String, reportedAs path: String, keeping existing: FileStatus?,
    with bytes: UnsafeRawBufferPointer
  ) throws(DataError) {
    let file: TemporaryFile
    do {
      // A replacement starts private and gets the old file's permissions before any byte.
      file = try TemporaryFile(nextTo: target, permissions: existing == nil ? 0o666 : 0o600)
    } catch {
      throw DataError(
        location: path, message: "cannot create a temporary file in its folder: \(error)")
    }
    if let existing {
      // Changing the owner clears setuid and setgid, so the mode comes after it. Another
      // owner needs privileges: without them the file becomes the writer's.
      _ = fchown(file.descriptor, existing.owner, existing.group)
      guard fchmod(file.descriptor, existing.permissions) == 0 else {
        throw DataError(
          location: path,
          message: "cannot give the new file the old one's permissions: \(SystemError.last)")
      }
    }
    do {
      try DescriptorOutput.write(bytes, to: file.descriptor)
    } catch {
      throw DataError(location: path, message: "cannot write: \(error)")
    }
    do {
      try file.place(onto: target)
    } catch {
      throw DataError(location: path, message: "cannot put the new file in place: \(error)")
    }
  }

  /// Opens the device or FIFO `path` and writes `bytes` to it as they are.
  private static func writeThrough(_ bytes: UnsafeRawBufferPointer, to path: String)
    throws(DataError)
  {
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw DataError(location: path, message: "cannot open: \(SystemError.last)")
    }
    var failure: SystemError?
    if (try? FileStatus(descriptor: descriptor))?.kind == .regularFile {
      // It was replaced by a regular file between the two looks: writing would overwrite
      // its start instead of replacing it.
      failure = SystemError(code: EAGAIN)
    } else {
      do throws(SystemError) {
        try DescriptorOutput.write(bytes, to: descriptor)
      } catch {
        failure = error
      }
    }
    if close(descriptor) != 0 && failure == nil { failure = .last }
    if let failure {
      throw DataError(location: path, message: "cannot write: \(failure)")
    }
  }
}
