extension ScoreHistogram: Codable {
  private enum CodingKeys: String, CodingKey {
    case thresholdCount, positiveCounts, negativeCounts
  }

  /// Decodes a histogram through ``init(thresholdCount:positiveCounts:negativeCounts:)``,
  /// which checks what ``checkInvariants()`` checks: a threshold count that matches the
  /// arrays, arrays of equal lengths, and totals within 2^64 − 1.
  ///
  /// - Complexity: O(T)
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let thresholdCount = try container.decode(Int.self, forKey: .thresholdCount)
    let positives = try container.decode([UInt64].self, forKey: .positiveCounts)
    let negatives = try container.decode([UInt64].self, forKey: .negativeCounts)
    do {
      self = try ScoreHistogram(
        thresholdCount: thresholdCount, positiveCounts: positives, negativeCounts: negatives)
    } catch {
      var key = CodingKeys.negativeCounts
      if case .thresholdCount = error { key = .positiveCounts }
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container, debugDescription: error.description)
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
