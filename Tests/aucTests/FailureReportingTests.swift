import Foundation
import Testing

/// Every command reports a data error in the one way `AUCCommand.main` gives it: the exact
/// message and a line feed on standard error, nothing on standard output, exit status 1. A
/// usage error found while running (a memory budget the process already exceeds) still goes
/// to ArgumentParser: `Error: …`, exit status 64.
@Suite("auc failure reporting")
struct FailureReportingTests {
  /// A command, and the message it must print.
  struct Failure: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var message: String
    var testDescription: String { "auc " + arguments.joined(separator: " ") }
  }

  /// The files the failures read, written to a fresh temporary folder (the current folder of
  /// every run, so that messages name them as given).
  static func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("auc-failure-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let files = [
      "range.csv": "score,label\n0.5,1\n0.7,0\n1.5,1\n",
      "positives.csv": "score,label\n0.5,1\n0.2,1\n",
      "negatives.csv": "score,label\n0.5,0\n0.2,0\n",
      "pair.csv": "score,score2,label\n0.5,0.4,1\n0.2,0.3,0\n",
      "nan.csv": "score,score2,label\n0.5,0.4,1\nnan,0.3,0\n",
      "bad.aucstate": "not a state",
    ]
    for (name, contents) in files {
      try Data(contents.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  static let failures: [Failure] = [
    Failure(arguments: ["range.csv"], message: "range.csv:4: score 1.5 is outside 0...1"),
    Failure(
      arguments: ["summary", "range.csv", "--format", "json"],
      message: "range.csv:4: score 1.5 is outside 0...1"),
    Failure(
      arguments: ["curve", "roc", "range.csv"], message: "range.csv:4: score 1.5 is outside 0...1"),
    Failure(
      arguments: ["curve", "roc", "positives.csv"],
      message: "the ROC curve needs both positives and negatives"),
    Failure(
      arguments: ["curve", "pr", "negatives.csv", "--format", "json"],
      message: "the precision-recall curve needs positives"),
    Failure(
      arguments: ["plot", "positives.csv"],
      message: "the ROC curve needs both positives and negatives"),
    Failure(
      arguments: ["plot", "negatives.csv", "--curve", "pr"],
      message: "the precision-recall curve needs positives"),
    Failure(arguments: ["plot", "range.csv"], message: "range.csv:4: score 1.5 is outside 0...1"),
    Failure(arguments: ["report", "range.csv"], message: "range.csv:4: score 1.5 is outside 0...1"),
    Failure(
      arguments: ["report", "pair.csv", "-o", "pair.csv"],
      message: "pair.csv: refusing to overwrite the input pair.csv"),
    Failure(
      arguments: ["accumulate", "range.csv", "--state-out", "s.aucstate"],
      message: "range.csv:4: score 1.5 is outside 0...1"),
    Failure(
      arguments: ["accumulate", "positives.csv", "--state-out", "positives.csv"],
      message: "positives.csv: refusing to overwrite the input positives.csv"),
    Failure(
      arguments: ["accumulate", "pair.csv", "--state-out", "no/such/s.aucstate"],
      message:
        "no/such/s.aucstate: cannot create a temporary file in its folder: No such file or directory"
    ),
    Failure(
      arguments: ["merge", "bad.aucstate"],
      message: "bad.aucstate: truncated: 11 bytes, but a state file has at least 24"),
    Failure(
      arguments: ["state", "show", "bad.aucstate"],
      message: "bad.aucstate: truncated: 11 bytes, but a state file has at least 24"),
    Failure(
      arguments: ["compare", "pair.csv", "--score", "score", "--score", "score2"],
      message:
        "DeLong's variance needs 2 to 2^31 - 1 rows of each class, got 1 positive and 1 negative"),
    Failure(
      arguments: ["compare", "nan.csv", "--score", "score", "--score", "score2", "--unpaired"],
      message: "nan.csv:3: score nan is not a finite number"),
  ]

  @Test("a data error of each command: its message on standard error, status 1", arguments: failures)
  func dataError(_ failure: Failure) throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try CommandRunner.runCapturingBytes(failure.arguments, in: folder)
    #expect(outcome.reason == .exit)
    #expect(outcome.status == 1)
    #expect(outcome.standardError == failure.message + "\n")
    #expect(outcome.standardOutput.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.aucstate").path))
  }

  @Test("a failed write to standard output: every command says so the same way, status 1")
  func failedStandardOutput() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("score,label\n0.9,1\n0.4,0\n0.6,1\n0.2,0\n".utf8).write(
      to: folder.appendingPathComponent("good.csv"))
    for arguments in [
      ["good.csv"], ["curve", "roc", "good.csv"], ["plot", "good.csv"], ["report", "good.csv"],
      ["accumulate", "good.csv", "--state-out", "-"], ["demo", "--batches", "2"],
    ] {
      let outcome = try CommandRunner.runCapturingBytes(
        arguments, in: folder, standardOutputPath: "/dev/full")
      #expect(outcome.status == 1, "\(arguments)")
      #expect(
        outcome.standardError == "auc: cannot write to standard output: No space left on device\n",
        "\(arguments)")
    }
  }

  @Test("a usage error found while running is ArgumentParser's: Error: …, status 64")
  func usageErrorWhileRunning() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try CommandRunner.runCapturingBytes(
      ["pair.csv", "--exact", "--memory-budget", "64K"], in: folder)
    #expect(outcome.status == 64)
    #expect(outcome.standardError.hasPrefix("Error: --memory-budget 64 KiB is too small: "))
    #expect(outcome.standardOutput.isEmpty)
  }
}
