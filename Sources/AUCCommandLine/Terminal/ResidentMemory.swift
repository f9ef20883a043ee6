#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The memory this process occupies now, so that `--memory-budget` can bound the whole
/// process and not just the counts.
enum ResidentMemory {
  /// Makes the C allocator hand large blocks straight back to the system when they are
  /// freed. glibc otherwise raises its mmap threshold after the first large free and keeps
  /// later large blocks on the heap, where freed memory stays resident: merged arrays that
  /// come and go would then grow the process past the budget the counts keep to.
  static func returnFreedBlocks() {
    #if canImport(Glibc)
      _ = glibcMallopt(-3, 256 << 10)  // M_MMAP_THRESHOLD
      _ = glibcMallopt(-1, 1 << 20)  // M_TRIM_THRESHOLD
    #endif
  }

  /// Resident bytes from `/proc/self/statm` (Linux), or `nil` where that file does not exist.
  static var current: Int? {
    let descriptor = open("/proc/self/statm", O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: 128)
    let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    let fields = String(decoding: bytes[..<count], as: UTF8.self).split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }
}

#if canImport(Glibc)
  /// glibc's `mallopt` from `<malloc.h>`, which the Glibc module does not export.
  @_silgen_name("mallopt")
  private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
