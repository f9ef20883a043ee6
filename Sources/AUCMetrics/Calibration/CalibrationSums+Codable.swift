extension CalibrationSums: Codable {
  private enum CodingKeys: String, CodingKey {
    case binCount, weighted, positiveRows, negativeRows, positiveWeights, negativeWeights
    case scoreSums, totals, infiniteLossRows
  }

  /// Decodes sums and checks them with ``checkInvariants()``.
  ///
  /// Each double-double sum is stored as `[head, tail]`; `totals` holds the squared error,
  /// absolute error, log loss, clipped log loss and sigmoid sums in that order.
  ///
  /// - Complexity: O(K).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let binCount = try container.decode(Int.self, forKey: .binCount)
    let positiveRows = try container.decode([UInt64].self, forKey: .positiveRows)
    let negativeRows = try container.decode([UInt64].self, forKey: .negativeRows)
    let positiveWeights = try container.decode([[Double]].self, forKey: .positiveWeights)
    let negativeWeights = try container.decode([[Double]].self, forKey: .negativeWeights)
    let scoreSums = try container.decode([[Double]].self, forKey: .scoreSums)
    let totals = try container.decode([[Double]].self, forKey: .totals)
    func pair(_ values: [Double], _ key: CodingKeys) throws -> DoubleDouble {
      guard values.count == 2 else {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container, debugDescription: "a sum is not [head, tail]")
      }
      return DoubleDouble(head: values[0], tail: values[1])
    }
    let count = positiveRows.count
    guard [negativeRows.count, positiveWeights.count, negativeWeights.count, scoreSums.count]
      .allSatisfy({ $0 == count }), totals.count == 5
    else {
      throw DecodingError.dataCorruptedError(
        forKey: .positiveRows, in: container,
        debugDescription: "the bins' arrays differ in length, or the totals are not 5 sums")
    }
    var bins: [CalibrationBinSums] = []
    bins.reserveCapacity(count)
    for index in 0..<count {
      var bin = CalibrationBinSums()
      bin.positiveRows = positiveRows[index]
      bin.negativeRows = negativeRows[index]
      bin.positiveWeight = try pair(positiveWeights[index], .positiveWeights)
      bin.negativeWeight = try pair(negativeWeights[index], .negativeWeights)
      bin.scoreSum = try pair(scoreSums[index], .scoreSums)
      bins.append(bin)
    }
    let sums = try totals.map { values in try pair(values, .totals) }
    do {
      try self.init(
        binCount: binCount, isWeighted: container.decode(Bool.self, forKey: .weighted),
        bins: bins,
        totals: CalibrationTotals(
          sums,
          infiniteLossRows: container.decode(UInt64.self, forKey: .infiniteLossRows)))
    } catch let error as ScoreCounts.InvalidCounts {
      throw DecodingError.dataCorruptedError(
        forKey: .binCount, in: container, debugDescription: error.description)
    }
  }

  /// Encodes the bin count, the weighted flag, each bin's rows, weights and score sum, and
  /// the totals.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    func pair(_ value: DoubleDouble) -> [Double] { [value.head, value.tail] }
    try container.encode(binCount, forKey: .binCount)
    try container.encode(isWeighted, forKey: .weighted)
    try container.encode(bins.map(\.positiveRows), forKey: .positiveRows)
    try container.encode(bins.map(\.negativeRows), forKey: .negativeRows)
    try container.encode(bins.map { pair($0.positiveWeight) }, forKey: .positiveWeights)
    try container.encode(bins.map { pair($0.negativeWeight) }, forKey: .negativeWeights)
    try container.encode(bins.map { pair($0.scoreSum) }, forKey: .scoreSums)
    try container.encode(totals.doubleDoubles.map(pair), forKey: .totals)
    try container.encode(totals.infiniteLossRows, forKey: .infiniteLossRows)
  }
}
