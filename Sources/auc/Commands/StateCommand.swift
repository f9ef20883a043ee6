import AUCFileFormats
import AUCMetrics
import ArgumentParser
import Foundation

/// `auc state show S`: a state file as JSON.
struct StateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "state",
    abstract: "Inspect state files.",
    subcommands: [Show.self]
  )

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Print a state file as JSON: format, version, kind, row counts and the counts.",
      discussion: """
        Example:
          auc state show day1.aucstate
        """
    )

    @Argument(help: "A state file written by auc accumulate or auc merge.")
    var state: String

    func run() throws {
      let payload: StatePayload
      do {
        payload = try StateFile.read(state)
      } catch {
        printToStandardError(error.description)
        throw ExitCode(1)
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      let body = String(decoding: try encoder.encode(payload), as: UTF8.self)
      try StandardOutput.writeLine(
        "{\"format\":\"auc-state\",\"version\":\(StateFile.version),\"kind\":\"\(payload.kind.name)\",\"payload\":\(body)}"
      )
    }
  }
}
