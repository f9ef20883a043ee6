/// Bad input data: printed as `LOCATION: message` on standard error, exit status 1.
struct DataError: Error, CustomStringConvertible {
  /// `FILE:LINE`, or just `FILE` when no line applies.
  var location: String
  var message: String

  var description: String { "\(location): \(message)" }
}
