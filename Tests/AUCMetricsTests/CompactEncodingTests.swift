import AUCMetrics
import Testing

/// The compact encoding of counts and histograms: every kind round-trips to equal counts, the
/// k-way merge of encodings equals merging the decoded counts one after another, the groups
/// decoded straight from an encoding equal the counts' groups, and bad bytes throw.
@Suite("Compact encoding")
struct CompactEncodingTests {
  /// Counts of one kind, from seeded rows.
  enum Kind: String, CaseIterable, Sendable {
    case decimals, floats, doubles, negativeAndZero, logarithmic, linear, weighted, tails
    case switched, empty

    func counts(seed: UInt64 = 1, rows: Int = 3000) throws -> ScoreCounts {
      var generator = SplitMix64(seed: seed)
      let labels = (0..<rows).map { _ in generator.next() % 2 == 0 }
      func unit() -> Double { generator.nextUnitDouble() }
      switch self {
      case .decimals:
        // Scores as a CSV file holds them: 4 decimals.
        var counts = ScoreCounts()
        try counts.record(
          scores: labels.map { _ in (unit() * 10_000).rounded() / 10_000 }, labels: labels)
        return counts
      case .floats:
        var counts = ScoreCounts()
        try counts.record(scores: labels.map { _ in Float(unit() * 4 - 2) }, labels: labels)
        return counts
      case .doubles:
        var counts = ScoreCounts()
        try counts.record(scores: labels.map { _ in unit() * 1e6 - 5e5 }, labels: labels)
        return counts
      case .negativeAndZero:
        var counts = ScoreCounts()
        try counts.record(
          scores: labels.map { _ in [0.0, -0.0, -1e-300, 1e300, -3.25][Int(unit() * 5)] },
          labels: labels)
        return counts
      case .logarithmic:
        var counts = ScoreCounts(binning: .logarithmic(subBinsPerOctave: 64))
        try counts.record(scores: labels.map { _ in unit() * 20 - 10 }, labels: labels)
        return counts
      case .linear:
        var counts = ScoreCounts(binning: .linear(thresholdCount: 200))
        try counts.record(scores: labels.map { _ in unit() }, labels: labels)
        return counts
      case .weighted:
        var counts = ScoreCounts()
        try counts.record(
          scores: labels.map { _ in (unit() * 100).rounded() / 100 }, labels: labels,
          weights: labels.map { _ in (unit() * 8).rounded() / 4 })
        return counts
      case .tails:
        var counts = ScoreCounts()
        try counts.record(
          scores: labels.map { _ in (unit() * 10).rounded() }, labels: labels,
          weights: labels.indices.map { $0 % 2 == 0 ? 1e12 * unit() : 1e-9 * unit() })
        return counts
      case .switched:
        var counts = ScoreCounts(memoryBudget: 1 << 16)
        try counts.record(
          scores: (0..<20_000).map { _ in unit() * 8 - 4 },
          labels: (0..<20_000).map { _ in generator.next() % 2 })
        return counts
      case .empty:
        return ScoreCounts(binning: .logarithmic(subBinsPerOctave: 2), memoryBudget: 1 << 17)
      }
    }
  }

