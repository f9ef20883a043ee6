import AUCMetrics
import Foundation
import Testing

/// Multi-class and multi-label counts against pair-by-pair definitions on random rows with
/// ties and whole weights, and their merge, stored form and bad input.
@Suite("Multi-class and multi-label counts")
struct MulticlassScoreCountsTests {
  /// Random rows of `classCount` classes: scores on a grid of eighths (ties within and across
  /// classes), whole weights 1...3, classes drawn unevenly.
  struct Rows {
    var scores: [Double] = []
    var classes: [Int] = []
    var weights: [Double] = []
    let classCount: Int

    init(seed: UInt64, count: Int, classCount: Int) {
      self.classCount = classCount
      var random = SplitMix64(seed: seed)
      for _ in 0..<count {
        // The last class draws three times as often as each other one.
        classes.append(min(Int(random.next() % UInt64(classCount + 2)), classCount - 1))
        for column in 0..<classCount {
          let boost = column == classes.last! ? 3 : 0
          scores.append(Double(Int(random.next() % 6) + boost) / 8)
        }
        weights.append(Double(random.next() % 3 + 1))
      }
    }

    func column(_ index: Int) -> [Double] {
      (0..<classes.count).map { scores[$0 * classCount + index] }
    }
  }

  /// A(column; other) over rows of the two classes, as twice U and its pair weight.
  static func pairCount(_ rows: Rows, column: Int, other: Int?, weighted: Bool) -> (twiceU: Int, pairs: Int) {
    let keys = rows.column(column)
    let chosen = rows.classes.indices.filter { other == nil || [column, other!].contains(rows.classes[$0]) }
    let labels = chosen.map { rows.classes[$0] == column ? 1 : 0 }
    let weights = chosen.map { weighted ? Int(rows.weights[$0]) : 1 }
    let twiceU = BruteForce.weightedTwiceU(
      keys: chosen.map { keys[$0] }, labels: labels, weights: weights)
    let positive = zip(labels, weights).filter { $0.0 == 1 }.map(\.1).reduce(0, +)
    let negative = zip(labels, weights).filter { $0.0 == 0 }.map(\.1).reduce(0, +)
    return (twiceU, positive * negative)
  }

  static func fraction(_ numerator: Int, _ denominator: Int) -> ExactFraction {
    ExactFraction(BigNatural(UInt64(numerator)), over: BigNatural(UInt64(denominator)))
  }

  @Test("per class, one-vs-one pairs, micro: the pair counts", arguments: [(1, false), (2, true), (3, false), (4, true)])
  func bruteForce(seed: UInt64, weighted: Bool) throws {
    let rows = Rows(seed: seed, count: 150, classCount: 4)
    var counts = MulticlassScoreCounts(classCount: 4)
    try counts.record(scores: rows.scores, classes: rows.classes, weights: weighted ? rows.weights : [])
    let summary = counts.summary
    for column in 0..<4 {
      let (twiceU, pairs) = Self.pairCount(rows, column: column, other: nil, weighted: weighted)
      #expect(summary.perClass[column].rocAUC == Double(twiceU) / Double(2 * pairs))
    }
    // Hand & Till: each pair's mean of A(a; b) and A(b; a), then their mean, in rationals.
    var macro = Self.fraction(0, 1)
    var weightedSum = Self.fraction(0, 1)
    var weightTotal = 0
    var pairCount = 0
    let sizes = (0..<4).map { trueClass in
      rows.classes.indices.filter { rows.classes[$0] == trueClass }
        .map { weighted ? Int(rows.weights[$0]) : 1 }.reduce(0, +)
    }
    for first in 0..<4 {
      for second in (first + 1)..<4 {
        let one = Self.pairCount(rows, column: first, other: second, weighted: weighted)
        let two = Self.pairCount(rows, column: second, other: first, weighted: weighted)
        #expect(one.pairs == two.pairs)
        let area = Self.fraction(one.twiceU + two.twiceU, 4 * one.pairs)
        macro = macro + area
        weightedSum = weightedSum + area * Self.fraction(sizes[first] + sizes[second], 1)
        weightTotal += sizes[first] + sizes[second]
        pairCount += 1
      }
    }
    let expectedMacro = (macro * Self.fraction(1, pairCount)).nearestDouble
    let expectedWeighted = (weightedSum * Self.fraction(1, weightTotal)).nearestDouble
    #expect(agrees(summary.oneVsOneMacro, expectedMacro, ulps: 2))
    #expect(agrees(summary.oneVsOneWeighted, expectedWeighted, ulps: 2))
    // Micro: all n × 4 (indicator, score) pairs.
    let keys = rows.scores
    let labels = rows.scores.indices.map { rows.classes[$0 / 4] == $0 % 4 ? 1 : 0 }
    let weights = rows.scores.indices.map { weighted ? Int(rows.weights[$0 / 4]) : 1 }
    let twiceU = BruteForce.weightedTwiceU(keys: keys, labels: labels, weights: weights)
    let positive = zip(labels, weights).filter { $0.0 == 1 }.map(\.1).reduce(0, +)
    let negative = zip(labels, weights).filter { $0.0 == 0 }.map(\.1).reduce(0, +)
    #expect(summary.rocAUC.micro == Double(twiceU) / Double(2 * positive * negative))
    // The per-class average precision, unweighted: the mean of the positives' precisions.
    if !weighted {
      for column in 0..<4 {
        let expected = BruteForce.averagePrecision(
          keys: rows.column(column), labels: rows.classes.map { $0 == column ? 1 : 0 })
        #expect(agrees(summary.perClass[column].averagePrecision, expected, ulps: 4))
      }
    }
  }

