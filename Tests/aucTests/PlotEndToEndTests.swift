import AUCMetrics
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `auc plot` and `auc report`, run as a user runs them.
@Suite("auc plot and report end to end")
struct PlotEndToEndTests {
  /// The `points` attributes of every polyline in an SVG document, parsed with XMLParser.
  final class PolylineCollector: NSObject, XMLParserDelegate {
    var polylines: [String] = []
    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      if element == "polyline", let points = attributes["points"] { polylines.append(points) }
    }
  }

  static func polylines(_ document: String) throws -> [String] {
    let parser = XMLParser(data: Data(document.utf8))
    let collector = PolylineCollector()
    parser.delegate = collector
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    return collector.polylines
  }

  @Test("plot writes an SVG that parses as XML and draws every point of the exact ROC curve")
  func rocPlot() throws {
    let path = try CommandRunner.fixture("random_1000.csv")
    let outcome = try CommandRunner.run(["plot", path, "--exact"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    var counts = ScoreCounts()
    let (scores, labels) = try InputFormatEndToEndTests.rows()
    try counts.record(scores: scores, labels: labels)
    let curve = try #require(counts.groups.rocCurve())
    let polylines = try Self.polylines(outcome.standardOutput)
    // The curve, then nothing else drawn as a polyline: the curve has under 2000 points, so
    // none is thinned away.
    let drawn = polylines.map { $0.split(separator: " ").count }
    #expect(drawn.contains(curve.count))
    #expect(outcome.standardOutput.contains("ROC AUC 0.8376 (exact)"))
  }

  @Test("plot --curve pr to a file; one class fails with a message")
  func precisionRecallPlot() throws {
    let path = try CommandRunner.fixture("random_1000.csv")
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("auc-\(UUID().uuidString).svg")
    defer { try? FileManager.default.removeItem(at: output) }
    let outcome = try CommandRunner.run(["plot", path, "--curve", "pr", "--output", output.path])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.isEmpty)
    let document = try String(contentsOf: output, encoding: .utf8)
    #expect(!(try Self.polylines(document)).isEmpty)
    #expect(document.contains("prevalence 0.488"))
    let oneClass = try CommandRunner.run(["plot"], standardInput: "score,label\n0.3,1\n")
    #expect(oneClass.status == 1)
    #expect(oneClass.standardError == "the ROC curve needs both positives and negatives\n")
  }

  @Test("report is one offline page: no scripts, no fetches, three pictures, the summary table")
  func report() throws {
    let path = try CommandRunner.fixture("random_1000.csv.gz")
    let outcome = try CommandRunner.run(["report", path, "--exact", "--ci", "0.95"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let page = outcome.standardOutput
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(!page.contains("<script") && !page.contains("https://"))
    // The only URLs are the SVG namespace names, which nothing fetches.
    #expect(page.components(separatedBy: "http://").count - 1 == 3)
    #expect(page.components(separatedBy: "<svg").count - 1 == 3)
    #expect(page.contains("<td>0.8375664382684426 (exact)</td>"))
    #expect(page.contains("DeLong CI (95.0%)"))
    let parser = XMLParser(data: Data(page.utf8))
    #expect(parser.parse())
  }
}
