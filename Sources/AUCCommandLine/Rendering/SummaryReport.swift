import AUCFileFormats
import AUCMetrics

/// The numbers `auc summary` prints, and their two renderings.
struct SummaryReport {
  var rows: RowTally
  var summary: RankingSummary
  /// Whether the rows carried weights; the weight totals are printed only then.
  var weighted: Bool
  /// The first (highest-threshold) Youden optimum, `nil` when undefined.
  var bestThreshold: ROCPoint? = nil
  /// With `--ci`: DeLong's interval, or `.some(nil)` when it is undefined.
  var confidenceInterval: ConfidenceInterval?? = nil
  /// With `--max-fpr`: the partial area, or `.some(nil)` when it is undefined.
  var partialAUC: PartialAUC?? = nil
  /// With `--group`: the group AUCs.
  var groupAUC: GroupAUCSummary? = nil

  /// One JSON object, keys in a fixed order; numbers in the shortest form that parses back to
  /// the same double, `null` when undefined.
  var json: String {
    var fields: [(String, String)] = [
      ("count", JSON.number(rows.total)),
      ("positives", JSON.number(rows.positives)),
      ("negatives", JSON.number(rows.negatives)),
    ]
    if weighted {
      fields.append(("positiveWeight", JSON.number(summary.positiveWeight)))
      fields.append(("negativeWeight", JSON.number(summary.negativeWeight)))
    }
    var thresholds = "null"
    if case .linear(let thresholdCount) = summary.binning { thresholds = JSON.number(thresholdCount) }
    fields += [
      ("thresholds", thresholds),
      ("exact", JSON.bool(summary.isExact)),
      ("rocAUC", JSON.number(summary.rocAUC)),
      ("rocAUCErrorBound", JSON.number(summary.rocAUCErrorBound)),
      ("averagePrecision", JSON.number(summary.averagePrecision)),
      ("prAUCTrapezoid", JSON.number(summary.prAUCTrapezoid)),
      ("prAUCInterpolated", JSON.number(summary.prAUCInterpolated)),
      ("binning", binningJSON),
    ]
    if let confidenceInterval {
      fields.append(
        (
          "rocAUCConfidenceInterval",
          confidenceInterval.map { interval in
            JSON.object([
              ("level", JSON.number(interval.level)),
              ("lower", JSON.number(interval.lower)),
              ("upper", JSON.number(interval.upper)),
              ("method", JSON.string(interval.method.rawValue)),
            ])
          } ?? "null"
        ))
    }
    if let partialAUC {
      fields.append(("partialROCAUC", JSON.number(partialAUC?.area)))
      fields.append(("partialROCAUCStandardized", JSON.number(partialAUC?.standardized)))
    }
    if let groupAUC {
      fields.append(
        (
          "groupAUC",
          JSON.object([
            ("gauc", JSON.number(groupAUC.impressionWeightedAUC)),
            ("uauc", JSON.number(groupAUC.unweightedAUC)),
            ("gaucPairWeighted", JSON.number(groupAUC.pairWeightedAUC)),
            ("groups", JSON.number(groupAUC.groupCount)),
            ("groupsUsed", JSON.number(groupAUC.groupsUsed)),
          ])
        ))
    }
    fields.append(
      (
        "bestThreshold",
        bestThreshold.map { point in
          JSON.object([
            ("method", JSON.string("youden")), ("threshold", JSON.number(point.threshold)),
            ("truePositiveRate", JSON.number(point.truePositiveRate)),
            ("falsePositiveRate", JSON.number(point.falsePositiveRate)),
          ])
        } ?? "null"
      ))
    return JSON.object(fields)
  }

  private var binningJSON: String {
    Self.binningJSON(summary.binning, switchedFromExact: summary.switchedFromExact)
  }

  /// A binning as JSON: `{"kind":"linear","thresholds":4095,"switchedFromExact":false}`.
  static func binningJSON(_ binning: ScoreBinning, switchedFromExact: Bool) -> String {
    var fields: [(String, String)]
    switch binning {
    case .exact: fields = [("kind", JSON.string("exact"))]
    case .linear(let thresholdCount):
      fields = [("kind", JSON.string("linear")), ("thresholds", JSON.number(thresholdCount))]
    case .logarithmic(let subBins):
      fields = [("kind", JSON.string("log")), ("subBinsPerOctave", JSON.number(subBins))]
    }
    fields.append(("switchedFromExact", JSON.bool(switchedFromExact)))
    return JSON.object(fields)
  }

