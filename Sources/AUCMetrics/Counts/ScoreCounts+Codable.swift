extension ScoreCounts: Codable {
  private enum CodingKeys: String, CodingKey {
    case binning, switchedFromExact, memoryBudget, rowCount, keys
    case positiveWeights, positiveWeightTails, negativeWeights, negativeWeightTails
  }

  /// Decodes counts, rejecting keys that are not strictly ascending or do not fit the
  /// binning, arrays of different lengths, weights that are negative or not finite, and
  /// weights that add up to more than ``weightTotalLimit``.
  ///
  /// - Complexity: O(m) for m groups.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let binning = try container.decode(ScoreBinning.self, forKey: .binning)
    let memoryBudget = try container.decodeIfPresent(Int.self, forKey: .memoryBudget)
    guard binning.isValid, memoryBudget.map({ $0 >= 1 << 16 }) ?? true else {
      throw DecodingError.dataCorruptedError(
        forKey: .binning, in: container, debugDescription: "invalid binning or memory budget")
    }
    self.init(binning: binning, memoryBudget: memoryBudget)
    switchedFromExact = try container.decode(Bool.self, forKey: .switchedFromExact)
    rows = try container.decode(UInt64.self, forKey: .rowCount)
    let keys = try container.decode([UInt64].self, forKey: .keys)
    let positives = try Self.decodeWeights(
      container, .positiveWeights, .positiveWeightTails, count: keys.count)
    let negatives = try Self.decodeWeights(
      container, .negativeWeights, .negativeWeightTails, count: keys.count)
    let keyLimit: UInt64 =
      switch binning {
      case .exact: .max
      case .logarithmic: .max &>> UInt64(binning.keyShift)
      case .linear(let thresholdCount): UInt64(thresholdCount)
      }
    entries.reserveCapacity(keys.count)
    for index in keys.indices {
      guard keys[index] <= keyLimit, index == 0 || keys[index - 1] < keys[index] else {
        throw DecodingError.dataCorruptedError(
          forKey: .keys, in: container,
          debugDescription: "key \(index) is out of order or outside the binning")
      }
      entries.append(
        Entry(key: keys[index], positive: positives[index], negative: negatives[index]))
      positiveTotal += positives[index]
      negativeTotal += negatives[index]
    }
    guard !Self.exceedsWeightTotalLimit(positiveTotal + negativeTotal) else {
      throw DecodingError.dataCorruptedError(
        forKey: .positiveWeights, in: container,
        debugDescription: "the weights add up to more than \(Self.weightTotalLimit)")
    }
  }

  private static func decodeWeights(
    _ container: KeyedDecodingContainer<CodingKeys>, _ headKey: CodingKeys,
    _ tailKey: CodingKeys, count: Int
  ) throws -> [DoubleDouble] {
    let heads = try container.decode([Double].self, forKey: headKey)
    let tails = try container.decodeIfPresent([Double].self, forKey: tailKey)
    guard heads.count == count, tails.map({ $0.count == count }) ?? true else {
      throw DecodingError.dataCorruptedError(
        forKey: headKey, in: container, debugDescription: "expected \(count) weights")
    }
    var result: [DoubleDouble] = []
    result.reserveCapacity(count)
    for index in heads.indices {
      let value = DoubleDouble.quickTwoSum(heads[index], tails?[index] ?? 0)
      guard heads[index].isFinite, value.head >= 0, value.head == heads[index] else {
        throw DecodingError.dataCorruptedError(
          forKey: headKey, in: container,
          debugDescription: "weight \(index) is \(heads[index]), not a finite number ≥ 0")
      }
      result.append(value)
    }
    return result
  }

  /// Encodes the binning, the budget and the groups (keys ascending, with each class's
  /// weight as a double plus, where needed, its low-order part), after merging buffered rows.
  public func encode(to encoder: any Encoder) throws {
    let counts = normalized()
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(counts.binning, forKey: .binning)
    try container.encode(counts.switchedFromExact, forKey: .switchedFromExact)
    try container.encodeIfPresent(counts.memoryBudget, forKey: .memoryBudget)
    try container.encode(counts.rowCount, forKey: .rowCount)
    try container.encode(counts.entries.map(\.key), forKey: .keys)
    try container.encode(counts.entries.map(\.positive.head), forKey: .positiveWeights)
    try container.encode(counts.entries.map(\.negative.head), forKey: .negativeWeights)
    if counts.entries.contains(where: { $0.positive.tail != 0 || $0.negative.tail != 0 }) {
      try container.encode(counts.entries.map(\.positive.tail), forKey: .positiveWeightTails)
      try container.encode(counts.entries.map(\.negative.tail), forKey: .negativeWeightTails)
    }
  }
}
