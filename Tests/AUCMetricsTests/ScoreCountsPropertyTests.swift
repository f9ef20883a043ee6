import AUCMetrics
import Foundation
import Testing

@Suite("ScoreCounts properties")
struct ScoreCountsPropertyTests {
  static let seeds: [UInt64] = Array(1...24)

  /// A row count for a seed: the first seeds are tiny (one class missing, say).
  static func rowCount(seed: UInt64, using generator: inout SplitMix64) -> Int {
    seed <= 4 ? Int(seed - 1) : 20 + Int(generator.next() % 200)
  }

  /// Rows on every grid, unweighted and weighted, drawn from `seed` and `salt`, with a comment
  /// naming each case.
  static func rowCases(seed: UInt64, salt: UInt64) -> [(rows: CountedRows, context: Comment)] {
    var generator = SplitMix64(seed: seed &* salt)
    var cases: [(CountedRows, Comment)] = []
    for grid in CountedRows.Grid.allCases {
      for weighted in [false, true] {
        let count = rowCount(seed: seed, using: &generator)
        let rows = CountedRows(seed: generator.next(), count: count, grid: grid, weighted: weighted)
        cases.append((rows, Comment(rawValue: "\(grid) weighted=\(weighted) n=\(count)")))
      }
    }
    return cases
  }

  @Test(
    "exact ROC AUC is the brute-force pair count over P·N to 1 ulp, weighted or not",
    arguments: seeds)
  func exactROCAUC(seed: UInt64) throws {
    for (rows, context) in Self.rowCases(seed: seed, salt: 0x5EED) {
      let summary = try rows.counts().summary
      let (positive, negative) = rows.classWeights
      #expect(summary.positiveWeight == Double(positive), context)
      #expect(summary.negativeWeight == Double(negative), context)
      #expect(summary.isExact && !summary.switchedFromExact, context)
      let expected = bruteForceROCAUC(rows)
      #expect(agrees(summary.rocAUC, expected, ulps: 1), context)
      #expect(summary.rocAUCErrorBound == (expected == nil ? nil : 0), context)
    }
  }

