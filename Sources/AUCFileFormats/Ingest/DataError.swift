/// Bad input data: printed as `LOCATION: message` on standard error, exit status 1.
public struct DataError: Error, CustomStringConvertible {
  /// `FILE:LINE`, or just `FILE` when no line applies.
  public var location: String
  public var message: String

  /// An error at `location` (`FILE:LINE`, or `FILE`) with `message`.
  public init(location: String, message: String) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): \(message)" }
}
