import AUCMetrics
import Testing

/// Many tasks feeding one shared metric lose no row and count none twice: the result equals
/// the state built on one thread from the same rows.
@Suite("Concurrent producers")
struct ConcurrentProducerTests {
  static let taskCount = 64
  static let rowsPerTask = 100_000
  /// Batch sizes cycled through by each task, from a different starting point per task.
  static let batchSizes = [10_000, 1, 4096, 4097, 20_000, 127, 10_000, 30_000, 4095, 1000]

  /// The rows of one producer: `nextUnitFloat()` scores, and labels drawn so that higher
  /// scores are more often positive.
  struct Rows: Sendable {
    var scores: [Float]
    var labels: [UInt8]

    init(seed: UInt64, count: Int) {
      var generator = SplitMix64(seed: seed)
      scores = []
      labels = []
      scores.reserveCapacity(count)
      labels.reserveCapacity(count)
      for _ in 0..<count {
        let score = generator.nextUnitFloat()
        scores.append(score)
        labels.append(generator.nextUnitFloat() < score ? 1 : 0)
      }
    }

    var positiveCount: UInt64 { labels.reduce(0) { $0 + UInt64($1) } }

    /// Consecutive batches whose sizes cycle through `sizes` from `offset`.
    func batches(sizes: [Int], offset: Int) -> [Range<Int>] {
      var ranges: [Range<Int>] = []
      var start = 0
      var index = offset
      while start < scores.count {
        let end = min(start + sizes[index % sizes.count], scores.count)
        ranges.append(start..<end)
        start = end
        index += 1
      }
      return ranges
    }
  }

  @Test("64 tasks × 10^5 rows into one shared histogram equal one thread's histogram")
  func sixtyFourProducers() async throws {
    let shared = SharedScoreHistogram(thresholdCount: 4095)
    let allRows = try await withThrowingTaskGroup(of: (Int, Rows).self) { group in
      for task in 0..<Self.taskCount {
        group.addTask {
          let rows = Rows(seed: UInt64(task), count: Self.rowsPerTask)
          for batch in rows.batches(sizes: Self.batchSizes, offset: task) {
            try shared.record(scores: rows.scores[batch], labels: rows.labels[batch])
          }
          return (task, rows)
        }
      }
      var allRows: [Rows?] = Array(repeating: nil, count: Self.taskCount)
      for try await (task, rows) in group { allRows[task] = rows }
      return allRows.compactMap { $0 }
    }
    #expect(allRows.count == Self.taskCount)

    var single = ScoreHistogram(thresholdCount: 4095)
    var positives: UInt64 = 0
    for rows in allRows {
      try single.record(scores: rows.scores, labels: rows.labels)
      positives += rows.positiveCount
    }
    let histogram = shared.snapshot
    let total = UInt64(Self.taskCount * Self.rowsPerTask)
    #expect(total == 6_400_000)
    #expect(histogram.count == total)
    #expect(histogram.positiveCount == positives)
    #expect(histogram.negativeCount == total - positives)
    #expect(histogram == single)
    #expect(histogram.rocAUC != nil)
    #expect(histogram.rocAUC?.bitPattern == single.rocAUC?.bitPattern)
    #expect(histogram.summary == single.summary)
  }

  @Test("bad batches throw the typed error; every good row is counted exactly once")
  func badBatches() async throws {
    let shared = SharedScoreHistogram(thresholdCount: 1000)
    let taskCount = 32
    let rowsPerTask = 20_000
    // Each task returns the rows it fed in good batches and the errors of its bad ones.
    let results = try await withThrowingTaskGroup(of: (Rows, [ScoreInputError]).self) { group in
      for task in 0..<taskCount {
        group.addTask {
          let rows = Rows(seed: 1000 + UInt64(task), count: rowsPerTask)
          var accepted = Rows(seed: 0, count: 0)
          var errors: [ScoreInputError] = []
          for (index, batch) in rows.batches(sizes: [500, 33, 2000, 4100], offset: task)
            .enumerated()
          {
            var scores = Array(rows.scores[batch])
            var labels = Array(rows.labels[batch])
            // Every third batch of the odd tasks goes bad at a row of its own.
            let bad = task % 2 == 1 && index % 3 == 0
            let badRow = (index * 7) % scores.count
            if bad {
              switch index % 4 {
              case 0: scores[badRow] = .nan
              case 1: scores[badRow] = .infinity
              case 2: scores[badRow] = 1.5
              default: labels[badRow] = 2
              }
            }
            do throws(ScoreInputError) {
              try shared.record(scores: scores, labels: labels)
              #expect(!bad)
              accepted.scores += scores
              accepted.labels += labels
            } catch {
              #expect(bad)
              #expect(error.row == badRow)
              errors.append(error)
            }
          }
          // A batch of unequal lengths throws before any row is looked at.
          #expect(throws: ScoreInputError.lengthMismatch(scoreCount: 2, labelCount: 1)) {
            try shared.record(scores: [0.5, Float.nan], labels: [UInt8(1)])
          }
          return (accepted, errors)
        }
      }
      var collected: [(Rows, [ScoreInputError])] = []
      for try await result in group { collected.append(result) }
      return collected
    }

