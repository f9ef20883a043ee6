import AUCMetrics
import Foundation
import Testing

/// Every text input format through the built `auc`, compared with the library on the same rows.
@Suite("auc input formats end to end")
struct InputFormatEndToEndTests {
  /// The rows of `random_1000.csv` (id,label,score), parsed here with Foundation.
  static func rows(first count: Int = .max) throws -> (scores: [Double], labels: [Int]) {
    let path = try CommandRunner.fixture("random_1000.csv")
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
    let fields = lines.prefix(count).map { $0.split(separator: ",") }
    return (fields.map { Double($0[2])! }, fields.map { Int($0[1])! })
  }

  /// The exact summary's JSON numbers must be the library's exact values, bit for bit.
  static func expectExact(_ outcome: CommandRunner.Outcome, scores: [Double], labels: [Int]) throws
  {
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let summary = try RankingSummary(scores: scores, labels: labels)
    let text = outcome.standardOutput
    #expect(try EndToEndTests.number("count", in: text) == Double(scores.count))
    #expect(try EndToEndTests.number("rocAUC", in: text) == summary.rocAUC)
    #expect(try EndToEndTests.number("averagePrecision", in: text) == summary.averagePrecision)
    #expect(try EndToEndTests.number("prAUCInterpolated", in: text) == summary.prAUCInterpolated)
  }

  @Test("TSV by extension, and CSV forced on it fails on the header")
  func tabSeparated() throws {
    let (scores, labels) = try Self.rows()
    let path = try CommandRunner.fixture("random_1000.tsv")
    try Self.expectExact(
      try CommandRunner.run([path, "--exact", "--format", "json"]), scores: scores, labels: labels)
    let forced = try CommandRunner.run([path, "--input-format", "csv"])
    #expect(forced.status == 1)
    #expect(forced.standardError.contains(":1: no score column \"score\""))
  }

  @Test("gzip of two concatenated members, from a file and from standard input")
  func gzip() throws {
    let (scores, labels) = try Self.rows()
    let path = try CommandRunner.fixture("random_1000.csv.gz")
    try Self.expectExact(
      try CommandRunner.run([path, "--exact", "--format", "json"]), scores: scores, labels: labels)
    let compressed = try Data(contentsOf: URL(fileURLWithPath: path))
    let piped = try CommandRunner.run(
      ["--exact", "--format", "json", "--input-format", "csv.gz"], standardInputData: compressed)
    try Self.expectExact(piped, scores: scores, labels: labels)
    let truncated = try CommandRunner.run(
      ["--input-format", "csv.gz"], standardInputData: compressed.prefix(compressed.count / 2))
    #expect(truncated.status == 1)
    #expect(truncated.standardError.contains("gzip: the compressed data end early"))
  }

