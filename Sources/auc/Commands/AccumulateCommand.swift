import AUCFileFormats
import AUCMetrics
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `auc accumulate FILE ... --state-out S`: count rows into a mergeable state file.
struct AccumulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accumulate",
    abstract: "Count scored rows into a state file that auc merge combines with others.",
    discussion: """
      Reads the inputs as auc summary does (same input options) and writes the counts: a \
      histogram for the default linear bins, or exact, log-binned or weighted counts. Run it \
      on each shard, wherever the shard lives, then combine the states with auc merge: the \
      merged summary equals one run over all the rows. The file is written to a temporary \
      name and renamed into place, so it is never half-written. --state-out - writes the \
      state to standard output, for a pipe into auc merge -.

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
    let (accumulator, rows) = try input.readAll()
    let payload = StatePayload(accumulator: accumulator, rows: rows, weighted: input.weight != nil)
    do throws(DataError) {
      if stateOut == "-" {
        try writeStateToStandardOutput(payload)
      } else {
        try StateFile.write(payload, to: stateOut)
      }
    } catch {
      printToStandardError(error.description)
      throw ExitCode(1)
    }
  }
}

/// Writes `payload` as a state to standard output, nothing else: for `--state-out -`.
func writeStateToStandardOutput(_ payload: StatePayload) throws(DataError) {
  let bytes: [UInt8]
  do {
    bytes = try StateFile.encode(payload)
  } catch {
    throw DataError(location: "<stdout>", message: "cannot encode the state: \(error)")
  }
  var written = 0
  while written < bytes.count {
    let count = bytes.withUnsafeBytes {
      write(STDOUT_FILENO, $0.baseAddress! + written, bytes.count - written)
    }
    if count < 0 && errno == EINTR { continue }
    guard count > 0 else {
      throw DataError(
        location: "<stdout>", message: "cannot write: \(String(cString: strerror(errno)))")
    }
    written += count
  }
}
