import AUCMetrics

/// A ROC or precision–recall chart of one or more curves, thinned to what a picture can show.
///
/// Exact counting can give curves of millions of points, far more than the 480 pixels of the
/// plot can show. Curves of more than ``maximumUnthinnedCount`` points are simplified so
/// that every dropped point lies within ``tolerance`` pixels (a quarter pixel) of the drawn
/// polyline; smaller curves are drawn point for point.
///
/// ```swift
/// if let points = groups.rocCurve() {
///   let plot = CurvePlot.roc(points, summary: counts.summary)
///   print(plot.document)
/// }
/// ```
struct CurvePlot {
  /// One curve: its legend text and its points, x and y in `0...1`.
  struct Curve {
    var label: String
    var points: [SVGChart.Point]
  }

  /// Curves of at most this many points are drawn with every point.
  static let maximumUnthinnedCount = 2000
  /// How far, in pixels, a dropped point may lie from the drawn polyline.
  static let tolerance = 0.25

  /// The chart, with the thinned curves.
  var chart: SVGChart
  /// The number of points drawn of each curve, in the order given.
  var keptPointCounts: [Int]

  /// Builds a chart with unit axes; each curve is thinned, and coloured from
  /// ``SVGChart/palette`` in turn.
  init(
    title: String, xAxisTitle: String, yAxisTitle: String, curves: [Curve],
    referenceLine: SVGChart.ReferenceLine?
  ) {
    var lines: [SVGChart.Line] = []
    var keptPointCounts: [Int] = []
    for (index, curve) in curves.enumerated() {
      let kept = Self.keptIndices(of: curve.points).map { curve.points[$0] }
      keptPointCounts.append(kept.count)
      lines.append(
        SVGChart.Line(
          name: curve.label, points: kept,
          color: SVGChart.palette[index % SVGChart.palette.count]))
    }
    chart = SVGChart(
      title: title, xAxis: .unit(title: xAxisTitle), yAxis: .unit(title: yAxisTitle),
      lines: lines, referenceLine: referenceLine)
    self.keptPointCounts = keptPointCounts
  }

  /// The `<svg>` element, to embed in HTML.
  var svg: String { chart.svg }

  /// A standalone SVG file.
  var document: String { chart.document }

  /// The ROC chart of one curve, x the false positive rate and y the true positive rate,
  /// with the chance diagonal; the legend gives the area from `summary` when there is one.
  static func roc(
    _ points: [ROCPoint], summary: RankingSummary? = nil, title: String = "ROC curve"
  ) -> CurvePlot {
    roc(curves: [(rocLabel(summary), points)], title: title)
  }

  /// The ROC chart of several curves, such as two models' scores of the same rows.
  static func roc(curves: [(label: String, points: [ROCPoint])], title: String = "ROC curve")
    -> CurvePlot
  {
    CurvePlot(
      title: title, xAxisTitle: "false positive rate", yAxisTitle: "true positive rate",
      curves: curves.map { curve in
        Curve(
          label: curve.label,
          points: curve.points.map { .init(x: $0.falsePositiveRate, y: $0.truePositiveRate) })
      },
      referenceLine: .init(name: "chance", from: .init(x: 0, y: 0), to: .init(x: 1, y: 1)))
  }

  /// The precision–recall chart of one curve, x the recall and y the precision, with the
  /// prevalence P / (P + N) as the horizontal baseline of a classifier that guesses; the
  /// legend gives the average precision from `summary` when there is one.
  static func precisionRecall(
    _ points: [PrecisionRecallPoint], summary: RankingSummary? = nil,
    title: String = "Precision–recall curve"
  ) -> CurvePlot {
    precisionRecall(curves: [(precisionRecallLabel(summary), points)], title: title)
  }

  /// The precision–recall chart of several curves of the same rows; the baseline is the
  /// prevalence of the first curve.
  ///
  /// The points are joined by straight segments, as given. A stepwise curve (a group of
  /// negatives alone lowers the precision at the same recall) is therefore drawn with
  /// its vertical steps; between points that both gain recall the segment is straight, which
  /// is the trapezoid reading of the curve rather than the Davis–Goadrich interpolation.
  static func precisionRecall(
    curves: [(label: String, points: [PrecisionRecallPoint])],
    title: String = "Precision–recall curve"
  ) -> CurvePlot {
    var baseline: SVGChart.ReferenceLine? = nil
    // The last point predicts every row positive: its precision is P / (P + N).
    if let prevalence = curves.first?.points.last?.precision, prevalence.isFinite {
      baseline = .init(
        name: "prevalence \(SVGChart.number(prevalence, decimals: 4))",
        from: .init(x: 0, y: prevalence), to: .init(x: 1, y: prevalence))
    }
    return CurvePlot(
      title: title, xAxisTitle: "recall", yAxisTitle: "precision",
      curves: curves.map { curve in
        Curve(label: curve.label, points: curve.points.map { .init(x: $0.recall, y: $0.precision) })
      },
      referenceLine: baseline)
  }

