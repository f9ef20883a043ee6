import AUCMetrics
import Testing

/// Every kind of bad batch is rejected with the row and the value, and changes nothing.
@Suite("Bad input")
struct BadInputTests {
  static func seededMetric() throws -> StreamingAUC {
    var metric = StreamingAUC(thresholdCount: 100, windowBatchCount: 2)
    try metric.update(scores: [0.2, 0.7, 0.4], labels: [0, 1, 1])
    return metric
  }

  static let badBatches: [(scores: [Double], labels: [Int], error: ScoreInputError)] = [
    ([0.5, 0.1, .nan], [1, 0, 1], .nonFiniteScore(row: 2, score: .nan)),
    ([0.5, -.infinity], [1, 0], .nonFiniteScore(row: 1, score: -.infinity)),
    ([1.5, 0.5], [1, 0], .scoreOutOfRange(row: 0, score: 1.5)),
    ([0.5, -0.25], [1, 0], .scoreOutOfRange(row: 1, score: -0.25)),
    ([0.5, 0.6, 0.7], [1, 0, 3], .invalidLabel(row: 2, label: "3")),
    ([0.5, 0.6], [-1, 0], .invalidLabel(row: 0, label: "-1")),
    ([0.5, 0.6], [1], .lengthMismatch(scoreCount: 2, labelCount: 1)),
  ]

  @Test("a bad batch throws the first bad row and leaves the metric as it was", arguments: 0..<7)
  func rejected(index: Int) throws {
    let bad = Self.badBatches[index]
    var metric = try Self.seededMetric()
    let before = metric
    do {
      try metric.update(scores: bad.scores, labels: bad.labels)
      Issue.record("expected \(bad.error)")
    } catch {
      // NaN != NaN, so compare rows and descriptions.
      #expect(error.row == bad.error.row)
      #expect(error.description == bad.error.description)
    }
    #expect(metric == before)
    #expect(metric.window?.stepCount == 1)
  }

  /// Large batches are checked a block at a time; a bad row anywhere, including the first and
  /// last rows of a block, must still be named exactly and undo the blocks already counted.
  @Test(
    "a bad row deep in a large batch is named exactly and takes nothing with it",
    arguments: [0, 1, 4095, 4096, 4097, 8191, 8192, 12_345, 19_999])
  func badRowInLargeBatch(row: Int) throws {
    var generator = SplitMix64(seed: UInt64(row))
    let scores = (0..<20_000).map { _ in generator.nextUnitFloat() }
    let labels = (0..<20_000).map { _ in UInt8(generator.next() & 1) }
    var histogram = ScoreHistogram(thresholdCount: 4095)
    try histogram.record(scores: scores.prefix(777), labels: labels.prefix(777))
    let before = histogram
    let cases: [(scores: [Float], labels: [UInt8], error: ScoreInputError)] = [
      (replacing(scores, at: row, with: .nan), labels, .nonFiniteScore(row: row, score: .nan)),
      (replacing(scores, at: row, with: 1.0001), labels, .scoreOutOfRange(row: row, score: Double(Float(1.0001)))),
      (replacing(scores, at: row, with: -.leastNonzeroMagnitude), labels,
       .scoreOutOfRange(row: row, score: -Double(Float.leastNonzeroMagnitude))),
      (scores, replacing(labels, at: row, with: 2), .invalidLabel(row: row, label: "2")),
    ]
    for bad in cases {
      do {
        try histogram.record(scores: bad.scores, labels: bad.labels)
        Issue.record("expected \(bad.error)")
      } catch {
        #expect(error.description == bad.error.description)
      }
      #expect(histogram == before)
      // The same rows as Double, and with clamping (which still rejects NaN and bad labels).
      let doubles = bad.scores.map(Double.init)
      #expect(throws: ScoreInputError.self) {
        try histogram.record(scores: doubles, labels: bad.labels)
      }
      #expect(histogram == before)
      if bad.scores[row].isNaN || bad.labels[row] == 2 {
        #expect(throws: ScoreInputError.self) {
          try histogram.record(scores: doubles, labels: bad.labels, outOfRangeScores: .clamp)
        }
        #expect(histogram == before)
      }
    }
    // −0 is a valid score, in bin 0, in a large batch too.
    var withNegativeZero = histogram
    try withNegativeZero.record(
      scores: replacing(scores, at: row, with: -0.0), labels: replacing(labels, at: row, with: 1))
    var withZero = histogram
    try withZero.record(
      scores: replacing(scores, at: row, with: 0), labels: replacing(labels, at: row, with: 1))
    #expect(withNegativeZero == withZero)
  }

  private func replacing<Element>(_ array: [Element], at index: Int, with value: Element) -> [Element] {
    var copy = array
    copy[index] = value
    return copy
  }

  @Test("messages name the row and the value")
  func messages() {
    #expect(
      ScoreInputError.nonFiniteScore(row: 3, score: .nan).description
        == "row 3: score nan is not a finite number")
    #expect(
      ScoreInputError.scoreOutOfRange(row: 0, score: 1.5).description
        == "row 0: score 1.5 is outside 0...1")
    #expect(
      ScoreInputError.invalidLabel(row: 7, label: "2").description
        == "row 7: label 2 is neither 0 nor 1")
    #expect(
      ScoreInputError.predictionWidth(row: 1, width: 3).description
        == "row 1: prediction row has 3 columns, expected 2")
    #expect(
      ScoreInputError.lengthMismatch(scoreCount: 4, labelCount: 5).description
        == "4 scores but 5 labels")
  }

  @Test("a ragged prediction row is rejected before anything is counted")
  func raggedPredictions() throws {
    var metric = try Self.seededMetric()
    let before = metric
    #expect(throws: ScoreInputError.predictionWidth(row: 2, width: 1)) {
      try metric.update(predictions: [[0.1, 0.9], [0.6, 0.4], [0.5]], labels: [1, 0, 1])
    }
    #expect(metric == before)
  }

  @Test("Bool and integer labels of every width count alike")
  func labelTypes() throws {
    let scores: [Float] = [0.9, 0.2, 0.6, 0.4]
    var reference = StreamingAUC()
    try reference.update(scores: scores, labels: [true, false, true, false])
    var metric = StreamingAUC()
    try metric.update(scores: scores, labels: [1, 0, 1, 0] as [UInt8])
    #expect(metric.histogram == reference.histogram)
    metric.reset()
    try metric.update(scores: scores, labels: [1, 0, 1, 0] as [Int64])
    #expect(metric.histogram == reference.histogram)
    metric.reset()
    try scores.withUnsafeBufferPointer { scoreBuffer in
      try [true, false, true, false].withUnsafeBufferPointer { labelBuffer in
        try metric.update(scores: scoreBuffer, labels: labelBuffer)
      }
    }
    #expect(metric.histogram == reference.histogram)
  }

  @Test("counts that would pass 2^64 − 1 are a typed error, not a trap")
  func countOverflow() throws {
    var histogram = try ScoreHistogram(
      positiveCounts: [0, UInt64.max - 1], negativeCounts: [0, 0])
    #expect(throws: ScoreInputError.countOverflow) {
      try histogram.record(scores: [0.5, 0.5], labels: [1, 0])
    }
    #expect(throws: ScoreHistogram.MergeError.countOverflow) {
      try histogram.merge(histogram)
    }
    #expect(histogram.positiveCount == UInt64.max - 1)
  }
}
