import Foundation
import Testing

/// `auc compare` reads its rows with the options of every other command: TSV, gzip, headerless
/// input and `.npy` arrays. Each run is checked against the same rows given as plain CSV, whose
/// JSON must be the same bytes (the report names the two scores as the options name them, so
/// the CSV's header uses those names).
///
/// Before `compare` shared the input options, it re-declared a CSV-only subset: a `.tsv` file
/// failed on its header, gzip bytes were read as text, and `--no-header`, `--input-format`,
/// `--scores` and `--labels` were unknown options (exit 64).
@Suite("auc compare input formats end to end")
struct CompareInputEndToEndTests {
  typealias Folder = BadInputTableTests.Folder

  /// The rows of `paired_500.csv` (score,label,score2), as text lines without the header.
  static func dataLines() throws -> [Substring] {
    let text = try String(
      contentsOfFile: try CommandRunner.fixture("paired_500.csv"), encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.first == "score,label,score2")
    return Array(lines.dropFirst())
  }

  /// The JSON that `compare` prints for the rows of `paired_500.csv` given as plain CSV under
  /// the header `header` (score, label, second score), run with `arguments` (its columns).
  static func plainCSVJSON(
    header: String, _ arguments: [String], lines: [Substring]? = nil
  ) throws -> String {
    let folder = try Folder()
    let path = try folder.write(
      ([header[...]] + (try lines ?? dataLines())).joined(separator: "\n") + "\n", to: "plain.csv")
    return try json(["compare", path] + arguments)
  }

  /// The standard output of a run that must succeed.
  static func json(_ arguments: [String], standardInput: Data? = nil) throws -> String {
    let outcome = try CommandRunner.run(
      arguments + ["--format", "json"], standardInputData: standardInput)
    #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
    #expect(outcome.standardOutput.hasPrefix("{"))
    return outcome.standardOutput
  }

  static let columns = ["--score", "score", "--score", "score2"]

