import AUCFileFormats
import ArgumentParser

/// `auc-mpi`: `auc summary` over inputs that the members of a ``Collective`` (the ranks of an
/// MPI job) read together, each its own share; member 0 prints what one `auc summary` over
/// all the inputs prints, bit for bit.
///
/// The MPI tool is this command run on an MPI communicator:
///
/// ```swift
/// let status = DistributedSummaryCommand.run(
///   arguments: Array(CommandLine.arguments.dropFirst()), on: communicator)
/// ```
public struct DistributedSummaryCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "auc-mpi",
    abstract: "auc summary over inputs shared by the ranks of an MPI job.",
    discussion: """
      Takes the options of auc summary. Each rank reads its share of the inputs: rows of \
      the .npy arrays; parts of each plain CSV file cut at record starts (--split bytes: \
      the header is read by every rank, line numbers stay the file's); or whole files \
      dealt out (--split files; gzip files and standard input always go whole). The \
      default, --split auto, cuts files when there are fewer files than ranks. Histograms \
      and log bins are summed across ranks; exact and weighted counts are gathered at rank \
      0 and merged. Rank 0 prints the summary, the same bytes as auc summary over all the \
      inputs, and writes --state-out.

      A bad row on any rank stops every rank with exit status 1; the bad row that comes \
      first in the inputs is reported, as FILE:LINE: message, and nothing else is printed.

      Examples:
        mpirun -np 4 auc-mpi --exact --format json clicks.csv
        mpirun -np 8 auc-mpi day-*.csv.gz --weight w --state-out week.aucstate
        mpirun -np 4 auc-mpi --scores preds.npy --labels labels.npy
      """
  )

  @OptionGroup var input: InputOptions

  @OptionGroup var output: SummaryOptions

  @Option(
    help: ArgumentHelp(
      "How ranks share CSV inputs: auto, files (whole files dealt out) or bytes (each file cut into parts).",
      valueName: "auto|files|bytes"))
  var split: InputSplit = .auto

  @Option(
    help: ArgumentHelp(
      "Also write the state of all rows here (rank 0); - writes it to standard output instead of the summary.",
      valueName: "path"))
  var stateOut: String?

  public init() {}

  public func validate() throws {
    if input.group != nil {
      throw ValidationError(
        "auc-mpi does not read --group yet: run auc accumulate --group on each shard and auc merge the states")
    }
  }

  /// Parses `arguments` on every member, reads and combines the inputs, prints the summary on
  /// member 0 and returns the exit status: 0, 1 for bad data (printed by one member only, as
  /// `FILE:LINE: message`), 64 for a usage error. Every member returns, none waits for a
  /// member that failed.
  ///
  /// - Complexity: O(n / members) rows read per member, plus the combination (see
  ///   `MetricAccumulator.combined(in:root:)`).
  public static func run(arguments: [String], on collective: some Collective) -> Int32 {
    let status = evaluateAndReport(arguments: arguments, on: collective)
    // No member leaves before the reporting one has printed: MPI launchers end the whole job
    // when the first process exits with a failure.
    _ = collective.allGather([])
    return status
  }

  private static func evaluateAndReport(arguments: [String], on collective: some Collective)
    -> Int32
  {
    let parsed = Result { try parse(arguments) }
    do {
      _ = try collective.agree(parsed.map { _ in [] }, count: 0)
    } catch {
      guard case .failure(let parseError) = parsed else { return 1 }
      return error.error == nil ? exitCode(for: parseError).rawValue : report(parseError)
    }
    do {
      if let text = try parsed.get().evaluate(on: collective) {
        try StandardOutput.writeLine(text)
      }
      return 0
    } catch let failure as PartitionFailure {
      return failure.error.map(report) ?? 1
    } catch {
      return report(error)
    }
  }

  /// The summary to print, on member 0 (`nil` on the others, and with `--state-out -`).
  func evaluate(on collective: some Collective) throws -> String? {
    let stateOut = stateOut
    _ = try collective.agree(
      Result {
        if let stateOut { try OutputFile.checkNotAnInput(stateOut, inputs: input.inputPaths) }
        return []
      }, count: 0)
    let accumulator = try input.readShare(in: collective, split: split)
    var state = try accumulator.combined(in: collective)
    guard state != nil else { return nil }
    if let stateOut {
      try OutputFile.writeState(state!, to: stateOut)
      if stateOut == "-" { return nil }
    }
    return output.render(releasing: &state)
  }

  /// Prints `error` as `auc` does and returns its exit status.
  private static func report(_ error: any Error) -> Int32 {
    let remaining = CommandFailure.reported(error)
    let status = exitCode(for: remaining)
    if !(remaining is ExitCode) {
      let message = fullMessage(for: remaining)
      if status == .success {
        try? StandardOutput.writeLine(message)
      } else {
        printToStandardError(message)
      }
    }
    return status.rawValue
  }
}
