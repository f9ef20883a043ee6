import AUCMetrics
import Foundation
import Testing

/// Every kind of bad batch is rejected by ``ScoreCounts`` with a typed error naming the first
/// bad row and its value, and leaves the counts as they were.
@Suite("ScoreCounts bad input")
struct ScoreCountsBadInputTests {
  struct BadBatch: Sendable, CustomTestStringConvertible {
    var name: String
    var binning: ScoreBinning = .exact
    var scores: [Double]
    var labels: [Int]
    var weights: [Double]? = nil
    var error: ScoreInputError

    var testDescription: String { "\(name) (\(binning))" }
  }

  static let linear = ScoreBinning.linear(thresholdCount: 10)
  static let logarithmic = ScoreBinning.logarithmic(subBinsPerOctave: 8)

  /// A long batch whose last row is bad: nothing of the valid rows before it may be counted,
  /// even though they alone would fill the buffers past a merge.
  static let longBatch: BadBatch = {
    var generator = SplitMix64(seed: 11)
    var scores = (0..<5000).map { _ in generator.nextUnitDouble() }
    scores[4999] = .nan
    let labels = scores.map { _ in Int(generator.next() % 2) }
    return BadBatch(
      name: "NaN after 4999 valid rows", scores: scores, labels: labels,
      error: .nonFiniteScore(row: 4999, score: .nan))
  }()

  static let badBatches: [BadBatch] = [
    BadBatch(
      name: "NaN score", scores: [0.5, 0.1, .nan], labels: [1, 0, 1],
      error: .nonFiniteScore(row: 2, score: .nan)),
    BadBatch(
      name: "+inf score", binning: logarithmic, scores: [-7.5, .infinity, 0.3], labels: [0, 1, 1],
      error: .nonFiniteScore(row: 1, score: .infinity)),
    BadBatch(
      name: "-inf score", scores: [-.infinity, 0.5], labels: [1, 0],
      error: .nonFiniteScore(row: 0, score: -.infinity)),
    BadBatch(
      name: "-inf score, linear bins", binning: linear, scores: [0.5, -.infinity], labels: [1, 0],
      error: .nonFiniteScore(row: 1, score: -.infinity)),
    BadBatch(
      name: "NaN score, linear bins", binning: linear, scores: [0.5, 0.25, .nan],
      labels: [1, 0, 0], error: .nonFiniteScore(row: 2, score: .nan)),
    BadBatch(
      name: "score above 1, linear bins", binning: linear, scores: [0.2, 1.5], labels: [1, 0],
      error: .scoreOutOfRange(row: 1, score: 1.5)),
    BadBatch(
      name: "score below 0, linear bins", binning: linear, scores: [0, 1, -0.25],
      labels: [1, 0, 1], error: .scoreOutOfRange(row: 2, score: -0.25)),
    BadBatch(
      name: "next double above 1, linear bins", binning: linear, scores: [0.5, 1.0.nextUp],
      labels: [0, 1], error: .scoreOutOfRange(row: 1, score: 1.0.nextUp)),
    BadBatch(
      name: "logit, linear bins", binning: linear, scores: [-7.5], labels: [0],
      error: .scoreOutOfRange(row: 0, score: -7.5)),
    BadBatch(
      name: "label 2", scores: [0.5, 0.6, 0.7, 0.8], labels: [1, 0, 1, 2],
      error: .invalidLabel(row: 3, label: "2")),
    BadBatch(
      name: "label -1", binning: logarithmic, scores: [0.5, 0.6], labels: [-1, 0],
      error: .invalidLabel(row: 0, label: "-1")),
    BadBatch(
      name: "label 2, linear bins", binning: linear, scores: [0.5, 0.6], labels: [0, 2],
      error: .invalidLabel(row: 1, label: "2")),
    BadBatch(
      name: "negative weight", scores: [0.5, 0.6, 0.7], labels: [1, 0, 1], weights: [1, -0.5, 2],
      error: .invalidWeight(row: 1, weight: -0.5)),
    BadBatch(
      name: "NaN weight", binning: logarithmic, scores: [0.5, 0.6, 0.7], labels: [1, 0, 1],
      weights: [1, 2, .nan], error: .invalidWeight(row: 2, weight: .nan)),
    BadBatch(
      name: "infinite weight", binning: linear, scores: [0.5, 0.6], labels: [1, 0],
      weights: [.infinity, 1], error: .invalidWeight(row: 0, weight: .infinity)),
    BadBatch(
      name: "-inf weight", scores: [0.5, 0.6], labels: [1, 0], weights: [1, -.infinity],
      error: .invalidWeight(row: 1, weight: -.infinity)),
    BadBatch(
      name: "more scores than labels", scores: [0.5, 0.6, 0.7], labels: [1, 0],
      error: .lengthMismatch(scoreCount: 3, labelCount: 2)),
    BadBatch(
      name: "more labels than scores", binning: linear, scores: [0.5], labels: [1, 0],
      weights: [1, 1], error: .lengthMismatch(scoreCount: 1, labelCount: 2)),
    BadBatch(
      name: "fewer weights than rows", scores: [0.5, 0.6, 0.7], labels: [1, 0, 1],
      weights: [1, 2], error: .weightCountMismatch(rowCount: 3, weightCount: 2)),
    BadBatch(
      name: "more weights than rows", binning: logarithmic, scores: [0.5, 0.6], labels: [1, 0],
      weights: [1, 2, 3], error: .weightCountMismatch(rowCount: 2, weightCount: 3)),
    BadBatch(
      name: "weights for no rows", scores: [], labels: [], weights: [1],
      error: .weightCountMismatch(rowCount: 0, weightCount: 1)),
    BadBatch(
      name: "first bad row wins", scores: [0.1, 0.2, .nan], labels: [0, 5, 1],
      weights: [1, 1, -1], error: .invalidLabel(row: 1, label: "5")),
    BadBatch(
      name: "score before label before weight", scores: [0.1, .infinity], labels: [0, 2],
      weights: [1, -1], error: .nonFiniteScore(row: 1, score: .infinity)),
    BadBatch(
      name: "label before weight", scores: [0.1, 0.2], labels: [0, 2], weights: [1, -1],
      error: .invalidLabel(row: 1, label: "2")),
    longBatch,
  ]

