import CTemporaryFileCleanup

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A new file next to a target, under a name nobody can guess (`TARGET.tmp-` and 12 random
/// letters and digits), created exclusively: it is removed again unless it is renamed onto the
/// target, and also when SIGHUP, SIGINT, SIGTERM or SIGXFSZ ends the process.
///
/// The name is opened with `O_CREAT | O_EXCL | O_NOFOLLOW`, so a file or symbolic link that
/// someone put there in advance is never opened or followed: another name is drawn instead.
final class TemporaryFile {
  /// The file's path: the target's path followed by `.tmp-` and the random part.
  let path: String
  /// The file, open for writing; -1 once closed.
  private(set) var descriptor: Int32
  /// The signal handler's record of `path` (see `temporary_file_cleanup_arm`), or -1.
  private var cleanupSlot: Int32
  private var isPlaced = false

  /// How many names are drawn before giving up, when each one exists already.
  static let attemptCount = 100

  /// Creates the file next to `target` with `permissions` (the umask applies).
  ///
  /// - Parameter randomPart: draws the part of the name after `.tmp-`; tests pass their own.
  init(nextTo target: String, permissions: mode_t, randomPart: () -> String = randomName)
    throws(SystemError)
  {
    for _ in 0..<Self.attemptCount {
      let candidate = target + ".tmp-" + randomPart()
      // Armed before the file exists, so that no signal can come between its creation and
      // its record; a name that turns out to exist is disarmed at once.
      let slot = temporary_file_cleanup_arm(candidate)
      let opened = open(
        candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
      if opened >= 0 {
        path = candidate
        descriptor = opened
        cleanupSlot = slot
        return
      }
      let error = SystemError.last
      temporary_file_cleanup_disarm(slot)
      guard error.code == EEXIST else { throw error }
    }
    throw SystemError(code: EEXIST)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if !isPlaced { unlink(path) }
    temporary_file_cleanup_disarm(cleanupSlot)
  }

  /// Flushes the file to the disk, closes it and renames it onto `target`, replacing whatever
  /// `target` names; then flushes the folder, so that the rename survives a crash too.
  func place(onto target: String) throws(SystemError) {
    guard fsync(descriptor) == 0 else { throw .last }
    let closed = close(descriptor)
    descriptor = -1
    guard closed == 0 else { throw .last }
    guard rename(path, target) == 0 else { throw .last }
    isPlaced = true
    temporary_file_cleanup_disarm(cleanupSlot)
    cleanupSlot = -1
    Self.synchronizeFolder(of: target)
  }

  /// Twelve letters and digits from the system's random generator: 71 bits.
  static func randomName() -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<12).map { _ in alphabet.randomElement(using: &generator)! }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `fsync` of the folder holding `path`, where that is possible; a failure is not an error,
  /// since the new file is in place for every reader already.
  private static func synchronizeFolder(of path: String) {
    let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "."
    let opened = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard opened >= 0 else { return }
    fsync(opened)
    close(opened)
  }
}
