/// One bin of the reliability curve (calibration curve): the rows whose scores fall in
/// `[lowerBound, upperBound)` (the last bin includes 1.0), their mean score and the fraction
/// of them that is positive, both weighted.
///
/// ```swift
/// var sums = CalibrationSums(binCount: 4)
/// try sums.record(scores: [0.25, 0.375, 0.875], labels: [0, 1, 1])
/// let bin = sums.summary().reliabilityBins[1]   // [0.25, 0.5): 0.25 and 0.375
/// bin.rowCount          // 2
/// bin.meanScore         // Optional(0.3125)
/// bin.fractionPositive  // Optional(0.5)
/// ```
public struct ReliabilityBin: Sendable, Hashable, Codable {
  /// The bin's number, from 0.
  public var index: Int
  /// The bin's lower edge k/K, rounded to a double.
  public var lowerBound: Double
  /// The bin's upper edge (k + 1)/K, rounded to a double.
  public var upperBound: Double
  /// The rows in the bin, whatever their weights.
  public var rowCount: UInt64
  /// The rows' weight (``rowCount`` when unweighted).
  public var weight: Double
  /// Σ w·s / Σ w over the bin's rows; `nil` when the bin holds no weight.
  public var meanScore: Double?
  /// Σ w·y / Σ w over the bin's rows; `nil` when the bin holds no weight.
  public var fractionPositive: Double?

  /// A bin of the given values.
  public init(
    index: Int, lowerBound: Double, upperBound: Double, rowCount: UInt64, weight: Double,
    meanScore: Double?, fractionPositive: Double?
  ) {
    self.index = index
    self.lowerBound = lowerBound
    self.upperBound = upperBound
    self.rowCount = rowCount
    self.weight = weight
    self.meanScore = meanScore
    self.fractionPositive = fractionPositive
  }
}
