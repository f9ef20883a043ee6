import AUCMetrics
import Testing

/// Dense bins of log-binned counts, the form that processes sum element by element: reading
/// them back gives the same counts, and sums of several equal the merged counts.
@Suite struct ScoreCountsDenseBinsTests {
  @Test func documentationExample() throws {
    var counts = ScoreCounts(binning: .logarithmic(subBinsPerOctave: 4))
    try counts.record(scores: [0.4, 0.25, 0.3], labels: [1, 0, 0])
    counts.flush()
    let keys = try #require(counts.occupiedKeys)
    #expect(keys.count == 3)
    let dense = counts.denseBinCounts(keys: keys)
    #expect(dense.positives == [0, 0, 1])
    #expect(dense.negatives == [2, 0, 0])
    let summed = try ScoreCounts(
      binning: .logarithmic(subBinsPerOctave: 4), keys: keys,
      positiveCounts: [0, 0, 1], negativeCounts: [2, 0, 0])
    #expect(summed == counts)
    #expect(summed.summary.rocAUC == 1.0)
  }

  @Test(arguments: [1, 64, 1 << 10])
  func sumsOfDenseBinsEqualMergedCounts(subBinsPerOctave: Int) throws {
    let binning = ScoreBinning.logarithmic(subBinsPerOctave: subBinsPerOctave)
    var generator = SplitMix64(seed: UInt64(subBinsPerOctave))
    var parts: [ScoreCounts] = []
    for part in 0..<4 {
      var counts = ScoreCounts(binning: binning)
      let rows = part == 2 ? 0 : 3000
      let scores = (0..<rows).map { _ in (generator.nextUnitDouble() - 0.3) * 40 }
      let labels = scores.map { UInt8($0 + 10 * generator.nextUnitDouble() > 8 ? 1 : 0) }
      try counts.record(scores: scores, labels: labels)
      counts.flush()
      parts.append(counts)
    }
    var merged = parts[0]
    for part in parts.dropFirst() { try merged.merge(part) }
    merged.flush()
    let keys = try #require(merged.occupiedKeys)
    #expect(parts[2].occupiedKeys == nil)
    var positives = [UInt64](repeating: 0, count: keys.count)
    var negatives = positives
    for part in parts {
      let dense = part.denseBinCounts(keys: keys)
      for index in positives.indices {
        positives[index] += dense.positives[index]
        negatives[index] += dense.negatives[index]
      }
    }
    let summed = try ScoreCounts(
      binning: binning, keys: keys, positiveCounts: positives, negativeCounts: negatives)
    #expect(summed == merged)
    #expect(summed.summary.rocAUC == merged.summary.rocAUC)
    #expect(summed.rowCount == 9000)
  }

  @Test func badDenseBinsAreRefused() {
    let binning = ScoreBinning.logarithmic(subBinsPerOctave: 4)
    #expect(throws: ScoreCounts.InvalidCounts.self) {
      try ScoreCounts(binning: binning, keys: 5...6, positiveCounts: [1], negativeCounts: [0])
    }
    #expect(throws: ScoreCounts.InvalidCounts.self) {
      try ScoreCounts(
        binning: binning, keys: 5...6, positiveCounts: [.max, 1], negativeCounts: [0, 0])
    }
    // A key above every bin of 4 sub-bins an octave.
    #expect(throws: ScoreCounts.InvalidCounts.self) {
      try ScoreCounts(
        binning: binning, keys: (UInt64.max - 1)...UInt64.max, positiveCounts: [1, 0],
        negativeCounts: [0, 1])
    }
  }
}