  /// Counts with rows of both kinds already recorded (some still buffered, some weighted).
  static func seededCounts(binning: ScoreBinning) throws -> ScoreCounts {
    var counts = ScoreCounts(binning: binning)
    try counts.record(scores: [0.2, 0.7, 0.4], labels: [0, 1, 1])
    try counts.record(scores: [0.4, 0.9], labels: [0, 1], weights: [0.5, 2])
    return counts
  }

  /// The error of recording `batch`, or `nil` when it records.
  static func recordingError(_ batch: BadBatch, into counts: inout ScoreCounts) -> ScoreInputError?
  {
    do throws(ScoreInputError) {
      if let weights = batch.weights {
        try counts.record(scores: batch.scores, labels: batch.labels, weights: weights)
      } else {
        try counts.record(scores: batch.scores, labels: batch.labels)
      }
      return nil
    } catch {
      return error
    }
  }

  /// `error` is `expected`: the same case, row and value (NaN != NaN, so by description).
  static func expectSame(
    _ error: ScoreInputError?, _ expected: ScoreInputError, _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(error?.row == expected.row, comment, sourceLocation: sourceLocation)
    #expect(error?.description == expected.description, comment, sourceLocation: sourceLocation)
  }

  /// `counts` is exactly `before`: the same groups, totals and summary.
  static func expectUnchanged(
    _ counts: ScoreCounts, _ before: ScoreCounts, _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(counts == before, comment, sourceLocation: sourceLocation)
    #expect(counts.rowCount == before.rowCount, comment, sourceLocation: sourceLocation)
    #expect(counts.positiveWeight == before.positiveWeight, comment, sourceLocation: sourceLocation)
    #expect(counts.negativeWeight == before.negativeWeight, comment, sourceLocation: sourceLocation)
    #expect(
      summaryBits(counts.summary) == summaryBits(before.summary), comment,
      sourceLocation: sourceLocation)
  }

  @Test(
    "a bad batch throws the first bad row and its value and counts nothing", arguments: badBatches)
  func rejected(batch: BadBatch) throws {
    for seeded in [false, true] {
      var counts =
        seeded ? try Self.seededCounts(binning: batch.binning) : ScoreCounts(binning: batch.binning)
      let before = counts
      let error = Self.recordingError(batch, into: &counts)
      Self.expectSame(error, batch.error, "seeded: \(seeded)")
      Self.expectUnchanged(counts, before, "seeded: \(seeded)")
      // The counts go on as if the batch had never come.
      var reference = before
      try counts.record(scores: [0.3, 0.8], labels: [1, 0], weights: [3, 1])
      try reference.record(scores: [0.3, 0.8], labels: [1, 0], weights: [3, 1])
      #expect(counts == reference)
    }
  }

  @Test("messages name the row and the value")
  func messages() {
    #expect(
      ScoreInputError.invalidWeight(row: 4, weight: -0.5).description
        == "row 4: weight -0.5 is not a finite number ≥ 0")
    #expect(
      ScoreInputError.weightCountMismatch(rowCount: 3, weightCount: 2).description
        == "3 rows but 2 weights")
    #expect(ScoreInputError.weightCountMismatch(rowCount: 3, weightCount: 2).row == nil)
    #expect(ScoreInputError.invalidWeight(row: 4, weight: .nan).row == 4)
  }

  @Test("Float scores and weights, and narrow integer labels, are checked alike")
  func otherElementTypes() throws {
    var counts = try Self.seededCounts(binning: .exact)
    let before = counts
    var error: ScoreInputError?
    do throws(ScoreInputError) {
      try counts.record(scores: [0.5, .nan] as [Float], labels: [1, 0])
    } catch let caught {
      error = caught
    }
    Self.expectSame(error, .nonFiniteScore(row: 1, score: .nan))
    #expect(throws: ScoreInputError.nonFiniteScore(row: 0, score: -.infinity)) {
      try counts.record(scores: [-Float.infinity], labels: [true])
    }
    #expect(throws: ScoreInputError.invalidLabel(row: 1, label: "-1")) {
      try counts.record(scores: [0.5, 0.25] as [Float], labels: [0, -1] as [Int8])
    }
    #expect(throws: ScoreInputError.invalidLabel(row: 0, label: "2")) {
      try counts.record(scores: [0.5], labels: [2] as [UInt8])
    }
    #expect(throws: ScoreInputError.invalidWeight(row: 1, weight: -2)) {
      try counts.record(scores: [0.5, 0.25], labels: [true, false], weights: [1, -2] as [Float])
    }
    #expect(throws: ScoreInputError.invalidWeight(row: 0, weight: .infinity)) {
      try counts.record(scores: [0.5] as [Float], labels: [1], weights: [Float.infinity])
    }
    #expect(throws: ScoreInputError.weightCountMismatch(rowCount: 2, weightCount: 1)) {
      try counts.record(scores: [0.5, 0.25] as [Float], labels: [true, false], weights: [1.0])
    }
    Self.expectUnchanged(counts, before)

    var linear = try Self.seededCounts(binning: .linear(thresholdCount: 200))
    let linearBefore = linear
    let justAboveOne = Float(1).nextUp
    #expect(throws: ScoreInputError.scoreOutOfRange(row: 1, score: Double(justAboveOne))) {
      try linear.record(scores: [1, justAboveOne], labels: [1, 0])
    }
    #expect(throws: ScoreInputError.scoreOutOfRange(row: 0, score: -0.5)) {
      try linear.record(scores: [-0.5] as [Float], labels: [false])
    }
    Self.expectUnchanged(linear, linearBefore)
  }

  @Test("logits and both zeros are valid scores for exact and logarithmic counts")
  func logitsAreValid() throws {
    let scores = [-7.5, 3.25, 0, -0.0, -1e30, 1e-30, -7.5]
    let labels = [1, 0, 1, 0, 0, 1, 0]
    for binning in [ScoreBinning.exact, .logarithmic(subBinsPerOctave: 4)] {
      var counts = ScoreCounts(binning: binning)
      try counts.record(scores: scores, labels: labels)
      try counts.record(
        scores: scores.map { Float($0) }, labels: labels, weights: [1, 1, 1, 1, 1, 1, 1])
      #expect(counts.rowCount == 14)
      let keys = scores + scores.map { Double(Float($0)) }
      let allLabels = labels + labels
      let twiceU = BruteForce.weightedTwiceU(
        keys: keys, labels: allLabels, weights: Array(repeating: 1, count: 14))
      if binning == .exact {
        let rocAUC = try #require(counts.summary.rocAUC)
        #expect(ulpDistance(rocAUC, Double(twiceU) / Double(2 * 6 * 8)) <= 1)
      } else {
        let rocAUC = try #require(counts.summary.rocAUC)
        let bound = try #require(counts.summary.rocAUCErrorBound)
        #expect(abs(rocAUC - Double(twiceU) / Double(2 * 6 * 8)) <= bound)
      }
    }
    var linear = ScoreCounts(binning: .linear(thresholdCount: 10))
    #expect(throws: ScoreInputError.scoreOutOfRange(row: 0, score: -7.5)) {
      try linear.record(scores: scores, labels: labels)
    }
    #expect(linear.isEmpty)
    // −0.0 is inside 0...1.
    try linear.record(scores: [-0.0, 0.0, 1.0], labels: [1, 0, 1])
    #expect(linear.rowCount == 3)
  }

  @Test("an empty batch is accepted and counts nothing")
  func emptyBatch() throws {
    var counts = try Self.seededCounts(binning: .exact)
    let before = counts
    try counts.record(scores: [Double](), labels: [Int]())
    try counts.record(scores: [Float](), labels: [Bool](), weights: [Double]())
    Self.expectUnchanged(counts, before)
  }

  @Test("row counts that would pass 2^64 − 1 are a typed error, not a trap")
  func countOverflow() throws {
    // One group of 2^64 − 2 positive rows at the score 0.5: the weight 2^64 with the tail −2.
    let json = """
      {"binning": {"exact": {}}, "switchedFromExact": false, "rowCount": 18446744073709551614,
       "positiveRowCount": 18446744073709551614, "negativeRowCount": 0, "weighted": false,
       "keys": [13826050856027422720], "positiveWeights": [18446744073709551616],
       "positiveWeightTails": [-2], "negativeWeights": [0], "negativeWeightTails": [0]}
      """
    var almostFull = try JSONDecoder().decode(ScoreCounts.self, from: Data(json.utf8))
    #expect(almostFull.rowCount == UInt64.max - 1)
    let before = almostFull
    #expect(throws: ScoreInputError.countOverflow) {
      try almostFull.record(scores: [0.5, 0.25], labels: [1, 0])
    }
    Self.expectUnchanged(almostFull, before)
    var other = ScoreCounts()
    try other.record(scores: [0.5, 0.25], labels: [1, 0])
    #expect(throws: ScoreCounts.MergeError.countOverflow) {
      try almostFull.merge(other)
    }
    #expect(throws: ScoreCounts.MergeError.countOverflow) {
      try other.merge(almostFull)
    }
    Self.expectUnchanged(almostFull, before)
    try almostFull.record(scores: [0.5], labels: [1])
    #expect(almostFull.rowCount == UInt64.max)
  }
}