  @Test("shards merged in any order give one stream's summary, bit for bit")
  func shards() throws {
    let rows = Rows(seed: 7, count: 300, classCount: 3)
    for binning in [ScoreBinning.exact, .linear(thresholdCount: 100)] {
      var whole = MulticlassScoreCounts(classCount: 3, binning: binning)
      try whole.record(scores: rows.scores, classes: rows.classes, weights: rows.weights)
      var shards: [MulticlassScoreCounts] = []
      for range in [0..<70, 70..<71, 71..<300] {
        var shard = MulticlassScoreCounts(classCount: 3, binning: binning)
        try shard.record(
          scores: Array(rows.scores[(range.lowerBound * 3)..<(range.upperBound * 3)]),
          classes: Array(rows.classes[range]), weights: Array(rows.weights[range]))
        shards.append(shard)
      }
      for order in [[0, 1, 2], [2, 0, 1], [1, 2, 0]] {
        var merged = MulticlassScoreCounts(classCount: 3, binning: binning)
        for index in order { try merged.merge(shards[index]) }
        #expect(merged.summary == whole.summary)
      }
    }
  }

  @Test("multi-label shards merge to one stream's summary; per label is ScoreCounts")
  func multilabelShards() throws {
    let rows = Rows(seed: 11, count: 200, classCount: 3)
    let labels = rows.scores.map { $0 >= 0.5 ? UInt8(1) : 0 }
    let scores = rows.scores.indices.map { rows.scores[($0 + 1) % rows.scores.count] }
    var whole = MultilabelScoreCounts(labelCount: 3)
    try whole.record(scores: scores, labels: labels, weights: rows.weights)
    var first = MultilabelScoreCounts(labelCount: 3)
    var second = MultilabelScoreCounts(labelCount: 3)
    try first.record(scores: Array(scores[..<90]), labels: Array(labels[..<90]), weights: Array(rows.weights[..<30]))
    try second.record(scores: Array(scores[90...]), labels: Array(labels[90...]), weights: Array(rows.weights[30...]))
    try second.merge(first)
    #expect(second.summary == whole.summary)
    for label in 0..<3 {
      var single = ScoreCounts()
      let indices = stride(from: label, to: scores.count, by: 3)
      try single.record(
        scores: indices.map { scores[$0] }, labels: indices.map { labels[$0] }, weights: rows.weights)
      #expect(whole.summary.perLabel[label].rocAUC == single.summary.rocAUC)
      #expect(whole.summary.perLabel[label].averagePrecision == single.summary.averagePrecision)
    }
  }

