import AUCMetrics
import Foundation
import Testing

/// `ScoreCounts.checkInvariants()` and the decoders that run it: stored counts whose groups
/// disagree with their rows per class, or that no recording could produce, are rejected with
/// the reason; counts that recording produces pass, weighted or not.
@Suite("ScoreCounts invariants")
struct ScoreCountsInvariantTests {
  /// The key of the score 0.5: its bits with the sign bit flipped.
  static let keyOfHalf: UInt64 = 0x3FE0_0000_0000_0000 | 1 << 63
  static let keyOfOne: UInt64 = 0x3FF0_0000_0000_0000 | 1 << 63

  /// Exact counts from their parts, unweighted unless weights are given.
  static func counts(
    rows: (UInt64, UInt64), keys: [UInt64], positives: [Double], negatives: [Double],
    weighted: Bool = false, binning: ScoreBinning = .exact, switched: Bool = false
  ) throws(ScoreCounts.InvalidCounts) -> ScoreCounts {
    try ScoreCounts(
      binning: binning, switchedFromExact: switched, positiveRowCount: rows.0,
      negativeRowCount: rows.1, isWeighted: weighted, keys: keys, positiveWeights: positives,
      negativeWeights: negatives)
  }

  static func expectInvalid(
    _ message: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> ScoreCounts
  ) {
    let error = #expect(throws: ScoreCounts.InvalidCounts.self, sourceLocation: sourceLocation) {
      _ = try body()
    }
    #expect(error?.description == message, sourceLocation: sourceLocation)
  }

  @Test("JSON whose row count has no groups behind it is rejected")
  func rowsWithoutGroups() throws {
    let json = """
      {"binning": {"exact": {}}, "switchedFromExact": false, "rowCount": 18446744073709551614,
       "positiveRowCount": 18446744073709551614, "negativeRowCount": 0, "weighted": false,
       "keys": [], "positiveWeights": [], "negativeWeights": []}
      """
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(ScoreCounts.self, from: Data(json.utf8))
    }
  }

  @Test("unweighted groups must add up to the rows of each class, not only in total")
  func rowsPerClass() throws {
    Self.expectInvalid(
      "the counts hold 1 positive and 209 negative rows, but their groups add up to 119 and 91"
    ) {
      try Self.counts(
        rows: (1, 209), keys: [Self.keyOfHalf, Self.keyOfOne], positives: [100, 19],
        negatives: [90, 1])
    }
    Self.expectInvalid(
      "the counts hold 1 positive and 209 negative rows, but their groups add up past 2^64 - 1"
    ) {
      try Self.counts(
        rows: (1, 209), keys: [Self.keyOfHalf, Self.keyOfOne], positives: [0x1p63, 0x1p63],
        negatives: [91, 0])
    }
    #expect(
      try Self.counts(rows: (119, 91), keys: [Self.keyOfHalf], positives: [119], negatives: [91])
        .rowCount == 210)
  }

  @Test("weighted counts: no class holds weight in more groups than it has rows")
  func weightedRowsPerClass() throws {
    Self.expectInvalid("the counts hold 0 positive rows, but 1 groups have positive weight") {
      try Self.counts(
        rows: (0, 2), keys: [Self.keyOfHalf, Self.keyOfOne], positives: [0.5, 0],
        negatives: [0, 2.5], weighted: true)
    }
    Self.expectInvalid("the counts hold 1 rows, but 2 groups") {
      try Self.counts(
        rows: (1, 0), keys: [Self.keyOfHalf, Self.keyOfOne], positives: [0.5, 0],
        negatives: [0, 0], weighted: true)
    }
    // Rows of weight 0 leave groups of weight 0: valid.
    #expect(
      try Self.counts(
        rows: (1, 1), keys: [Self.keyOfHalf, Self.keyOfOne], positives: [0, 0],
        negatives: [0, 0], weighted: true
      ).groupCount == 2)
  }

  @Test("groups no recording makes are rejected with the reason")
  func impossibleGroups() {
    let negativeZero = (UInt64(1) << 63) - 1
    Self.expectInvalid(
      "group 1 has key \(Self.keyOfHalf), not above the key \(Self.keyOfOne) before it"
    ) {
      try Self.counts(
        rows: (2, 0), keys: [Self.keyOfOne, Self.keyOfHalf], positives: [1, 1], negatives: [0, 0])
    }
    Self.expectInvalid("group 0 has key \(negativeZero), which no score has under exact") {
      try Self.counts(rows: (1, 0), keys: [negativeZero], positives: [1], negatives: [0])
    }
    Self.expectInvalid("group 0 has key \(UInt64.max), which no score has under exact") {
      try Self.counts(rows: (1, 0), keys: [.max], positives: [1], negatives: [0])
    }
    Self.expectInvalid("group 0 has key 11, which no score has under linear(thresholdCount: 10)") {
      try Self.counts(
        rows: (1, 0), keys: [11], positives: [1], negatives: [0],
        binning: .linear(thresholdCount: 10))
    }
    Self.expectInvalid("group 0 holds no rows") {
      try Self.counts(rows: (0, 0), keys: [Self.keyOfHalf], positives: [0], negatives: [0])
    }
    Self.expectInvalid(
      "group 0 has weights 0.5 and 0.0, not whole counts of unweighted rows"
    ) {
      try Self.counts(rows: (1, 0), keys: [Self.keyOfHalf], positives: [0.5], negatives: [0])
    }
    Self.expectInvalid("group 0 has negative weight -1.0 + 0.0, not a finite number ≥ 0") {
      try Self.counts(
        rows: (1, 1), keys: [Self.keyOfHalf], positives: [1], negatives: [-1], weighted: true)
    }
    Self.expectInvalid("group 0 has positive weight inf + 0.0, not a finite number ≥ 0") {
      try Self.counts(
        rows: (1, 0), keys: [Self.keyOfHalf], positives: [.infinity], negatives: [0],
        weighted: true)
    }
    Self.expectInvalid("counts binned exact cannot have switched from exact counting") {
      try Self.counts(rows: (0, 0), keys: [], positives: [], negatives: [], switched: true)
    }
    Self.expectInvalid("2 keys but 1 negative weights") {
      try Self.counts(
        rows: (2, 0), keys: [Self.keyOfHalf, Self.keyOfOne], positives: [1, 1], negatives: [0])
    }
  }

  @Test("a tail that a double-double never has is rejected")
  func unnormalizedTail() {
    #expect(throws: ScoreCounts.InvalidCounts.self) {
      try ScoreCounts(
        binning: .exact, positiveRowCount: 1, negativeRowCount: 0, isWeighted: true,
        keys: [Self.keyOfHalf], positiveWeights: [1], negativeWeights: [0],
        positiveWeightTails: [1], negativeWeightTails: [0])
    }
  }

  @Test(
    "recorded counts pass, and their stored groups rebuild them",
    arguments: [false, true], [ScoreBinning.exact, .logarithmic(subBinsPerOctave: 8)])
  func storedGroupsRoundTrip(weighted: Bool, binning: ScoreBinning) throws {
    var generator = SplitMix64(seed: weighted ? 11 : 12)
    let scores = (0..<2000).map { _ in Double(generator.next() % 300) / 17 - 8 }
    let labels = scores.map { _ in generator.next() % 3 == 0 }
    let weights = weighted ? scores.map { _ in Double(generator.next() % 5) / 4 } : []
    var counts = ScoreCounts(binning: binning)
    try counts.record(scores: scores, labels: labels, weights: weights)
    try counts.checkInvariants()
    #expect(counts.isWeighted == weighted)
    #expect(counts.positiveRowCount == UInt64(labels.filter { $0 }.count))
    var keys: [UInt64] = []
    var parts: [[Double]] = [[], [], [], []]
    counts.forEachStoredGroup { key, positive, negative in
      keys.append(key)
      parts[0].append(positive.0)
      parts[1].append(positive.1)
      parts[2].append(negative.0)
      parts[3].append(negative.1)
    }
    let rebuilt = try ScoreCounts(
      binning: counts.binning, positiveRowCount: counts.positiveRowCount,
      negativeRowCount: counts.negativeRowCount, isWeighted: weighted, keys: keys,
      positiveWeights: parts[0], negativeWeights: parts[2], positiveWeightTails: parts[1],
      negativeWeightTails: parts[3])
    #expect(rebuilt == counts)
    #expect(rebuilt.summary == counts.summary)
  }

  @Test("unweighted counts hold 24 bytes a group; a weighted batch moves them to weights")
  func integerGroups() throws {
    let scores = (0..<10_000).map { Double($0) / 10_000 }
    let labels = scores.indices.map { $0 % 2 }
    var counts = ScoreCounts()
    try counts.record(scores: scores, labels: labels)
    counts.flush()
    #expect(counts.groupCount == 10_000)
    #expect(counts.memoryFootprint < 25 * 10_000)  // 40 a group with weights
    #expect(!counts.isWeighted)
    var weighted = counts
    try weighted.record(scores: [0.5], labels: [1], weights: [2.5])
    #expect(weighted.isWeighted)
    #expect(weighted.positiveWeight == 5_000 + 2.5)
    #expect(weighted.positiveRowCount == 5_001)
    var allWeighted = ScoreCounts()
    try allWeighted.record(
      scores: scores + [0.5], labels: labels + [1], weights: labels.map { _ in 1 } + [2.5])
    #expect(weighted == allWeighted)
    #expect(weighted.summary == allWeighted.summary)
    // Whole counts compare equal to the same whole weights.
    var unitWeights = ScoreCounts()
    try unitWeights.record(scores: scores, labels: labels, weights: labels.map { _ in 1 })
    #expect(unitWeights == counts)
  }
}
