import AUCCommandLine

/// `auc`: the command-line tool, whose commands live in the `AUCCommandLine` library.
@main
enum EntryPoint {
  static func main() { AUCCommand.main() }
}