  /// A short summary for people.
  var text: String {
    tableRows.map { $0.label.padded + $0.value }.joined(separator: "\n")
  }

  /// The summary as (label, value) rows: the text summary's lines, and the report's table.
  var tableRows: [(label: String, value: String)] {
    let prevalence =
      rows.total == 0
      ? "" : " (\(Self.percent(Double(rows.positives) / Double(rows.total))) positive)"
    var table: [(label: String, value: String)] = [
      ("rows", "\(rows.total)"),
      ("positives", "\(rows.positives)\(prevalence)"),
      ("negatives", "\(rows.negatives)"),
    ]
    if weighted {
      table.append(
        ("weights", "\(summary.positiveWeight) positive, \(summary.negativeWeight) negative"))
    }
    table.append(("binning", binningText))
    if let rocAUC = Self.finite(summary.rocAUC), let bound = Self.finite(summary.rocAUCErrorBound) {
      table.append(
        (
          "ROC AUC",
          summary.isExact
            ? "\(rocAUC) (exact)" : "\(rocAUC) ± \(bound) (exact area within the bound)"
        ))
    } else {
      table.append(("ROC AUC", "undefined: needs both positives and negatives"))
    }
    let precisionRecall: [(String, Double?)] = [
      ("average precision", summary.averagePrecision),
      ("PR AUC trapezoid", summary.prAUCTrapezoid),
      ("PR AUC interpolated", summary.prAUCInterpolated),
    ]
    for (name, value) in precisionRecall {
      table.append((name, Self.finite(value).map { "\($0)" } ?? "undefined: needs positives"))
    }
    if let confidenceInterval {
      table.append(
        confidenceInterval.map {
          ("DeLong CI (\(Self.percent($0.level)))", "\($0.lower) ... \($0.upper)")
        } ?? ("DeLong CI", "undefined: " + Self.confidenceIntervalMissing(weighted: weighted)))
    }
    if let partialAUC {
      table.append(
        (
          "partial AUC",
          partialAUC.map {
            "\($0.area) for FPR ≤ \($0.width); standardised \($0.standardized)"
          } ?? "undefined: needs both positives and negatives"
        ))
    }
    if let groupAUC {
      let used = "\(groupAUC.groupsUsed) of \(groupAUC.groupCount) groups hold both classes"
      if let gauc = Self.finite(groupAUC.impressionWeightedAUC),
        let uauc = Self.finite(groupAUC.unweightedAUC),
        let pairs = Self.finite(groupAUC.pairWeightedAUC)
      {
        table.append(("GAUC", "\(gauc) (groups weighted by rows; \(used))"))
        table.append(("UAUC", "\(uauc) (groups weighted equally)"))
        table.append(("GAUC by pairs", "\(pairs) (groups weighted by positive-negative pairs)"))
      } else {
        table.append(("GAUC", "undefined: \(used)"))
      }
    }
    if let bestThreshold {
      table.append(
        (
          "best threshold",
          "score ≥ \(bestThreshold.threshold) (Youden): TPR \(bestThreshold.truePositiveRate), FPR \(bestThreshold.falsePositiveRate)"
        ))
    }
    return table
  }

  /// Why there is no DeLong interval.
  static func confidenceIntervalMissing(weighted: Bool) -> String {
    weighted
      ? "DeLong's interval is for unweighted rows, and these rows have weights"
      : "needs 2+ unweighted rows of each class"
  }

  /// `value` when it is a finite number, else `nil`: text never shows `nan` or `inf` for an
  /// area (the library gives `nil` for an undefined one; this guards the printing too).
  private static func finite(_ value: Double?) -> Double? {
    value.flatMap { $0.isFinite ? $0 : nil }
  }

  private var binningText: String {
    Self.binningText(summary.binning, switchedFromExact: summary.switchedFromExact)
  }

  /// A binning for people: `linear, 4095 thresholds`.
  static func binningText(_ binning: ScoreBinning, switchedFromExact: Bool) -> String {
    switch binning {
    case .exact: return "exact (every distinct score)"
    case .linear(let thresholdCount): return "linear, \(thresholdCount) thresholds"
    case .logarithmic(let subBins):
      let switched = switchedFromExact ? "; switched from exact to fit the memory budget" : ""
      return "log, \(subBins) bins per power of two\(switched)"
    }
  }

  private static func percent(_ fraction: Double) -> String {
    let tenths = (fraction * 1000).rounded()
    return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
  }
}
