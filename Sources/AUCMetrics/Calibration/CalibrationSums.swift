/// The sums behind calibration metrics and PaddlePaddle fleet's click-through line, for
/// scores that are probabilities in `0...1`: log loss, Brier score, expected calibration
/// error, the reliability curve, actual and predicted CTR, COPC, MAE, RMSE and mean Q.
///
/// The state is a fixed set of sums, whatever the number of rows: for each of K equal-width
/// bins of `0...1` the rows and the weight of each class and the weighted score sum, and over
/// all rows the weighted squared error, absolute error, log loss (with the rows whose loss is
/// infinite counted apart), scikit-learn's clipped log loss and Σ w·sigmoid(s). So it streams
/// in constant memory and merges: recording shards apart and merging them gives the sums of
/// one stream (up to the last bits of sums that are not exact). Every sum is a double-double
/// (about 106 bits), the products w·s exact, so each summary value is within an ulp or two
/// of the exact one.
///
/// Bin k of K holds the scores in `[k/K, (k+1)/K)` with the real edges k/K, and the last bin
/// holds 1.0 too.
///
/// ```swift
/// var sums = CalibrationSums(binCount: 10)
/// try sums.record(scores: [0.125, 0.375, 0.75, 0.875], labels: [0, 0, 1, 1])
/// let summary = sums.summary()
/// summary.brierScore      // Optional(0.05859375): (1 + 9 + 4 + 1) / 64 / 4
/// summary.actualCTR       // Optional(0.5)
/// summary.predictedCTR    // Optional(0.53125)
/// ```
///
/// Memory: 56 bytes a bin and about 100 bytes besides.
public struct CalibrationSums: Sendable, Hashable {
  /// The number K of equal-width bins of `0...1`.
  public let binCount: Int

  /// The bins, in ascending order of their scores.
  @usableFromInline internal var bins: [CalibrationBinSums]
  /// The sums over all rows.
  @usableFromInline internal var totals = CalibrationTotals()
  /// `true` once a batch with weights was recorded or merged in.
  public var isWeighted: Bool { hasWeights }
  @usableFromInline internal var hasWeights = false

  /// The default number of bins, 15.
  public static let defaultBinCount = 15

  /// The largest number of bins, 2^20.
  public static let maximumBinCount = 1 << 20

  /// Empty sums.
  ///
  /// - Parameter binCount: K, in `1...maximumBinCount`.
  /// - Precondition: `binCount` is in range.
  /// - Complexity: O(K).
  public init(binCount: Int = CalibrationSums.defaultBinCount) {
    precondition(
      (1...Self.maximumBinCount).contains(binCount), "bin count \(binCount) out of range")
    self.binCount = binCount
    bins = Array(repeating: CalibrationBinSums(), count: binCount)
  }

  /// The rows recorded, whatever their weights.
  ///
  /// - Complexity: O(K).
  public var rowCount: UInt64 { bins.reduce(0) { $0 &+ $1.rows } }

  /// The positive rows recorded, whatever their weights.
  ///
  /// - Complexity: O(K).
  public var positiveRowCount: UInt64 { bins.reduce(0) { $0 &+ $1.positiveRows } }

  /// The negative rows recorded, whatever their weights.
  ///
  /// - Complexity: O(K).
  public var negativeRowCount: UInt64 { bins.reduce(0) { $0 &+ $1.negativeRows } }

  /// The weight of every row, both classes (the row count when unweighted).
  @usableFromInline
  internal var totalWeight: DoubleDouble {
    bins.reduce(DoubleDouble.zero) { $0 + $1.weight }
  }

  /// The bin of a score in `0...1`: b = ⌊s·K⌋ with the product exact, 1.0 in the last bin.
  ///
  /// The double product can round up onto an integer (0.3·10 rounds to 3.0, but the double
  /// 0.3 is below 3/10); the fused multiply-add's sign of s·K − b, exact, finds that.
  ///
  /// - Complexity: O(1)
  @inlinable @inline(__always)
  internal static func bin(of score: Double, binCount: Int) -> Int {
    let scale = Double(binCount)
    var bin = (score * scale).rounded(.down)
    if (-bin).addingProduct(score, scale) < 0 { bin -= 1 }
    return Swift.min(Int(bin), binCount - 1)
  }
}
