import Foundation
import Testing

@testable import AUCFileFormats

/// Where `--state-out`, `plot --output` and `report --output` write, run through the built
/// `auc`: a regular file is replaced atomically and keeps its permissions and owner; a device
/// or FIFO is written straight through; standard output under any name is standard output;
/// a symbolic link is followed; the temporary file's name cannot be planted in advance.
@Suite("auc output paths")
struct OutputPathTests {
  typealias Folder = BadInputTableTests.Folder

  /// Four rows of both classes.
  static let rows = "score,label\n0.9,1\n0.6,0\n0.7,1\n0.2,0\n"

  /// The three commands that write a document to a path, for the input `input` and the path
  /// `output`.
  static func writingCommands(_ input: String, _ output: String) -> [[String]] {
    [
      ["accumulate", input, "--state-out", output],
      ["plot", input, "--output", output],
      ["report", input, "--output", output],
    ]
  }

  /// The bytes each of `writingCommands` writes to a new regular file.
  static func referenceOutputs(_ input: String, in folder: Folder) throws -> [Data] {
    try writingCommands(input, "").enumerated().map { index, command in
      let path = folder.url.appendingPathComponent("reference-\(index)").path
      let outcome = try CommandRunner.run(command.dropLast() + [path])
      #expect(outcome.status == 0, "\(outcome.standardError)")
      defer { try? FileManager.default.removeItem(atPath: path) }
      return try Data(contentsOf: URL(fileURLWithPath: path))
    }
  }

  static func attributes(_ path: String) throws -> [FileAttributeKey: Any] {
    try FileManager.default.attributesOfItem(atPath: path)  // lstat: links are not followed
  }

  static func type(_ path: String) throws -> FileAttributeType? {
    try attributes(path)[.type] as? FileAttributeType
  }

  static func permissions(_ path: String) throws -> Int? {
    try attributes(path)[.posixPermissions] as? Int
  }

  /// The names in `folder` that look like a temporary file of the writer.
  static func temporaryFiles(in folder: Folder) throws -> [String] {
    try folder.fileNames().filter { $0.contains(".tmp-") }
  }

  @Test(
    "--state-out and --output onto a character device leave it a device",
    .enabled(if: getuid() == 0, "creating a device node with mknod needs root"))
  func characterDevice() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let device = folder.url.appendingPathComponent("null").path
    var null = stat()
    #expect(stat("/dev/null", &null) == 0)
    #expect(mknod(device, S_IFCHR | 0o666, null.st_rdev) == 0, "mknod: \(errno)")
    for command in Self.writingCommands(input, device) {
      let outcome = try CommandRunner.run(command)
      #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
      var status = stat()
      #expect(stat(device, &status) == 0)
      #expect(status.st_mode & S_IFMT == S_IFCHR, "\(command[0]) replaced the device")
      #expect(status.st_rdev == null.st_rdev)
    }
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test("a FIFO is written straight through: the reader gets the bytes, the FIFO stays")
  func fifo() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let references = try Self.referenceOutputs(input, in: folder)
    let fifo = folder.url.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for (command, reference) in zip(Self.writingCommands(input, fifo), references) {
      let reader = Process()
      reader.executableURL = URL(fileURLWithPath: "/bin/cat")
      reader.arguments = [fifo]
      let received = Pipe()
      reader.standardOutput = received
      try reader.run()
      let outcome = try CommandRunner.run(command)
      #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
      let isFIFO = Self.isFIFO(fifo)
      #expect(isFIFO, "\(command[0]) replaced the FIFO")
      // A replaced FIFO leaves the reader waiting for a writer that never comes; SIGKILL,
      // since the test runner's children inherit a mask that blocks SIGTERM.
      if !isFIFO { kill(reader.processIdentifier, SIGKILL) }
      let bytes = received.fileHandleForReading.readDataToEndOfFile()
      reader.waitUntilExit()
      #expect(bytes == reference, "\(command[0])")
    }
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  static func isFIFO(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO
  }

