import AUCMetrics
import Foundation
import Testing

/// State round trips, reset and the Paddle-state initialiser.
@Suite("State")
struct StateTests {
  static func filledMetric() throws -> StreamingAUC {
    var metric = StreamingAUC(
      name: "ctr", curve: .precisionRecall, thresholdCount: 20, windowBatchCount: 3,
      outOfRangeScores: .clamp)
    let rows = RandomRows(seed: 42, count: 50)
    for batch in rows.batches(cutAt: [10, 25, 30, 41]) {
      try metric.update(scores: batch.scores, labels: batch.labels)
    }
    return metric
  }

  @Test("state and JSON round trips give an equal metric")
  func roundTrip() throws {
    let metric = try Self.filledMetric()
    #expect(StreamingAUC(state: metric.state) == metric)
    let data = try JSONEncoder().encode(metric.state)
    let decoded = try JSONDecoder().decode(StreamingAUC.State.self, from: data)
    #expect(StreamingAUC(state: decoded) == metric)
    let direct = try JSONDecoder().decode(StreamingAUC.self, from: JSONEncoder().encode(metric))
    #expect(direct == metric)
    #expect(direct.value == metric.value && direct.windowValue == metric.windowValue)
  }

  @Test("the state holds name, curve, T and both histograms")
  func contents() throws {
    let metric = try Self.filledMetric()
    let state = metric.state
    #expect(state.name == "ctr" && state.curve == .precisionRecall && state.thresholdCount == 20)
    #expect(state.histogram.count == 50)
    #expect(state.histogram.positiveCounts.reduce(0, +) == state.histogram.positiveCount)
    #expect(state.window?.batchCount == 3)
  }

  @Test("reset forgets every row and keeps the configuration")
  func reset() throws {
    var metric = try Self.filledMetric()
    metric.reset()
    #expect(metric.histogram.isEmpty && metric.value == nil && metric.windowValue == nil)
    #expect(metric.window?.histogram.isEmpty == true && metric.window?.stepCount == 0)
    #expect(
      metric
        == StreamingAUC(
          name: "ctr", curve: .precisionRecall, thresholdCount: 20, windowBatchCount: 3,
          outOfRangeScores: .clamp))
  }

  @Test("Paddle's stat_pos and stat_neg give Paddle's value")
  func fromPaddleCounts() throws {
    let golden = try GoldenFile.load("random_1000")
    let expected = try #require(golden.results["4095"])
    var positives = [UInt64](repeating: 0, count: 4096)
    var negatives = [UInt64](repeating: 0, count: 4096)
    for pair in try #require(expected.statPos) { positives[pair[0]] = UInt64(pair[1]) }
    for pair in try #require(expected.statNeg) { negatives[pair[0]] = UInt64(pair[1]) }
    let histogram = try ScoreHistogram(positiveCounts: positives, negativeCounts: negatives)
    #expect(histogram.thresholdCount == 4095)
    #expect(histogram.rocAUC?.bitPattern == hexDouble(expected.paddleMetricAucHex).bitPattern)
    #expect(throws: ScoreHistogram.CountsError.binCount(positives: 4096, negatives: 4095)) {
      try ScoreHistogram(positiveCounts: positives, negativeCounts: Array(negatives.dropLast()))
    }
  }

  @Test(
    "decoding rejects inconsistent histograms",
    arguments: [
      #"{"thresholdCount":2,"positiveCounts":[1,2],"negativeCounts":[0,0]}"#,
      #"{"thresholdCount":1,"positiveCounts":[1,2],"negativeCounts":[0]}"#,
      #"{"thresholdCount":0,"positiveCounts":[1],"negativeCounts":[0]}"#,
      #"{"thresholdCount":1,"positiveCounts":[18446744073709551615,1],"negativeCounts":[0,0]}"#,
    ])
  func decodingRejects(json: String) {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(ScoreHistogram.self, from: Data(json.utf8))
    }
  }

  @Test("the area stays exact when counts pass 2^53")
  func hugeCounts() throws {
    // Two bins: P positives above N negatives, plus a tied bin. Exact rational value computed
    // by hand: AUC = (P1·N0 + ½·P0·N0) / (P·N).
    let big: UInt64 = 1 << 60
    let histogram = try ScoreHistogram(
      positiveCounts: [big, big], negativeCounts: [big * 3, 0])
    // twice the area = N0 · (2·P1 + P0) = 3·2^60 · 3·2^60 = 9·2^120.
    #expect(histogram.twiceMannWhitneyU == 9 << 120)
    // (9·2^119 / 2^61) / (3·2^60) = 0.75 exactly.
    #expect(histogram.rocAUC == 0.75)
    #expect(histogram.rocAUCErrorBound == 0.25)
  }
}
