import AUCMetrics
import Testing

/// `RankingSummary(scores:labels:)` sorts unweighted in-memory rows once and sweeps them; it
/// must give what streaming the same rows through `ScoreCounts` gives, to the bit.
@Suite("One-shot exact summaries")
struct ExactRankingTests {
  @Test(
    "equal to ScoreCounts, bit for bit, for Float and Double scores on every grid",
    arguments: Array(UInt64(1)...16))
  func equalsStreaming(seed: UInt64) throws {
    for grid in CountedRows.Grid.allCases {
      let rows = CountedRows(seed: seed, count: 40 + Int(seed) * 37, grid: grid, weighted: false)
      let streamed = try rows.counts().summary
      let oneShot: RankingSummary
      if rows.float32 {
        oneShot = try RankingSummary(scores: rows.scores.map { Float($0) }, labels: rows.labels)
      } else {
        oneShot = try RankingSummary(scores: rows.scores, labels: rows.labels)
      }
      #expect(summaryBits(oneShot) == summaryBits(streamed), "\(grid) float32=\(rows.float32)")
      #expect(agrees(oneShot.rocAUC, bruteForceROCAUC(rows), ulps: 1))
    }
  }

  @Test("both zeros tie, in Float and in Double")
  func zeros() throws {
    let scores: [Double] = [-0.0, 0.0, 0.5, -0.0]
    let labels = [1, 0, 1, 0]
    let double = try RankingSummary(scores: scores, labels: labels)
    let float = try RankingSummary(scores: scores.map { Float($0) }, labels: labels)
    // Positive 0.5 beats both negatives; the positive −0.0 ties both zeros: (2 + 1) / 4.
    #expect(double.rocAUC == 0.75)
    #expect(float.rocAUC == 0.75)
  }

  @Test("the first bad row is reported as ScoreCounts reports it")
  func errors() {
    #expect(throws: ScoreInputError.nonFiniteScore(row: 2, score: .infinity)) {
      try RankingSummary(scores: [0.1, 0.2, .infinity, .nan], labels: [1, 0, 1, 0])
    }
    #expect(throws: ScoreInputError.invalidLabel(row: 1, label: "2")) {
      try RankingSummary(scores: [0.1, 0.2] as [Float], labels: [1, 2])
    }
  }
}
