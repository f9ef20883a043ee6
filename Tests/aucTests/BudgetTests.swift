import AUCMetrics
import Foundation
import Testing

/// `--memory-budget` bounds the whole process, curves and `.npy` inputs included: the peak
/// resident memory from `/usr/bin/time -f %M`, with a generous budget for the sizes here.
///
/// Under the address sanitizer the process starts at about 60 MiB (shadow memory), above
/// the budgets these tests give; `.ci/run` sets `SWIFT_AUC_SANITIZER` for those runs.
@Suite(
  "auc keeps its memory budget",
  .disabled(
    if: ProcessInfo.processInfo.environment["SWIFT_AUC_SANITIZER"] != nil,
    "a sanitizer's shadow memory alone is over the budget"),
  .enabled(
    if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"),
    "GNU time measures the peak resident memory"))
struct BudgetTests {
  typealias Folder = BadInputTableTests.Folder

  /// Runs `auc arguments` under `/usr/bin/time -f %M`, standard output to `output`; the
  /// exit status and the peak resident memory in KiB.
  static func peakResidentKiB(_ arguments: [String], output: URL) throws -> (
    status: Int32, kibibytes: Int, standardError: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%M", try CommandRunner.executableURL().path] + arguments
    FileManager.default.createFile(atPath: output.path, contents: nil)
    let outputHandle = try FileHandle(forWritingTo: output)
    defer { try? outputHandle.close() }
    let error = Pipe()
    process.standardOutput = outputHandle
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let errorText = String(
      decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let lastLine = errorText.split(separator: "\n").last.map(String.init) ?? ""
    return (process.terminationStatus, Int(lastLine) ?? .max, errorText)
  }

  @Test("auc curve --exact --memory-budget 40M --format json stays within 40 MiB")
  func curveWithinBudget() throws {
    let folder = try Folder()
    var generator = SplitMix64(seed: 16)
    var csv = "score,label\n"
    for _ in 0..<300_000 {
      let label = generator.next() & 1
      csv += "\(generator.nextUnitDouble() + Double(label) * 0.25),\(label)\n"
    }
    let input = try folder.write(csv, to: "d.csv")
    let output = folder.url.appendingPathComponent("curve.json")
    for kind in ["roc", "pr"] {
      let run = try Self.peakResidentKiB(
        ["curve", kind, input, "--exact", "--memory-budget", "40M", "--format", "json"],
        output: output)
      #expect(run.status == 0, "\(run.standardError)")
      // 300 000 points took 230 MiB as objects and text at once; streamed, the counts and
      // the groups are all that is held.
      #expect(run.kibibytes <= 40 << 10, "\(kind): peak \(run.kibibytes) KiB")
      let object = try JSONSerialization.jsonObject(with: Data(contentsOf: output))
      let curve = try #require(object as? [String: Any])
      #expect(curve["curve"] as? String == kind)
      let points = try #require(curve["points"] as? [[String: Any]])
      #expect(points.count > 1000)
      let last = try #require(points.last)
      #expect(last[kind == "roc" ? "truePositiveRate" : "recall"] as? Double == 1)
    }
  }

  /// A `.npy` file of format 1.0 of `shape`, its header padded to 128 bytes as NumPy does.
  static func writeArray(_ data: Data, descriptor: String, shape: String, to url: URL) throws {
    var header = "{'descr': '\(descriptor)', 'fortran_order': False, 'shape': \(shape), }"
    header += String(repeating: " ", count: 128 - 10 - header.utf8.count - 1) + "\n"
    var bytes = Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.utf8.count), 0])
    bytes.append(Data(header.utf8))
    bytes.append(data)
    try bytes.write(to: url)
  }

  @Test("(n, 2) float64 scores and int64 labels from .npy stay within --memory-budget 48M")
  func numPyWithinBudget() throws {
    let folder = try Folder()
    let rows = 3_000_000
    var generator = SplitMix64(seed: 17)
    var scores = [Double](repeating: 0, count: 2 * rows)
    var labels = [Int64](repeating: 0, count: rows)
    for row in 0..<rows {
      let label = Int64(generator.next() & 1)
      let score = generator.nextUnitDouble() + Double(label) * 0.25
      scores[2 * row] = 1 - score
      scores[2 * row + 1] = score
      labels[row] = label
    }
    let scoreURL = folder.url.appendingPathComponent("s.npy")
    let labelURL = folder.url.appendingPathComponent("y.npy")
    try Self.writeArray(
      scores.withUnsafeBytes { Data($0) }, descriptor: "<f8", shape: "(\(rows), 2)", to: scoreURL)
    try Self.writeArray(
      labels.withUnsafeBytes { Data($0) }, descriptor: "<i8", shape: "(\(rows),)", to: labelURL)
    let output = folder.url.appendingPathComponent("summary.json")
    let run = try Self.peakResidentKiB(
      [
        "--scores", scoreURL.path, "--labels", labelURL.path, "--exact", "--memory-budget", "48M",
        "--format", "json",
      ], output: output)
    #expect(run.status == 0, "\(run.standardError)")
    // Dropping the mapped pages every 16 batches let 16 MiB of scores and 8 MiB of labels
    // be resident at once; now one batch's are.
    #expect(run.kibibytes <= 48 << 10, "peak \(run.kibibytes) KiB")
    let text = try String(contentsOf: output, encoding: .utf8)
    #expect(try EndToEndTests.number("count", in: text) == Double(rows))
  }
}
