import AUCFileFormats
import ArgumentParser

/// `auc accumulate FILE ... --state-out S`: count rows into a mergeable state file.
struct AccumulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accumulate",
    abstract: "Count scored rows into a state file that auc merge combines with others.",
    discussion: """
      Reads the inputs as auc summary does (same input options) and writes the counts: a \
      histogram for the default linear bins, or exact, log-binned or weighted counts. Run it \
      on each shard, wherever the shard lives, then combine the states with auc merge: the \
      merged summary equals one run over all the rows. A regular file is written to an \
      exclusive temporary file next to it and renamed into place, so it is never \
      half-written, and keeps its permissions; a device or FIFO (/dev/null, /dev/stdout) is \
      written straight through; a symbolic link is followed and the file it points to \
      replaced. Ctrl-C or SIGTERM during the write removes the temporary file. An input is \
      never overwritten: --state-out naming one of them is refused. --state-out - writes \
      the state to standard output, for a pipe into auc merge -.

      Examples:
        auc accumulate day1.csv.gz --state-out day1.aucstate
        auc accumulate shard-*.csv --exact --state-out part-07.aucstate
        auc accumulate - --exact --state-out - < part.csv | ssh hub 'cat >> parts.aucstate'
      """
  )

  @OptionGroup var input: InputOptions

  @Option(
    help: ArgumentHelp("Where to write the state; - for standard output.", valueName: "path"))
  var stateOut: String

  func run() throws {
    let payload = StatePayload(accumulator: try input.readAll(writingTo: stateOut))
    try OutputFile.writeState(payload, to: stateOut)
  }
}
