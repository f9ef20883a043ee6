import AUCMetrics
import Foundation
import Testing

@testable import AUCCommandLine
@testable import AUCFileFormats

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The SVG charts and the HTML report: well-formed XML, the curves' points where they belong,
/// thinning of large curves, escaping, and a page that fetches nothing.
@Suite("SVG plots and the HTML report")
struct PlotTests {
  /// The elements and text of a parsed XML document.
  final class ParsedXML: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String], text: String)] = []
    private var open: [Int] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      open.append(elements.count)
      elements.append((elementName, attributes, ""))
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if let innermost = open.last { elements[innermost].text += string }
    }

    /// Parses `text`, recording an issue and throwing unless it is well-formed.
    static func parse(_ text: String) throws -> ParsedXML {
      let parser = XMLParser(data: Data(text.utf8))
      let parsed = ParsedXML()
      parser.delegate = parsed
      let succeeded = parser.parse()
      #expect(succeeded, "not well-formed: \(String(describing: parser.parserError))")
      try #require(succeeded)
      return parsed
    }

    func all(_ name: String, class className: String? = nil) -> [(
      name: String, attributes: [String: String], text: String
    )] {
      elements.filter {
        $0.name == name && (className == nil || $0.attributes["class"] == className)
      }
    }
  }

  /// The pixel coordinates of a `points` attribute.
  static func pixels(_ attribute: String) throws -> [SVGChart.Point] {
    try attribute.split(separator: " ").map { pair in
      let coordinates = pair.split(separator: ",")
      try #require(coordinates.count == 2)
      return SVGChart.Point(
        x: try #require(Double(coordinates[0])), y: try #require(Double(coordinates[1])))
    }
  }

  /// Where unit-axis data coordinates are drawn.
  static func pixel(x: Double, y: Double) -> SVGChart.Point {
    SVGChart.Point(
      x: SVGChart.leftMargin + x * SVGChart.plotSize,
      y: SVGChart.topMargin + (1 - y) * SVGChart.plotSize)
  }

  /// Counts of tiny_ties-like rows: ties across classes, 5 positives and 5 negatives.
  static func smallCounts() throws -> ScoreCounts {
    var counts = ScoreCounts()
    try counts.record(
      scores: [0.9, 0.8, 0.8, 0.5, 0.5, 0.5, 0.5, 0.2, 0.2, 0.1],
      labels: [1, 1, 0, 1, 1, 0, 0, 1, 0, 0] as [UInt8])
    return counts
  }

  /// 200,000 rows of distinct random scores, positive with probability equal to the score.
  static func largeCounts() throws -> ScoreCounts {
    var generator = SplitMix64(seed: 20_240_601)
    var scores: [Double] = []
    var labels: [UInt8] = []
    for _ in 0..<200_000 {
      let score = generator.nextUnitDouble()
      scores.append(score)
      labels.append(generator.nextUnitDouble() < score ? 1 : 0)
    }
    var counts = ScoreCounts()
    try counts.record(scores: scores, labels: labels)
    return counts
  }

  @Test("a small ROC curve is drawn point for point, with the diagonal and its area")
  func smallROCCurve() throws {
    let counts = try Self.smallCounts()
    let points = try #require(counts.groups.rocCurve())
    let plot = CurvePlot.roc(points, summary: counts.summary)
    #expect(plot.keptPointCounts == [points.count])

    let parsed = try ParsedXML.parse(plot.document)
    let svg = try #require(parsed.elements.first)
    #expect(svg.name == "svg")
    #expect(svg.attributes["xmlns"] == "http://www.w3.org/2000/svg")
    #expect(svg.attributes["viewBox"] != nil)
    let polylines = parsed.all("polyline", class: "curve")
    try #require(polylines.count == 1)
    let drawn = try Self.pixels(try #require(polylines[0].attributes["points"]))
    try #require(drawn.count == points.count)
    for (pixel, point) in zip(drawn, points) {
      let expected = Self.pixel(x: point.falsePositiveRate, y: point.truePositiveRate)
      #expect(CurvePlot.distance(pixel, expected) <= 0.5, "\(point)")
    }
    let diagonal = try #require(parsed.all("line", class: "reference").first?.attributes)
    let start = Self.pixel(x: 0, y: 0)
    let end = Self.pixel(x: 1, y: 1)
    #expect(Double(diagonal["x1"] ?? "") == start.x && Double(diagonal["y1"] ?? "") == start.y)
    #expect(Double(diagonal["x2"] ?? "") == end.x && Double(diagonal["y2"] ?? "") == end.y)
    let area = try #require(counts.summary.rocAUC)
    let texts = parsed.all("text").map(\.text)
    #expect(texts.contains("ROC AUC \(SVGChart.number(area, decimals: 4)) (exact)"))
    #expect(texts.contains("chance"))
    #expect(texts.contains("false positive rate") && texts.contains("true positive rate"))
    #expect(texts.contains("0.0") && texts.contains("0.5") && texts.contains("1.0"))
  }

  @Test("a small precision–recall curve is drawn as given, over the prevalence baseline")
  func smallPrecisionRecallCurve() throws {
    let counts = try Self.smallCounts()
    let points = try #require(counts.groups.precisionRecallCurve())
    let plot = CurvePlot.precisionRecall(points, summary: counts.summary)
    #expect(plot.keptPointCounts == [points.count])

    let parsed = try ParsedXML.parse(plot.svg)
    let polylines = parsed.all("polyline", class: "curve")
    try #require(polylines.count == 1)
    let drawn = try Self.pixels(try #require(polylines[0].attributes["points"]))
    try #require(drawn.count == points.count)
    for (pixel, point) in zip(drawn, points) {
      #expect(CurvePlot.distance(pixel, Self.pixel(x: point.recall, y: point.precision)) <= 0.5)
    }
    let baseline = try #require(parsed.all("line", class: "reference").first?.attributes)
    let prevalenceY = Self.pixel(x: 0, y: 0.5).y
    #expect(Double(baseline["y1"] ?? "") == prevalenceY)
    #expect(Double(baseline["y2"] ?? "") == prevalenceY)
    let precision = try #require(counts.summary.averagePrecision)
    let texts = parsed.all("text").map(\.text)
    #expect(texts.contains("average precision \(SVGChart.number(precision, decimals: 4)) (exact)"))
    #expect(texts.contains("prevalence 0.5000"))
  }

  @Test("a binned curve's legend gives the area's error bound")
  func binnedLegend() throws {
    var counts = ScoreCounts(binning: .linear(thresholdCount: 10))
    try counts.record(scores: [0.91, 0.95, 0.42, 0.47, 0.1], labels: [1, 0, 1, 0, 0] as [UInt8])
    let summary = counts.summary
    let bound = try #require(summary.rocAUCErrorBound)
    #expect(bound > 0)
    let label = CurvePlot.rocLabel(summary)
    #expect(label.hasPrefix("ROC AUC ") && label.contains(" ± ") && !label.contains("exact"))
    #expect(CurvePlot.rocLabel(nil) == "ROC")
  }

  @Test("a 200,000-point exact curve is thinned to a few thousand points within ½ pixel")
  func thinning() throws {
    let counts = try Self.largeCounts()
    let groups = counts.groups
    let roc = try #require(groups.rocCurve()).map {
      SVGChart.Point(x: $0.falsePositiveRate, y: $0.truePositiveRate)
    }
    let precisionRecall = try #require(groups.precisionRecallCurve()).map {
      SVGChart.Point(x: $0.recall, y: $0.precision)
    }
    try #require(roc.count > 190_000)
    for points in [roc, precisionRecall] {
      let plot = CurvePlot(
        title: "large", xAxisTitle: "x", yAxisTitle: "y",
        curves: [.init(label: "curve", points: points)], referenceLine: nil)
      let kept = CurvePlot.keptIndices(of: points)
      #expect(plot.keptPointCounts == [kept.count])
      #expect(kept.count < 3000)
      #expect(kept.first == 0 && kept.last == points.count - 1)
      #expect(zip(kept, kept.dropFirst()).allSatisfy { $0 < $1 })

      let parsed = try ParsedXML.parse(plot.svg)
      let polyline = try #require(parsed.all("polyline", class: "curve").first)
      let drawn = try Self.pixels(try #require(polyline.attributes["points"]))
      try #require(drawn.count == kept.count)
      var worstDrawn = 0.0
      for (pixel, index) in zip(drawn, kept) {
        let expected = Self.pixel(x: points[index].x, y: points[index].y)
        worstDrawn = max(worstDrawn, CurvePlot.distance(pixel, expected))
      }
      #expect(worstDrawn <= 0.5)

      // Every dropped point is near the segment between the kept points around it.
      var worstDropped = 0.0
      for (first, last) in zip(kept, kept.dropFirst()) where last - first > 1 {
        let start = Self.pixel(x: points[first].x, y: points[first].y)
        let end = Self.pixel(x: points[last].x, y: points[last].y)
        for index in (first + 1)..<last {
          let point = Self.pixel(x: points[index].x, y: points[index].y)
          worstDropped = max(
            worstDropped, CurvePlot.distance(point, segmentFrom: start, to: end))
        }
      }
      #expect(worstDropped <= 0.5)
      #expect(worstDropped <= CurvePlot.tolerance + 1e-9)
    }
  }

  @Test("every text is escaped and numbers print without a locale")
  func escaping() throws {
    let awkward = "a <b> & \"c\" 'd'"
    let chart = SVGChart(
      title: awkward, xAxis: .unit(title: "x <&>"), yAxis: .unit(title: "y"),
      lines: [.init(name: "<&> line", points: [.init(x: 0, y: 0), .init(x: 1, y: 1)])],
      referenceLine: .init(name: "ref 'quoted'", from: .init(x: 0, y: 1), to: .init(x: 1, y: 0)))
    let svg = chart.svg
    #expect(svg.contains("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;"))
    #expect(svg.contains("x &lt;&amp;&gt;"))
    #expect(!svg.contains("<b>") && !svg.contains("<&>"))
    let texts = try ParsedXML.parse(chart.document).elements.map(\.text)
    #expect(texts.contains(awkward))
    #expect(texts.contains("<&> line"))
    #expect(texts.contains("ref 'quoted'"))
    #expect(Markup.escaped("bell\u{7}") == "bell\u{FFFD}")

    #expect(SVGChart.number(0.125) == "0.13")
    #expect(SVGChart.number(-0.001) == "0.00")
    #expect(SVGChart.number(-1.5, decimals: 1) == "-1.5")
    #expect(SVGChart.number(1234567.891, decimals: 3) == "1234567.891")
    #expect(SVGChart.number(3, decimals: 0) == "3")
    #expect(SVGChart.number(.nan) == "0")
    #expect(SVGChart.number(1e300) == "1e+300")
  }

  @Test("score distributions: per-class fractions on bins over the score range")
  func scoreDistribution() throws {
    var counts = ScoreCounts()
    // Logits outside 0...1, 10 positives and 90 negatives.
    let negatives = (0..<90).map { -3.2 + Double($0) * 0.05 }
    let positives = (0..<10).map { 0.5 + Double($0) * 0.4 }
    try counts.record(
      scores: negatives + positives,
      labels: [UInt8](repeating: 0, count: 90) + [UInt8](repeating: 1, count: 10))
    let distribution = try #require(ScoreDistribution(groups: counts.groups))
    #expect(distribution.binCount == ScoreDistribution.defaultBinCount)
    #expect(distribution.lower == -3.2 && distribution.upper == 0.5 + 9 * 0.4)
    #expect(abs(distribution.negativeFractions.reduce(0, +) - 1) < 1e-12)
    #expect(abs(distribution.positiveFractions.reduce(0, +) - 1) < 1e-12)
    #expect(distribution.negativeFractions.first ?? 0 > 0)
    #expect(distribution.positiveFractions.last ?? 0 > 0)
    let parsed = try ParsedXML.parse(distribution.chart.document)
    #expect(parsed.all("g", class: "bars").count == 2)
    let bars = parsed.all("rect").count
    let nonEmpty = (distribution.negativeFractions + distribution.positiveFractions).filter {
      $0 > 0
    }.count
    // The background, the frame, the bars and two legend swatches.
    #expect(bars == nonEmpty + 4)
    let texts = parsed.all("text").map(\.text)
    #expect(texts.contains("-3") && texts.contains("4"))
    #expect(texts.contains("negatives (weight 90)") && texts.contains("positives (weight 10)"))

    var single = ScoreCounts()
    try single.record(scores: [0.7, 0.7, 0.7], labels: [1, 0, 1] as [UInt8])
    let tied = try #require(ScoreDistribution(groups: single.groups))
    #expect(tied.lower < 0.7 && 0.7 < tied.upper)
    let bin = try #require(tied.positiveFractions.firstIndex(of: 1))
    #expect(tied.negativeFractions[bin] == 1)
    #expect(tied.edge(bin) <= 0.7 && 0.7 < tied.edge(bin + 1))
    _ = try ParsedXML.parse(tied.chart.document)

    var few = ScoreCounts()
    try few.record(scores: [0.1, 0.5, 0.9], labels: [0, 1, 1] as [UInt8])
    let three = try #require(ScoreDistribution(groups: few.groups))
    #expect(three.binCount == 3)
    #expect(three.negativeFractions == [1, 0, 0] && three.positiveFractions == [0, 0.5, 0.5])
  }

  @Test("the HTML report is one self-contained, well-formed page")
  func htmlReport() throws {
    let counts = try Self.smallCounts()
    let rows: [(label: String, value: String)] = [
      ("rows", "10"), ("ROC AUC", "0.7 ± 0 <exact> & more"), ("average precision", "0.8"),
    ]
    let report = HTMLReport(
      inputNames: ["a&b<c>.csv", "second.csv"], summaryRows: rows, groups: counts.groups,
      summary: counts.summary)
    let html = report.html
    let namespace = "xmlns=\"http://www.w3.org/2000/svg\""
    #expect(html.components(separatedBy: "http://").count - 1 == 3)
    #expect(html.components(separatedBy: namespace).count - 1 == 3)
    #expect(!html.contains("https://"))
    #expect(!html.lowercased().contains("<script"))
    #expect(html.components(separatedBy: "<svg").count - 1 == 3)
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    #expect(html.contains("<meta charset=\"utf-8\"/>"))

    let parsed = try ParsedXML.parse(html)
    #expect(parsed.elements.first?.name == "html")
    #expect(parsed.all("title").first?.text == "AUC report: a&b<c>.csv, second.csv")
    #expect(parsed.all("svg").count == 3)
    #expect(parsed.all("style").count == 1)
    let cells = parsed.all("td").map(\.text)
    #expect(cells == rows.map(\.value))
    #expect(parsed.all("th").map(\.text) == rows.map(\.label))
  }

  @Test("a report of one class leaves out the ROC chart and says why")
  func htmlReportOfOneClass() throws {
    var counts = ScoreCounts()
    try counts.record(scores: [0.2, 0.6, 0.9], labels: [1, 1, 1] as [UInt8])
    let report = HTMLReport(
      inputNames: ["positives.csv"], summaryRows: [("rows", "3")], groups: counts.groups,
      summary: counts.summary)
    #expect(report.roc == nil)
    let html = report.html
    #expect(html.components(separatedBy: "<svg").count - 1 == 2)
    let parsed = try ParsedXML.parse(html)
    #expect(
      parsed.all("p", class: "missing").map(\.text) == [
        "The ROC curve needs both positives and negatives."
      ])
  }
}
