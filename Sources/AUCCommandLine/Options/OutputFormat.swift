import ArgumentParser

/// How a command prints its result on standard output.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  /// A short summary for people.
  case text
  /// One JSON object.
  case json
}