  /// `ROC AUC 0.8376 (exact)`, or `ROC AUC 0.8376 ± 0.0012` when binned, `ROC AUC undefined`
  /// when the summary has no finite area, or `ROC` without a summary.
  static func rocLabel(_ summary: RankingSummary?) -> String {
    guard let summary else { return "ROC" }
    guard let area = summary.rocAUC, area.isFinite else { return "ROC AUC undefined" }
    let label = "ROC AUC \(SVGChart.number(area, decimals: 4))"
    if summary.isExact { return label + " (exact)" }
    guard let bound = summary.rocAUCErrorBound, bound.isFinite else { return label }
    return label + " ± " + boundText(bound)
  }

  /// `average precision 0.7512`, marked `(exact)` when exact, `average precision undefined`
  /// when the summary has no finite one, or `precision–recall` without a summary.
  static func precisionRecallLabel(_ summary: RankingSummary?) -> String {
    guard let summary else { return "precision–recall" }
    guard let precision = summary.averagePrecision, precision.isFinite else {
      return "average precision undefined"
    }
    let label = "average precision \(SVGChart.number(precision, decimals: 4))"
    return summary.isExact ? label + " (exact)" : label
  }

  /// An error bound with at least four decimals and two significant digits (at most 12
  /// decimals), so a small bound does not print as 0.
  private static func boundText(_ bound: Double) -> String {
    var decimals = 4
    var scaled = bound * 10_000
    while decimals < 12 && scaled > 0 && scaled < 10 {
      decimals += 1
      scaled *= 10
    }
    return SVGChart.number(bound, decimals: decimals)
  }

  /// The indices of the points to draw: all of them for at most ``maximumUnthinnedCount``
  /// points, otherwise the first, the last and enough between them that every point lies
  /// within `tolerance` pixels of the polyline through the kept ones (measured between the
  /// two kept points around it).
  ///
  /// Points are in data coordinates of unit axes and are measured in pixels of
  /// ``SVGChart/plotSize``. Two passes: first a point is dropped when it is within a fifth
  /// of the tolerance of the last point kept, which leaves at most a few points per pixel
  /// of curve length; then Ramer–Douglas–Peucker with the remaining four fifths keeps the
  /// shape. The two errors add up to at most `tolerance`.
  ///
  /// - Complexity: O(n) for the first pass; the second is O(m log m) for the m points left,
  ///   O(m²) at worst.
  static func keptIndices(of points: [SVGChart.Point], tolerance: Double = tolerance) -> [Int] {
    guard points.count > maximumUnthinnedCount else { return Array(points.indices) }
    let scale = SVGChart.plotSize
    let pixels = points.map { SVGChart.Point(x: $0.x * scale, y: $0.y * scale) }
    let nearby = tolerance / 5
    var candidates = [0]
    for index in 1..<(pixels.count - 1)
    where distance(pixels[index], pixels[candidates[candidates.count - 1]]) > nearby {
      candidates.append(index)
    }
    candidates.append(pixels.count - 1)
    let candidatePixels = candidates.map { pixels[$0] }
    return simplified(candidatePixels, tolerance: tolerance - nearby).map { candidates[$0] }
  }

  /// Ramer–Douglas–Peucker: the indices of `pixels` to keep so that each dropped point is
  /// within `tolerance` of the segment between the kept points around it.
  private static func simplified(_ pixels: [SVGChart.Point], tolerance: Double) -> [Int] {
    guard pixels.count > 2 else { return Array(pixels.indices) }
    var kept = [Bool](repeating: false, count: pixels.count)
    kept[0] = true
    kept[pixels.count - 1] = true
    var pending = [(first: 0, last: pixels.count - 1)]
    while let (first, last) = pending.popLast() {
      guard last - first > 1 else { continue }
      var farthest = first
      var farthestDistance = 0.0
      for index in (first + 1)..<last {
        let distance = distance(pixels[index], segmentFrom: pixels[first], to: pixels[last])
        if distance > farthestDistance {
          farthest = index
          farthestDistance = distance
        }
      }
      if farthestDistance > tolerance {
        kept[farthest] = true
        pending.append((first, farthest))
        pending.append((farthest, last))
      }
    }
    return kept.indices.filter { kept[$0] }
  }

  /// The distance between two points.
  static func distance(_ first: SVGChart.Point, _ second: SVGChart.Point) -> Double {
    let dx = first.x - second.x
    let dy = first.y - second.y
    return (dx * dx + dy * dy).squareRoot()
  }

  /// The distance from `point` to the segment from `start` to `end`.
  static func distance(
    _ point: SVGChart.Point, segmentFrom start: SVGChart.Point, to end: SVGChart.Point
  ) -> Double {
    let dx = end.x - start.x
    let dy = end.y - start.y
    let lengthSquared = dx * dx + dy * dy
    guard lengthSquared > 0 else { return distance(point, start) }
    let along = ((point.x - start.x) * dx + (point.y - start.y) * dy) / lengthSquared
    let clamped = Swift.min(Swift.max(along, 0), 1)
    return distance(point, SVGChart.Point(x: start.x + clamped * dx, y: start.y + clamped * dy))
  }
}
