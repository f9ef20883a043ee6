import AUCFileFormats
import AUCMetrics
import Foundation
import Testing

@testable import AUCCommandLine

/// `auc report`: one summary and one set of groups serve the table and the charts, and the
/// table holds what `auc summary` prints.
@Suite("auc report")
struct ReportCommandTests {
  /// The options the report is run with, each also given to `auc summary`.
  static let optionSets: [[String]] = [
    [], ["--exact"], ["--exact", "--ci", "0.95", "--max-fpr", "0.2"],
    ["--bins", "log:64", "--ci", "0.9"],
  ]

  @Test("the summary table holds the lines of auc summary with the same options", arguments: optionSets)
  func tableIsTheSummary(_ options: [String]) throws {
    let path = try CommandRunner.fixture("random_1000.csv")
    let report = try CommandRunner.run(["report", path] + options)
    #expect(report.status == 0, "\(report.standardError)")
    let summary = try CommandRunner.run(["summary", path] + options)
    #expect(summary.status == 0, "\(summary.standardError)")
    let page = try PlotTests.ParsedXML.parse(report.standardOutput)
    let labels = page.all("th").map(\.text)
    let values = page.all("td").map(\.text)
    #expect(labels.count == values.count)
    let lines = zip(labels, values).map { $0.padded + $1 }
    #expect(lines.joined(separator: "\n") + "\n" == summary.standardOutput)
    #expect(page.all("svg").count == 3)
  }

  @Test("the page is the one HTMLReport draws from the counts of the rows, read here")
  func pageOfIndependentlyReadCounts() throws {
    let path = try CommandRunner.fixture("random_1000.csv")
    let outcome = try CommandRunner.run(["report", path, "--exact", "--ci", "0.95", "--quiet"])
    #expect(outcome.status == 0, "\(outcome.standardError)")

    // The rows, read with Foundation: columns id, label, score.
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var scores: [Double] = []
    var labels: [UInt8] = []
    for line in text.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",")
      labels.append(try #require(UInt8(fields[1])))
      scores.append(try #require(Double(fields[2])))
    }
    var counts = ScoreCounts()
    try counts.record(scores: scores, labels: labels)
    let positives = UInt64(labels.count { $0 == 1 })
    let rows = RowTally(positives: positives, negatives: UInt64(labels.count) - positives)
    #expect(rows.total == 1000)

    let statistics = try StatisticsOptions.parse(["--ci", "0.95"])
    let table = statistics.report(
      summary: counts.summary, groups: counts.groups, rows: rows, weighted: false
    ).tableRows
    let page = HTMLReport(
      inputNames: [path], summaryRows: table, groups: counts.groups, summary: counts.summary)
    #expect(outcome.standardOutput == page.html)
  }
}
