/// Bad input data: printed as `LOCATION: message` on standard error, exit status 1.
public struct DataError: Error, CustomStringConvertible {
  /// `FILE:LINE`, or just `FILE` when no line applies.
  public var location: String
  public var message: String
  /// The role of a column asked for by name that the header lacks, or `nil`: a caller that
  /// knows how the column was chosen (a command-line option) may say so after the message.
  public var missingColumn: ColumnRole?

  /// An error at `location` (`FILE:LINE`, or `FILE`) with `message`.
  public init(location: String, message: String, missingColumn: ColumnRole? = nil) {
    self.location = location
    self.message = message
    self.missingColumn = missingColumn
  }

  /// `LOCATION: message`, with any control character in either (a path, a value quoted from
  /// the input) written as `\u{…}`, so that nothing from a file reaches the terminal raw.
  public var description: String {
    "\(MessageText.escaped(location, limit: .max)): \(MessageText.escaped(message, limit: .max))"
  }
}
