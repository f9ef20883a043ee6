import AUCMetrics

/// Histograms of the scores of each class, on shared equal-width bins, for the report.
///
/// The bins span the smallest to the largest group threshold (the scores when exact, the
/// bins' lowest scores when binned), so logits outside `0...1` get their own range. Each
/// class is normalised on its own: a bar is the fraction of the class's weight in the bin,
/// the class's density times the bin width, and each class's bars add up to 1, so classes of
/// very different sizes can be compared.
///
/// ```swift
/// if let distribution = ScoreDistribution(groups: counts.groups) {
///   print(distribution.svg)
/// }
/// ```
struct ScoreDistribution {
  /// The number of bins when the scores have at least as many distinct values.
  static let defaultBinCount = 40

  /// The lower end of the first bin.
  var lower: Double
  /// The upper end of the last bin (which includes it).
  var upper: Double
  /// The fraction of the negative weight in each bin, lowest scores first.
  var negativeFractions: [Double]
  /// The fraction of the positive weight in each bin, lowest scores first.
  var positiveFractions: [Double]
  /// The total negative weight, N.
  var negativeTotal: Double
  /// The total positive weight, P.
  var positiveTotal: Double

  /// The number of bins.
  var binCount: Int { positiveFractions.count }

  /// Bins the groups; `nil` when no group has a finite threshold.
  ///
  /// There are `binCount` bins, or one per distinct score when there are fewer (but at least
  /// two). A single distinct score gets a range around it, with the score in a middle bin.
  /// An infinite threshold, which the library does not give, would count in an end bin.
  ///
  /// - Complexity: O(m + binCount) for m groups.
  init?(groups: ScoreGroups, binCount requestedBinCount: Int = defaultBinCount) {
    let finite = groups.thresholds.filter(\.isFinite)
    // Thresholds descend: the first is the largest.
    guard let highest = finite.first, let lowest = finite.last else { return nil }
    var lower = lowest
    var upper = highest
    var binCount = Swift.max(1, requestedBinCount)
    if lower == upper {
      let margin = Swift.max(lower.magnitude / 10, 0.5)
      lower = (lower - margin).isFinite ? lower - margin : lower
      upper = (upper + margin).isFinite ? upper + margin : upper
    } else {
      binCount = Swift.min(binCount, Swift.max(finite.count, 2))
    }
    self.lower = lower
    self.upper = upper
    negativeTotal = groups.negativeTotal
    positiveTotal = groups.positiveTotal
    var negativeWeights = [Double](repeating: 0, count: binCount)
    var positiveWeights = [Double](repeating: 0, count: binCount)
    for index in groups.thresholds.indices {
      let fraction = Self.fraction(of: groups.thresholds[index], lower: lower, upper: upper)
      let position = fraction * Double(binCount)
      let bin = position >= 0 ? Int(Swift.min(position, Double(binCount - 1))) : 0
      negativeWeights[bin] += groups.negatives[index]
      positiveWeights[bin] += groups.positives[index]
    }
    let negativeTotal = negativeTotal
    let positiveTotal = positiveTotal
    negativeFractions = negativeWeights.map { negativeTotal > 0 ? $0 / negativeTotal : 0 }
    positiveFractions = positiveWeights.map { positiveTotal > 0 ? $0 / positiveTotal : 0 }
  }

  /// The score at the lower end of bin `bin` (the upper end of the last bin for `binCount`).
  func edge(_ bin: Int) -> Double {
    let fraction = Double(bin) / Double(binCount)
    // A weighted mean, which cannot overflow however wide the range.
    return lower * (1 - fraction) + upper * fraction
  }

  /// The chart: x is the score, y the fraction of each class per bin, negatives and positives
  /// as two semi-transparent bar series.
  var chart: SVGChart {
    // The x axis runs over the fraction of the score range, so that even a range too wide
    // for a double to hold its width draws; the ticks carry the scores.
    func series(_ name: String, _ fractions: [Double], color: String) -> SVGChart.BarSeries {
      SVGChart.BarSeries(
        name: name,
        bars: fractions.indices.map { bin in
          .init(
            lower: Double(bin) / Double(binCount), upper: Double(bin + 1) / Double(binCount),
            height: fractions[bin])
        }, color: color)
    }
    let tallest = (negativeFractions + positiveFractions).max() ?? 0
    let top = tallest > 0 ? tallest * 1.05 : 1
    let xTicks =
      Self.roundTicks(from: lower, to: upper).map { ticks in
        ticks.values.map { value in
          SVGChart.Axis.Tick(
            position: Self.fraction(of: value, lower: lower, upper: upper),
            label: Self.label(value, decimals: ticks.decimals))
        }
      } ?? [
        SVGChart.Axis.Tick(position: 0, label: "\(lower)"),
        SVGChart.Axis.Tick(position: 1, label: "\(upper)"),
      ]
    let yTicks = (Self.roundTicks(from: 0, to: top)?.values ?? []).map { value in
      SVGChart.Axis.Tick(position: value, label: SVGChart.number(value, decimals: 2))
    }
    return SVGChart(
      title: "Score distribution",
      xAxis: .init(title: "score", lower: 0, upper: 1, ticks: xTicks),
      yAxis: .init(title: "fraction of the class per bin", lower: 0, upper: top, ticks: yTicks),
      bars: [
        series(
          "negatives (weight \(Self.weightText(negativeTotal)))", negativeFractions,
          color: SVGChart.palette[0]),
        series(
          "positives (weight \(Self.weightText(positiveTotal)))", positiveFractions,
          color: SVGChart.palette[1]),
      ])
  }

  /// The `<svg>` element, to embed in HTML.
  var svg: String { chart.svg }

  /// Where `value` lies between `lower` and `upper`, 0 at `lower` and 1 at `upper`; halves
  /// are subtracted so that the width of the widest double range does not overflow.
  private static func fraction(of value: Double, lower: Double, upper: Double) -> Double {
    let width = upper / 2 - lower / 2
    guard width > 0 else { return 0.5 }
    return (value / 2 - lower / 2) / width
  }

  /// About five to ten round numbers (1, 2 or 5 times a power of ten apart) from `lower` to
  /// `upper`, and the decimals they need; `nil` when the range is empty or too wide or
  /// narrow for a double.
  private static func roundTicks(from lower: Double, to upper: Double) -> (
    values: [Double], decimals: Int
  )? {
    let width = upper - lower
    guard width.isFinite, width > 0 else { return nil }
    let rough = width / 5
    var power = 1.0
    var exponent = 0
    while power * 10 <= rough {
      power *= 10
      exponent += 1
    }
    while power > rough && power > 0 {
      power /= 10
      exponent -= 1
    }
    guard power > 0, let multiple = [1.0, 2, 5, 10].first(where: { width / (power * $0) <= 10 })
    else { return nil }
    let step = power * multiple
    let first = (lower / step).rounded(.up)
    var values: [Double] = []
    var index = 0.0
    while values.count < 12 {
      let value = (first + index) * step
      if value > upper + step * 1e-9 { break }
      values.append(value)
      index += 1
    }
    return (values, Swift.max(0, -exponent))
  }

  /// A tick label: fixed decimals, or Swift's shortest form when those would be too many.
  private static func label(_ value: Double, decimals: Int) -> String {
    decimals <= 10 ? SVGChart.number(value, decimals: decimals) : "\(value)"
  }

  /// A class weight: a whole count as an integer, any other weight in Swift's shortest form.
  private static func weightText(_ weight: Double) -> String {
    if weight == weight.rounded() && weight.magnitude < 1e15 { return String(Int64(weight)) }
    return "\(weight)"
  }
}