    var expected = ScoreHistogram(thresholdCount: 1000)
    var errors: [ScoreInputError] = []
    for (accepted, taskErrors) in results {
      try expected.record(scores: accepted.scores, labels: accepted.labels)
      errors += taskErrors
    }
    #expect(!errors.isEmpty)
    for error in errors {
      switch error {
      case .nonFiniteScore(_, let score): #expect(score.isNaN || score == .infinity)
      case .scoreOutOfRange(_, let score): #expect(score == 1.5)
      case .invalidLabel(_, let label): #expect(label == "2")
      default: Issue.record("unexpected error \(error)")
      }
    }
    let nanErrors = errors.filter {
      if case .nonFiniteScore(_, let score) = $0 { score.isNaN } else { false }
    }
    #expect(!nanErrors.isEmpty)
    let histogram = shared.snapshot
    #expect(histogram == expected)
    #expect(histogram.count < UInt64(taskCount * rowsPerTask))
    #expect(histogram.rocAUC?.bitPattern == expected.rocAUC?.bitPattern)
  }

  @Test("records, merges and snapshots taken while producers run lose and repeat nothing")
  func snapshotsWhileRecording() async throws {
    let shared = SharedScoreHistogram(thresholdCount: 200)
    let producerCount = 8
    let rowsPerProducer = 20_000
    let taken = try await withThrowingTaskGroup(of: [ScoreHistogram].self) { group in
      for producer in 0..<producerCount {
        group.addTask {
          let rows = Rows(seed: 5000 + UInt64(producer), count: rowsPerProducer)
          if producer % 2 == 0 {
            for batch in rows.batches(sizes: [128], offset: 0) {
              try shared.record(scores: rows.scores[batch], labels: rows.labels[batch])
            }
          } else {
            // Partition-then-merge into the shared sink.
            var own = ScoreHistogram(thresholdCount: 200)
            try own.record(scores: rows.scores, labels: rows.labels)
            try shared.merge(own)
          }
          return []
        }
      }
      group.addTask {
        // A reader that drains the histogram while the producers run.
        var snapshots: [ScoreHistogram] = []
        for _ in 0..<50 {
          let snapshot = shared.takeSnapshot()
          #expect(snapshot.count == snapshot.positiveCount + snapshot.negativeCount)
          snapshots.append(snapshot)
          await Task.yield()
        }
        return snapshots
      }
      var taken: [ScoreHistogram] = []
      for try await snapshots in group { taken += snapshots }
      return taken
    }
    var drained = shared.takeSnapshot()
    for snapshot in taken { try drained.merge(snapshot) }
    var single = ScoreHistogram(thresholdCount: 200)
    for producer in 0..<producerCount {
      let rows = Rows(seed: 5000 + UInt64(producer), count: rowsPerProducer)
      try single.record(scores: rows.scores, labels: rows.labels)
    }
    #expect(drained == single)
    #expect(shared.snapshot.isEmpty)
  }

  @Test("16 tasks into shared exact counts equal one thread's counts")
  func sharedExactCounts() async throws {
    let shared = SharedScoreCounts()
    let taskCount = 16
    let rowsPerTask = 10_000
    let allRows = try await withThrowingTaskGroup(of: (Int, Rows).self) { group in
      for task in 0..<taskCount {
        group.addTask {
          let rows = Rows(seed: 9000 + UInt64(task), count: rowsPerTask)
          for batch in rows.batches(sizes: [700, 1, 3000], offset: task) {
            if task % 4 == 3 {
              let weights = [Double](repeating: 2, count: batch.count)
              try shared.record(
                scores: rows.scores[batch], labels: rows.labels[batch], weights: weights)
            } else {
              try shared.record(scores: rows.scores[batch], labels: rows.labels[batch])
            }
          }
          #expect(throws: ScoreInputError.invalidWeight(row: 0, weight: -1)) {
            try shared.record(scores: [Float(0.5)], labels: [UInt8(1)], weights: [-1.0])
          }
          return (task, rows)
        }
      }
      var allRows: [Rows?] = Array(repeating: nil, count: taskCount)
      for try await (task, rows) in group { allRows[task] = rows }
      return allRows.compactMap { $0 }
    }
    var single = ScoreCounts()
    for (task, rows) in allRows.enumerated() {
      if task % 4 == 3 {
        let weights = [Double](repeating: 2, count: rows.scores.count)
        try single.record(scores: rows.scores, labels: rows.labels, weights: weights)
      } else {
        try single.record(scores: rows.scores, labels: rows.labels)
      }
    }
    let counts = shared.snapshot
    #expect(counts.rowCount == UInt64(taskCount * rowsPerTask))
    #expect(counts == single)
    #expect(counts.summary == single.summary)
    #expect(counts.summary.rocAUC?.bitPattern == single.summary.rocAUC?.bitPattern)
  }
}
