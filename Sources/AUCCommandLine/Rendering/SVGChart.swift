/// A small, self-contained SVG chart: a square plot area with ticked axes, a title, named
/// polylines and bar series in distinct colours, an optional dashed reference line, and a
/// legend below the plot.
///
/// The axes run from 0 to 1 with ticks every 0.1 unless given otherwise. The output is
/// well-formed XML: every text is escaped and numbers are printed with a fixed number of
/// decimals, independent of any locale.
///
/// ```swift
/// let chart = SVGChart(
///   title: "ROC curve", xAxis: .unit(title: "false positive rate"),
///   yAxis: .unit(title: "true positive rate"),
///   lines: [.init(name: "model", points: [.init(x: 0, y: 0), .init(x: 1, y: 1)])])
/// print(chart.document)
/// ```
struct SVGChart {
  /// A point in data coordinates.
  struct Point: Hashable {
    var x: Double
    var y: Double
  }

  /// One axis: its range, its ticks and its title.
  struct Axis {
    /// A tick: a grid line at a position in data coordinates, and its label.
    struct Tick {
      var position: Double
      var label: String
    }

    var title: String
    var lower: Double
    var upper: Double
    var ticks: [Tick]

    /// An axis from 0 to 1 with ticks every 0.1, labelled `0.0` to `1.0`.
    static func unit(title: String) -> Axis {
      let ticks = (0...10).map { tenths in
        let position = Double(tenths) / 10
        return Tick(position: position, label: SVGChart.number(position, decimals: 1))
      }
      return Axis(title: title, lower: 0, upper: 1, ticks: ticks)
    }
  }

  /// A named polyline.
  struct Line {
    var name: String
    var points: [Point]
    /// An SVG colour; by default one of ``SVGChart/palette``.
    var color: String = SVGChart.palette[0]
  }

  /// A named series of bars, drawn semi-transparent so that series can overlap.
  struct BarSeries {
    /// One bar: its extent on the x axis and its height.
    struct Bar {
      var lower: Double
      var upper: Double
      var height: Double
    }

    var name: String
    var bars: [Bar]
    var color: String = SVGChart.palette[0]
  }

  /// A dashed straight line, such as the chance diagonal of a ROC chart.
  struct ReferenceLine {
    var name: String
    var from: Point
    var to: Point
  }

  /// Distinct colours for successive series.
  static let palette = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
  ]
  /// The width and height of the plot area, in pixels.
  static let plotSize = 480.0
  /// The space left of the plot area, for the tick labels and the y axis title.
  static let leftMargin = 72.0
  /// The space right of the plot area.
  static let rightMargin = 24.0
  /// The space above the plot area, for the title.
  static let topMargin = 40.0
  /// The space below the plot area for the tick labels and the x axis title; the legend
  /// follows.
  static let bottomMargin = 56.0
  /// The height of one legend entry.
  static let legendRowHeight = 18.0

  var title: String
  var xAxis: Axis
  var yAxis: Axis
  var lines: [Line] = []
  var bars: [BarSeries] = []
  var referenceLine: ReferenceLine? = nil

  /// The total width of the picture.
  var width: Double { Self.leftMargin + Self.plotSize + Self.rightMargin }

  /// The total height of the picture, legend included.
  var height: Double {
    let entries = lines.count + bars.count + (referenceLine == nil ? 0 : 1)
    return Self.topMargin + Self.plotSize + Self.bottomMargin
      + Double(entries) * Self.legendRowHeight + 8
  }

  /// The horizontal pixel of a data x, clamped to just outside the plot area.
  func pixelX(_ x: Double) -> Double {
    let fraction = (x - xAxis.lower) / (xAxis.upper - xAxis.lower)
    return Self.leftMargin + Self.plotSize * Self.clamped(fraction)
  }

  /// The vertical pixel of a data y (SVG's y grows downwards), clamped likewise.
  func pixelY(_ y: Double) -> Double {
    let fraction = (y - yAxis.lower) / (yAxis.upper - yAxis.lower)
    return Self.topMargin + Self.plotSize * (1 - Self.clamped(fraction))
  }

  /// The `<svg>` element alone, to embed in HTML.
  var svg: String {
    var parts: [String] = []
    parts.append(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" font-family=\"sans-serif\" font-size=\"12\">"
    )
    parts.append("<title>\(Markup.escaped(title))</title>")
    parts.append(
      "<rect x=\"0\" y=\"0\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"#ffffff\"/>"
    )
    parts += axisParts
    parts += barParts
    if let referenceLine {
      parts.append(
        "<line class=\"reference\" x1=\"\(Self.number(pixelX(referenceLine.from.x)))\" y1=\"\(Self.number(pixelY(referenceLine.from.y)))\" x2=\"\(Self.number(pixelX(referenceLine.to.x)))\" y2=\"\(Self.number(pixelY(referenceLine.to.y)))\" stroke=\"#777777\" stroke-width=\"1\" stroke-dasharray=\"6 4\"/>"
      )
    }
    for line in lines {
      parts.append(
        "<polyline class=\"curve\" fill=\"none\" stroke=\"\(Markup.escaped(line.color))\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"\(polylinePoints(line.points))\"/>"
      )
    }
    parts.append(
      "<text x=\"\(Self.number(width / 2))\" y=\"26\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">\(Markup.escaped(title))</text>"
    )
    parts += legendParts
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }

  /// A standalone SVG file: an XML declaration, the `<svg>` element and a final newline.
  var document: String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n"
  }

  /// A fraction of the plot area, kept within a little of it (NaN goes to the lower end).
  private static func clamped(_ fraction: Double) -> Double {
    guard fraction >= -0.05 else { return -0.05 }
    return Swift.min(fraction, 1.05)
  }

  /// `value` with exactly `decimals` decimals (at most 15), a point as the separator and no
  /// grouping, whatever the locale; `-0.00` prints as `0.00`. A value too large for 17
  /// digits with its decimals prints in Swift's shortest form (`1e+20`), and NaN and the
  /// infinities as `0`, so the output always parses as an SVG number.
  static func number(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite else { return "0" }
    let places = Swift.min(Swift.max(decimals, 0), 15)
    var scale: Int64 = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = (value * Double(scale)).rounded()
    guard scaled.magnitude < 1e17 else { return value.description }
    let magnitude = Int64(scaled.magnitude)
    var text = scaled < 0 ? "-" : ""
    text += String(magnitude / scale)
    if places > 0 {
      let fraction = String(magnitude % scale)
      text += "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
    return text
  }
}
