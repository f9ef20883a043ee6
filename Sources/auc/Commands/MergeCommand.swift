import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// `auc merge S1 S2 ... [--state-out S]`: combine state files and print their summary.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Combine state files from auc accumulate and print the summary of all their rows.",
    discussion: """
      The states must be of one kind and compatible: histograms with the same thresholds, \
      or counts whose binnings nest (exact with log bins meets at the log bins). A file that \
      is truncated, corrupted or of another kind is rejected with the reason.

      Examples:
        auc merge part-*.aucstate
        auc merge day1.aucstate day2.aucstate --state-out week.aucstate --format json
      """
  )

  @Argument(help: "State files written by auc accumulate or auc merge.")
  var states: [String]

  @Option(help: ArgumentHelp("Also write the merged state here.", valueName: "path"))
  var stateOut: String?

  @OptionGroup var output: SummaryOptions

  func validate() throws {
    guard !states.isEmpty else { throw ValidationError("give at least one state file") }
    try DistinctFiles.check(states)
  }

  func run() throws {
    var merged: StatePayload?
    do throws(DataError) {
      for path in states {
        let payload = try StateFile.read(path)
        if merged == nil {
          merged = payload
        } else {
          do throws(StateMergeError) {
            try merged!.merge(payload)
          } catch {
            throw DataError(location: path, message: error.message)
          }
        }
      }
      if let stateOut { try StateFile.write(merged!, to: stateOut) }
    } catch {
      printToStandardError(error.description)
      throw ExitCode(1)
    }
    let payload = merged!
    print(output.render(payload.accumulator!, rows: payload.rows, weighted: payload.weighted))
  }
}
