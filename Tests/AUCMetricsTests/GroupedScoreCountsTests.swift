import AUCMetrics
import Foundation
import Testing

/// `GroupedScoreCounts`: each group's AUC as `ScoreCounts` gives it on the group's rows, the
/// group AUCs against the reference set and exact rationals, shards merged back by group.
@Suite("Group AUC")
struct GroupedScoreCountsTests {
  /// Rows with group ids, many ties, groups of one class, and optionally weights.
  struct GroupedRows {
    var scores: [Double] = []
    var labels: [Int] = []
    var groups: [String] = []
    var weights: [Double] = []

    init(seed: UInt64, count: Int, groupCount: Int, weighted: Bool) {
      var generator = SplitMix64(seed: seed)
      for _ in 0..<count {
        let group = Int(generator.next() % UInt64(groupCount))
        // Every fifth group is all negatives, every seventh all positives.
        let draw = generator.next() % 100
        let positive = group % 5 == 0 ? false : (group % 7 == 0 ? true : draw < 40)
        let score = Double(generator.next() % 20) / 20 + (positive ? 0.1 : 0)
        scores.append(Swift.min(score, 1))
        labels.append(positive ? 1 : 0)
        groups.append(String(group * 3 - 40))  // negative ids too
        if weighted { weights.append([0.5, 1, 2.25, 3][Int(generator.next() % 4)]) }
      }
    }

    /// The rows of one group, by id.
    func rows(of id: String) -> (scores: [Double], labels: [Int], weights: [Double]) {
      let indices = groups.indices.filter { groups[$0] == id }
      return (
        indices.map { scores[$0] }, indices.map { labels[$0] },
        weights.isEmpty ? [] : indices.map { weights[$0] }
      )
    }
  }

  @Test(
    "each group's AUC is ScoreCounts' on its rows, bit for bit: exact, linear bins, weighted",
    arguments: [
      (ScoreBinning.exact, false), (.exact, true), (.linear(thresholdCount: 10), false),
      (.logarithmic(subBinsPerOctave: 4), true),
    ])
  func perGroupEqualsScoreCounts(binning: ScoreBinning, weighted: Bool) throws {
    let rows = GroupedRows(seed: 3, count: 3000, groupCount: 90, weighted: weighted)
    var grouped = GroupedScoreCounts(binning: binning)
    // In uneven batches, so that buffered rows merge more than once.
    var start = 0
    for size in [1, 700, 1299, 1000] {
      let range = start..<(start + size)
      try grouped.record(
        scores: rows.scores[range], labels: rows.labels[range], groups: rows.groups[range],
        weights: weighted ? Array(rows.weights[range]) : [])
      start += size
    }
    let summaries = grouped.groupSummaries
    #expect(summaries.count == Set(rows.groups).count)
    #expect(summaries.map { Int($0.id)! } == summaries.map { Int($0.id)! }.sorted())
    for group in summaries {
      let own = rows.rows(of: group.id)
      var counts = ScoreCounts(binning: binning)
      try counts.record(scores: own.scores, labels: own.labels, weights: own.weights)
      #expect(group.rocAUC?.bitPattern == counts.summary.rocAUC?.bitPattern, "group \(group.id)")
      #expect(group.rows == UInt64(own.scores.count))
      #expect(group.positiveWeight == counts.summary.positiveWeight)
      #expect(group.negativeWeight == counts.summary.negativeWeight)
    }
  }

