import AUCMetrics

/// The numbers `auc summary` prints, and their two renderings.
struct SummaryReport: Equatable {
  var count: UInt64
  var positives: UInt64
  var negatives: UInt64
  var thresholds: Int
  var rocAUC: Double?
  var rocAUCErrorBound: Double?
  var averagePrecision: Double?

  init(histogram: ScoreHistogram) {
    count = histogram.count
    positives = histogram.positiveCount
    negatives = histogram.negativeCount
    thresholds = histogram.thresholdCount
    rocAUC = histogram.rocAUC
    rocAUCErrorBound = histogram.rocAUCErrorBound
    averagePrecision = histogram.averagePrecision
  }

  /// One JSON object, keys in a fixed order; numbers in the shortest form that parses back to
  /// the same double, `null` when undefined.
  var json: String {
    let fields: [(String, String)] = [
      ("count", String(count)),
      ("positives", String(positives)),
      ("negatives", String(negatives)),
      ("thresholds", String(thresholds)),
      ("rocAUC", Self.jsonNumber(rocAUC)),
      ("rocAUCErrorBound", Self.jsonNumber(rocAUCErrorBound)),
      ("averagePrecision", Self.jsonNumber(averagePrecision)),
    ]
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  /// A short summary for people.
  var text: String {
    let prevalence =
      count == 0 ? "" : " (\(Self.percent(Double(positives) / Double(count))) positive)"
    var lines = [
      "rows               \(count)",
      "positives          \(positives)\(prevalence)",
      "negatives          \(negatives)",
      "thresholds         \(thresholds) (binned)",
    ]
    if let rocAUC, let rocAUCErrorBound {
      lines.append(
        "ROC AUC            \(rocAUC) ± \(rocAUCErrorBound) (exact area within the bound)")
    } else {
      lines.append("ROC AUC            undefined: needs both positives and negatives")
    }
    if let averagePrecision {
      lines.append("average precision  \(averagePrecision)")
    } else {
      lines.append("average precision  undefined: needs positives")
    }
    return lines.joined(separator: "\n")
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
