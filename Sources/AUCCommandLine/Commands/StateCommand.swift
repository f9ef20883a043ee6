import AUCFileFormats
import ArgumentParser
import FoundationEssentials

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
        A version-1 file's payload is printed as stored; a version-2 file's in the same \
        schema, with the rows of each class and the weighted flag of the counts added. With \
        -, every state on standard input is printed, one per line.

        Example:
          auc state show day1.aucstate
        """
    )

    @Argument(
      help:
        "A state file written by auc accumulate or auc merge; - reads every state on standard input."
    )
    var state: String

    func run() throws {
      let states =
        state == "-" ? try StateFile.readStandardInputStates() : [try StateFile.readState(state)]
      for decoded in states { try Self.printJSON(decoded) }
    }

    /// `{"format":"auc-state","version":V,"kind":K,"payload":…}` and a line feed: a
    /// version-1 payload as stored (its JSON), a version-2 payload in the `Codable` form of
    /// the counts.
    static func printJSON(_ decoded: StateFile.DecodedState) throws {
      let head = JSON.members([
        ("format", JSON.string("auc-state")), ("version", JSON.number(decoded.version)),
        ("kind", JSON.string(decoded.payload.kind.name)),
      ])
      var bytes = Array(("{" + head + "," + JSON.key("payload")).utf8)
      if let text = decoded.version1JSON {
        bytes += text
      } else {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        bytes += try encoder.encode(decoded.payload)
      }
      bytes += Array("}\n".utf8)
      try StandardOutput.write(bytes: bytes)
    }
  }
}
