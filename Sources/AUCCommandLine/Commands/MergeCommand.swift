import AUCFileFormats
import ArgumentParser

/// `auc merge S1 S2 ... [--state-out S]`: combine state files and print their summary.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Combine state files from auc accumulate and print the summary of all their rows.",
    discussion: """
      The states must be of one kind and compatible: histograms with the same thresholds, \
      or counts whose binnings nest (exact with log bins meets at the log bins). A file that \
      is truncated, corrupted or of another kind is rejected with the reason, and nothing is \
      written. The merge reads all the inputs in one pass, in the memory of the merged \
      counts.

      - reads states from standard input, any number of them back to back. With \
      --state-out - the merged state goes to standard output and no summary is printed.

      Examples:
        auc merge part-*.aucstate
        auc merge day1.aucstate day2.aucstate --state-out week.aucstate --format json
        cat shard-*.aucstate | auc merge - --state-out - > all.aucstate
      """
  )

  @Argument(
    help: "State files written by auc accumulate or auc merge; - reads states from standard input."
  )
  var states: [String]

  @Option(
    help: ArgumentHelp(
      "Also write the merged state here (as auc accumulate writes; it may be one of the states); - writes it to standard output instead of the summary.",
      valueName: "path"))
  var stateOut: String?

  @OptionGroup var output: SummaryOptions

  func validate() throws {
    guard !states.isEmpty else { throw ValidationError("give at least one state file") }
    try DistinctFiles.check(states)
  }

  func run() throws {
    var merged: StatePayload? = try readAndMerge()
    if let stateOut {
      try OutputFile.writeState(merged!, to: stateOut)
      if stateOut == "-" { return }
    }
    try StandardOutput.writeLine(output.render(releasing: &merged))
  }

  /// Every state given, merged in one pass; a bad state throws its reason.
  private func readAndMerge() throws(DataError) -> StatePayload {
    var inputs: [EncodedState] = []
    for path in states {
      if path == "-" {
        inputs += try StateFile.readEncodedStandardInput()
      } else {
        inputs.append(try StateFile.readEncoded(path))
      }
    }
    return try StateFile.merge(inputs)
  }
}
