extension ScoreHistogram: Codable {
  private enum CodingKeys: String, CodingKey {
    case thresholdCount, positiveCounts, negativeCounts
  }

  /// Decodes a histogram, rejecting a threshold count that does not match the arrays, arrays
  /// of different lengths, and totals past 2^64 − 1.
  ///
  /// - Complexity: O(T)
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let thresholdCount = try container.decode(Int.self, forKey: .thresholdCount)
    let positives = try container.decode([UInt64].self, forKey: .positiveCounts)
    let negatives = try container.decode([UInt64].self, forKey: .negativeCounts)
    guard positives.count == thresholdCount &+ 1 else {
      throw DecodingError.dataCorruptedError(
        forKey: .positiveCounts, in: container,
        debugDescription:
          "thresholdCount \(thresholdCount) needs \(thresholdCount &+ 1) bins, found \(positives.count)"
      )
    }
    do {
      self = try ScoreHistogram(positiveCounts: positives, negativeCounts: negatives)
    } catch {
      throw DecodingError.dataCorruptedError(
        forKey: .negativeCounts, in: container, debugDescription: error.description)
    }
  }

  /// Encodes the threshold count and both count arrays, bin 0 first.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(thresholdCount, forKey: .thresholdCount)
    try container.encode(Array(positiveCounts), forKey: .positiveCounts)
    try container.encode(Array(negativeCounts), forKey: .negativeCounts)
  }
}
