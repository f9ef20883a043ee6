extension ScoreHistogram: Codable {
  private enum CodingKeys: String, CodingKey {
    case thresholdCount, positiveCounts, negativeCounts
  }

  /// Decodes a histogram, rejecting a threshold count out of range, count arrays of the wrong
  /// length, and totals past 2^64 − 1.
  ///
  /// - Complexity: O(T)
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let thresholdCount = try container.decode(Int.self, forKey: .thresholdCount)
    guard (1...Self.maximumThresholdCount).contains(thresholdCount) else {
      throw DecodingError.dataCorruptedError(
        forKey: .thresholdCount, in: container,
        debugDescription: "thresholdCount \(thresholdCount) is outside 1...\(Self.maximumThresholdCount)")
    }
    let positives = try container.decode([UInt64].self, forKey: .positiveCounts)
    let negatives = try container.decode([UInt64].self, forKey: .negativeCounts)
    for (key, bins) in [(CodingKeys.positiveCounts, positives), (.negativeCounts, negatives)]
    where bins.count != thresholdCount + 1 {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container,
        debugDescription: "expected \(thresholdCount + 1) bins, found \(bins.count)")
    }
    var histogram = ScoreHistogram(thresholdCount: thresholdCount)
    guard let positiveTotal = Self.checkedSum(positives),
      let negativeTotal = Self.checkedSum(negatives),
      !positiveTotal.addingReportingOverflow(negativeTotal).overflow
    else {
      throw DecodingError.dataCorruptedError(
        forKey: .positiveCounts, in: container, debugDescription: "counts add up past 2^64 - 1")
    }
    histogram.counts = negatives + positives
    histogram.positiveTotal = positiveTotal
    histogram.negativeTotal = negativeTotal
    self = histogram
  }

  /// Encodes the threshold count and both count arrays, bin 0 first.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(thresholdCount, forKey: .thresholdCount)
    try container.encode(Array(positiveCounts), forKey: .positiveCounts)
    try container.encode(Array(negativeCounts), forKey: .negativeCounts)
  }

  private static func checkedSum(_ values: [UInt64]) -> UInt64? {
    var total: UInt64 = 0
    for value in values {
      let (sum, overflow) = total.addingReportingOverflow(value)
      if overflow { return nil }
      total = sum
    }
    return total
  }
}
