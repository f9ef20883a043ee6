/// The pieces of an ``SVGChart``'s picture, each a list of SVG elements in drawing order.
extension SVGChart {
  /// The frame, grid, ticks, tick labels and axis titles.
  var axisParts: [String] {
    let left = Self.leftMargin
    let top = Self.topMargin
    let right = left + Self.plotSize
    let bottom = top + Self.plotSize
    var parts: [String] = []
    for tick in xAxis.ticks {
      let x = Self.number(pixelX(tick.position))
      parts += Self.tickParts(
        tick, grid: (x, Self.number(top), x, Self.number(bottom + 5)),
        label: (x, Self.number(bottom + 18)), anchor: "text-anchor=\"middle\"")
    }
    for tick in yAxis.ticks {
      let y = Self.number(pixelY(tick.position))
      parts += Self.tickParts(
        tick, grid: (Self.number(left - 5), y, Self.number(right), y),
        label: (Self.number(left - 8), y),
        anchor: "text-anchor=\"end\" dominant-baseline=\"middle\"")
    }
    parts.append(
      "<rect x=\"\(Self.number(left))\" y=\"\(Self.number(top))\" width=\"\(Self.number(Self.plotSize))\" height=\"\(Self.number(Self.plotSize))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>"
    )
    parts.append(
      "<text x=\"\(Self.number(left + Self.plotSize / 2))\" y=\"\(Self.number(bottom + 40))\" text-anchor=\"middle\">\(Markup.escaped(xAxis.title))</text>"
    )
    let titleY = top + Self.plotSize / 2
    parts.append(
      "<text x=\"20\" y=\"\(Self.number(titleY))\" text-anchor=\"middle\" transform=\"rotate(-90 20 \(Self.number(titleY)))\">\(Markup.escaped(yAxis.title))</text>"
    )
    return parts
  }

  /// A tick's grid line, from (x1, y1) to (x2, y2), and its label at (x, y), placed by the
  /// `anchor` attributes; coordinates as ``number(_:decimals:)`` prints them.
  private static func tickParts(
    _ tick: Axis.Tick, grid: (x1: String, y1: String, x2: String, y2: String),
    label: (x: String, y: String), anchor: String
  ) -> [String] {
    [
      "<line x1=\"\(grid.x1)\" y1=\"\(grid.y1)\" x2=\"\(grid.x2)\" y2=\"\(grid.y2)\" stroke=\"#e5e5e5\" stroke-width=\"1\"/>",
      "<text x=\"\(label.x)\" y=\"\(label.y)\" \(anchor)>\(Markup.escaped(tick.label))</text>",
    ]
  }

  /// One `<rect>` per bar of positive height, per series.
  var barParts: [String] {
    var parts: [String] = []
    for series in bars {
      parts.append(
        "<g class=\"bars\" fill=\"\(Markup.escaped(series.color))\" fill-opacity=\"0.45\" stroke=\"\(Markup.escaped(series.color))\" stroke-width=\"0.5\">"
      )
      for bar in series.bars where bar.height > 0 && bar.height.isFinite {
        let x = pixelX(bar.lower)
        let y = pixelY(bar.height)
        let barWidth = Swift.max(pixelX(bar.upper) - x, 0)
        let barHeight = Swift.max(pixelY(0) - y, 0)
        parts.append(
          "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(barWidth))\" height=\"\(Self.number(barHeight))\"/>"
        )
      }
      parts.append("</g>")
    }
    return parts
  }

  /// A swatch and a name per line, bar series and reference line, below the x axis title.
  var legendParts: [String] {
    let legendTop = Self.topMargin + Self.plotSize + Self.bottomMargin
    let swatchLeft = Self.leftMargin + 8
    let textLeft = Self.number(swatchLeft + 32)
    var parts: [String] = []
    var row = 0
    func nextRow() -> (middle: Double, baseline: String) {
      defer { row += 1 }
      let middle = legendTop + Double(row) * Self.legendRowHeight + 9
      return (middle, Self.number(middle + 4))
    }
    for line in lines {
      let (middle, baseline) = nextRow()
      parts.append(
        "<line x1=\"\(Self.number(swatchLeft))\" y1=\"\(Self.number(middle))\" x2=\"\(Self.number(swatchLeft + 24))\" y2=\"\(Self.number(middle))\" stroke=\"\(Markup.escaped(line.color))\" stroke-width=\"2\"/>"
      )
      parts.append("<text x=\"\(textLeft)\" y=\"\(baseline)\">\(Markup.escaped(line.name))</text>")
    }
    for series in bars {
      let (middle, baseline) = nextRow()
      parts.append(
        "<rect x=\"\(Self.number(swatchLeft))\" y=\"\(Self.number(middle - 6))\" width=\"24\" height=\"12\" fill=\"\(Markup.escaped(series.color))\" fill-opacity=\"0.45\" stroke=\"\(Markup.escaped(series.color))\" stroke-width=\"0.5\"/>"
      )
      parts.append("<text x=\"\(textLeft)\" y=\"\(baseline)\">\(Markup.escaped(series.name))</text>")
    }
    if let referenceLine {
      let (middle, baseline) = nextRow()
      parts.append(
        "<line x1=\"\(Self.number(swatchLeft))\" y1=\"\(Self.number(middle))\" x2=\"\(Self.number(swatchLeft + 24))\" y2=\"\(Self.number(middle))\" stroke=\"#777777\" stroke-width=\"1\" stroke-dasharray=\"6 4\"/>"
      )
      parts.append(
        "<text x=\"\(textLeft)\" y=\"\(baseline)\">\(Markup.escaped(referenceLine.name))</text>")
    }
    return parts
  }

  /// The `points` attribute of a polyline: `x,y` pixel pairs separated by spaces; points
  /// with a NaN or infinite coordinate are left out.
  func polylinePoints(_ points: [Point]) -> String {
    var text = ""
    text.reserveCapacity(points.count * 14)
    for point in points where point.x.isFinite && point.y.isFinite {
      if !text.isEmpty { text += " " }
      text += Self.number(pixelX(point.x))
      text += ","
      text += Self.number(pixelY(point.y))
    }
    return text
  }
}
