import AUCMetrics
import Foundation
import Testing

@Suite("ScoreCounts JSON state")
struct ScoreCountsCodableTests {
  /// Counts of every kind, for the JSON round trip.
  enum CodableCase: String, CaseIterable, Sendable {
    case empty, exact, logarithmic, linear, fractionalWeights, switched

    func counts() throws -> ScoreCounts {
      switch self {
      case .empty:
        return ScoreCounts(binning: .logarithmic(subBinsPerOctave: 2), memoryBudget: 1 << 17)
      case .exact:
        return try CountedRows(seed: 1, count: 300, grid: .logits, weighted: false).counts()
      case .logarithmic:
        return try CountedRows(seed: 2, count: 300, grid: .wide, weighted: true)
          .counts(binning: .logarithmic(subBinsPerOctave: 16))
      case .linear:
        return try CountedRows(seed: 3, count: 300, grid: .unit, weighted: true)
          .counts(binning: .linear(thresholdCount: 10))
      case .fractionalWeights:
        var generator = SplitMix64(seed: 4)
        let scores = (0..<400).map { _ in Double(generator.next() % 50) / 7 - 3 }
        let labels = (0..<400).map { _ in Int(generator.next() % 2) }
        let weights = (0..<400).map { index in
          // Mixed magnitudes, so that group totals need a low-order part.
          generator.nextUnitDouble() * (index % 3 == 0 ? 1e9 : index % 3 == 1 ? 1 : 1e-9)
        }
        var counts = ScoreCounts(memoryBudget: 1 << 22)
        try counts.record(scores: scores, labels: labels, weights: weights)
        return counts
      case .switched:
        var generator = SplitMix64(seed: 5)
        let scores = (0..<5000).map { _ in generator.nextUnitDouble() * 8 - 4 }
        let labels = scores.map { _ in generator.next() % 2 == 0 }
        var counts = ScoreCounts(memoryBudget: 1 << 16)
        try counts.record(scores: scores, labels: labels)
        return counts
      }
    }
  }

  @Test(
    "JSON round trip gives equal counts and an identical summary", arguments: CodableCase.allCases)
  func codableRoundTrip(kind: CodableCase) throws {
    let original = try kind.counts()
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = try encoder.encode(original)
    let decoded = try JSONDecoder().decode(ScoreCounts.self, from: data)
    #expect(decoded == original)
    #expect(decoded.memoryBudget == original.memoryBudget)
    #expect(decoded.rowCount == original.rowCount)
    #expect(decoded.binning == original.binning)
    #expect(decoded.switchedFromExact == original.switchedFromExact)
    #expect(decoded.positiveWeight == original.positiveWeight)
    #expect(decoded.negativeWeight == original.negativeWeight)
    #expect(summaryBits(decoded.summary) == summaryBits(original.summary))
    #expect(try encoder.encode(decoded) == data)
    let json = String(decoding: data, as: UTF8.self)
    switch kind {
    case .fractionalWeights: #expect(json.contains("positiveWeightTails"))
    case .switched: #expect(original.switchedFromExact)
    default: break
    }
    // The decoded counts go on counting like the original.
    var left = original
    var right = decoded
    if case .linear = original.binning {
      try left.record(scores: [0.25, 0.5], labels: [1, 0])
      try right.record(scores: [0.25, 0.5], labels: [1, 0])
    } else {
      try left.record(scores: [-0.25, 0.5], labels: [1, 0])
      try right.record(scores: [-0.25, 0.5], labels: [1, 0])
    }
    #expect(left == right)
    #expect(summaryBits(left.summary) == summaryBits(right.summary))
  }

  /// The stored form, field for field, to corrupt.
  struct Wire: Codable {
    var binning: ScoreBinning
    var switchedFromExact: Bool
    var memoryBudget: Int?
    var rowCount: UInt64
    var positiveRowCount: UInt64
    var negativeRowCount: UInt64
    var weighted: Bool
    var keys: [UInt64]
    var positiveWeights: [Double]
    var negativeWeights: [Double]
    var positiveWeightTails: [Double]?
    var negativeWeightTails: [Double]?
  }

  enum Corruption: String, CaseIterable, Sendable {
    case keysOutOfOrder, duplicateKey, negativeWeight, negativeTotalWeight, shortWeights
    case longWeights, shortTails, unnormalizedTail, linearKeyPastThresholds
    case logarithmicKeyPastBins, invalidBinning, tinyBudget

    var binning: ScoreBinning {
      switch self {
      case .linearKeyPastThresholds: return .linear(thresholdCount: 10)
      case .logarithmicKeyPastBins: return .logarithmic(subBinsPerOctave: 1)
      default: return .exact
      }
    }

    func apply(to wire: inout Wire) {
      switch self {
      case .keysOutOfOrder: wire.keys.swapAt(0, 1)
      case .duplicateKey: wire.keys[1] = wire.keys[0]
      case .negativeWeight: wire.negativeWeights[1] = -1
      case .negativeTotalWeight:
        wire.positiveWeightTails = wire.positiveWeights.map { _ in 0 }
        wire.negativeWeightTails = wire.negativeWeights.map { _ in 0 }
        wire.positiveWeights[0] = 0
        wire.positiveWeightTails?[0] = -0.5
      case .shortWeights: wire.positiveWeights.removeLast()
      case .longWeights: wire.negativeWeights.append(1)
      case .shortTails:
        wire.positiveWeightTails = Array(repeating: 0, count: wire.keys.count - 1)
        wire.negativeWeightTails = Array(repeating: 0, count: wire.keys.count)
      case .unnormalizedTail:
        wire.positiveWeightTails = wire.positiveWeights
        wire.negativeWeightTails = wire.negativeWeights.map { _ in 0 }
      case .linearKeyPastThresholds: wire.keys[wire.keys.count - 1] = 11
      case .logarithmicKeyPastBins: wire.keys[wire.keys.count - 1] = 1 << 12
      case .invalidBinning: wire.binning = .logarithmic(subBinsPerOctave: 3)
      case .tinyBudget: wire.memoryBudget = 1000
      }
    }
  }

  @Test("corrupt JSON fails to decode", arguments: Corruption.allCases)
  func corruptJSON(corruption: Corruption) throws {
    var counts = ScoreCounts(binning: corruption.binning, memoryBudget: 1 << 16)
    try counts.record(scores: [0.1, 0.4, 0.4, 0.9], labels: [1, 0, 1, 0], weights: [1, 2, 3, 4])
    let data = try JSONEncoder().encode(counts)
    var wire = try JSONDecoder().decode(Wire.self, from: data)
    #expect(wire.keys.count == 3)
    // The mirror is faithful: unchanged, it decodes to the same counts.
    let faithful = try JSONDecoder().decode(ScoreCounts.self, from: JSONEncoder().encode(wire))
    #expect(faithful == counts)
    corruption.apply(to: &wire)
    let corrupt = try JSONEncoder().encode(wire)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(ScoreCounts.self, from: corrupt)
    }
  }

}