  @Test(
    "quoted RFC 4180 CSV: BOM, quoted header and numbers, commas, quotes and line breaks in fields, CRLF"
  )
  func quoted() throws {
    let (scores, labels) = try Self.rows(first: 50)
    let path = try CommandRunner.fixture("quoted.csv")
    try Self.expectExact(
      try CommandRunner.run([path, "--exact", "--format", "json"]), scores: scores, labels: labels)
    // A bad value is reported at the line its record starts on (records 0 and 7 span 2 lines).
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let broken = text.replacingOccurrences(of: "0.5230671798509814", with: "oops")
    let outcome = try CommandRunner.run([], standardInput: broken)
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "<stdin>:10: score \"oops\" is not a number\n")
  }

  @Test("standard input, and a headerless file by column numbers")
  func standardInputAndNoHeader() throws {
    let (scores, labels) = try Self.rows()
    let path = try CommandRunner.fixture("random_1000.csv")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try Self.expectExact(
      try CommandRunner.run(["-", "--exact", "--format", "json"], standardInput: text),
      scores: scores, labels: labels)
    let headerless = text.split(separator: "\n").dropFirst().joined(separator: "\n")
    try Self.expectExact(
      try CommandRunner.run(
        ["--no-header", "--score", "3", "--label", "2", "--exact", "--format", "json"],
        standardInput: headerless),
      scores: scores, labels: labels)
    let named = try CommandRunner.run(["--no-header", "--score", "score"], standardInput: "")
    #expect(named.status == 64)
  }

  @Test(
    "NumPy .npy: big-endian float64 with int64 labels, (n, 2) float32 predictions with bool labels")
  func numPy() throws {
    func fixture(_ name: String) throws -> String {
      try #require(
        Bundle.module.url(forResource: name, withExtension: "npy", subdirectory: "Fixtures/npy")
      ).path
    }
    // Every score file of the fixtures against every label file: AUC 113/144 (see its README).
    let cases = [
      ["--scores", try fixture("scores_f8_be"), "--labels", try fixture("labels_i8_be")],
      ["--scores", try fixture("preds_f4_n2"), "--labels", try fixture("labels_b1"), "--float32"],
      ["--scores", try fixture("scores_f4_le"), "--labels", try fixture("labels_u1_n1")],
    ]
    for arguments in cases {
      let outcome = try CommandRunner.run(arguments + ["--exact", "--format", "json"])
      #expect(outcome.status == 0, "\(outcome.standardError)")
      #expect(try EndToEndTests.number("rocAUC", in: outcome.standardOutput) == 113.0 / 144)
      #expect(try EndToEndTests.number("count", in: outcome.standardOutput) == 24)
    }
    let badLabels = try fixture("labels_bad_i4")
    let bad = try CommandRunner.run([
      "--scores", try fixture("scores_f8_le"), "--labels", badLabels,
    ])
    #expect(bad.status == 1)
    #expect(bad.standardError == "\(badLabels): byte 148: label 7 is neither 0 nor 1\n")
    let alone = try CommandRunner.run(["--scores", try fixture("scores_f8_le")])
    #expect(alone.status == 64)
  }

  /// A version 1.0 `.npy` file of one column, its header padded to 128 bytes as NumPy does.
  static func writeArray(_ data: Data, descriptor: String, count: Int, to url: URL) throws {
    var header = "{'descr': '\(descriptor)', 'fortran_order': False, 'shape': (\(count),), }"
    header += String(repeating: " ", count: 128 - 10 - header.utf8.count - 1) + "\n"
    var bytes = Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.utf8.count), 0])
    bytes.append(Data(header.utf8))
    bytes.append(data)
    try bytes.write(to: url)
  }

  @Test("native float32 and uint8 .npy files are counted in place, errors at the label's byte")
  func numPyInPlace() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "auc-npy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let rows = 2_200_000
    var generator = SplitMix64(seed: 11)
    var scores: [Float] = []
    var labels: [UInt8] = []
    for _ in 0..<rows {
      let score = generator.nextUnitFloat()
      scores.append(score)
      labels.append(generator.nextUnitFloat() < score ? 1 : 0)
    }
    let scoreURL = folder.appendingPathComponent("s.npy")
    let labelURL = folder.appendingPathComponent("y.npy")
    try Self.writeArray(
      scores.withUnsafeBytes { Data($0) }, descriptor: "<f4", count: rows, to: scoreURL)
    try Self.writeArray(Data(labels), descriptor: "|u1", count: rows, to: labelURL)
    let outcome = try CommandRunner.run([
      "--scores", scoreURL.path, "--labels", labelURL.path, "--float32", "--format", "json",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    var histogram = ScoreHistogram(thresholdCount: 4095)
    try histogram.record(scores: scores, labels: labels)
    #expect(
      try EndToEndTests.number("rocAUC", in: outcome.standardOutput)?.bitPattern
        == histogram.rocAUC?.bitPattern)
    // A label 7 past the pages already handed back (every 2^20 rows): its byte is named.
    labels[2_150_001] = 7
    try Self.writeArray(Data(labels), descriptor: "|u1", count: rows, to: labelURL)
    let bad = try CommandRunner.run([
      "--scores", scoreURL.path, "--labels", labelURL.path, "--float32",
    ])
    #expect(bad.status == 1)
    #expect(
      bad.standardError == "\(labelURL.path): byte \(128 + 2_150_001): label 7 is neither 0 nor 1\n"
    )
  }
}
