/// A two-sided confidence interval for an area (or a difference of areas).
///
/// ```swift
/// if let interval = counts.groups.deLong?.confidenceInterval(level: 0.95) {
///   print("95 % CI \(interval.lower)...\(interval.upper)")
/// }
/// ```
public struct ConfidenceInterval: Sendable, Hashable, Codable {
  /// How the interval was computed.
  public enum Method: String, Sendable, Hashable, Codable {
    /// DeLong's asymptotic normal interval, as pROC's `ci.auc(method = "delong")`.
    case deLong = "delong"
    /// The percentile interval of a stratified bootstrap.
    case bootstrapPercentile = "bootstrap"
  }

  /// The confidence level, in `(0, 1)`.
  public var level: Double
  /// The lower end.
  public var lower: Double
  /// The upper end.
  public var upper: Double
  /// How it was computed.
  public var method: Method

  /// Creates an interval from its parts.
  public init(level: Double, lower: Double, upper: Double, method: Method) {
    self.level = level
    self.lower = lower
    self.upper = upper
    self.method = method
  }
}
