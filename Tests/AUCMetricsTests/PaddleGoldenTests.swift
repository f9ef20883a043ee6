import AUCMetrics
import Foundation
import Testing

/// Every golden dataset at every threshold count: the histograms equal PaddlePaddle's and the
/// ROC AUC is the same double, bit for bit.
@Suite("PaddlePaddle golden vectors")
struct PaddleGoldenTests {
  static let thresholdCounts = [1, 2, 10, 200, 4095, 65535]

  @Test("histograms and AUC bits match", arguments: GoldenFile.smallFileNames)
  func smallFile(name: String) throws {
    let golden = try GoldenFile.load(name)
    let (scores, labels) = golden.rows
    #expect(golden.results.keys.map { Int($0)! }.sorted() == Self.thresholdCounts)
    for thresholdCount in Self.thresholdCounts {
      let expected = try #require(golden.results[String(thresholdCount)])
      var metric = StreamingAUC(thresholdCount: thresholdCount)
      try feed(
        &metric, scores: scores, labels: labels, batchSizes: golden.batchSizes,
        float32: golden.isFloat32)
      try Self.check(metric, against: expected, golden: golden, thresholdCount: thresholdCount)
    }
  }

  @Test("the 10^6-row generated file, all six threshold counts")
  func bigUniform() throws {
    let golden = try GoldenFile.load("big_uniform_f32_1e6")
    let (scores, labels) = golden.rows
    #expect(labels.count(where: { $0 == 1 }) == golden.nPos)
    let floatScores = scores.map { Float($0) }
    for thresholdCount in Self.thresholdCounts {
      let expected = try #require(golden.results[String(thresholdCount)])
      var metric = StreamingAUC(thresholdCount: thresholdCount)
      try metric.update(scores: floatScores, labels: labels)
      try Self.check(metric, against: expected, golden: golden, thresholdCount: thresholdCount)
    }
  }

  @Test("the generator reproduces the reference check values")
  func generatorCheckValues() {
    var generator = SplitMix64(seed: 0)
    #expect(
      [generator.next(), generator.next(), generator.next()]
        == [16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679])
    var unit = SplitMix64(seed: 1)
    #expect(
      [unit.nextUnitDouble(), unit.nextUnitDouble(), unit.nextUnitDouble()]
        == [0.5665615751722809, 0.7457817572627011, 0.9710027535867962])
  }

  @Test("the seed's streaming example, after each of its 100 batches", arguments: [200, 4095])
  func streamingExample(thresholdCount: Int) throws {
    let golden = try GoldenFile.load("streaming_100x128_f32")
    let expected = try #require(golden.results[String(thresholdCount)])
    let perBatch = try #require(expected.paddleMetricAucAfterEachBatch)
    let (scores, labels) = golden.rows
    let floatScores = scores.map { Float($0) }
    #expect(golden.batchSizes == Array(repeating: 128, count: 100))
    var metric = StreamingAUC(thresholdCount: thresholdCount)
    for (batch, paddleValue) in perBatch.enumerated() {
      let range = (batch * 128)..<((batch + 1) * 128)
      try metric.update(scores: floatScores[range], labels: labels[range])
      #expect(metric.value?.bitPattern == paddleValue.bitPattern, "after batch \(batch + 1)")
    }
    try Self.check(metric, against: expected, golden: golden, thresholdCount: thresholdCount)
  }

  /// Compares histograms and value; where a class is missing PaddlePaddle says 0.0 and we say
  /// `nil` on purpose.
  static func check(
    _ metric: StreamingAUC, against expected: GoldenFile.Result, golden: GoldenFile,
    thresholdCount: Int
  ) throws {
    let context = Comment(rawValue: "\(golden.name), T = \(thresholdCount)")
    if let positives = expected.statPos, let negatives = expected.statNeg {
      #expect(metric.histogram.sparsePositives == positives, context)
      #expect(metric.histogram.sparseNegatives == negatives, context)
    } else {
      #expect(golden.name == "big_uniform_f32_1e6" && thresholdCount > 4095, context)
    }
    #expect(metric.histogram.positiveChecksums == expected.statPosChecksums, context)
    #expect(metric.histogram.negativeChecksums == expected.statNegChecksums, context)
    #expect(metric.histogram.positiveCount == UInt64(golden.nPos), context)
    #expect(metric.histogram.negativeCount == UInt64(golden.nNeg), context)
    let paddleValue = hexDouble(expected.paddleMetricAucHex)
    if golden.nPos == 0 || golden.nNeg == 0 {
      #expect(paddleValue == 0, context)
      #expect(metric.value == nil, "one class only: undefined, not Paddle's 0.0; \(context)")
      #expect(metric.errorBound == nil, context)
    } else {
      let value = try #require(metric.value, context)
      #expect(value.bitPattern == paddleValue.bitPattern, "\(value) vs \(paddleValue); \(context)")
    }
  }
}
