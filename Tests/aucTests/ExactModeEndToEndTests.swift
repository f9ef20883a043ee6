import AUCMetrics
import Foundation
import Testing

/// `--exact`, `--bins log:K`, `--weight` and `--memory-budget`, run as a user runs them.
@Suite("auc exact, log-binned and weighted end to end")
struct ExactModeEndToEndTests {
  typealias Summary = EndToEndTests

  @Test("--exact --weight gives the rational weighted values of the reference set")
  func exactWeighted() throws {
    let path = try CommandRunner.fixture("weighted_1000.csv")
    let outcome = try CommandRunner.run([path, "--exact", "--weight", "weight", "--format", "json"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let text = outcome.standardOutput
    let summary = try Summary.summary(text, weighted: true)
    #expect(summary["exact"] as? Bool == true)
    #expect(summary["count"] as? Int == 1000)
    let binning = try #require(summary["binning"] as? [String: Any])
    #expect(binning["kind"] as? String == "exact")
    #expect(binning["switchedFromExact"] as? Bool == false)
    // auc_weighted_hex and average_precision_weighted_hex of Stats/weighted_1000.json: exact
    // rationals, correctly rounded.
    let rocAUC = try #require(try Summary.number("rocAUC", in: text))
    #expect(abs(rocAUC - Double("0x1.8b5fb889f247bp-1")!) <= rocAUC.ulp)
    let averagePrecision = try #require(try Summary.number("averagePrecision", in: text))
    #expect(abs(averagePrecision - Double("0x1.0d194d4adc1d5p-1")!) <= 4 * averagePrecision.ulp)
    #expect(try Summary.number("rocAUCErrorBound", in: text) == 0)
  }

  @Test("--exact reads logits; --bins log:K stays within its bound of the exact value")
  func logits() throws {
    let path = try CommandRunner.fixture("logits_2000.csv")
    let exact = try CommandRunner.run([path, "--exact", "--format", "json"])
    #expect(exact.status == 0, "\(exact.standardError)")
    let exactAUC = try #require(try Summary.number("rocAUC", in: exact.standardOutput))
    // auc_hex of Stats/logits_2000.json.
    #expect(abs(exactAUC - Double("0x1.73db573eab368p-1")!) <= exactAUC.ulp)

    let binned = try CommandRunner.run([path, "--bins", "log:16", "--format", "json"])
    #expect(binned.status == 0, "\(binned.standardError)")
    let summary = try Summary.summary(binned.standardOutput)
    let binning = try #require(summary["binning"] as? [String: Any])
    #expect(binning["kind"] as? String == "log")
    #expect(binning["subBinsPerOctave"] as? Int == 16)
    #expect(summary["exact"] as? Bool == false)
    let value = try #require(try Summary.number("rocAUC", in: binned.standardOutput))
    let bound = try #require(try Summary.number("rocAUCErrorBound", in: binned.standardOutput))
    #expect(bound > 0 && abs(value - exactAUC) <= bound)

    let linear = try CommandRunner.run([path])
    #expect(linear.status == 1)
    #expect(linear.standardError.contains(":2: score -1.10144044296513 is outside 0...1"))
  }

  /// Under the address sanitizer the process starts at about 60 MiB (shadow memory), above
  /// the 40 MiB budget this test gives; `.ci/run` sets `SWIFT_AUC_SANITIZER` for those runs.
  @Test(
    "a memory budget too small for the distinct scores switches to log bins and says so",
    .disabled(
      if: ProcessInfo.processInfo.environment["SWIFT_AUC_SANITIZER"] != nil,
      "a sanitizer's shadow memory alone is over the budget"))
  func memoryBudgetSwitch() throws {
    var generator = SplitMix64(seed: 7)
    var scores: [Double] = []
    var labels: [Int] = []
    var csv = "score,label\n"
    for _ in 0..<300_000 {
      let label = Int(generator.next() & 1)
      let score = generator.nextUnitDouble() + Double(label) * 0.25
      scores.append(score)
      labels.append(label)
      csv += "\(score),\(label)\n"
    }
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("auc-budget-\(UUID().uuidString).csv")
    try csv.write(to: file, atomically: false, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }

    let outcome = try CommandRunner.run([
      file.path, "--exact", "--memory-budget", "40M", "--format", "json",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let summary = try Summary.summary(outcome.standardOutput)
    let binning = try #require(summary["binning"] as? [String: Any])
    #expect(binning["kind"] as? String == "log")
    #expect(binning["switchedFromExact"] as? Bool == true)
    #expect(summary["exact"] as? Bool == false)

    var counts = ScoreCounts()
    try counts.record(scores: scores, labels: labels)
    let exactAUC = try #require(counts.summary.rocAUC)
    let value = try #require(try Summary.number("rocAUC", in: outcome.standardOutput))
    let bound = try #require(try Summary.number("rocAUCErrorBound", in: outcome.standardOutput))
    #expect(bound > 0 && abs(value - exactAUC) <= bound)

    let text = try CommandRunner.run([file.path, "--exact", "--memory-budget", "40M"])
    #expect(text.standardOutput.contains("switched from exact to fit the memory budget"))
  }

  @Test("bad weights fail with FILE:LINE and exit status 1")
  func badWeights() throws {
    let cases: [(String, [String], String)] = [
      (
        "score,label,w\n0.5,1,2\n0.4,0,-1\n", ["--weight", "w"],
        "<stdin>:3: weight -1.0 is not a finite number ≥ 0\n"
      ),
      (
        "score,label,w\n0.5,1,nan\n", ["--exact", "--weight", "w"],
        "<stdin>:2: weight nan is not a finite number ≥ 0\n"
      ),
      (
        "score,label,w\n0.5,1,heavy\n", ["--weight", "w"],
        "<stdin>:2: weight \"heavy\" is not a number\n"
      ),
      (
        "score,label,w\n0.5,1\n", ["--weight", "w"],
        "<stdin>:2: row has 2 fields, but the score, label and weight columns need 3\n"
      ),
    ]
    for (input, arguments, message) in cases {
      let outcome = try CommandRunner.run(arguments, standardInput: input)
      #expect(outcome.status == 1)
      #expect(outcome.standardOutput.isEmpty)
      #expect(outcome.standardError == message)
    }
    let missing = try CommandRunner.run(["--weight", "w"], standardInput: "score,label\n0.5,1\n")
    #expect(missing.status == 1)
    #expect(missing.standardError.hasPrefix("<stdin>:1: no weight column \"w\""))
  }
}
