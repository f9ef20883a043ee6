#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Members of a ``Collective`` that are threads of this process: `run(size:_:)` calls the body
/// once on each of `size` threads and returns what each returned, in rank order.
///
/// ```swift
/// let ranks = ThreadTeam.run(size: 3) { member in member.allGather([UInt64(member.rank)]) }
/// // [[0, 1, 2], [0, 1, 2], [0, 1, 2]]
/// ```
public enum ThreadTeam {
  /// Runs `body` on `size` threads at once, each with its own member, and returns their
  /// results in rank order.
  ///
  /// - Precondition: `size >= 1`.
  /// - Complexity: the body's, on `size` threads.
  public static func run<Result: Sendable>(
    size: Int, _ body: @escaping @Sendable (Member) -> Result
  ) -> [Result] {
    precondition(size >= 1, "a team has at least one member")
    let board = Board(size: size)
    let results = Board.Results<Result>(size: size)
    var threads: [pthread_t] = []
    for rank in 0..<size {
      let work = Work { results.store(body(Member(rank: rank, board: board)), at: rank) }
      let context = Unmanaged.passRetained(work).toOpaque()
      var thread = pthread_t()
      let status = pthread_create(
        &thread, nil,
        { context in
          Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
          return nil
        }, context)
      precondition(status == 0, "pthread_create failed: \(status)")
      threads.append(thread)
    }
    for thread in threads { pthread_join(thread, nil) }
    return results.all()
  }

  /// One thread's membership of the team.
  public struct Member: Collective, Sendable {
    public let rank: Int
    fileprivate let board: Board
    public var size: Int { board.size }

    public func allGather(_ values: [UInt64]) -> [UInt64] {
      board.exchange(values, from: rank).flatMap { $0 }
    }

    public func allReduceSum(_ values: [UInt64]) -> [UInt64] {
      var sums = [UInt64](repeating: 0, count: values.count)
      for contribution in board.exchange(values, from: rank) {
        for index in sums.indices { sums[index] &+= contribution[index] }
      }
      return sums
    }

    public func gatherBytes(_ bytes: [UInt8], root: Int) -> [[UInt8]] {
      let all = board.exchange(bytes, from: rank)
      return rank == root ? all : []
    }
  }

  private final class Work {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }
}

extension ThreadTeam {
  /// Where the members meet: each exchange waits for every member's contribution, then hands
  /// all of them to every member.
  fileprivate final class Board: @unchecked Sendable {
    let size: Int
    // Allocated, so that their addresses never move.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var contributions: [Any?]
    private var arrived = 0
    private var round = 0
    private var published: [Any] = []

    init(size: Int) {
      self.size = size
      contributions = Array(repeating: nil, count: size)
      pthread_mutex_init(mutex, nil)
      pthread_cond_init(condition, nil)
    }

    deinit {
      pthread_cond_destroy(condition)
      pthread_mutex_destroy(mutex)
      condition.deallocate()
      mutex.deallocate()
    }

    /// Every member's `value` of this round, in rank order. A member that has its result
    /// cannot finish the next round before the others have read this one: the next round
    /// needs them.
    func exchange<Value>(_ value: Value, from rank: Int) -> [Value] {
      pthread_mutex_lock(mutex)
      defer { pthread_mutex_unlock(mutex) }
      contributions[rank] = value
      arrived += 1
      let myRound = round
      if arrived == size {
        published = contributions.map { $0! }
        contributions = Array(repeating: nil, count: size)
        arrived = 0
        round += 1
        pthread_cond_broadcast(condition)
      } else {
        while round == myRound { pthread_cond_wait(condition, mutex) }
      }
      return published.map { $0 as! Value }
    }

    /// Each member's result, stored once.
    final class Results<Result>: @unchecked Sendable {
      private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
      private var values: [Result?]

      init(size: Int) {
        values = Array(repeating: nil, count: size)
        pthread_mutex_init(mutex, nil)
      }

      deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
      }

      func store(_ value: Result, at rank: Int) {
        pthread_mutex_lock(mutex)
        values[rank] = value
        pthread_mutex_unlock(mutex)
      }

      func all() -> [Result] { values.map { $0! } }
    }
  }
}
