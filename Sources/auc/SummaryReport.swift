import AUCMetrics

/// The numbers `auc summary` prints, and their two renderings.
struct SummaryReport {
  var rows: RowTally
  var summary: RankingSummary
  /// Whether the rows carried weights; the weight totals are printed only then.
  var weighted: Bool

  /// One JSON object, keys in a fixed order; numbers in the shortest form that parses back to
  /// the same double, `null` when undefined.
  var json: String {
    var fields: [(String, String)] = [
      ("count", String(rows.total)),
      ("positives", String(rows.positives)),
      ("negatives", String(rows.negatives)),
    ]
    if weighted {
      fields.append(("positiveWeight", Self.jsonNumber(summary.positiveWeight)))
      fields.append(("negativeWeight", Self.jsonNumber(summary.negativeWeight)))
    }
    var thresholds = "null"
    if case .linear(let thresholdCount) = summary.binning { thresholds = String(thresholdCount) }
    fields += [
      ("thresholds", thresholds),
      ("exact", String(summary.isExact)),
      ("rocAUC", Self.jsonNumber(summary.rocAUC)),
      ("rocAUCErrorBound", Self.jsonNumber(summary.rocAUCErrorBound)),
      ("averagePrecision", Self.jsonNumber(summary.averagePrecision)),
      ("prAUCTrapezoid", Self.jsonNumber(summary.prAUCTrapezoid)),
      ("prAUCInterpolated", Self.jsonNumber(summary.prAUCInterpolated)),
      ("binning", binningJSON),
    ]
    return Self.object(fields)
  }

  private var binningJSON: String {
    var fields: [(String, String)]
    switch summary.binning {
    case .exact: fields = [("kind", "\"exact\"")]
    case .linear(let thresholdCount):
      fields = [("kind", "\"linear\""), ("thresholds", String(thresholdCount))]
    case .logarithmic(let subBins):
      fields = [("kind", "\"log\""), ("subBinsPerOctave", String(subBins))]
    }
    fields.append(("switchedFromExact", String(summary.switchedFromExact)))
    return Self.object(fields)
  }

  private static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  /// A short summary for people.
  var text: String {
    let prevalence =
      rows.total == 0
      ? "" : " (\(Self.percent(Double(rows.positives) / Double(rows.total))) positive)"
    var lines = [
      "rows                \(rows.total)",
      "positives           \(rows.positives)\(prevalence)",
      "negatives           \(rows.negatives)",
    ]
    if weighted {
      lines.append(
        "weights             \(summary.positiveWeight) positive, \(summary.negativeWeight) negative"
      )
    }
    lines.append("binning             \(binningText)")
    if let rocAUC, let bound = summary.rocAUCErrorBound {
      lines.append(
        summary.isExact
          ? "ROC AUC             \(rocAUC) (exact)"
          : "ROC AUC             \(rocAUC) ± \(bound) (exact area within the bound)")
    } else {
      lines.append("ROC AUC             undefined: needs both positives and negatives")
    }
    let precisionRecall: [(String, Double?)] = [
      ("average precision  ", summary.averagePrecision),
      ("PR AUC trapezoid   ", summary.prAUCTrapezoid),
      ("PR AUC interpolated", summary.prAUCInterpolated),
    ]
    for (name, value) in precisionRecall {
      lines.append("\(name) \(value.map { "\($0)" } ?? "undefined: needs positives")")
    }
    return lines.joined(separator: "\n")
  }

  private var rocAUC: Double? { summary.rocAUC }

  private var binningText: String {
    switch summary.binning {
    case .exact: return "exact (every distinct score)"
    case .linear(let thresholdCount): return "linear, \(thresholdCount) thresholds"
    case .logarithmic(let subBins):
      let switched =
        summary.switchedFromExact ? "; switched from exact to fit the memory budget" : ""
      return "log, \(subBins) bins per power of two\(switched)"
    }
  }

  /// Swift prints a finite double in its shortest round-trip form, which is valid JSON.
  static func jsonNumber(_ value: Double?) -> String {
    guard let value else { return "null" }
    precondition(value.isFinite, "summaries are finite or nil")
    return value.description
  }

  private static func percent(_ fraction: Double) -> String {
    let tenths = (fraction * 1000).rounded()
    return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
  }
}
