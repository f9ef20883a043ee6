#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two pieces of work at once: one on a new POSIX thread, one on the calling thread.
///
/// The pieces must touch disjoint memory (two halves of a buffer, say); the call returns once
/// both are done, so each may borrow what the caller owns.
///
/// ```swift
/// var left = 0, right = 0
/// ThreadPair.run({ left = 1 }, alongside: { right = 2 })   // left == 1, right == 2
/// ```
@usableFromInline
internal enum ThreadPair {
  /// Runs `first` on this thread and `second` on a new thread, and returns when both have
  /// finished. When no thread can be started, `second` runs here after `first`.
  ///
  /// - Complexity: the slower piece's time, plus one thread's start-up (some microseconds).
  @usableFromInline
  internal static func run(_ first: () -> Void, alongside second: () -> Void) {
    withoutActuallyEscaping(second) { second in
      let work = Work(second)
      let context = Unmanaged.passRetained(work).toOpaque()
      var thread = pthread_t()
      let status = pthread_create(
        &thread, nil,
        { context in
          Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
          return nil
        }, context)
      first()
      if status == 0 {
        pthread_join(thread, nil)
      } else {
        Unmanaged<Work>.fromOpaque(context).release()
        second()
      }
    }
  }

  /// The second piece, handed to the new thread.
  private final class Work: @unchecked Sendable {
    // @unchecked: the new thread is the only one to call `body` while the caller waits in
    // `pthread_join`, and the caller's pieces touch disjoint memory.
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }
}
