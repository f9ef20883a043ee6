import AUCMetrics
import Foundation
import Testing

/// PaddlePaddle's `slide_steps = k` batch AUC (`Golden/sliding_window.json`).
@Suite("Sliding window")
struct SlidingWindowTests {
  struct Reference: Decodable {
    struct Batch: Decodable {
      var scores: [Double]
      var labels: [Int]
    }
    struct Case: Decodable {
      var numThresholds: Int
      var slideSteps: Int
      var opBatchAucHex: [String]
    }
    var batches: [Batch]
    var cases: [Case]
  }

  static let reference: Reference = {
    let data = try! GoldenFile.data("sliding_window")
    return try! GoldenFile.decoder.decode(Reference.self, from: data)
  }()

  @Test("window AUC after every batch, every k and T")
  func everyCase() throws {
    #expect(Self.reference.cases.count == 8)
    for golden in Self.reference.cases {
      let k = golden.slideSteps
      // Paddle's k = 0 means "all batches", which is the cumulative value.
      var metric = StreamingAUC(
        thresholdCount: golden.numThresholds, windowBatchCount: k == 0 ? nil : k)
      for (step, batch) in Self.reference.batches.enumerated() {
        try metric.update(scores: batch.scores.map { Float($0) }, labels: batch.labels)
        let paddleValue = hexDouble(golden.opBatchAucHex[step])
        let windowValue = k == 0 ? metric.value : metric.windowValue
        let context = Comment(rawValue: "T = \(golden.numThresholds), k = \(k), step \(step + 1)")
        if let windowValue {
          #expect(windowValue.bitPattern == paddleValue.bitPattern, context)
        } else {
          // A window holding one class: Paddle reports 0.0, we report undefined.
          #expect(paddleValue == 0, context)
          let window = try #require(metric.window?.histogram, context)
          #expect(window.positiveCount == 0 || window.negativeCount == 0, context)
        }
      }
      if k > 0 {
        #expect(metric.window?.stepCount == Self.reference.batches.count)
      }
    }
  }

  @Test("the window equals a fresh metric over the last k batches")
  func windowIsLastBatches() throws {
    var generator = SplitMix64(seed: 99)
    var metric = StreamingAUC(thresholdCount: 50, windowBatchCount: 3)
    var history: [([Double], [Int])] = []
    for _ in 0..<20 {
      let size = Int(generator.next() % 7) + 1
      let scores = (0..<size).map { _ in generator.nextUnitDouble() }
      let labels = (0..<size).map { _ in Int(generator.next() % 2) }
      try metric.update(scores: scores, labels: labels)
      history.append((scores, labels))
      var fresh = ScoreHistogram(thresholdCount: 50)
      for (scores, labels) in history.suffix(3) { try fresh.record(scores: scores, labels: labels) }
      #expect(metric.window?.histogram == fresh)
    }
  }

  @Test("empty batches do not move the window; rejected batches change nothing")
  func emptyAndRejectedBatches() throws {
    var metric = StreamingAUC(thresholdCount: 10, windowBatchCount: 2)
    try metric.update(scores: [0.9, 0.1], labels: [1, 0])
    let before = metric
    try metric.update(scores: [Double](), labels: [Int]())
    #expect(metric == before)
    #expect(throws: ScoreInputError.nonFiniteScore(row: 1, score: .infinity)) {
      try metric.update(scores: [0.5, .infinity], labels: [1, 0])
    }
    #expect(metric == before)
    #expect(metric.window?.stepCount == 1)
  }
}
