import AUCMetrics
import Foundation
import Testing

/// The stored forms of `GroupedScoreCounts`: compact bytes and Codable, each checked on the
/// way in; damaged bytes are refused, never trapped on.
@Suite("Group AUC states")
struct GroupedScoreCountsStateTests {
  static func sample(weighted: Bool, binning: ScoreBinning = .exact) throws -> GroupedScoreCounts {
    var generator = SplitMix64(seed: weighted ? 5 : 6)
    var counts = GroupedScoreCounts(binning: binning)
    for _ in 0..<40 {
      let size = Int(generator.next() % 30)
      let scores = (0..<size).map { _ in Double(generator.next() % 16) / 16 }
      let labels = (0..<size).map { _ in Int(generator.next() % 2) }
      let groups = (0..<size).map { _ in ["u\(generator.next() % 12)", "é-✓", "42"][Int(generator.next() % 3)] }
      let weights = weighted ? (0..<size).map { _ in Double(generator.next() % 8) / 4 } : []
      try counts.record(scores: scores, labels: labels, groups: groups, weights: weights)
    }
    return counts
  }

  @Test(
    "compact bytes and JSON round-trip to the same groups and group AUCs",
    arguments: [(false, ScoreBinning.exact), (true, .exact), (false, .linear(thresholdCount: 7))])
  func roundTrips(weighted: Bool, binning: ScoreBinning) throws {
    let counts = try Self.sample(weighted: weighted, binning: binning)
    let decoded = try GroupedScoreCounts(compactEncoding: counts.compactEncoding())
    #expect(decoded.groupSummaries == counts.groupSummaries)
    #expect(decoded.groupAUC == counts.groupAUC)
    #expect(decoded.compactEncoding() == counts.compactEncoding())
    #expect(decoded.binning == binning)
    let json = try JSONDecoder().decode(
      GroupedScoreCounts.self, from: JSONEncoder().encode(counts))
    #expect(json.groupSummaries == counts.groupSummaries)
    // Empty counts keep their binning.
    let empty = try GroupedScoreCounts(
      compactEncoding: GroupedScoreCounts(binning: binning).compactEncoding())
    #expect(empty.binning == binning && empty.groupCount == 0)
  }

  @Test("every truncation and many byte flips are refused or decode to checked counts")
  func damagedBytes() throws {
    let bytes = try Self.sample(weighted: true).compactEncoding()
    for length in 0..<bytes.count {
      #expect(throws: CompactEncodingError.self) {
        try GroupedScoreCounts(compactEncoding: Array(bytes[..<length]))
      }
    }
    var generator = SplitMix64(seed: 99)
    for _ in 0..<3000 {
      var damaged = bytes
      let position = Int(generator.next() % UInt64(bytes.count))
      damaged[position] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
      // Either refused, or counts that pass every check (a flipped weight can still be valid).
      if let decoded = try? GroupedScoreCounts(compactEncoding: damaged) {
        _ = decoded.groupAUC
      }
    }
  }

  @Test("the stored form's checks: ids, binnings, duplicates")
  func storedFormChecks() throws {
    var counts = ScoreCounts()
    try counts.record(scores: [0.9, 0.3], labels: [1, 0])
    #expect(throws: ScoreCounts.InvalidCounts.self) {
      try GroupedScoreCounts(binning: .exact, groups: [GroupCounts(id: "", counts: counts)])
    }
    #expect(throws: ScoreCounts.InvalidCounts.self) {
      try GroupedScoreCounts(
        binning: .exact,
        groups: [GroupCounts(id: "a", counts: counts), GroupCounts(id: "a", counts: counts)])
    }
    #expect(throws: ScoreCounts.InvalidCounts.self) {
      try GroupedScoreCounts(
        binning: .linear(thresholdCount: 10), groups: [GroupCounts(id: "a", counts: counts)])
    }
    let grouped = try GroupedScoreCounts(
      binning: .exact, groups: [GroupCounts(id: "u1", counts: counts)])
    #expect(grouped.groupAUC.unweightedAUC == 1.0)
    #expect(grouped.groups.map(\.id) == ["u1"])
    #expect(grouped.groups[0].counts.summary.rocAUC == counts.summary.rocAUC)
  }
}
