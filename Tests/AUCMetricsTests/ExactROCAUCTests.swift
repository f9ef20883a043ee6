import AUCMetrics
import Testing

/// `RankingSummary.rocAUC(scores:labels:)` sorts each class on its own (on two threads when
/// both are large) and walks the two; it must give the full summary's ROC AUC to the bit.
@Suite("One-shot exact ROC AUC alone")
struct ExactROCAUCTests {
  @Test(
    "equal to the summary's ROC AUC, bit for bit, for Float and Double scores on every grid",
    arguments: Array(UInt64(1)...16))
  func equalsSummary(seed: UInt64) throws {
    for grid in CountedRows.Grid.allCases {
      let rows = CountedRows(seed: seed, count: 40 + Int(seed) * 37, grid: grid, weighted: false)
      let expected = try rows.counts().summary.rocAUC
      let value: Double?
      if rows.float32 {
        value = try RankingSummary.rocAUC(scores: rows.scores.map { Float($0) }, labels: rows.labels)
      } else {
        value = try RankingSummary.rocAUC(scores: rows.scores, labels: rows.labels)
      }
      #expect(value?.bitPattern == expected?.bitPattern, "\(grid) float32=\(rows.float32)")
    }
  }

  @Test(
    "both classes past the two-thread threshold: equal to streamed counts",
    arguments: [0.5, 0.1, 0.97])
  func twoThreads(positiveRate: Double) throws {
    var generator = SplitMix64(seed: UInt64(positiveRate * 1000))
    let count = 300_000
    var scores: [Double] = []
    var labels: [UInt8] = []
    for _ in 0..<count {
      let positive = Double(generator.next() >> 11) * 0x1p-53 < positiveRate
      let noise = Double(generator.next() >> 11) * 0x1p-53
      // Thousandths, so that ties fall within and across classes; negative scores too.
      scores.append(((noise + (positive ? 0.3 : 0)) * 1000).rounded() / 1000 - 0.5)
      labels.append(positive ? 1 : 0)
    }
    var counts = ScoreCounts(binning: .exact)
    try counts.record(scores: scores, labels: labels)
    let expected = counts.summary.rocAUC
    let double = try RankingSummary.rocAUC(scores: scores, labels: labels)
    let float = try RankingSummary.rocAUC(scores: scores.map { Float($0) }, labels: labels)
    var floatCounts = ScoreCounts(binning: .exact)
    try floatCounts.record(scores: scores.map { Float($0) }, labels: labels)
    #expect(double?.bitPattern == expected?.bitPattern)
    #expect(float?.bitPattern == floatCounts.summary.rocAUC?.bitPattern)
  }

  @Test("the documented example, one class, no rows, and the first bad row")
  func edges() throws {
    let scores: [Float] = [0.9, 0.4, 0.4, 0.2]
    #expect(try RankingSummary.rocAUC(scores: scores, labels: [1, 1, 0, 0]) == 0.875)
    #expect(try RankingSummary.rocAUC(scores: [0.1, 0.2], labels: [1, 1]) == nil)
    #expect(try RankingSummary.rocAUC(scores: [Double](), labels: [Int]()) == nil)
    #expect(try RankingSummary.rocAUC(scores: [-0.0, 0.0], labels: [1, 0]) == 0.5)
    #expect(throws: ScoreInputError.nonFiniteScore(row: 2, score: .infinity)) {
      try RankingSummary.rocAUC(scores: [0.1, 0.2, .infinity, .nan], labels: [1, 0, 1, 0])
    }
    #expect(throws: ScoreInputError.lengthMismatch(scoreCount: 2, labelCount: 1)) {
      try RankingSummary.rocAUC(scores: [0.1, 0.2], labels: [1])
    }
  }
}