  @Test("a .tsv file (by its extension, and by --input-format tsv) gives the CSV's JSON")
  func tabSeparated() throws {
    let expected = try Self.json(
      ["compare", try CommandRunner.fixture("paired_500.csv")] + Self.columns)
    #expect(try Self.plainCSVJSON(header: "score,label,score2", Self.columns) == expected)
    let folder = try Folder()
    let tsv =
      (["score\tlabel\tscore2"]
      + (try Self.dataLines()).map {
        $0.replacingOccurrences(of: ",", with: "\t")
      }).joined(separator: "\n") + "\n"
    let path = try folder.write(tsv, to: "paired.tsv")
    #expect(try Self.json(["compare", path] + Self.columns) == expected)
    let unnamed = try folder.write(tsv, to: "paired.txt")
    #expect(
      try Self.json(["compare", unnamed, "--input-format", "tsv"] + Self.columns) == expected)
    #expect(
      try Self.json(
        ["compare", "--input-format", "tsv"] + Self.columns, standardInput: Data(tsv.utf8))
        == expected)
  }

  @Test("a .csv.gz file and gzip on standard input give the CSV's JSON")
  func gzip() throws {
    let plain = try CommandRunner.fixture("paired_500.csv")
    let expected = try Self.json(["compare", plain] + Self.columns)
    let folder = try Folder()
    let compressed = try Self.gzip(try Data(contentsOf: URL(fileURLWithPath: plain)))
    #expect(compressed.prefix(2) == Data([0x1F, 0x8B]))
    let path = try folder.write(compressed, to: "paired.csv.gz")
    #expect(try Self.json(["compare", path] + Self.columns) == expected)
    #expect(
      try Self.json(
        ["compare", "--input-format", "csv.gz"] + Self.columns, standardInput: compressed)
        == expected)
  }

  @Test("--no-header reads columns by number, as a CSV whose header names them 1, 2, 3")
  func headerless() throws {
    let columns = ["--score", "1", "--score", "3", "--label", "2"]
    let expected = try Self.plainCSVJSON(header: "1,2,3", columns)
    let folder = try Folder()
    let lines = try Self.dataLines()
    let path = try folder.write(lines.joined(separator: "\n") + "\n", to: "rows.csv")
    #expect(try Self.json(["compare", path, "--no-header"] + columns) == expected)
    // The columns in another order: label first.
    let moved = lines.map { line -> Substring in
      let fields = line.split(separator: ",")
      return [fields[1], fields[2], fields[0]].joined(separator: ",")[...]
    }
    let movedColumns = ["--score", "3", "--score", "2", "--label", "1"]
    let movedPath = try folder.write(moved.joined(separator: "\n") + "\n", to: "moved.csv")
    #expect(
      try Self.json(["compare", movedPath, "--no-header"] + movedColumns)
        == (try Self.plainCSVJSON(header: "1,2,3", movedColumns, lines: moved)))
  }

  @Test("--scores A.npy --scores B.npy --labels L.npy gives the JSON of the same rows as CSV")
  func numPyArrays() throws {
    let lines = try Self.dataLines()
    let fields = lines.map { $0.split(separator: ",") }
    let first = fields.map { Double($0[0])! }
    let labels = fields.map { UInt8($0[1])! }
    let second = fields.map { Double($0[2])! }
    let folder = try Folder()
    let a = folder.url.appendingPathComponent("a.npy")
    let b = folder.url.appendingPathComponent("b.npy")
    let y = folder.url.appendingPathComponent("y.npy")
    try InputFormatEndToEndTests.writeArray(
      Self.bytes(first), descriptor: "<f8", count: first.count, to: a)
    try InputFormatEndToEndTests.writeArray(
      Self.bytes(second), descriptor: "<f8", count: second.count, to: b)
    try InputFormatEndToEndTests.writeArray(
      Data(labels), descriptor: "|u1", count: labels.count, to: y)
    // The report names the scores by their files: the CSV's header does too.
    let expected = try Self.plainCSVJSON(
      header: "\(a.path),label,\(b.path)", ["--score", a.path, "--score", b.path])
    #expect(
      try Self.json(["compare", "--scores", a.path, "--scores", b.path, "--labels", y.path])
        == expected)
    #expect(
      try Self.json([
        "compare", "--scores", a.path, "--scores", b.path, "--labels", y.path, "--unpaired",
      ])
        == (try Self.plainCSVJSON(
          header: "\(a.path),label,\(b.path)", ["--score", a.path, "--score", b.path, "--unpaired"]))
    )
  }

  @Test(
    "bad rows are named as in every other command: FILE:LINE, FILE: byte N of the array at fault")
  func badRows() throws {
    let folder = try Folder()
    let tsv = try folder.write("a\tb\tlabel\n0.5\t0.4\t1\n0.3\tnan\t0\n", to: "d.tsv")
    let badTSV = try CommandRunner.run(["compare", tsv, "--score", "a", "--score", "b"])
    #expect(badTSV.status == 1)
    #expect(badTSV.standardError == "\(tsv):3: score nan is not a finite number\n")
    let missing = try CommandRunner.run(["compare", tsv, "--score", "a", "--score", "c"])
    #expect(missing.status == 1)
    #expect(
      missing.standardError
        == "\(tsv):1: no score column \"c\" in the header (columns: \"a\", \"b\", \"label\"); choose one with --score\n"
    )
    let a = folder.url.appendingPathComponent("a.npy")
    let b = folder.url.appendingPathComponent("b.npy")
    let y = folder.url.appendingPathComponent("y.npy")
    try InputFormatEndToEndTests.writeArray(
      Self.bytes([0.5, 0.25, 0.75]), descriptor: "<f8", count: 3, to: a)
    try InputFormatEndToEndTests.writeArray(
      Self.bytes([0.5, .infinity, 0.75]), descriptor: "<f8", count: 3, to: b)
    try InputFormatEndToEndTests.writeArray(Data([1, 0, 2]), descriptor: "|u1", count: 3, to: y)
    let outcome = try CommandRunner.run([
      "compare", "--scores", a.path, "--scores", b.path, "--labels", y.path,
    ])
    #expect(outcome.status == 1)
    // The header is 128 bytes: row 1 of b.npy is at byte 136, row 2 of y.npy at byte 130.
    #expect(outcome.standardError == "\(y.path): byte 130: label 2 is neither 0 nor 1\n")
    try InputFormatEndToEndTests.writeArray(Data([1, 0, 1]), descriptor: "|u1", count: 3, to: y)
    let infinite = try CommandRunner.run([
      "compare", "--scores", a.path, "--scores", b.path, "--labels", y.path,
    ])
    #expect(infinite.status == 1)
    #expect(infinite.standardError == "\(b.path): byte 136: score inf is not a finite number\n")
  }

  @Test("usage errors of the .npy and headerless forms exit with 64")
  func usageErrors() throws {
    let path = try CommandRunner.fixture("paired_500.csv")
    for arguments in [
      ["compare", "--scores", "a.npy", "--labels", "y.npy"],
      ["compare", "--scores", "a.npy", "--scores", "b.npy"],
      ["compare", path, "--scores", "a.npy", "--scores", "b.npy", "--labels", "y.npy"],
      ["compare", path, "--no-header", "--score", "score", "--score", "2"],
      ["compare", path, "--no-header", "--score", "1", "--score", "01"],
      ["compare", path, "--no-header", "--score", "1", "--score", "3", "--label", "03"],
    ] {
      #expect(try CommandRunner.run(arguments).status == 64, "\(arguments)")
    }
  }

  static func bytes(_ values: [Double]) -> Data {
    values.withUnsafeBufferPointer { Data(buffer: $0) }
  }

  /// `data` compressed by the system's `gzip`.
  static func gzip(_ data: Data) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-c"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    let writer = Thread {
      input.fileHandleForWriting.write(data)
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let compressed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return compressed
  }
}
