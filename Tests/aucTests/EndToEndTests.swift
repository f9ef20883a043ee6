import AUCMetrics
import Foundation
import Testing

/// The built `auc` command, run as a user runs it.
@Suite("auc end to end")
struct EndToEndTests {
  /// Parses `--format json` output and checks it has exactly the documented keys (the weight
  /// totals only with `--weight`).
  static func summary(_ text: String, weighted: Bool = false) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let summary = try #require(object)
    var keys: Set<String> = [
      "count", "positives", "negatives", "thresholds", "exact", "rocAUC", "rocAUCErrorBound",
      "averagePrecision", "prAUCTrapezoid", "prAUCInterpolated", "binning", "bestThreshold",
    ]
    if weighted { keys.formUnion(["positiveWeight", "negativeWeight"]) }
    #expect(Set(summary.keys) == keys)
    return summary
  }

  /// A JSON number, read back with Swift's own parser from the text so no bits are lost.
  static func number(_ key: String, in text: String) throws -> Double? {
    let pattern = "\"\(key)\":"
    let start = try #require(text.range(of: pattern)).upperBound
    let rest = text[start...]
    let end = rest.firstIndex(where: { $0 == "," || $0 == "}" })!
    let token = String(rest[..<end])
    if token == "null" { return nil }
    // A token that does not parse gives nil, which fails every comparison with a number.
    return Double(token)
  }

  @Test("summary --format json equals the library on the same rows")
  func jsonSummary() throws {
    let path = try CommandRunner.fixture("random_1000.csv")
    let outcome = try CommandRunner.run([path, "--format", "json"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let summary = try Self.summary(outcome.standardOutput)

    // The library fed directly from the same file, parsed here with Foundation.
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
    let fields = lines.map { $0.split(separator: ",") }
    var metric = StreamingAUC()
    try metric.update(scores: fields.map { Double($0[2])! }, labels: fields.map { Int($0[1])! })
    #expect(summary["count"] as? Int == 1000)
    #expect(summary["positives"] as? Int == Int(metric.histogram.positiveCount))
    #expect(summary["thresholds"] as? Int == 4095)
    let text = outcome.standardOutput
    #expect(try Self.number("rocAUC", in: text)?.bitPattern == metric.value?.bitPattern)
    #expect(try Self.number("rocAUCErrorBound", in: text) == metric.errorBound)
    #expect(try Self.number("averagePrecision", in: text) == metric.histogram.averagePrecision)
  }

  @Test("--float32 bins as PaddlePaddle does on float32 data")
  func float32Binning() throws {
    let path = try CommandRunner.fixture("f32_rounding_boundary.csv")
    let outcome = try CommandRunner.run([
      "summary", path, "--float32", "--thresholds", "200", "--format", "json",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    // paddle_metric_auc_hex of f32_rounding_boundary.json at T = 200.
    let paddle = Double("0x1.1eb851eb851ebp-1")!
    #expect(try Self.number("rocAUC", in: outcome.standardOutput)?.bitPattern == paddle.bitPattern)
  }

  @Test("standard input, '-' and several files add up")
  func standardInputAndSeveralFiles() throws {
    let rows = "score,label\n0.9,1\n0.2,0\n"
    let piped = try CommandRunner.run(["--format", "json"], standardInput: rows)
    #expect(piped.status == 0)
    #expect(try Self.number("rocAUC", in: piped.standardOutput) == 1.0)
    let path = try CommandRunner.fixture("random_1000.csv")
    let both = try CommandRunner.run([path, "-", "--format", "json"], standardInput: rows)
    #expect(try Self.summary(both.standardOutput)["count"] as? Int == 1002)
  }

  @Test("one class gives null, not 0")
  func undefined() throws {
    let outcome = try CommandRunner.run(
      ["--format", "json"], standardInput: "label,score\n1,0.3\n1,0.6\n")
    #expect(outcome.status == 0)
    #expect(
      outcome.standardOutput.trimmingCharacters(in: .newlines)
        == #"{"count":2,"positives":2,"negatives":0,"thresholds":4095,"exact":false,"rocAUC":null,"rocAUCErrorBound":null,"averagePrecision":1.0,"prAUCTrapezoid":1.0,"prAUCInterpolated":1.0,"binning":{"kind":"linear","thresholds":4095,"switchedFromExact":false},"bestThreshold":null}"#
    )
  }

  @Test("a bad row fails with FILE:LINE and exit status 1")
  func badRow() throws {
    let path = try CommandRunner.fixture("bad_label.csv")
    let outcome = try CommandRunner.run([path])
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError == "\(path):4: label \"x\" is neither 0 nor 1\n")

    let outOfRange = try CommandRunner.run([], standardInput: "score,label\n0.5,1\n\n1.25,0\n")
    #expect(outOfRange.status == 1)
    #expect(outOfRange.standardError == "<stdin>:4: score 1.25 is outside 0...1\n")

    let noColumn = try CommandRunner.run(["--score", "p"], standardInput: "score,label\n0.5,1\n")
    #expect(noColumn.status == 1)
    #expect(noColumn.standardError.hasPrefix("<stdin>:1: no score column \"p\""))
  }

  @Test(
    "usage errors exit with status 64",
    arguments: [
      ["--thresholds", "0"], ["--format", "xml"], ["demo", "--batches", "0"],
      ["--exact", "--bins", "log:8"], ["--bins", "log:3"], ["--bins", "cubic:8"],
      ["--memory-budget", "64M"], ["--exact", "--memory-budget", "12x"],
      ["--exact", "--memory-budget", "1K"],
    ])
  func usageError(arguments: [String]) throws {
    let outcome = try CommandRunner.run(arguments, standardInput: "")
    #expect(outcome.status == 64)
  }

  @Test("demo prints the AUC after each of 100 batches, as the library computes it")
  func demo() throws {
    let outcome = try CommandRunner.run(["demo"])
    #expect(outcome.status == 0)
    let lines = outcome.standardOutput.split(separator: "\n")
    #expect(lines.count == 101)
    // The same batches through the library: SplitMix64(seed: 2024), score then label per row.
    var generator = SplitMix64(seed: 2024)
    var metric = StreamingAUC()
    for batch in 0..<100 {
      var scores = [Float]()
      var labels = [Int]()
      for _ in 0..<128 {
        scores.append(generator.nextUnitFloat())
        labels.append(generator.next() >> 63 == 1 ? 1 : 0)
      }
      try metric.update(scores: scores, labels: labels)
      let value = try #require(metric.value)
      #expect(lines[batch].hasSuffix("AUC \(value)"), "batch \(batch + 1): \(lines[batch])")
    }
    let final = try #require(metric.value)
    #expect(abs(final - 0.5) < 0.05, "labels do not depend on scores")
  }
}