  @Test("GAUC, UAUC and the pair-weighted GAUC within 1 ulp of exact rationals")
  func againstExactRationals() throws {
    let rows = GroupedRows(seed: 8, count: 4000, groupCount: 150, weighted: false)
    var grouped = GroupedScoreCounts()
    try grouped.record(scores: rows.scores, labels: rows.labels, groups: rows.groups)
    var rowWeighted = ExactFraction(BigNatural(0), over: BigNatural(1))
    var plain = rowWeighted
    var pairWeighted = rowWeighted
    var rowTotal: UInt64 = 0
    var pairTotal: UInt64 = 0
    var used: UInt64 = 0
    for id in Set(rows.groups) {
      let own = rows.rows(of: id)
      // Brute force over the group's pairs: twice the Mann–Whitney U.
      var twiceU: UInt64 = 0
      var positives: UInt64 = 0
      var negatives: UInt64 = 0
      for (i, label) in own.labels.enumerated() {
        if label == 1 { positives += 1 } else { negatives += 1 }
        guard label == 1 else { continue }
        for (j, other) in own.labels.enumerated() where other == 0 {
          twiceU += own.scores[i] > own.scores[j] ? 2 : (own.scores[i] == own.scores[j] ? 1 : 0)
        }
      }
      guard positives > 0 && negatives > 0 else { continue }
      used += 1
      let area = ExactFraction(BigNatural(twiceU), over: BigNatural(2 * positives * negatives))
      let size = positives + negatives
      rowWeighted = rowWeighted + ExactFraction(BigNatural(size), over: BigNatural(1)) * area
      plain = plain + area
      pairWeighted = pairWeighted + ExactFraction(BigNatural(twiceU), over: BigNatural(2))
      rowTotal += size
      pairTotal += positives * negatives
    }
    let summary = grouped.groupAUC
    #expect(summary.groupCount == Set(rows.groups).count)
    #expect(summary.groupsUsed == Int(used))
    let gauc = (rowWeighted * ExactFraction(BigNatural(1), over: BigNatural(rowTotal))).nearestDouble
    let uauc = (plain * ExactFraction(BigNatural(1), over: BigNatural(used))).nearestDouble
    let pairs = (pairWeighted * ExactFraction(BigNatural(1), over: BigNatural(pairTotal))).nearestDouble
    #expect(ulpDistance(try #require(summary.impressionWeightedAUC), gauc) <= 1)
    #expect(ulpDistance(try #require(summary.unweightedAUC), uauc) <= 1)
    #expect(ulpDistance(try #require(summary.pairWeightedAUC), pairs) <= 1)
  }