  @Test(
    "exact AP, trapezoid and interpolated PR areas match their definitions",
    arguments: seeds)
  func exactPrecisionRecall(seed: UInt64) throws {
    for (rows, context) in Self.rowCases(seed: seed, salt: 0xA9) {
      let summary = try rows.counts().summary
      let weights = rows.integerWeights
      let positive = rows.classWeights.positive
      let averagePrecision = BruteForce.weightedAveragePrecision(
        keys: rows.scores, labels: rows.labels, weights: weights)
      #expect(
        agrees(summary.averagePrecision, averagePrecision, ulps: 4, relative: 1e-15), context)
      let points = BruteForce.precisionRecallPoints(
        keys: rows.scores, labels: rows.labels, weights: weights)
      let trapezoid = BruteForce.trapezoidPRArea(points: points, positiveTotal: positive)
      #expect(agrees(summary.prAUCTrapezoid, trapezoid, ulps: 4, relative: 1e-15), context)
      let interpolated = BruteForce.interpolatedPRArea(points: points, positiveTotal: positive)
      #expect(agrees(summary.prAUCInterpolated, interpolated, ulps: 0, absolute: 1e-12), context)
    }
  }

  static let streamingBinnings: [ScoreBinning] = [
    .exact, .logarithmic(subBinsPerOctave: 1), .logarithmic(subBinsPerOctave: 8),
    .linear(thresholdCount: 1), .linear(thresholdCount: 10), .linear(thresholdCount: 200),
  ]

  @Test(
    "random batches, and shards merged in random order and shape, equal one pass",
    arguments: streamingBinnings, [false, true])
  func streamingAndSharding(binning: ScoreBinning, weighted: Bool) throws {
    for seed in UInt64(1)...8 {
      var generator = SplitMix64(seed: seed &* 0xB47C4 &+ (weighted ? 1 : 0))
      let grid: CountedRows.Grid
      if case .linear = binning {
        grid = .unit
      } else {
        grid = CountedRows.Grid.allCases[Int(seed % 3)]
      }
      let count = seed == 1 ? 0 : Int(generator.next() % 300)
      let rows = CountedRows(seed: generator.next(), count: count, grid: grid, weighted: weighted)
      let context = Comment(rawValue: "seed \(seed) \(grid) n=\(count)")
      let whole = try rows.counts(binning: binning)

      var batched = ScoreCounts(binning: binning)
      let pieces = 1 + Int(generator.next() % 8)
      for range in rows.randomRanges(pieces: pieces, using: &generator) {
        try rows.record(into: &batched, rows: range)
      }
      #expect(batched == whole, context)
      #expect(batched.rowCount == UInt64(count), context)
      #expect(summaryBits(batched.summary) == summaryBits(whole.summary), context)

      var shards = try rows.randomRanges(pieces: pieces, using: &generator).map { range in
        var shard = ScoreCounts(binning: binning)
        try rows.record(into: &shard, rows: range)
        return shard
      }
      while shards.count > 1 {
        var left = shards.remove(at: Int(generator.next() % UInt64(shards.count)))
        let right = shards.remove(at: Int(generator.next() % UInt64(shards.count)))
        if generator.next() % 2 == 0 {
          try left.merge(right)
        } else {
          left = try right.merging(left)
        }
        shards.insert(left, at: Int(generator.next() % UInt64(shards.count + 1)))
      }
      let merged = try #require(shards.first)
      #expect(merged == whole, context)
      #expect(merged.hashValue == whole.hashValue, context)
      #expect(merged.rowCount == UInt64(count), context)
      #expect(merged.positiveWeight == whole.positiveWeight, context)
      #expect(merged.negativeWeight == whole.negativeWeight, context)
      #expect(summaryBits(merged.summary) == summaryBits(whole.summary), context)
    }
  }

  @Test(
    "batches past the buffer limit merge as they go and still equal one pass",
    arguments: [
      ScoreBinning.exact, .logarithmic(subBinsPerOctave: 64), .linear(thresholdCount: 200),
    ])
  func bufferedMerges(binning: ScoreBinning) throws {
    var generator = SplitMix64(seed: 77)
    // With a 256 KiB budget the buffers merge every 1024 rows; 101 distinct scores fit.
    let rows = CountedRows(seed: 78, count: 6000, grid: .unit, weighted: true)
    let whole = try rows.counts(binning: binning)
    var streamed = ScoreCounts(binning: binning, memoryBudget: 1 << 18)
    for range in rows.randomRanges(pieces: 12, using: &generator) {
      try rows.record(into: &streamed, rows: range)
    }
    #expect(!streamed.switchedFromExact)
    #expect(streamed == whole)
    #expect(summaryBits(streamed.summary) == summaryBits(whole.summary))
  }

  @Test(
    "binned ROC AUC is Mann–Whitney over the bins and within its bound of the exact area",
    arguments: seeds)
  func binnedWithinBound(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed &* 0xB0B)
    let count = Self.rowCount(seed: seed, using: &generator)
    let weighted = seed % 2 == 0
    let unitRows = CountedRows(
      seed: generator.next(), count: count, grid: .unit, weighted: weighted)
    let otherRows = CountedRows(
      seed: generator.next(), count: count, grid: seed % 3 == 0 ? .logits : .wide,
      weighted: weighted)
    var cases: [(rows: CountedRows, binning: ScoreBinning, bins: [Double])] = []
    for thresholdCount in [1, 10, 200] {
      let bins = unitRows.scores.map {
        Double(
          BruteForce.linearBin($0, thresholdCount: thresholdCount, float32: unitRows.float32))
      }
      cases.append((unitRows, .linear(thresholdCount: thresholdCount), bins))
    }
    for subBins in [1, 4, 64] {
      for rows in [unitRows, otherRows] {
        let bins = rows.scores.map { BruteForce.logarithmicBin($0, subBinsPerOctave: subBins) }
        cases.append((rows, .logarithmic(subBinsPerOctave: subBins), bins))
      }
    }
    for (rows, binning, bins) in cases {
      let context = Comment(rawValue: "\(binning) n=\(count) weighted=\(weighted)")
      let exact = try rows.counts().summary
      #expect(exact.rocAUCErrorBound == (exact.rocAUC == nil ? nil : 0), context)
      let summary = try rows.counts(binning: binning).summary
      #expect(summary.binning == binning && !summary.isExact, context)
      let (positive, negative) = rows.classWeights
      guard positive > 0, negative > 0 else {
        #expect(summary.rocAUC == nil && summary.rocAUCErrorBound == nil, context)
        continue
      }
      let weights = rows.integerWeights
      let twicePairs = Double(2 * positive * negative)
      let binnedTwiceU = BruteForce.weightedTwiceU(
        keys: bins, labels: rows.labels, weights: weights)
      let shared = BruteForce.weightedPairsSharingKey(
        keys: bins, labels: rows.labels, weights: weights)
      let rocAUC = try #require(summary.rocAUC, context)
      let bound = try #require(summary.rocAUCErrorBound, context)
      #expect(ulpDistance(rocAUC, Double(binnedTwiceU) / twicePairs) <= 1, context)
      #expect(ulpDistance(bound, Double(shared) / twicePairs) <= 1, context)
      let exactAUC = try #require(bruteForceROCAUC(rows))
      #expect(abs(rocAUC - exactAUC) <= bound + 1e-15, context)
      #expect(ulpDistance(try #require(exact.rocAUC), exactAUC) <= 1, context)
    }
  }

  @Test("integer weights count as that many repeated rows", arguments: seeds)
  func weightsAreRepeatedRows(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed &* 0x3E9)
    let count = Self.rowCount(seed: seed, using: &generator)
    let grid = CountedRows.Grid.allCases[Int(seed % 3)]
    let rows = CountedRows(seed: generator.next(), count: count, grid: grid, weighted: true)
    var repeated = rows
    repeated.weights = nil
    repeated.scores = []
    repeated.labels = []
    for index in rows.scores.indices {
      for _ in 0..<rows.integerWeights[index] {
        repeated.scores.append(rows.scores[index])
        repeated.labels.append(rows.labels[index])
      }
    }
    var binnings: [ScoreBinning] = [.exact, .logarithmic(subBinsPerOctave: 4)]
    if grid == .unit { binnings.append(.linear(thresholdCount: 10)) }
    for binning in binnings {
      let context = Comment(rawValue: "\(binning) \(grid) n=\(count)")
      let weighted = try rows.counts(binning: binning).summary
      let expected = try repeated.counts(binning: binning).summary
      #expect(weighted.rocAUC?.bitPattern == expected.rocAUC?.bitPattern, context)
      #expect(weighted.positiveWeight == expected.positiveWeight, context)
      #expect(weighted.negativeWeight == expected.negativeWeight, context)
      #expect(agrees(weighted.rocAUCErrorBound, expected.rocAUCErrorBound, ulps: 1), context)
      #expect(agrees(weighted.averagePrecision, expected.averagePrecision, ulps: 1), context)
      #expect(agrees(weighted.prAUCTrapezoid, expected.prAUCTrapezoid, ulps: 1), context)
      #expect(agrees(weighted.prAUCInterpolated, expected.prAUCInterpolated, ulps: 1), context)
      #expect(weighted.binning == expected.binning, context)
    }
  }

  @Test("a class of zero weight leaves its areas undefined")
  func zeroWeightClass() throws {
    var counts = ScoreCounts()
    try counts.record(scores: [0.9, 0.4, 0.1], labels: [1, 0, 1], weights: [0, 2, 0])
    let summary = counts.summary
    #expect(counts.rowCount == 3)
    #expect(summary.positiveWeight == 0 && summary.negativeWeight == 2)
    #expect(summary.rocAUC == nil && summary.rocAUCErrorBound == nil)
    #expect(summary.averagePrecision == nil && summary.prAUCTrapezoid == nil)
    #expect(summary.prAUCInterpolated == nil)
  }

  @Test("a memory budget moves exact counts to logarithmic bins and keeps within it")
  func memoryBudgetSwitch() throws {
    let budget = 1 << 20
    let rowCount = 200_000
    var generator = SplitMix64(seed: 1 << 20)
    var scores: [Double] = []
    var labels: [UInt8] = []
    scores.reserveCapacity(rowCount)
    labels.reserveCapacity(rowCount)
    for _ in 0..<rowCount {
      let score = generator.nextUnitDouble()
      scores.append(score)
      labels.append(generator.nextUnitDouble() < 0.2 + 0.6 * score ? 1 : 0)
    }
    var budgeted = ScoreCounts(memoryBudget: budget)
    var largestFootprint = 0
    for start in stride(from: 0, to: rowCount, by: 4096) {
      let range = start..<min(start + 4096, rowCount)
      try budgeted.record(scores: scores[range], labels: labels[range])
      largestFootprint = max(largestFootprint, budgeted.memoryFootprint)
    }
    #expect(largestFootprint <= budget)
    #expect(budgeted.switchedFromExact)
    #expect(budgeted.rowCount == UInt64(rowCount))
    let summary = budgeted.summary
    #expect(summary.switchedFromExact && !summary.isExact)
    guard case .logarithmic(let subBins) = summary.binning else {
      Issue.record("binning is \(summary.binning), not logarithmic")
      return
    }
    #expect(budgeted.binning == summary.binning)

    var exact = ScoreCounts()
    try exact.record(scores: scores, labels: labels)
    let exactSummary = exact.summary
    let bound = try #require(summary.rocAUCErrorBound)
    #expect(bound > 0)
    let rocAUC = try #require(summary.rocAUC)
    #expect(abs(rocAUC - (try #require(exactSummary.rocAUC))) <= bound)
    #expect(summary.positiveWeight == exactSummary.positiveWeight)
    #expect(summary.negativeWeight == exactSummary.negativeWeight)

    // Logarithmic bins nest, so the switched counts are those of binning every row at the
    // resolution they ended at.
    var rebinned = ScoreCounts(binning: .logarithmic(subBinsPerOctave: subBins))
    try rebinned.record(scores: scores, labels: labels)
    var expected = rebinned.summary
    expected.switchedFromExact = true
    #expect(summaryBits(summary) == summaryBits(expected))
  }

  @Test("a budget that is not exceeded leaves the counts exact")
  func memoryBudgetNotExceeded() throws {
    let rows = CountedRows(seed: 4242, count: 20_000, grid: .unit, weighted: false)
    var generator = SplitMix64(seed: 4243)
    var budgeted = ScoreCounts(memoryBudget: 1 << 20)
    for range in rows.randomRanges(pieces: 10, using: &generator) {
      try rows.record(into: &budgeted, rows: range)
    }
    let unbudgeted = try rows.counts()
    #expect(!budgeted.switchedFromExact && budgeted.binning == .exact)
    #expect(budgeted.memoryBudget == 1 << 20)
    #expect(budgeted == unbudgeted)
    #expect(budgeted.summary.rocAUCErrorBound == 0)
    #expect(summaryBits(budgeted.summary) == summaryBits(unbudgeted.summary))
  }

  @Test("linear bins merge only with the same linear bins")
  func incompatibleMerges() throws {
    let rows = CountedRows(seed: 9, count: 50, grid: .unit, weighted: false)
    let linear = try rows.counts(binning: .linear(thresholdCount: 10))
    let exact = try rows.counts()
    let logarithmic = try rows.counts(binning: .logarithmic(subBinsPerOctave: 4))
    let otherLinear = try rows.counts(binning: .linear(thresholdCount: 20))
    let pairs: [(ScoreCounts, ScoreCounts)] = [
      (linear, exact), (exact, linear), (linear, logarithmic), (logarithmic, linear),
      (linear, otherLinear), (otherLinear, linear),
    ]
    for (mine, theirs) in pairs {
      var target = mine
      #expect(throws: ScoreCounts.MergeError.incompatibleBinning(mine.binning, theirs.binning)) {
        try target.merge(theirs)
      }
      #expect(target == mine)
      #expect(throws: ScoreCounts.MergeError.incompatibleBinning(mine.binning, theirs.binning)) {
        _ = try mine.merging(theirs)
      }
    }
    let doubled = try linear.merging(linear)
    #expect(doubled.rowCount == 2 * linear.rowCount)
    #expect(doubled.summary.rocAUC == linear.summary.rocAUC)
  }

  @Test(
    "exact counts merged with logarithmic ones equal every row binned logarithmically",
    arguments: [1, 4, 64])
  func exactMergedWithLogarithmic(subBins: Int) throws {
    let binning = ScoreBinning.logarithmic(subBinsPerOctave: subBins)
    let rows = CountedRows(seed: UInt64(subBins), count: 240, grid: .wide, weighted: true)
    let all = try rows.counts(binning: binning)
    var exactPart = ScoreCounts()
    try rows.record(into: &exactPart, rows: 0..<120)
    var logarithmicPart = ScoreCounts(binning: binning)
    try rows.record(into: &logarithmicPart, rows: 120..<240)
    for merged in [
      try exactPart.merging(logarithmicPart), try logarithmicPart.merging(exactPart),
    ] {
      #expect(merged.binning == binning)
      var summary = merged.summary
      summary.switchedFromExact = false
      #expect(summaryBits(summary) == summaryBits(all.summary))
      #expect(merged == all)
      #expect(!merged.switchedFromExact)
    }
    // Two logarithmic resolutions meet at the coarser one.
    var fine = ScoreCounts(binning: .logarithmic(subBinsPerOctave: subBins * 16))
    try rows.record(into: &fine, rows: 0..<120)
    #expect(try fine.merging(logarithmicPart) == all)
    #expect(try logarithmicPart.merging(fine) == all)
  }
}
