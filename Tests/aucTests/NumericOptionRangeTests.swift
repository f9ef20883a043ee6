import Foundation
import Testing

/// Every numeric option is checked against its range before anything runs: a value out of it
/// is a usage error (exit 64) that gives the range, never a crash (`demo --batch-size
/// 9223372036854775807` used to segfault, `1000000000000` to abort on the allocation).
@Suite("numeric options out of range")
struct NumericOptionRangeTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  /// The first line of a usage error: `Error: ` and the message.
  static func expectUsageError(
    _ outcome: CommandRunner.Outcome, _ message: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(outcome.status == 64, "\(outcome.standardError)", sourceLocation: sourceLocation)
    #expect(outcome.standardOutput.isEmpty, sourceLocation: sourceLocation)
    let firstLine = outcome.standardError.split(separator: "\n").first.map(String.init)
    #expect(firstLine == "Error: \(message)", sourceLocation: sourceLocation)
  }

  @Test(
    "demo: --batch-size and --batches out of range",
    arguments: [
      Case(
        arguments: ["demo", "--batch-size", "9223372036854775807"],
        message: "--batch-size must be in 1...1048576, got 9223372036854775807"),
      Case(
        arguments: ["demo", "--batch-size", "1000000000000"],
        message: "--batch-size must be in 1...1048576, got 1000000000000"),
      Case(
        arguments: ["demo", "--batch-size", "0"], message: "--batch-size must be in 1...1048576, got 0"),
      Case(
        arguments: ["demo", "--batch-size=-5"],
        message: "--batch-size must be in 1...1048576, got -5"),
      Case(arguments: ["demo", "--batches", "0"], message: "--batches must be in 1...1000000, got 0"),
      Case(
        arguments: ["demo", "--batches", "9223372036854775807"],
        message: "--batches must be in 1...1000000, got 9223372036854775807"),
      Case(
        arguments: ["demo", "--thresholds", "16777216"],
        message: "--thresholds must be in 1...16777215, got 16777216"),
    ])
  func demoRanges(_ testCase: Case) throws {
    // Guarded: before the check, some of these ran (or printed) without end.
    Self.expectUsageError(try CommandRunner.runGuarded(testCase.arguments), testCase.message)
  }

  @Test("demo at the edges of its ranges runs")
  func demoEdges() throws {
    let largest = try CommandRunner.run(["demo", "--batches", "1", "--batch-size", "1048576"])
    #expect(largest.status == 0, "\(largest.standardError)")
    #expect(largest.standardOutput.hasPrefix("batch 1  AUC "))
    let smallest = try CommandRunner.run(["demo", "--batches", "1", "--batch-size", "1"])
    #expect(smallest.status == 0, "\(smallest.standardError)")
  }

  @Test(
    "summary: --thresholds, --ci and --max-fpr out of range",
    arguments: [
      Case(arguments: ["--thresholds", "0"], message: "--thresholds must be in 1...16777215, got 0"),
      Case(
        arguments: ["--thresholds", "16777216"],
        message: "--thresholds must be in 1...16777215, got 16777216"),
      Case(
        arguments: ["--thresholds=-9223372036854775808"],
        message: "--thresholds must be in 1...16777215, got -9223372036854775808"),
      Case(arguments: ["--ci", "1"], message: "--ci must be a level in (0, 1), got 1.0"),
      Case(arguments: ["--ci", "nan"], message: "--ci must be a level in (0, 1), got nan"),
      Case(arguments: ["--ci=-inf"], message: "--ci must be a level in (0, 1), got -inf"),
      Case(arguments: ["--max-fpr", "0"], message: "--max-fpr must be in (0, 1], got 0.0"),
      Case(arguments: ["--max-fpr", "1e400"], message: "--max-fpr must be in (0, 1], got inf"),
    ])
  func summaryRanges(_ testCase: Case) throws {
    let input = try CommandRunner.fixture("tiny_ties.csv")
    Self.expectUsageError(try CommandRunner.run([input] + testCase.arguments), testCase.message)
  }

  @Test("the largest --thresholds is accepted")
  func largestThresholds() throws {
    let input = try CommandRunner.fixture("tiny_ties.csv")
    let outcome = try CommandRunner.run([input, "--thresholds", "16777215", "--format", "json"])
    #expect(try BadInputTableTests.rowCounts(outcome) == [10, 5, 5])
  }

  /// `--memory-budget 64K` used to say "0 MiB is too small": sizes are now in the unit that
  /// fits (KiB under 1 MiB), and the least budget to give is rounded up.
  @Test("--memory-budget too small for the process: sizes in KiB and MiB")
  func memoryBudgetUnits() throws {
    let input = try CommandRunner.fixture("tiny_ties.csv")
    let outcome = try CommandRunner.run([input, "--exact", "--memory-budget", "64K"])
    #expect(outcome.status == 64)
    let line = outcome.standardError.split(separator: "\n").first.map(String.init) ?? ""
    let pattern =
      #/Error: --memory-budget 64 KiB is too small: the process takes (\d+(\.\d)?) MiB before counting \(10 MiB of it kept for reading\), and the counts need at least 1 MiB; give at least (\d+)M/#
    let match = try #require(line.wholeMatch(of: pattern), "\(line)")
    let process = try #require(Double(match.1))
    let least = try #require(Double(match.3))
    #expect(least >= process + 1 && least <= process + 2.1)
    let enough = try CommandRunner.run(
      [input, "--exact", "--memory-budget", "\(Int(least))M", "--format", "json"])
    #expect(try BadInputTableTests.rowCounts(enough) == [10, 5, 5])
    let bytes = try CommandRunner.run([input, "--exact", "--memory-budget", "100000"])
    #expect(bytes.standardError.hasPrefix("Error: --memory-budget 97.6 KiB is too small"))
  }
}
