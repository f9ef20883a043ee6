#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pause at a fixed point of a run, for tests that must change a file at exactly that point.
///
/// When the environment variable `AUC_TEST_PAUSE_FIFO` names a FIFO, ``wait()`` opens it and
/// reads until its writer closes it; otherwise it does nothing. `auc` waits there once its
/// `.npy` inputs are mapped and checked and before it reads their rows, so that a test can
/// shorten a mapped file deterministically (and check the message for a file that shrinks
/// while it is read) instead of racing a running process.
enum TestPause {
  static let environmentVariable = "AUC_TEST_PAUSE_FIFO"

  static func wait() {
    guard let path = getenv(environmentVariable) else { return }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    var byte: UInt8 = 0
    while read(descriptor, &byte, 1) > 0 {}
    close(descriptor)
  }
}
