import Foundation
import Testing

/// States through pipes: `auc accumulate … --state-out -` into `auc merge -`, several states
/// back to back on standard input, version-1 and version-2 states mixed, and a stream cut
/// short. Each merged summary is compared with one `auc summary` run over all the rows.
@Suite("State files through pipes")
struct StatePipeTests {
  typealias Folder = BadInputTableTests.Folder

  /// Runs `script` with `/bin/sh` in `folder`, `$AUC` naming the built `auc`.
  static func shell(_ script: String, in folder: Folder) throws -> CommandRunner.Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = folder.url
    var environment = ProcessInfo.processInfo.environment
    environment["AUC"] = try CommandRunner.executableURL().path
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandRunner.Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }

  /// The fixture `name` cut into shards of the given row ranges, header repeated, written to
  /// `folder` as `shard0.csv`, `shard1.csv`, …; also the whole file as `whole.csv`.
  static func shards(of name: String, _ ranges: [Range<Int>], in folder: Folder) throws {
    let text = try String(contentsOfFile: try CommandRunner.fixture(name), encoding: .utf8)
    let lines = text.split(separator: "\n")
    let rows = lines.dropFirst()
    _ = try folder.write(text, to: "whole.csv")
    for (index, range) in ranges.enumerated() {
      let part = ([lines[0]] + rows.dropFirst(range.lowerBound).prefix(range.count))
      _ = try folder.write(part.joined(separator: "\n") + "\n", to: "shard\(index).csv")
    }
  }

  /// The kinds of state, with the fixture whose rows they count.
  static let kinds: [(fixture: String, options: String)] = [
    ("random_1000.csv", ""),
    ("random_1000.csv", "--thresholds 200"),
    ("random_1000.csv", "--exact"),
    ("random_1000.csv", "--bins log:64"),
    ("weighted_1000.csv", "--exact --weight weight"),
    ("weighted_1000.csv", "--weight weight"),
  ]

  static let summaryOptions = "--format json --ci 0.95 --max-fpr 0.2"

  @Test(
    "accumulate --state-out - into merge - equals one summary run, bit for bit",
    arguments: kinds.indices)
  func pipedMergeEqualsOneRun(kind: Int) throws {
    let (fixture, options) = Self.kinds[kind]
    let folder = try Folder()
    try Self.shards(of: fixture, [0..<100, 100..<640, 640..<1000], in: folder)
    let single = try Self.shell(
      "\"$AUC\" whole.csv \(options) \(Self.summaryOptions)", in: folder)
    #expect(single.status == 0, "\(single.standardError)")
    // Three states back to back on one pipe, one of them read from standard input.
    let piped = try Self.shell(
      """
      set -e
      { "$AUC" accumulate shard0.csv \(options) --state-out -
        "$AUC" accumulate - \(options) --state-out - < shard1.csv
        "$AUC" accumulate shard2.csv \(options) --state-out -
      } | "$AUC" merge - \(Self.summaryOptions)
      """, in: folder)
    #expect(piped.status == 0, "\(piped.standardError)")
    #expect(piped.standardError.isEmpty)
    #expect(piped.standardOutput == single.standardOutput)
    // Files and standard input mixed, and the merged state written to standard output and
    // merged again.
    let mixed = try Self.shell(
      """
      set -e
      "$AUC" accumulate shard0.csv \(options) --state-out s0.aucstate
      "$AUC" accumulate shard2.csv \(options) --state-out s2.aucstate
      "$AUC" accumulate shard1.csv \(options) --state-out - \\
        | "$AUC" merge s2.aucstate - s0.aucstate --state-out - > all.aucstate
      "$AUC" merge all.aucstate \(Self.summaryOptions)
      """, in: folder)
    #expect(mixed.status == 0, "\(mixed.standardError)")
    #expect(mixed.standardOutput == single.standardOutput)
  }

  /// The version-1 fixtures: the first 100 rows of the fixture, counted by `auc` 6e87fd5.
  static let version1Kinds: [(state: String, fixture: String, options: String)] = [
    ("linear", "random_1000.csv", ""),
    ("linear200", "random_1000.csv", "--thresholds 200"),
    ("exact", "random_1000.csv", "--exact"),
    ("log64", "random_1000.csv", "--bins log:64"),
    ("weighted", "weighted_1000.csv", "--exact --weight weight"),
    ("weighted-linear", "weighted_1000.csv", "--weight weight"),
  ]

  @Test(
    "version-1 and version-2 states merge into the summary of all their rows",
    arguments: version1Kinds.indices)
  func mixedVersions(kind: Int) throws {
    let (state, fixture, options) = Self.version1Kinds[kind]
    let folder = try Folder()
    try Self.shards(of: fixture, [0..<100, 100..<500, 500..<1000], in: folder)
    let version1 = try CommandRunner.fixture("state-v1/\(state).aucstate")
    let single = try Self.shell(
      "\"$AUC\" whole.csv \(options) \(Self.summaryOptions)", in: folder)
    #expect(single.status == 0, "\(single.standardError)")
    // The version-1 state counts what shard0.csv holds.
    let first = try Self.shell(
      "\"$AUC\" merge '\(version1)' \(Self.summaryOptions)", in: folder)
    let firstNow = try Self.shell(
      "\"$AUC\" shard0.csv \(options) \(Self.summaryOptions)", in: folder)
    #expect(first.standardOutput == firstNow.standardOutput)
    let merged = try Self.shell(
      """
      set -e
      "$AUC" accumulate shard1.csv \(options) --state-out s1.aucstate
      "$AUC" accumulate shard2.csv \(options) --state-out - \\
        | "$AUC" merge s1.aucstate - '\(version1)' \(Self.summaryOptions)
      """, in: folder)
    #expect(merged.status == 0, "\(merged.standardError)")
    #expect(merged.standardOutput == single.standardOutput)
    // A version-1 state on standard input, between version-2 ones.
    let streamed = try Self.shell(
      """
      set -e
      "$AUC" accumulate shard1.csv \(options) --state-out s1.aucstate
      "$AUC" accumulate shard2.csv \(options) --state-out s2.aucstate
      cat s1.aucstate '\(version1)' s2.aucstate | "$AUC" merge - \(Self.summaryOptions)
      """, in: folder)
    #expect(streamed.status == 0, "\(streamed.standardError)")
    #expect(streamed.standardOutput == single.standardOutput)
  }

  @Test("state show of a version-1 file prints what version 1 printed, byte for byte")
  func version1Show() throws {
    for state in Self.version1Kinds.map(\.state) + ["tails"] {
      let path = try CommandRunner.fixture("state-v1/\(state).aucstate")
      let expected = try String(
        contentsOfFile: try CommandRunner.fixture("state-v1/\(state).show.json"), encoding: .utf8)
      let shown = try CommandRunner.run(["state", "show", path])
      #expect(shown.status == 0, "\(shown.standardError)")
      #expect(shown.standardOutput == expected, "\(state)")
    }
  }

  @Test("a stream whose last state is cut short is rejected, naming the state and its byte")
  func truncatedStream() throws {
    let folder = try Folder()
    try Self.shards(of: "random_1000.csv", [0..<100, 100..<640, 640..<1000], in: folder)
    var sizes: [Int] = []
    for index in 0..<3 {
      let made = try Self.shell(
        "\"$AUC\" accumulate shard\(index).csv --exact --state-out s\(index).aucstate", in: folder)
      #expect(made.status == 0, "\(made.standardError)")
      sizes.append(
        try Data(contentsOf: folder.url.appendingPathComponent("s\(index).aucstate")).count)
    }
    let total = sizes.reduce(0, +)
    let start = sizes[0] + sizes[1]
    for cut in [1, 5, sizes[2] - 24, sizes[2] - 1] {
      let left = sizes[2] - cut
      let outcome = try Self.shell(
        "cat s0.aucstate s1.aucstate s2.aucstate | head -c \(total - cut) | \"$AUC\" merge -",
        in: folder)
      let message =
        left < 24
        ? "truncated: \(left) bytes are left, but a state has at least 24"
        : "truncated: the header announces \(sizes[2] - 24) payload bytes, so \(sizes[2]) bytes in all, but only \(left) are left"
      BadInputTableTests.expectRejection(outcome, "<stdin>: state 3 (byte \(start)): \(message)")
    }
    // Nothing but whole states: a damaged middle state is named too.
    var bytes = try [UInt8](Data(contentsOf: folder.url.appendingPathComponent("s1.aucstate")))
    bytes[bytes.count / 2] ^= 0x10
    _ = try folder.write(Data(bytes), to: "bad.aucstate")
    let damaged = try Self.shell(
      "cat s0.aucstate bad.aucstate s2.aucstate | \"$AUC\" merge -", in: folder)
    #expect(damaged.status == 1)
    #expect(damaged.standardError.hasPrefix("<stdin>: state 2 (byte \(sizes[0])): corrupted:"))
  }

  @Test("state show - prints every state of standard input, one a line; empty input fails")
  func showStream() throws {
    let folder = try Folder()
    let version1 = try CommandRunner.fixture("state-v1/exact.aucstate")
    let expected = try String(
      contentsOfFile: try CommandRunner.fixture("state-v1/exact.show.json"), encoding: .utf8)
    let shown = try Self.shell(
      "cat '\(version1)' '\(version1)' | \"$AUC\" state show -", in: folder)
    #expect(shown.status == 0, "\(shown.standardError)")
    #expect(shown.standardOutput == expected + expected)
    BadInputTableTests.expectRejection(
      try Self.shell("\"$AUC\" merge - < /dev/null", in: folder),
      "<stdin>: no state: the input is empty")
    BadInputTableTests.expectRejection(
      try Self.shell("\"$AUC\" state show - < /dev/null", in: folder),
      "<stdin>: no state: the input is empty")
    let twice = try Self.shell("\"$AUC\" merge - - < /dev/null", in: folder)
    #expect(twice.status == 64)
    #expect(twice.standardError.contains("standard input (-) is given twice"))
  }

  @Test("a version-2 state shows as JSON with the rows of each class and the weighted flag")
  func version2Show() throws {
    let folder = try Folder()
    _ = try folder.write("score,label,w\n0.5,1,2\n-3,0,0.25\n0.5,0,1\n", to: "rows.csv")
    let shown = try Self.shell(
      "\"$AUC\" accumulate rows.csv --exact --weight w --state-out - | \"$AUC\" state show -",
      in: folder)
    #expect(shown.status == 0, "\(shown.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 2)
    #expect(object["kind"] as? String == "counts")
    let payload = try #require(object["payload"] as? [String: Any])
    #expect(payload["positiveRows"] as? Int == 1)
    #expect(payload["negativeRows"] as? Int == 2)
    #expect(payload["weighted"] as? Bool == true)
    let counts = try #require(payload["counts"] as? [String: Any])
    #expect(counts["positiveRowCount"] as? Int == 1)
    #expect(counts["negativeRowCount"] as? Int == 2)
    #expect(counts["weighted"] as? Bool == true)
    #expect(counts["positiveWeights"] as? [Double] == [0, 2])
    #expect(counts["negativeWeights"] as? [Double] == [0.25, 1])
    // The keys: those of -3 and 0.5, the bits of the double with the sign bit flipped (all
    // bits, for a negative number).
    let keys = [~(-3.0).bitPattern, 0.5.bitPattern | 1 << 63]
    #expect((counts["keys"] as? [NSNumber])?.map(\.uint64Value) == keys)
  }
}
