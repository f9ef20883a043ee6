/// A step that failed on one member or more of a ``Collective``: every member stops, and the
/// reporting member, alone, holds the error to report.
public struct PartitionFailure: Error, CustomStringConvertible {
  /// The member whose error is reported.
  public var reportingRank: Int
  /// The error, on the reporting member (a ``DataError`` for bad input); `nil` on the others.
  public var error: (any Error)?

  public init(reportingRank: Int, error: (any Error)?) {
    self.reportingRank = reportingRank
    self.error = error
  }

  public var description: String {
    error.map { "\($0)" } ?? "member \(reportingRank) failed"
  }
}
