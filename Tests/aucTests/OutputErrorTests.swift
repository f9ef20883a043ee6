import Foundation
import Testing

@testable import AUCFileFormats

/// Output that cannot be written, and output that must not be: every command checks its writes
/// to standard output and to files (exit 1 with the reason), and no command overwrites one of
/// its inputs.
@Suite("auc output errors")
struct OutputErrorTests {
  typealias Folder = BadInputTableTests.Folder

  static let rows = OutputPathTests.rows

  /// Each command's results on standard output, for `input` and the state file `state`.
  static func standardOutputCommands(input: String, state: String) throws -> [[String]] {
    [
      [input, "--format", "json"],
      [input, "--exact", "--ci", "0.95"],
      ["curve", "roc", input, "--exact"],
      ["curve", "pr", input, "--format", "json"],
      [
        "compare", try CommandRunner.fixture("paired_500.csv"), "--score", "score", "--score",
        "score2",
      ],
      ["plot", input],
      ["report", input, "--output", "-"],
      ["state", "show", state],
      ["merge", state, "--format", "json"],
      ["demo", "--batches", "3"],
    ]
  }

  @Test(
    "standard output on a full disk: every command exits 1 and says so",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
  func fullStandardOutput() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let state = try BadInputTableTests.smallState(in: folder)
    for command in try Self.standardOutputCommands(input: input, state: state) {
      let control = try CommandRunner.run(command)
      #expect(control.status == 0 && !control.standardOutput.isEmpty, "\(command)")
      let outcome = try CommandRunner.runCapturingBytes(command, standardOutputPath: "/dev/full")
      #expect(outcome.reason == .exit && outcome.status == 1, "\(command)")
      #expect(
        outcome.standardError == "auc: cannot write to standard output: No space left on device\n",
        "\(command)")
    }
    // As root, a copy of the device: a writer that replaced what it writes to would replace
    // the machine's /dev/full.
    var full = stat()
    #expect(stat("/dev/full", &full) == 0)
    let device = folder.url.appendingPathComponent("full").path
    let target =
      getuid() == 0 && mknod(device, S_IFCHR | 0o666, full.st_rdev) == 0 ? device : "/dev/full"
    for command in OutputPathTests.writingCommands(input, target) {
      let outcome = try CommandRunner.run(command)
      BadInputTableTests.expectRejection(
        outcome, "\(target): cannot write: No space left on device")
    }
  }

  @Test("--state-out and --output onto an input are refused before anything is read")
  func outputOntoInput() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let other = try folder.write(Self.rows, to: "e.csv")
    let hardLink = folder.url.appendingPathComponent("hard.csv").path
    let symbolicLink = folder.url.appendingPathComponent("link.csv").path
    #expect(link(input, hardLink) == 0)
    try FileManager.default.createSymbolicLink(atPath: symbolicLink, withDestinationPath: "d.csv")
    for output in [input, hardLink, symbolicLink] {
      for command in OutputPathTests.writingCommands(other, output) {
        let withInput = Array(command.prefix(2)) + [input] + command.dropFirst(2)
        BadInputTableTests.expectRejection(
          try CommandRunner.run(withInput), "\(output): refusing to overwrite the input \(input)")
      }
    }
    // Standard input redirected from the file.
    let fromStandardInput = try CommandRunner.runCapturingBytes(
      ["accumulate", "-", "--state-out", input], standardInputPath: input)
    #expect(fromStandardInput.status == 1)
    #expect(
      fromStandardInput.standardError == "\(input): refusing to overwrite the input <stdin>\n")
    // The arrays of --scores and --labels are inputs too.
    let scores = try folder.write(BadInputTableTests.goodScores, to: "s.npy")
    let labels = try folder.write(BadInputTableTests.goodLabels, to: "l.npy")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([
        "accumulate", "--scores", scores, "--labels", labels, "--state-out", labels,
      ]),
      "\(labels): refusing to overwrite the input \(labels)")
    #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.rows)
    #expect(try Data(contentsOf: URL(fileURLWithPath: labels)) == BadInputTableTests.goodLabels)
    #expect(try folder.fileNames() == ["d.csv", "e.csv", "hard.csv", "l.npy", "link.csv", "s.npy"])
  }

  @Test("merge may write onto one of its states: they are read whole before the replacement")
  func mergeOntoItsInput() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let first = folder.url.appendingPathComponent("a.aucstate").path
    let second = folder.url.appendingPathComponent("b.aucstate").path
    #expect(try CommandRunner.run(["accumulate", input, "--state-out", first]).status == 0)
    #expect(try CommandRunner.run(["accumulate", input, "--state-out", second]).status == 0)
    let expected = try CommandRunner.run(["merge", first, second, "--format", "json"])
    let merged = try CommandRunner.run([
      "merge", first, second, "--state-out", first, "--format", "json",
    ])
    #expect(merged.status == 0, "\(merged.standardError)")
    #expect(merged.standardOutput == expected.standardOutput)
    #expect(try StateFile.read(first).rows.total == 8)
  }

  @Test("a folder, a missing folder or a failed write: exit 1 with the reason, the old file kept")
  func unwritablePaths() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let missing = folder.url.appendingPathComponent("no/such/s.out").path
    for command in OutputPathTests.writingCommands(input, folder.url.path) {
      BadInputTableTests.expectRejection(
        try CommandRunner.run(command), "\(folder.url.path): cannot write: it is a directory")
    }
    for command in OutputPathTests.writingCommands(input, missing) {
      BadInputTableTests.expectRejection(
        try CommandRunner.run(command),
        "\(missing): cannot create a temporary file in its folder: No such file or directory")
    }
    #if os(Linux)
      let socketPath = try Self.boundSocket(in: folder)
      for command in OutputPathTests.writingCommands(input, socketPath) {
        BadInputTableTests.expectRejection(
          try CommandRunner.run(command),
          "\(socketPath): cannot write: it is not a regular file, a character device or a FIFO")
      }
      #expect(try OutputPathTests.type(socketPath) == .typeSocket)
      try FileManager.default.removeItem(atPath: socketPath)
    #endif
    // A file-size limit of 8 blocks (4 or 8 KiB) with SIGXFSZ ignored: write(2) fails with
    // EFBIG in the middle of the state, whose histogram takes 16 KiB. A sanitizer's runtime
    // cannot start under such a limit, so that part runs without one.
    if SignalCleanupTests.underSanitizer { return }
    let state = try folder.write("old", to: "s.aucstate")
    let outcome = try CommandRunner.runShell(
      "trap '' XFSZ; ulimit -f 8 && exec \"$0\" accumulate d.csv --state-out s.aucstate",
      in: folder.url)
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "s.aucstate: cannot write: File too large\n")
    #expect(try String(contentsOfFile: state, encoding: .utf8) == "old")
    #expect(try folder.fileNames() == ["d.csv", "s.aucstate"])
  }

  #if os(Linux)
    /// A Unix-domain socket bound to the path `socket` in `folder`: a file that is neither a
    /// regular file, a device nor a FIFO.
    static func boundSocket(in folder: Folder) throws -> String {
      let path = folder.url.appendingPathComponent("socket").path
      let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
      #expect(descriptor >= 0)
      defer { close(descriptor) }
      var address = sockaddr_un()
      address.sun_family = sa_family_t(AF_UNIX)
      let name = Array(path.utf8) + [0]
      try #require(name.count <= MemoryLayout.size(ofValue: address.sun_path))
      withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: name) }
      let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
        }
      }
      #expect(bound == 0, "bind: \(errno)")
      return path
    }
  #endif
}
