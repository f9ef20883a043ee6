import CMappingGuard

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular file mapped read-only into memory, unmapped when the value goes away.
///
/// Nothing is copied: pages are read from the file as they are touched. The mapping is
/// private, so the bytes never change under the reader through this process. A file that
/// another process shortens while it is mapped makes touching the lost pages raise `SIGBUS`;
/// while the mapping lives, a handler (`CMappingGuard`) turns that into the message
/// `FILE: the file shrank while it was read: it had N bytes, now M` and exit status 1, instead
/// of a crash. The process is only reading then: no state file is being written.
public struct MappedFile: ~Copyable {
  /// The file's bytes; empty, with no base address, for an empty file.
  let bytes: UnsafeRawBufferPointer
  /// Kept open while mapped, so that the `SIGBUS` handler can tell the file's size.
  private let descriptor: Int32
  /// The `SIGBUS` handler's registration, or -1.
  private let registration: Int32

  /// Maps all of `path`, which must be a regular file (not standard input, not a pipe).
  init(path: String) throws(DataError) {
    guard path != "-" else {
      throw DataError(
        location: "<stdin>", message: "standard input cannot be mapped; name a .npy file instead")
    }
    let (descriptor, status) = try FileKind.openRegularFile(
      path, purpose: "a .npy input must be a file that can be mapped")
    let size = Int(status.st_size)
    guard size > 0 else {
      close(descriptor)
      self.bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      self.descriptor = -1
      self.registration = -1
      return
    }
    let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
    guard let address, address != UnsafeMutableRawPointer(bitPattern: -1) else {
      let reason = FileKind.lastSystemError
      close(descriptor)
      throw DataError(location: path, message: "cannot map: \(reason)")
    }
    let message =
      "\(MessageText.escaped(path, limit: 500)): the file shrank while it was read: it had \(size) bytes, now "
    self.bytes = UnsafeRawBufferPointer(start: address, count: size)
    self.descriptor = descriptor
    self.registration = mapping_guard_register(
      address, size, descriptor, message, message.utf8.count)
  }

  deinit {
    mapping_guard_unregister(registration)
    if let base = bytes.baseAddress {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    }
    if descriptor >= 0 { close(descriptor) }
  }
}