  @Test("a symbolic link to /dev/stdout writes to standard output, the link stays")
  func standardOutputLink() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let references = try Self.referenceOutputs(input, in: folder)
    let link = folder.url.appendingPathComponent("out").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/stdout")
    for (command, reference) in zip(Self.writingCommands(input, link), references) {
      let outcome = try CommandRunner.runCapturingBytes(command)
      #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
      #expect(outcome.standardOutput == reference, "\(command[0])")
      #expect(
        try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/stdout")
    }
    // Standard output a regular file, opened without truncation: written at its offset,
    // through the same open file, not replaced by another one.
    let file = try folder.write("", to: "standard-output.bin")
    let inode = try Self.attributes(file)[.systemFileNumber] as? Int
    let outcome = try CommandRunner.runShell(
      "exec \"$0\" accumulate d.csv --state-out out 1<>standard-output.bin", in: folder.url)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(try Self.attributes(file)[.systemFileNumber] as? Int == inode)
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == references[0])
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test("a symbolic link is followed: its target is replaced, in its own folder; the link stays")
  func symbolicLink() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let references = try Self.referenceOutputs(input, in: folder)
    let targets = folder.url.appendingPathComponent("targets")
    try FileManager.default.createDirectory(at: targets, withIntermediateDirectories: true)
    let target = targets.appendingPathComponent("s.out").path
    let link = folder.url.appendingPathComponent("link.out").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "targets/s.out")
    for (command, reference) in zip(Self.writingCommands(input, link), references) {
      try Data("old".utf8).write(to: URL(fileURLWithPath: target))
      #expect(chmod(target, 0o640) == 0)
      let outcome = try CommandRunner.run(command)
      #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
      #expect(try Self.type(link) == .typeSymbolicLink, "\(command[0]) replaced the link")
      #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "targets/s.out")
      #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == reference, "\(command[0])")
      #expect(try Self.permissions(target) == 0o640, "\(command[0])")
      #expect(try FileManager.default.contentsOfDirectory(atPath: targets.path) == ["s.out"])
    }
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test("a symbolic link to a missing file is refused, and nothing is created")
  func danglingLink() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let link = folder.url.appendingPathComponent("link.out").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "missing.out")
    for command in Self.writingCommands(input, link) {
      BadInputTableTests.expectRejection(
        try CommandRunner.run(command),
        "\(link): cannot write through a symbolic link to a missing file")
    }
    #expect(try folder.fileNames() == ["d.csv", "link.out"])
  }

  @Test(
    "a replaced file keeps its permissions and owner, not its hard links; a new file: 0666 - umask")
  func permissionsKept() throws {
    let folder = try Folder()
    let input = try folder.write(Self.rows, to: "d.csv")
    let target = try folder.write("old", to: "target")
    let hardLink = folder.url.appendingPathComponent("hard-link").path
    #expect(link(target, hardLink) == 0)
    let asRoot = getuid() == 0
    for command in Self.writingCommands(input, target) {
      #expect(chmod(target, 0o600) == 0)
      if asRoot { #expect(chown(target, 1234, 5678) == 0) }
      let outcome = try CommandRunner.run(command)
      #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
      #expect(try Self.permissions(target) == 0o600, "\(command[0])")
      if asRoot {
        #expect(try Self.attributes(target)[.ownerAccountID] as? Int == 1234, "\(command[0])")
        #expect(try Self.attributes(target)[.groupOwnerAccountID] as? Int == 5678)
      }
    }
    // Replaced by another file: the other name still holds the old one.
    #expect(try String(contentsOfFile: hardLink, encoding: .utf8) == "old")
    // The mode a new file of this process's umask gets, without changing the umask.
    let probe = folder.url.appendingPathComponent("probe").path
    let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o666)
    #expect(descriptor >= 0)
    close(descriptor)
    for (index, command) in Self.writingCommands(input, "").enumerated() {
      let fresh = folder.url.appendingPathComponent("fresh-\(index)").path
      #expect(try CommandRunner.run(command.dropLast() + [fresh]).status == 0)
      #expect(try Self.permissions(fresh) == Self.permissions(probe), "\(command[0])")
    }
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test(
    "a symbolic link planted at the old temporary name PATH.tmp-PID is never followed",
    arguments: ["victim.txt", "absent.txt"])
  func plantedTemporaryName(victimName: String) throws {
    let folder = try Folder()
    _ = try folder.write(Self.rows, to: "d.csv")
    let victim = folder.url.appendingPathComponent(victimName).path
    if victimName == "victim.txt" {
      try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
    }
    // `$$` is the shell's process number, which `exec` hands on to auc.
    let outcome = try CommandRunner.runShell(
      "ln -s \(victimName) x.aucstate.tmp-$$ && exec \"$0\" accumulate d.csv --state-out x.aucstate",
      in: folder.url)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    if victimName == "victim.txt" {
      #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    } else {
      #expect(!FileManager.default.fileExists(atPath: victim), "the link was followed")
    }
    let state = try StateFile.read(folder.url.appendingPathComponent("x.aucstate").path)
    #expect(state.rows.positives == 2 && state.rows.negatives == 2)
    let planted = try Self.temporaryFiles(in: folder)
    #expect(planted.count == 1)
    let link = try #require(planted.first)
    #expect(link.hasPrefix("x.aucstate.tmp-"))
    #expect(try Self.type(folder.url.appendingPathComponent(link).path) == .typeSymbolicLink)
  }
}
