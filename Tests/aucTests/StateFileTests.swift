import AUCMetrics
import Foundation
import Testing

@testable import AUCCommandLine
@testable import AUCFileFormats

/// State files: `auc merge` of shard states equals one run, and every damaged file is caught.
@Suite("State files")
struct StateFileTests {
  /// A temporary folder for one test, removed afterwards by the caller.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("auc-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// `random_1000.csv` cut into three shards with the header repeated.
  static func shards(in folder: URL) throws -> (whole: String, parts: [String]) {
    let whole = try CommandRunner.fixture("random_1000.csv")
    let lines = try String(contentsOfFile: whole, encoding: .utf8).split(separator: "\n")
    let header = lines[0]
    let rows = lines.dropFirst()
    var parts: [String] = []
    for (index, range) in [0..<100, 100..<640, 640..<rows.count].enumerated() {
      let path = folder.appendingPathComponent("part\(index).csv").path
      let text = ([header] + rows.dropFirst(range.lowerBound).prefix(range.count)).joined(
        separator: "\n")
      try (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
      parts.append(path)
    }
    return (whole, parts)
  }

  @Test(
    "merge of shard states prints the summary of one run, bit for bit",
    arguments: [[String](), ["--exact"], ["--bins", "log:64"], ["--thresholds", "200"]])
  func mergeEqualsOneRun(options: [String]) throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (whole, parts) = try Self.shards(in: folder)
    var states: [String] = []
    for (index, part) in parts.enumerated() {
      let state = folder.appendingPathComponent("s\(index).aucstate").path
      let outcome = try CommandRunner.run(["accumulate", part, "--state-out", state] + options)
      #expect(outcome.status == 0, "\(outcome.standardError)")
      #expect(outcome.standardOutput.isEmpty)
      states.append(state)
    }
    let merged = folder.appendingPathComponent("all.aucstate").path
    let mergeOutcome = try CommandRunner.run(
      ["merge"] + states.reversed() + ["--state-out", merged, "--format", "json", "--ci", "0.95"])
    let single = try CommandRunner.run([whole, "--format", "json", "--ci", "0.95"] + options)
    #expect(mergeOutcome.status == 0, "\(mergeOutcome.standardError)")
    #expect(mergeOutcome.standardOutput == single.standardOutput)
    // The merged state merges again to the same summary.
    let again = try CommandRunner.run(["merge", merged, "--format", "json", "--ci", "0.95"])
    #expect(again.standardOutput == single.standardOutput)
  }

  @Test("merge rejects states of different thresholds or kinds, naming the file")
  func mismatch() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = try CommandRunner.fixture("random_1000.csv")
    let paths = ["a", "b", "c"].map { folder.appendingPathComponent("\($0).aucstate").path }
    _ = try CommandRunner.run(["accumulate", input, "--state-out", paths[0]])
    _ = try CommandRunner.run(["accumulate", input, "--thresholds", "200", "--state-out", paths[1]])
    _ = try CommandRunner.run(["accumulate", input, "--exact", "--state-out", paths[2]])
    let thresholds = try CommandRunner.run(["merge", paths[0], paths[1]])
    #expect(thresholds.status == 1)
    #expect(
      thresholds.standardError
        == "\(paths[1]): cannot merge histograms with 4095 and 200 thresholds\n")
    let kinds = try CommandRunner.run(["merge", paths[0], paths[2]])
    #expect(kinds.status == 1)
    #expect(
      kinds.standardError.hasPrefix(
        "\(paths[2]): cannot merge a histogram state with a counts state"))
  }

  @Test("every flipped byte and every truncation of a state file is rejected")
  func damage() throws {
    var counts = ScoreCounts()
    try counts.record(scores: [0.25, 0.5, -1.5, 0.5], labels: [1, 0, 0, 1])
    let payload = StatePayload(
      accumulator: .counts(counts), rows: RowTally(positives: 2, negatives: 2), weighted: false)
    let bytes = try StateFile.encode(payload)
    #expect(try StateFile.decode(bytes).counts == counts)
    for position in bytes.indices {
      for mask: UInt8 in [0x01, 0x80, 0xFF] {
        var damaged = bytes
        damaged[position] ^= mask
        #expect(throws: StateFileError.self, "byte \(position) ^ \(mask)") {
          try StateFile.decode(damaged)
        }
      }
    }
    for length in 0..<bytes.count {
      #expect(throws: StateFileError.self, "first \(length) bytes") {
        try StateFile.decode(Array(bytes[..<length]))
      }
    }
    #expect(throws: StateFileError.self) { try StateFile.decode(bytes + [0]) }
  }

  @Test("state show prints the file as JSON; a damaged file fails with the reason")
  func show() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = try CommandRunner.fixture("random_1000.csv")
    let path = folder.appendingPathComponent("s.aucstate").path
    _ = try CommandRunner.run(["accumulate", input, "--state-out", path])
    let shown = try CommandRunner.run(["state", "show", path])
    #expect(shown.status == 0, "\(shown.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "auc-state")
    #expect(object["kind"] as? String == "histogram")
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    bytes[bytes.count / 2] ^= 0x20
    try bytes.write(to: URL(fileURLWithPath: path))
    let damaged = try CommandRunner.run(["state", "show", path])
    #expect(damaged.status == 1)
    #expect(damaged.standardError.hasPrefix("\(path): corrupted: the checksum is"))
  }
}
