extension ScoreCounts: Codable {
  private enum CodingKeys: String, CodingKey {
    case binning, switchedFromExact, memoryBudget, rowCount, positiveRowCount, negativeRowCount
    case weighted, keys, positiveWeights, positiveWeightTails, negativeWeights
    case negativeWeightTails
  }

  /// Decodes counts and checks them with ``checkInvariants()``: keys strictly ascending and
  /// within the binning, arrays of equal lengths, weights finite and ≥ 0 and adding up to at
  /// most ``weightTotalLimit``, and the groups in agreement with the rows of each class.
  ///
  /// - Complexity: O(m) for m groups.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let positiveRows = try container.decode(UInt64.self, forKey: .positiveRowCount)
    let negativeRows = try container.decode(UInt64.self, forKey: .negativeRowCount)
    let rowCount = try container.decode(UInt64.self, forKey: .rowCount)
    guard positiveRows.addingReportingOverflow(negativeRows) == (rowCount, false) else {
      throw DecodingError.dataCorruptedError(
        forKey: .rowCount, in: container,
        debugDescription:
          "rowCount \(rowCount) is not \(positiveRows) positive + \(negativeRows) negative rows")
    }
    do {
      try self.init(
        binning: container.decode(ScoreBinning.self, forKey: .binning),
        memoryBudget: container.decodeIfPresent(Int.self, forKey: .memoryBudget),
        switchedFromExact: container.decode(Bool.self, forKey: .switchedFromExact),
        positiveRowCount: positiveRows, negativeRowCount: negativeRows,
        isWeighted: container.decode(Bool.self, forKey: .weighted),
        keys: container.decode([UInt64].self, forKey: .keys),
        positiveWeights: container.decode([Double].self, forKey: .positiveWeights),
        negativeWeights: container.decode([Double].self, forKey: .negativeWeights),
        positiveWeightTails: container.decodeIfPresent([Double].self, forKey: .positiveWeightTails),
        negativeWeightTails: container.decodeIfPresent([Double].self, forKey: .negativeWeightTails))
    } catch let error as InvalidCounts {
      throw DecodingError.dataCorruptedError(
        forKey: .keys, in: container, debugDescription: error.description)
    }
  }

  /// Encodes the binning, the budget, the rows of each class and the groups (keys ascending,
  /// with each class's weight, or count, as a double plus, where needed, its low-order part),
  /// after merging buffered rows.
  public func encode(to encoder: any Encoder) throws {
    var keys: [UInt64] = []
    var positives: [Double] = []
    var negatives: [Double] = []
    var positiveTails: [Double] = []
    var negativeTails: [Double] = []
    forEachStoredGroup { key, positive, negative in
      keys.append(key)
      positives.append(positive.0)
      negatives.append(negative.0)
      positiveTails.append(positive.1)
      negativeTails.append(negative.1)
    }
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(binning, forKey: .binning)
    try container.encode(switchedFromExact, forKey: .switchedFromExact)
    try container.encodeIfPresent(memoryBudget, forKey: .memoryBudget)
    try container.encode(rowCount, forKey: .rowCount)
    try container.encode(positiveRows, forKey: .positiveRowCount)
    try container.encode(negativeRows, forKey: .negativeRowCount)
    try container.encode(weighted, forKey: .weighted)
    try container.encode(keys, forKey: .keys)
    try container.encode(positives, forKey: .positiveWeights)
    try container.encode(negatives, forKey: .negativeWeights)
    if positiveTails.contains(where: { $0 != 0 }) || negativeTails.contains(where: { $0 != 0 }) {
      try container.encode(positiveTails, forKey: .positiveWeightTails)
      try container.encode(negativeTails, forKey: .negativeWeightTails)
    }
  }
}
