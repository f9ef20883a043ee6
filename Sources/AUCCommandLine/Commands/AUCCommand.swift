import ArgumentParser

/// `auc`: the root command, whose subcommands are `summary` (the default), `curve`, `compare`,
/// `plot`, `report`, `accumulate`, `merge`, `state`, `groups`, `multiclass`, `multilabel` and
/// `demo`.
///
/// ```swift
/// AUCCommand.main()   // parses the process's arguments and runs the command
/// ```
public struct AUCCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "auc",
    abstract: "Area under the ROC and precision-recall curves of a binary classifier.",
    version: "0.1.0",
    subcommands: [
      SummaryCommand.self, CurveCommand.self, CompareCommand.self, PlotCommand.self,
      ReportCommand.self, AccumulateCommand.self, MergeCommand.self, StateCommand.self,
      GroupsCommand.self, MulticlassCommand.self, MultilabelCommand.self, DemoCommand.self,
    ],
    defaultSubcommand: SummaryCommand.self
  )

  public init() {}

  /// Parses the command line and runs the command, as ArgumentParser's `main()` does, and
  /// reports a ``ReportedFailure`` (bad data, a failed write) in the one way every command
  /// shares: its message on standard error, exit status 1.
  public static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(withError: CommandFailure.reported(error))
    }
  }
}
