import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// An error that ends a command with its description on standard error and exit status 1:
/// bad data (``DataError``: `FILE:LINE: message`), a test that the data cannot support
/// (``DeLongError``), a failed write, or a result the data leaves undefined.
///
/// Commands only throw these; ``AUCCommand/main()`` is the one place that prints them and
/// turns them into the exit status, so every command reports them the same way.
protocol ReportedFailure: Error {
  /// The line printed on standard error.
  var reportedDescription: String { get }
}

extension ReportedFailure where Self: CustomStringConvertible {
  var reportedDescription: String { description }
}

extension DataError: ReportedFailure {
  var reportedDescription: String { commandLineDescription }
}

extension DeLongError: ReportedFailure {}

/// A failure told by its message alone, such as `the ROC curve needs both positives and
/// negatives` or `auc: cannot write to standard output: No space left on device`.
///
/// ```swift
/// guard groups.hasBothClasses else {
///   throw CommandFailure("the ROC curve needs both positives and negatives")
/// }
/// ```
struct CommandFailure: ReportedFailure, CustomStringConvertible {
  /// The line printed on standard error.
  var description: String

  init(_ description: String) { self.description = description }

  /// The error to end the process with: for a ``ReportedFailure``, its description is
  /// printed on standard error and the result is `ExitCode(1)`; any other error (a usage
  /// error, an `ExitCode`, a request for help) is returned as it is, for ArgumentParser to
  /// report.
  static func reported(_ error: any Error) -> any Error {
    guard let failure = error as? any ReportedFailure else { return error }
    printToStandardError(failure.reportedDescription)
    return ExitCode(1)
  }
}
