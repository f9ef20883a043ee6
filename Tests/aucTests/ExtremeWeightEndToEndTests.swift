import AUCMetrics
import Foundation
import Testing

@testable import AUCCommandLine

/// Huge, tiny and tied weights through the built `auc`: the areas of every command, the
/// weight limit's message, exact ties, finite midpoints, and no DeLong interval for weights.
@Suite("auc with extreme weights")
struct ExtremeWeightEndToEndTests {
  typealias Folder = BadInputTableTests.Folder

  static func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation)
    throws -> String
  {
    let outcome = try CommandRunner.run(arguments + ["--format", "json"])
    #expect(outcome.status == 0, "\(outcome.standardError)", sourceLocation: sourceLocation)
    return outcome.standardOutput
  }

  static func number(_ key: String, _ text: String) throws -> Double? {
    try EndToEndTests.number(key, in: text)
  }

  /// `rows` of scores and labels as CSV with a weight column `w` of `weight`.
  static func csv(_ rows: [(Double, Int)], weight: String) -> String {
    "score,label,w\n" + rows.map { "\($0.0),\($0.1),\(weight)\n" }.joined()
  }

  /// Twelve rows, some tied, both classes.
  static let twelveRows: [(Double, Int)] = [
    (0.9, 1), (0.8, 0), (0.8, 1), (0.7, 1), (0.6, 0), (0.5, 0), (0.5, 1), (0.4, 1), (0.3, 0),
    (0.2, 1), (0.1, 0), (0.05, 0),
  ]

  @Test(
    "1e300 and subnormal weights give the areas of weight 1, in every output",
    arguments: ["1e300", "4.9e-324", "1e-310", "1e-150"])
  func extremeUniformWeights(weight: String) throws {
    let folder = try Folder()
    let weighted = try folder.write(Self.csv(Self.twelveRows, weight: weight), to: "w.csv")
    let unweighted = try folder.write(Self.csv(Self.twelveRows, weight: "1"), to: "u.csv")
    for mode in [["--exact"], ["--thresholds", "10"]] {
      let expected = try Self.json([unweighted] + mode)
      let actual = try Self.json([weighted] + mode + ["--weight", "w"])
      // The unweighted run takes the integer sweep, a separate implementation.
      for key in [
        "rocAUC", "rocAUCErrorBound", "averagePrecision", "prAUCTrapezoid", "prAUCInterpolated",
      ] {
        let value = try #require(try Self.number(key, actual), "\(key) \(mode)")
        let reference = try #require(try Self.number(key, expected))
        #expect(abs(value - reference) <= 2 * reference.ulp, "\(key) \(mode): \(actual)")
      }
      // Youden's J is 2/6 at 0.7, 0.4 and 0.2; the highest is reported.
      #expect(actual.contains("\"bestThreshold\":{\"method\":\"youden\",\"threshold\":0.7,"))
    }
    let text = try CommandRunner.run([weighted, "--exact", "--weight", "w"]).standardOutput
    #expect(!text.contains("nan") && !text.contains("undefined"), "\(text)")
    let plot = try CommandRunner.run(["plot", weighted, "--exact", "--weight", "w"])
    #expect(plot.status == 0)
    #expect(plot.standardOutput.contains("ROC AUC 0.6944 (exact)"), "\(plot.standardOutput)")
    let report = try CommandRunner.run(["report", weighted, "--exact", "--weight", "w"])
    #expect(report.status == 0)
    for nan in ["-nan", ">nan", " nan"] { #expect(!report.standardOutput.contains(nan)) }
    #expect(report.standardOutput.contains("ROC AUC 0.6944 (exact)"))
  }

  @Test("two rows of weight 1e300: ROC AUC 1, in the text, JSON, plot and report")
  func twoHugeRows() throws {
    let folder = try Folder()
    let path = try folder.write("score,label,w\n0.9,1,1e300\n0.2,0,1e300\n", to: "d.csv")
    let text = try CommandRunner.run([path, "--exact", "--weight", "w"]).standardOutput
    #expect(text.contains("ROC AUC             1.0 (exact)\n"), "\(text)")
    #expect(text.contains("weights             1e+300 positive, 1e+300 negative\n"))
    let json = try Self.json([path, "--exact", "--weight", "w"])
    #expect(try Self.number("rocAUC", json) == 1)
    #expect(try Self.number("prAUCTrapezoid", json) == 1)
    let plot = try CommandRunner.run(["plot", path, "--exact", "--weight", "w"]).standardOutput
    #expect(plot.contains("ROC AUC 1.0000 (exact)"))
  }

  @Test("accumulate and merge of huge and subnormal weights give the one-run summary")
  func accumulateAndMerge() throws {
    let folder = try Folder()
    for weight in ["1e300", "4.9e-324"] {
      let path = try folder.write(Self.csv(Self.twelveRows, weight: weight), to: "d.csv")
      let state = folder.url.appendingPathComponent("s.aucstate").path
      let accumulated = try CommandRunner.run(
        ["accumulate", path, "--exact", "--weight", "w", "--state-out", state])
      #expect(accumulated.status == 0, "\(accumulated.standardError)")
      // The same state twice is refused (its rows would count twice): merge a copy.
      let copy = folder.url.appendingPathComponent("copy.aucstate").path
      try? FileManager.default.removeItem(atPath: copy)
      try FileManager.default.copyItem(atPath: state, toPath: copy)
      let merged = try Self.json(["merge", state, copy])
      let doubled = try folder.write(
        Self.csv(Self.twelveRows + Self.twelveRows, weight: weight), to: "twice.csv")
      let direct = try Self.json([doubled, "--exact", "--weight", "w"])
      #expect(merged == direct, "weight \(weight)")
      // And both have the areas of weight 1 (the integer sweep, a separate implementation).
      let unweighted = try Self.json([doubled, "--exact"])
      for key in ["rocAUC", "averagePrecision", "prAUCTrapezoid"] {
        let value = try #require(try Self.number(key, merged), "\(key): \(merged)")
        let reference = try #require(try Self.number(key, unweighted))
        #expect(abs(value - reference) <= reference.ulp, "\(key), weight \(weight)")
      }
    }
  }

  @Test("weights past the largest double: FILE:LINE names the row, and nothing is written")
  func weightTotalLimit() throws {
    let folder = try Folder()
    let message =
      "weight 1e+308 takes the total weight past the largest double (1.7976931348623157e+308)"
    let path = try folder.write("score,label,w\n0.5,1,1e308\n0.2,0,1e308\n", to: "d.csv")
    for mode in [["--exact"], []] {
      try BadInputTableTests.expectRejected(
        [path, "--weight", "w"] + mode, "\(path):3: \(message)", in: folder)
    }
    // Twelve tied rows of 1e308 once failed inside the state file's encoder.
    let tied = try folder.write(
      "score,label,w\n" + (0..<12).map { "0.5,\($0 % 2),1e308\n" }.joined(), to: "t.csv")
    try BadInputTableTests.expectRejected(
      [tied, "--exact", "--weight", "w"], "\(tied):3: \(message)", in: folder)
  }

  @Test("merging weighted states whose weights pass the largest double fails, writes nothing")
  func mergeLimit() throws {
    let folder = try Folder()
    let path = try folder.write("score,label,w\n0.5,1,1e308\n0.2,0,1\n", to: "d.csv")
    let first = folder.url.appendingPathComponent("a.aucstate").path
    let second = folder.url.appendingPathComponent("b.aucstate").path
    for state in [first, second] {
      let outcome = try CommandRunner.run(
        ["accumulate", path, "--exact", "--weight", "w", "--state-out", state])
      #expect(outcome.status == 0, "\(outcome.standardError)")
    }
    let out = folder.url.appendingPathComponent("m.aucstate").path
    let merged = try CommandRunner.run(["merge", first, second, "--state-out", out])
    BadInputTableTests.expectRejection(
      merged,
      "\(second): the merged weights would add up to more than the largest double (1.7976931348623157e+308)"
    )
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test("tiny_ties weighted 1e-150: the best threshold is 0.9, as with weight 1")
  func tiesAtTinyWeights() throws {
    let fixture = try String(
      contentsOfFile: try CommandRunner.fixture("tiny_ties.csv"), encoding: .utf8)
    let folder = try Folder()
    for weight in ["1", "1e-150", "0.1", "1e300"] {
      let lines = fixture.split(separator: "\n")
      let csv =
        "score,label,w\n" + lines.dropFirst().map { "\($0),\(weight)\n" }.joined()
      let path = try folder.write(csv, to: "ties.csv")
      let json = try Self.json([path, "--exact", "--weight", "w"])
      #expect(
        json.contains("\"bestThreshold\":{\"method\":\"youden\",\"threshold\":0.9,"),
        "weight \(weight): \(json)")
    }
  }

  @Test("midpoint thresholds of scores near 1.8e308 are finite")
  func midpointCurve() throws {
    let folder = try Folder()
    let scores = [0x1.8p1023, 0x1.4p1023, 0x1.2p1023]
    let path = try folder.write(
      "score,label\n\(scores[0]),1\n\(scores[1]),0\n\(scores[2]),1\n", to: "d.csv")
    let outcome = try CommandRunner.run(
      ["curve", "roc", path, "--exact", "--threshold-convention", "midpoint"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let thresholds = outcome.standardOutput.split(separator: "\n").dropFirst().map {
      Double(String($0.split(separator: ",")[0]))
    }
    // Halfway between 1.5 and 1.25, and 1.25 and 1.125, times 2^1023.
    #expect(thresholds == [.infinity, 0x1.6p1023, 0x1.3p1023, -.infinity])
  }

  @Test("any --weight column means no DeLong interval: null in JSON, the reason in the text")
  func noDeLongForWeights() throws {
    let folder = try Folder()
    let weighted = try folder.write(
      Self.csv(Self.twelveRows, weight: "2"), to: "w.csv")
    let json = try Self.json([weighted, "--exact", "--weight", "w", "--ci", "0.95"])
    #expect(json.contains("\"rocAUCConfidenceInterval\":null"), "\(json)")
    let text = try CommandRunner.run([weighted, "--exact", "--weight", "w", "--ci", "0.95"])
    #expect(
      text.standardOutput.contains(
        "DeLong CI           undefined: DeLong's interval is for unweighted rows, and these rows have weights\n"
      ), "\(text.standardOutput)")
    // The same rows, unweighted, have one.
    let unweighted = try folder.write(Self.csv(Self.twelveRows, weight: "2"), to: "u.csv")
    let plain = try Self.json([unweighted, "--exact", "--ci", "0.95"])
    #expect(plain.contains("\"rocAUCConfidenceInterval\":{\"level\":0.95,"))
  }

  @Test("the legends say undefined for an area that is nil or not a number")
  func undefinedLegends() {
    for area in [nil, Double.nan] {
      let summary = RankingSummary(
        positiveWeight: 1, negativeWeight: 1, rocAUC: area, rocAUCErrorBound: area,
        averagePrecision: area, prAUCTrapezoid: area, prAUCInterpolated: area, binning: .exact,
        switchedFromExact: false)
      #expect(CurvePlot.rocLabel(summary) == "ROC AUC undefined")
      #expect(CurvePlot.precisionRecallLabel(summary) == "average precision undefined")
      let report = SummaryReport(
        rows: .init(), summary: summary, weighted: false)
      #expect(!report.text.contains("nan"))
      #expect(report.text.contains("ROC AUC             undefined"))
    }
  }
}
