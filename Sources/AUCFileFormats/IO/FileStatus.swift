#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `stat(2)` says about a file: which file it is, its type, permissions and owner.
struct FileStatus {
  /// The file's device and inode: two paths with equal identities name the same file.
  struct Identity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  /// The kinds of file that the outputs tell apart.
  enum Kind {
    case regularFile, characterDevice, fifo, directory, symbolicLink, other
  }

  let identity: Identity
  let kind: Kind
  /// The permission bits, setuid, setgid and sticky included (`st_mode & 0o7777`).
  let permissions: mode_t
  let owner: uid_t
  let group: gid_t

  /// The status of the file `path` names, following symbolic links (`stat`), or of the link
  /// itself with `followingLinks: false` (`lstat`).
  init(path: String, followingLinks: Bool = true) throws(SystemError) {
    var status = stat()
    guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else {
      throw .last
    }
    self.init(status)
  }

  /// The status of the file open as `descriptor` (`fstat`).
  init(descriptor: Int32) throws(SystemError) {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .last }
    self.init(status)
  }

  private init(_ status: stat) {
    identity = Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    switch status.st_mode & S_IFMT {
    case S_IFREG: kind = .regularFile
    case S_IFCHR: kind = .characterDevice
    case S_IFIFO: kind = .fifo
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    default: kind = .other
    }
    permissions = status.st_mode & 0o7777
    owner = status.st_uid
    group = status.st_gid
  }
}
