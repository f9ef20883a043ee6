import AUCFileFormats
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The check that no input is given twice: its rows (or its state) would be counted twice.
///
/// Paths are compared by the file they name (device and inode), so `d.csv`, `./d.csv`, a
/// symbolic link and a hard link to it are one file; `-` (standard input) may be given once.
/// A path that cannot be examined is left for the reading to report.
enum DistinctFiles {
  /// Throws a usage error naming the first two paths of `paths` that are the same file.
  static func check(_ paths: [String]) throws {
    var seen: [FileIdentity: String] = [:]
    for path in paths {
      guard let identity = FileIdentity(path: path) else { continue }
      if let earlier = seen[identity] {
        let (first, second) = (
          MessageText.escaped(earlier, limit: 500), MessageText.escaped(path, limit: 500)
        )
        let what =
          path == "-"
          ? "standard input (-) is given twice"
          : earlier == path ? "\(second) is given twice" : "\(first) and \(second) are the same file"
        throw ValidationError("\(what): its rows would be counted twice; give each input once")
      }
      seen[identity] = path
    }
  }

  /// What makes a file the same file.
  private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    /// The file `path` names (`-`: a marker for standard input), or `nil` when `stat` fails.
    init?(path: String) {
      guard path != "-" else {
        (device, inode) = (.max, .max)
        return
      }
      var status = stat()
      guard stat(path, &status) == 0 else { return nil }
      device = UInt64(truncatingIfNeeded: status.st_dev)
      inode = UInt64(truncatingIfNeeded: status.st_ino)
    }
  }
}
