#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular file mapped read-only into memory, unmapped when the value goes away.
///
/// The file descriptor is closed as soon as the mapping exists; the mapping alone keeps the
/// bytes readable. Nothing is copied: pages are read from the file as they are touched.
///
/// The mapping is private, so the bytes never change under the reader through this process,
/// but a file that another process shortens while it is mapped makes touching the lost pages
/// fail with `SIGBUS`, as with any mapped file.
public struct MappedFile: ~Copyable {
  /// The file's bytes; empty, with no base address, for an empty file.
  let bytes: UnsafeRawBufferPointer

  /// Maps all of `path`, which must be a regular file (not standard input, not a pipe).
  init(path: String) throws(DataError) {
    guard path != "-" else {
      throw DataError(
        location: "<stdin>", message: "standard input cannot be mapped; name a .npy file instead")
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw DataError(location: path, message: "cannot open: \(Self.lastSystemError)")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw DataError(location: path, message: "cannot stat: \(Self.lastSystemError)")
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw DataError(
        location: path,
        message: "not a regular file; a .npy input must be a file that can be mapped")
    }
    let size = Int(status.st_size)
    guard size > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
    guard let address, address != UnsafeMutableRawPointer(bitPattern: -1) else {
      throw DataError(location: path, message: "cannot map: \(Self.lastSystemError)")
    }
    bytes = UnsafeRawBufferPointer(start: address, count: size)
  }

  deinit {
    if let base = bytes.baseAddress {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    }
  }

  private static var lastSystemError: String { String(cString: strerror(errno)) }
}
