import AUCFileFormats
import AUCMetrics

/// The points of a curve as named columns, and their CSV and JSON renderings.
struct CurveTable {
  var curve: String
  var columns: [String]
  var rows: [[Double]]

  init(roc points: [ROCPoint]) {
    curve = "roc"
    columns = [
      "threshold", "falsePositiveRate", "truePositiveRate", "truePositives", "falsePositives",
    ]
    rows = points.map {
      [
        $0.threshold, $0.falsePositiveRate, $0.truePositiveRate, $0.truePositives,
        $0.falsePositives,
      ]
    }
  }

  init(precisionRecall points: [PrecisionRecallPoint]) {
    curve = "pr"
    columns = ["threshold", "recall", "precision", "truePositives", "falsePositives"]
    rows = points.map {
      [$0.threshold, $0.recall, $0.precision, $0.truePositives, $0.falsePositives]
    }
  }

  /// A header row, then one line per point; infinities as `inf` and `-inf`, which
  /// `strtod`, Python's `float` and R's `as.numeric` all read back.
  var csv: String {
    var text = columns.joined(separator: ",") + "\n"
    for row in rows {
      text += row.map(Self.csvNumber).joined(separator: ",") + "\n"
    }
    return text
  }

  /// `{"curve":"roc","points":[{"threshold":…,…},…]}`; an infinite threshold is `null`.
  var json: String {
    let points = rows.map { row in
      "{"
        + zip(columns, row).map { "\"\($0)\":\(SummaryReport.jsonNumber($1))" }.joined(
          separator: ",") + "}"
    }
    return "{\"curve\":\"\(curve)\",\"points\":[" + points.joined(separator: ",") + "]}\n"
  }

  private static func csvNumber(_ value: Double) -> String {
    if value == .infinity { return "inf" }
    if value == -.infinity { return "-inf" }
    return value.description
  }
}
