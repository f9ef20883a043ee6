import AUCMetrics
import Testing

/// Merging histograms obeys the laws that make sharded evaluation exact.
@Suite("Merge laws")
struct MergeLawTests {
  static let seeds: [UInt64] = Array(1...12)

  @Test("empty is the identity; merge is commutative and associative", arguments: seeds)
  func laws(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    let thresholdCount = [1, 7, 10, 200][Int(generator.next() % 4)]
    let float32 = generator.next() % 2 == 0
    let parts = try (0..<3).map { offset in
      try RandomRows(seed: seed &* 31 &+ UInt64(offset), count: Int(generator.next() % 40))
        .histogram(thresholdCount: thresholdCount, float32: float32)
    }
    let empty = ScoreHistogram(thresholdCount: thresholdCount)
    #expect(try parts[0].merging(empty) == parts[0])
    #expect(try empty.merging(parts[0]) == parts[0])
    #expect(try parts[0].merging(parts[1]) == parts[1].merging(parts[0]))
    #expect(
      try parts[0].merging(parts[1]).merging(parts[2])
        == parts[0].merging(parts[1].merging(parts[2])))
  }

  @Test("a stream split anywhere and merged equals the whole stream", arguments: seeds)
  func splitStream(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed &+ 1000)
    let rows = RandomRows(seed: seed, count: 60)
    let float32 = seed % 2 == 0
    let whole = try rows.histogram(thresholdCount: 10, float32: float32)
    let cuts = (0..<3).map { _ in Int(generator.next() % 61) }.sorted()
    var merged = ScoreHistogram(thresholdCount: 10)
    var streamed = StreamingAUC(thresholdCount: 10)
    for batch in rows.batches(cutAt: cuts) {
      var part = ScoreHistogram(thresholdCount: 10)
      if float32 {
        try part.record(scores: batch.scores.map { Float($0) }, labels: batch.labels)
        try streamed.update(scores: batch.scores.map { Float($0) }, labels: batch.labels)
      } else {
        try part.record(scores: batch.scores, labels: batch.labels)
        try streamed.update(scores: batch.scores, labels: batch.labels)
      }
      try merged.merge(part)
    }
    #expect(merged == whole)
    #expect(streamed.histogram == whole)
    #expect(streamed.value?.bitPattern == whole.rocAUC?.bitPattern)
  }

  @Test("metrics merge like their histograms; different T is a typed error")
  func metricMerge() throws {
    var left = StreamingAUC(thresholdCount: 10)
    var right = StreamingAUC(thresholdCount: 10)
    try left.update(scores: [0.1, 0.9], labels: [0, 1])
    try right.update(scores: [0.35, 0.38], labels: [1, 0])
    let merged = try left.merging(right)
    var whole = StreamingAUC(thresholdCount: 10)
    try whole.update(scores: [0.1, 0.9, 0.35, 0.38], labels: [0, 1, 1, 0])
    #expect(merged == whole)
    #expect(merged.value == 0.875)  // 3.5 of 4 pairs: 0.35 and 0.38 share bin 3

    let other = StreamingAUC(thresholdCount: 11)
    #expect(throws: ScoreHistogram.MergeError.thresholdCountMismatch(10, 11)) {
      try left.merge(other)
    }
    #expect(left.histogram.count == 2)
  }
}
