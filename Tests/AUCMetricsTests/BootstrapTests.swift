import AUCMetrics
import Testing

/// The stratified bootstrap: reproducible, stratified, and in line with DeLong's interval.
@Suite("Stratified bootstrap intervals")
struct BootstrapTests {
  static func groups() throws -> ScoreGroups {
    let reference = try StatsReference.load("random_1000_50pct")
    return try CurveReferenceTests.groups(reference)
  }

  @Test("the same seed gives the same interval; another seed another one")
  func reproducible() throws {
    let groups = try Self.groups()
    let first = groups.bootstrapInterval(replicates: 200, seed: 11) { $0.summary.rocAUC }
    let again = groups.bootstrapInterval(replicates: 200, seed: 11) { $0.summary.rocAUC }
    let other = groups.bootstrapInterval(replicates: 200, seed: 12) { $0.summary.rocAUC }
    #expect(first != nil && first == again)
    #expect(first != other)
    #expect(first?.method == .bootstrapPercentile)
  }

  @Test("every replicate keeps both class sizes")
  func stratified() throws {
    let groups = try Self.groups()
    var replicates = 0
    _ = groups.bootstrapInterval(replicates: 50, seed: 1) { replicate in
      replicates += 1
      #expect(replicate.positiveTotal == groups.positiveTotal)
      #expect(replicate.negativeTotal == groups.negativeTotal)
      #expect(replicate.positives.reduce(0, +) == groups.positiveTotal)
      return replicate.summary.rocAUC
    }
    #expect(replicates == 50)
  }

  @Test("the 95 % bootstrap interval of the AUC is close to DeLong's")
  func agreesWithDeLong() throws {
    let groups = try Self.groups()
    let deLong = try #require(groups.deLong).confidenceInterval(level: 0.95)
    let bootstrap = try #require(
      groups.bootstrapInterval(level: 0.95, replicates: 1000, seed: 2024) { $0.summary.rocAUC })
    // Both estimate the same sampling spread (half-width about 0.03 here).
    #expect(abs(bootstrap.lower - deLong.lower) < 0.006)
    #expect(abs(bootstrap.upper - deLong.upper) < 0.006)
    #expect(bootstrap.lower < groups.summary.rocAUC! && groups.summary.rocAUC! < bootstrap.upper)
  }

  @Test("undefined statistics, weights and single classes give nil")
  func undefined() throws {
    let groups = try Self.groups()
    #expect(groups.bootstrapInterval(replicates: 10) { _ in nil } == nil)
    var weighted = ScoreCounts()
    try weighted.record(scores: [0.9, 0.1], labels: [1, 0], weights: [0.5, 2])
    #expect(weighted.groups.bootstrapInterval(replicates: 10) { $0.summary.rocAUC } == nil)
    var oneClass = ScoreCounts()
    try oneClass.record(scores: [0.9, 0.1], labels: [1, 1])
    #expect(oneClass.groups.bootstrapInterval(replicates: 10) { $0.summary.rocAUC } == nil)
  }

  @Test("nextBelow stays below its bound and reaches every value")
  func nextBelow() {
    var generator = SplitMix64(seed: 5)
    var seen = Set<UInt64>()
    for _ in 0..<2000 {
      let value = generator.nextBelow(7)
      #expect(value < 7)
      seen.insert(value)
    }
    #expect(seen.count == 7)
  }
}