  @Test(
    "counts of every kind round-trip to equal counts and the same summary",
    arguments: Kind.allCases)
  func roundTrip(kind: Kind) throws {
    let counts = try kind.counts()
    let bytes = counts.compactEncoding()
    let decoded = try ScoreCounts(compactEncoding: bytes)
    #expect(decoded == counts)
    #expect(decoded.isWeighted == counts.isWeighted)
    #expect(decoded.memoryBudget == counts.memoryBudget)
    #expect(decoded.switchedFromExact == counts.switchedFromExact)
    #expect(decoded.summary == counts.summary)
    #expect(decoded.compactEncoding() == bytes)
    let groups = try bytes.withUnsafeBytes { try ScoreGroups(compactCounts: $0) }
    if kind == .tails {
      // Weights over 130 binary orders of magnitude: their double-double total depends on
      // the order of the additions, rows here and groups there, in the last bit.
      #expect(abs(decoded.positiveWeight - counts.positiveWeight) <= counts.positiveWeight.ulp)
      #expect(groups.thresholds == counts.groups.thresholds)
      #expect(groups.positives == counts.groups.positives)
    } else {
      #expect(decoded.positiveWeight == counts.positiveWeight)
      #expect(groups == counts.groups)
    }
    #expect(groups == decoded.groups)
    let checked = try bytes.withUnsafeBytes { try ScoreCounts.checkCompactEncoding($0) }
    #expect(checked.groupCount == counts.groupCount)
    #expect(checked.positiveRowCount == counts.positiveRowCount)
    if kind == .switched { #expect(counts.switchedFromExact) }
  }

  /// Scores of 4 decimals in 0...1 are numbered 1 to 10 apart but near 0, so each key takes
  /// 1 byte (a difference below 128), each count 1 byte; 20 000 `Float` scores in -2...2 are
  /// under 2^14 `Float` steps apart but near 0, so 2 bytes a key. The doubles of the keys
  /// themselves would differ by 2^40 and more: 6 bytes a key.
  @Test("decimal scores take about 3 bytes a group, Float scores about 4")
  func sizes() throws {
    for (kind, bytesPerGroup) in [(Kind.decimals, 3.0), (.floats, 4.0)] {
      let counts = try kind.counts(rows: 20_000)
      let perGroup = Double(counts.compactEncoding().count) / Double(counts.groupCount)
      #expect(perGroup >= bytesPerGroup && perGroup < bytesPerGroup * 1.05, "\(kind): \(perGroup)")
    }
  }

  @Test(
    "the k-way merge of encodings equals merging the counts one after another",
    arguments: [
      [Kind.decimals, .decimals, .floats], [.doubles, .negativeAndZero], [.logarithmic, .floats],
      [.weighted, .decimals, .tails], [.linear, .linear], [.empty, .switched, .floats],
      [.floats],
    ])
  func kWayMerge(kinds: [Kind]) throws {
    let parts = try kinds.enumerated().map { try $1.counts(seed: UInt64($0) + 7) }
    var sequential = parts[0]
    for part in parts.dropFirst() { try sequential.merge(part) }
    let encodings = parts.map { $0.compactEncoding() }
    let merged = try Self.merge(encodings)
    if kinds.contains(.switched) || kinds.contains(.empty) {
      // The budget of the first applies once, to the merged groups: the same rows and
      // binning, and the groups at least as coarse as the sequential ones.
      #expect(merged.rowCount == sequential.rowCount)
    } else {
      #expect(merged == sequential)
      #expect(merged.summary == sequential.summary)
      #expect(merged.binning == sequential.binning)
    }
  }

  static func merge(_ encodings: [[UInt8]]) throws(ScoreCounts.CompactMergeError)
    -> ScoreCounts
  {
    var buffers: [UnsafeMutableRawBufferPointer] = []
    defer { for buffer in buffers { buffer.deallocate() } }
    for bytes in encodings {
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
      bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
      buffers.append(buffer)
    }
    return try ScoreCounts(mergingCompactEncodings: buffers.map { UnsafeRawBufferPointer($0) })
  }

  @Test("the merge names the input that does not merge or decode")
  func mergeErrors() throws {
    let exact = try Kind.decimals.counts().compactEncoding()
    let linear = try Kind.linear.counts().compactEncoding()
    let error = #expect(throws: ScoreCounts.CompactMergeError.self) {
      try Self.merge([exact, exact, linear])
    }
    #expect(error?.index == 2)
    #expect(error?.description.hasPrefix("input 2: cannot merge counts binned") == true)
    var damaged = exact
    damaged.removeLast()
    let decoding = #expect(throws: ScoreCounts.CompactMergeError.self) {
      try Self.merge([exact, damaged])
    }
    #expect(decoding?.index == 1)
  }

  @Test("weights whose merged total would pass the largest double do not merge, either way")
  func weightTotalPastLimit() throws {
    // 2^1023 in each class: the total 2^1024 is no double. Half of it merges fine.
    var counts = ScoreCounts()
    try counts.record(scores: [0.5], labels: [1], weights: [0x1p1023])
    var other = ScoreCounts()
    try other.record(scores: [0.25], labels: [0], weights: [0x1p1023])
    let before = counts
    #expect(throws: ScoreCounts.MergeError.weightTotalOverflow) { try counts.merge(other) }
    #expect(counts == before)
    let error = #expect(throws: ScoreCounts.CompactMergeError.self) {
      try Self.merge([counts.compactEncoding(), other.compactEncoding()])
    }
    #expect(error?.index == 1)
    var half = ScoreCounts()
    try half.record(scores: [0.25], labels: [0], weights: [0x1p1022])
    let merged = try Self.merge([counts.compactEncoding(), half.compactEncoding()])
    #expect(merged.summary.rocAUC == 1)
    // No decoder takes such totals either.
    let invalid = #expect(throws: ScoreCounts.InvalidCounts.self) {
      try ScoreCounts(
        binning: .exact, positiveRowCount: 1, negativeRowCount: 1, isWeighted: true,
        keys: [0x3FD0_0000_0000_0000 | 1 << 63, 0x3FE0_0000_0000_0000 | 1 << 63],
        positiveWeights: [0, 0x1p1023], negativeWeights: [0x1p1023, 0])
    }
    #expect(invalid?.description.contains("more than the largest double") == true)
  }

  @Test(
    "every cut of an encoding throws; every changed byte throws or decodes to valid counts",
    arguments: [Kind.decimals, .negativeAndZero, .weighted, .tails, .logarithmic])
  func damagedBytes(kind: Kind) throws {
    let bytes = try kind.counts(rows: 40).compactEncoding()
    for length in 0..<bytes.count {
      #expect(throws: CompactEncodingError.self) {
        try ScoreCounts(compactEncoding: Array(bytes[..<length]))
      }
    }
    #expect(throws: CompactEncodingError.self) { try ScoreCounts(compactEncoding: bytes + [0]) }
    for position in bytes.indices {
      for mask: UInt8 in [0x01, 0x02, 0x10, 0x80, 0xFF] {
        var changed = bytes
        changed[position] ^= mask
        if let counts = try? ScoreCounts(compactEncoding: changed) {
          try counts.checkInvariants()
          #expect(try ScoreCounts(compactEncoding: counts.compactEncoding()) == counts)
        }
      }
    }
  }

  @Test("histograms round-trip, and merge from their encodings, or throw and change nothing")
  func histograms() throws {
    var generator = SplitMix64(seed: 3)
    var first = ScoreHistogram(thresholdCount: 50)
    var second = ScoreHistogram(thresholdCount: 50)
    try first.record(
      scores: (0..<500).map { _ in generator.nextUnitDouble() },
      labels: (0..<500).map { _ in generator.next() % 2 })
    try second.record(
      scores: (0..<300).map { _ in generator.nextUnitDouble() },
      labels: (0..<300).map { _ in generator.next() % 2 })
    let bytes = second.compactEncoding()
    #expect(try ScoreHistogram(compactEncoding: bytes) == second)
    var merged = first
    try bytes.withUnsafeBytes { try merged.merge(compactEncoding: $0) }
    #expect(merged == (try first.merging(second)))
    let before = merged
    let other = ScoreHistogram(thresholdCount: 49).compactEncoding()
    #expect(throws: ScoreHistogram.CompactMergeError.self) {
      try other.withUnsafeBytes { try merged.merge(compactEncoding: $0) }
    }
    for length in 0..<bytes.count {
      #expect(throws: ScoreHistogram.CompactMergeError.self) {
        try Array(bytes[..<length]).withUnsafeBytes { try merged.merge(compactEncoding: $0) }
      }
    }
    #expect(merged == before)
  }
}
