import ArgumentParser

@main
struct AUCCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "auc",
    abstract: "Area under the ROC and precision-recall curves of a binary classifier.",
    version: "0.1.0",
    subcommands: [
      SummaryCommand.self, CurveCommand.self, CompareCommand.self, PlotCommand.self,
      ReportCommand.self, AccumulateCommand.self, MergeCommand.self, StateCommand.self,
      DemoCommand.self,
    ],
    defaultSubcommand: SummaryCommand.self
  )

  /// Parses the command line and runs the command, as ArgumentParser's `main()` does, and
  /// reports a ``ReportedFailure`` (bad data, a failed write) in the one way every command
  /// shares: its message on standard error, exit status 1.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(withError: CommandFailure.reported(error))
    }
  }
}