  @Test("the reference set's group AUCs (tiny_groups, groups_200) to ≤ 2 ulps", arguments: [
    "tiny_groups", "groups_200",
  ])
  func referenceSet(name: String) throws {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Stats"))
    let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
    let header = lines[0].split(separator: ",").map(String.init)
    let scoreColumn = try #require(header.firstIndex(of: "score"))
    let labelColumn = try #require(header.firstIndex(of: "label"))
    let groupColumn = try #require(header.firstIndex(of: "group"))
    var grouped = GroupedScoreCounts()
    for line in lines.dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      try grouped.record(
        scores: [try #require(Double(fields[scoreColumn]))],
        labels: [try #require(Int(fields[labelColumn]))], groups: [fields[groupColumn]])
    }
    let reference = try ReferenceJSON.load(name).object("group_auc")
    let summary = grouped.groupAUC
    let gauc = try #require(ReferenceJSON.double(reference, "gauc_exact"))
    let uauc = try #require(ReferenceJSON.double(reference, "uauc_exact"))
    let pairs = try #require(ReferenceJSON.double(reference, "gauc_pair_weighted_exact"))
    #expect(ulpDistance(try #require(summary.impressionWeightedAUC), gauc) <= 2)
    #expect(ulpDistance(try #require(summary.unweightedAUC), uauc) <= 2)
    #expect(ulpDistance(try #require(summary.pairWeightedAUC), pairs) <= 2)
    #expect(summary.groupCount == reference?["n_groups_total"] as? Int)
    #expect(summary.groupsUsed == reference?["n_groups_used"] as? Int)
    // Each used group's AUC is its exact fraction, rounded once.
    let perGroup = try #require(reference?["per_group"] as? [[String: Any]])
    let byID = Dictionary(uniqueKeysWithValues: grouped.groupSummaries.map { ($0.id, $0) })
    for expected in perGroup {
      let id = String(try #require(expected["group"] as? Int))
      let group = try #require(byID[id])
      let fraction = try #require(expected["auc_exact_frac"] as? String).split(separator: "/")
      let exact =
        fraction.count == 1
        ? Double(fraction[0])! : Double(UInt64(fraction[0])!) / Double(UInt64(fraction[1])!)
      #expect(group.rocAUC == exact, "group \(id)")
      #expect(group.rows == UInt64(try #require(expected["n"] as? Int)))
    }
  }

  @Test("a group's rows split over shards merge back to one stream's bits, in any order")
  func shardsMergeByGroup() throws {
    for weighted in [false, true] {
      let rows = GroupedRows(seed: 21, count: 2500, groupCount: 60, weighted: weighted)
      var whole = GroupedScoreCounts()
      try whole.record(
        scores: rows.scores, labels: rows.labels, groups: rows.groups, weights: rows.weights)
      // Row i goes to shard i mod 3: every group is split across the shards.
      var shards = [GroupedScoreCounts](repeating: GroupedScoreCounts(), count: 3)
      for shard in 0..<3 {
        let indices = Array(stride(from: shard, to: rows.scores.count, by: 3))
        try shards[shard].record(
          scores: indices.map { rows.scores[$0] }, labels: indices.map { rows.labels[$0] },
          groups: indices.map { rows.groups[$0] },
          weights: weighted ? indices.map { rows.weights[$0] } : [])
      }
      for order in [[0, 1, 2], [2, 0, 1], [1, 2, 0]] {
        var merged = shards[order[0]]
        try merged.merge(shards[order[1]])
        try merged.merge(shards[order[2]])
        #expect(merged.groupSummaries == whole.groupSummaries, "order \(order)")
        #expect(merged.groupAUC == whole.groupAUC, "order \(order)")
        #expect(merged.rowCount == whole.rowCount)
      }
    }
  }

  @Test("bad input names the first bad row and changes nothing")
  func badInput() throws {
    var counts = GroupedScoreCounts()
    try counts.record(scores: [0.9, 0.3], labels: [1, 0], groups: ["a", "a"])
    let before = counts.groupSummaries
    #expect(throws: ScoreInputError.emptyGroup(row: 1)) {
      try counts.record(scores: [0.5, 0.6, .nan], labels: [1, 0, 1], groups: ["b", "", "c"])
    }
    #expect(throws: ScoreInputError.nonFiniteScore(row: 0, score: .infinity)) {
      try counts.record(scores: [.infinity, 0.6], labels: [1, 0], groups: ["b", ""])
    }
    #expect(throws: ScoreInputError.invalidLabel(row: 1, label: "2")) {
      try counts.record(scores: [0.5, 0.6], labels: [1, 2], groups: ["b", "b"])
    }
    #expect(throws: ScoreInputError.groupCountMismatch(rowCount: 2, groupCount: 1)) {
      try counts.record(scores: [0.5, 0.6], labels: [1, 0], groups: ["b"])
    }
    #expect(throws: ScoreInputError.scoreOutOfRange(row: 0, score: 1.5)) {
      var binned = GroupedScoreCounts(binning: .linear(thresholdCount: 10))
      try binned.record(scores: [1.5], labels: [1], groups: ["a"])
    }
    #expect(counts.groupSummaries == before)
    #expect(counts.groupCount == 1 && counts.rowCount == 2)
    #expect(throws: GroupedScoreCountsMergeError.self) {
      try counts.merge(GroupedScoreCounts(binning: .linear(thresholdCount: 10)))
    }
  }

  @Test("the documented examples")
  func documentedExamples() throws {
    var counts = GroupedScoreCounts()
    try counts.record(
      scores: [0.9, 0.3, 0.6, 0.8, 0.2, 0.7], labels: [1, 0, 1, 0, 0, 1],
      groups: ["u1", "u1", "u1", "u2", "u2", "u3"])
    #expect(counts.groupAUC.impressionWeightedAUC == 1.0)
    #expect(counts.groupAUC.groupCount == 3 && counts.groupAUC.groupsUsed == 1)

    var mixed = GroupedScoreCounts()
    try mixed.record(
      scores: [0.9, 0.3, 0.6, 0.8, 0.2, 0.7, 0.1], labels: [1, 0, 1, 0, 1, 1, 0],
      groups: ["a", "a", "a", "b", "b", "b", "b"])
    let summary = mixed.groupAUC
    #expect(summary.unweightedAUC == 0.75)
    #expect(summary.impressionWeightedAUC == 5.0 / 7)
    #expect(summary.pairWeightedAUC == 4.0 / 6)

    var numbered = GroupedScoreCounts()
    try numbered.record(scores: [0.9, 0.3, 0.6], labels: [1, 0, 1], groups: ["7", "7", "10"])
    #expect(numbered.groupSummaries.map(\.id) == ["7", "10"])
    #expect(numbered.groupSummaries[0].rocAUC == 1.0)
    #expect(numbered.groupSummaries[1].rocAUC == nil)

    var first = GroupedScoreCounts()
    try first.record(scores: [0.9, 0.3], labels: [1, 0], groups: ["u1", "u1"])
    var second = GroupedScoreCounts()
    try second.record(scores: [0.5], labels: [0], groups: ["u1"])
    try first.merge(second)
    #expect(first.groupAUC.unweightedAUC == 1.0)
    #expect(first.groupSummaries[0].rows == 3)
  }
}