  @Test("Codable round trip; decoders refuse broken tables")
  func storedForm() throws {
    let rows = Rows(seed: 5, count: 60, classCount: 3)
    var counts = MulticlassScoreCounts(classCount: 3)
    try counts.record(scores: rows.scores, classes: rows.classes)
    let data = try JSONEncoder().encode(counts)
    let decoded = try JSONDecoder().decode(MulticlassScoreCounts.self, from: data)
    #expect(decoded.summary == counts.summary)
    var tables = counts.storedTables
    tables.swapAt(0, 1)  // column 0's table of class 0 (positives) where class 1's belongs
    #expect(throws: InvalidClassCounts.self) {
      try MulticlassScoreCounts(classCount: 3, tables: tables, rowsNotSummingToOne: 0)
    }
    #expect(throws: InvalidClassCounts.self) {
      try MulticlassScoreCounts(classCount: 3, tables: counts.storedTables, rowsNotSummingToOne: 61)
    }
    var binned = counts.storedTables
    binned[4] = ScoreCounts(binning: .linear(thresholdCount: 10))
    #expect(throws: InvalidClassCounts.self) {
      try MulticlassScoreCounts(classCount: 3, tables: binned, rowsNotSummingToOne: 0)
    }
    var labels = MultilabelScoreCounts(labelCount: 2)
    try labels.record(scores: [0.1, 0.2, 0.3, 0.4], labels: [0, 1, 1, 0])
    let labelData = try JSONEncoder().encode(labels)
    #expect(try JSONDecoder().decode(MultilabelScoreCounts.self, from: labelData).summary == labels.summary)
    var uneven = labels.storedTables
    try uneven[1].record(scores: [0.5], labels: [1])
    #expect(throws: InvalidClassCounts.self) { try MultilabelScoreCounts(tables: uneven) }
    #expect(throws: ClassCountsMergeError.classCountMismatch(3, 2)) {
      try counts.merge(MulticlassScoreCounts(classCount: 2))
    }
  }

  @Test("a bad row throws, names the row, and counts nothing")
  func badInput() throws {
    var counts = MulticlassScoreCounts(classCount: 2, binning: .linear(thresholdCount: 10))
    try counts.record(scores: [0.9, 0.1], classes: [0])
    let before = counts.summary
    #expect(throws: ScoreInputError.scoreOutOfRange(row: 1, score: 1.5)) {
      try counts.record(scores: [0.2, 0.8, 1.5, -0.5], classes: [1, 0])
    }
    #expect(throws: ScoreInputError.invalidLabel(row: 1, label: "2")) {
      try counts.record(scores: [0.2, 0.8, 0.5, 0.5], classes: [1, 2])
    }
    #expect(throws: ScoreInputError.invalidWeight(row: 0, weight: -1)) {
      try counts.record(scores: [0.2, 0.8], classes: [1], weights: [-1])
    }
    #expect(throws: ScoreInputError.lengthMismatch(scoreCount: 1, labelCount: 2)) {
      try counts.record(scores: [0.2, 0.8, 0.5], classes: [1, 0])
    }
    #expect(counts.summary == before)
    var exact = MulticlassScoreCounts(classCount: 2)
    #expect(throws: ScoreInputError.nonFiniteScore(row: 0, score: .infinity)) {
      try exact.record(scores: [0.2, .infinity], classes: [1])
    }
    #expect(exact.rowCount == 0)
    var labels = MultilabelScoreCounts(labelCount: 2)
    #expect(throws: ScoreInputError.invalidLabel(row: 1, label: "2")) {
      try labels.record(scores: [0.2, 0.8, 0.5, 0.5], labels: [1, 0, 2, 0])
    }
    #expect(labels.rowCount == 0)
  }

  @Test("documentation examples, worked by hand")
  func documentationExamples() throws {
    // MulticlassScoreCounts: every class's column ranks its rows first.
    var counts = MulticlassScoreCounts(classCount: 3)
    try counts.record(
      scores: [0.7, 0.2, 0.1, 0.2, 0.5, 0.3, 0.1, 0.3, 0.6, 0.6, 0.3, 0.1], classes: [0, 1, 2, 0])
    #expect(counts.summary.rocAUC.macro == 1.0)
    // MulticlassSummary: pair (1, 2) ranks 0.5 > 0.45 > 0.4 on column 1 (½) and
    // 0.3 > 0.25 > 0.2 on column 2 (½); the other pairs separate.
    var other = MulticlassScoreCounts(classCount: 3)
    try other.record(
      scores: [0.6, 0.3, 0.1, 0.2, 0.5, 0.3, 0.3, 0.45, 0.25, 0.4, 0.4, 0.2], classes: [0, 1, 2, 1])
    #expect(other.summary.perClass[0].rocAUC == 1.0)
    #expect(other.summary.oneVsOneMacro == 2.5 / 3)
    // MultilabelScoreCounts, MultilabelSummary, ClassSummary, ClassAverages: label 0 ranks
    // its positive 0.9 first (1.0); label 1's positive 0.25 lies between 0.2 and 0.3 (½).
    var labels = MultilabelScoreCounts(labelCount: 2)
    try labels.record(scores: [0.9, 0.2, 0.4, 0.25, 0.1, 0.3], labels: [1, 0, 0, 1, 0, 0])
    let summary = labels.summary
    #expect(summary.perLabel[0].rocAUC == 1.0)
    #expect(summary.perLabel[0].support == 1.0)
    #expect(summary.perLabel[1].rocAUC == 0.5)
    #expect(summary.rocAUC.macro == 0.75)
    // Micro: 0.9 beats all 4 negatives, 0.25 beats 0.1 and 0.2: 6 of 8 pairs.
    #expect(summary.rocAUC.micro == 0.75)
    // GroupedScoreCounts.order: numeric when every id is an integer, else by bytes.
    #expect(GroupedScoreCounts.order(of: ["10", "9", "-1"]) == [2, 1, 0])
    #expect(GroupedScoreCounts.order(of: ["dog", "cat", "bird"]) == [2, 1, 0])
    // InvalidClassCounts and ClassCountsMergeError messages.
    #expect(throws: InvalidClassCounts("2 classes need 4 tables, not 3")) {
      try MulticlassScoreCounts(
        classCount: 2, tables: Array(repeating: ScoreCounts(), count: 3), rowsNotSummingToOne: 0)
    }
    #expect(
      ClassCountsMergeError.classCountMismatch(3, 4).description
        == "cannot merge counts of 3 classes with counts of 4")
  }
}
