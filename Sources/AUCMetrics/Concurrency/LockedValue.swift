#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A value that one thread at a time may read or change, guarded by a POSIX mutex.
///
/// A POSIX mutex rather than the standard library's `Mutex`: the thread sanitizer intercepts
/// `pthread_mutex_lock` and so sees the order the lock imposes, whereas `Mutex` locks with
/// atomics inside the uninstrumented Synchronization library, and the sanitizer then reports
/// every access made under it as a race. It also needs no recent OS on Apple platforms.
///
/// ```swift
/// let total = LockedValue(0)
/// total.withLock { $0 += 1 }
/// ```
@usableFromInline
internal final class LockedValue<Value: Sendable>: @unchecked Sendable {
  // @unchecked: `value` is touched only between lock and unlock of `mutex`.
  private var value: Value
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>

  @usableFromInline
  internal init(_ value: Value) {
    self.value = value
    mutex = .allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Runs `body` on the value with the lock held.
  ///
  /// - Complexity: O(1) besides `body`, plus any wait for the lock.
  @usableFromInline
  internal func withLock<Result, Failure: Error>(
    _ body: (inout Value) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body(&value)
  }
}
