import Foundation
import Testing

/// Choices about unusual but well-formed input, as README documents them: each was silent
/// before (a row lost, a column or a file read twice, an option ignored).
@Suite("documented input decisions")
struct InputDecisionTests {
  typealias Folder = BadInputTableTests.Folder

  @Test("a UTF-8 byte order mark is skipped with --no-header too")
  func byteOrderMarkWithoutHeader() throws {
    let folder = try Folder()
    let path = try folder.write("\u{FEFF}0.5,1\n0.2,0\n", to: "d.csv")
    let outcome = try CommandRunner.run(
      [path, "--no-header", "--score", "1", "--label", "2", "--format", "json"])
    #expect(try BadInputTableTests.rowCounts(outcome) == [2, 1, 1])
    let piped = try CommandRunner.run(
      ["--no-header", "--score", "1", "--label", "2", "--format", "json"],
      standardInput: "\u{FEFF}0.5,1\n0.2,0\n")
    #expect(try BadInputTableTests.rowCounts(piped) == [2, 1, 1])
    let quotedHeader = try folder.write("\u{FEFF}\"score\",label\n0.5,1\n", to: "q.csv")
    #expect(
      try BadInputTableTests.rowCounts(CommandRunner.run([quotedHeader, "--format", "json"]))
        == [1, 1, 0])
  }

  @Test("a column read is named twice in the header: rejected with both positions")
  func duplicateHeaderNames() throws {
    let folder = try Folder()
    let path = try folder.write("score,label,score\n0.5,1,0.9\n", to: "d.csv")
    try BadInputTableTests.expectRejected(
      [path],
      "\(path):1: the score column \"score\" is named 2 times in the header (columns 1 and 3); rename all but one",
      in: folder)
    let unread = try folder.write("id,score,id,label\n1,0.5,2,1\n", to: "u.csv")
    #expect(
      try BadInputTableTests.rowCounts(CommandRunner.run([unread, "--format", "json"])) == [1, 1, 0],
      "a repeated name of a column that is not read is fine")
  }

  @Test("the same file twice (by another path, or a hard link) is a usage error")
  func sameFileTwice() throws {
    let folder = try Folder()
    let path = try folder.write(BadInputTableTests.goodRows, to: "d.csv")
    let dotted = folder.url.path + "/./d.csv"
    let linked = folder.url.appendingPathComponent("link.csv").path
    try FileManager.default.linkItem(atPath: path, toPath: linked)
    let message = "\(path) and \(dotted) are the same file: its rows would be counted twice; give each input once"
    NumericOptionRangeTests.expectUsageError(try CommandRunner.run([path, dotted]), message)
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run(["accumulate", path, linked, "--state-out", folder.url.path + "/s"]),
      "\(path) and \(linked) are the same file: its rows would be counted twice; give each input once")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run([path, path]),
      "\(path) is given twice: its rows would be counted twice; give each input once")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run(["-", "-"], standardInput: ""),
      "standard input (-) is given twice: its rows would be counted twice; give each input once")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run(["compare", path, path, "--score", "score", "--score", "label2"]),
      "\(path) is given twice: its rows would be counted twice; give each input once")
    let state = folder.url.appendingPathComponent("s.aucstate").path
    #expect(try CommandRunner.run(["accumulate", path, "--state-out", state]).status == 0)
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run(["merge", state, state]),
      "\(state) is given twice: its rows would be counted twice; give each input once")
    let copy = try folder.write(BadInputTableTests.goodRows, to: "copy.csv")
    #expect(
      try BadInputTableTests.rowCounts(CommandRunner.run([path, copy, "--format", "json"]))
        == [4, 2, 2], "a copy is another file")
  }

  @Test("--thresholds with --bins or --exact is a usage error; either alone is not")
  func thresholdsWithBins() throws {
    let input = try CommandRunner.fixture("tiny_ties.csv")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run([input, "--bins", "log:8", "--thresholds", "10"]),
      "--thresholds and --bins exclude each other; give one of them (--bins linear:T is --thresholds T)")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run([input, "--bins", "linear:10", "--thresholds", "10"]),
      "--thresholds and --bins exclude each other; give one of them (--bins linear:T is --thresholds T)")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run([input, "--exact", "--thresholds", "10"]),
      "--thresholds and --exact exclude each other")
    let bins = try CommandRunner.run([input, "--bins", "linear:10", "--format", "json"])
    let thresholds = try CommandRunner.run([input, "--thresholds", "10", "--format", "json"])
    #expect(bins.status == 0 && thresholds.status == 0)
    #expect(bins.standardOutput == thresholds.standardOutput)
  }

  @Test("auc report has no --format: it writes HTML")
  func reportFormat() throws {
    let input = try CommandRunner.fixture("tiny_ties.csv")
    let outcome = try CommandRunner.run(["report", input, "--format", "json"])
    #expect(outcome.status == 64)
    #expect(outcome.standardError.hasPrefix("Error: Unknown option '--format'"))
    let help = try CommandRunner.run(["report", "--help"])
    #expect(!help.standardOutput.contains("--format"))
    #expect(help.standardOutput.contains("--ci"))
  }

  @Test("one column for two roles (--score x --label x) is a usage error")
  func sameColumnTwoRoles() throws {
    let input = try CommandRunner.fixture("tiny_ties.csv")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run([input, "--score", "label"]),
      "--score and --label name the same column \"label\"; each column has one role")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run([input, "--weight", "score"]),
      "--score and --weight name the same column \"score\"; each column has one role")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run([input, "--no-header", "--score", "2", "--label", "02"]),
      "--score and --label name the same column \"2\"; each column has one role")
    NumericOptionRangeTests.expectUsageError(
      try CommandRunner.run(["compare", input, "--score", "score", "--score", "x", "--label", "x"]),
      "--score and --label name the same column \"x\"; each column has one role")
  }

  @Test("the report of .npy input is titled with the .npy files")
  func numPyReportTitle() throws {
    let folder = try Folder()
    let scores = try folder.write(BadInputTableTests.goodScores, to: "s.npy")
    let labels = try folder.write(BadInputTableTests.goodLabels, to: "l.npy")
    let outcome = try CommandRunner.run(["report", "--scores", scores, "--labels", labels])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.contains("<title>AUC report: \(scores), \(labels)</title>"))
    #expect(!outcome.standardOutput.contains("standard input"))
  }
}
