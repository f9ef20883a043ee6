import AUCFileFormats
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
}
