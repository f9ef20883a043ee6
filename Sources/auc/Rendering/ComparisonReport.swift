import AUCFileFormats
import AUCMetrics

/// What `auc compare` prints: both areas, their difference and DeLong's test.
struct ComparisonReport {
  var names: [String]
  var rowCount: Int
  var positiveCount: Int
  var areas: [Double]
  var difference: Double
  var statistic: Double?
  var pValue: Double?
  var degreesOfFreedom: Double?
  var differenceInterval: ConfidenceInterval?
  var method: String

  init(rows: PairedRows, names: [String], unpaired: Bool) throws(DeLongError) {
    self.names = names
    rowCount = rows.labels.count
    positiveCount = rows.labels.count { $0 == 1 }
    let paired = try PairedDeLongTest(first: rows.first, second: rows.second, labels: rows.labels)
    areas = [paired.first.area, paired.second.area]
    difference = paired.difference
    if unpaired {
      let test = UnpairedDeLongTest(first: paired.first, second: paired.second)
      statistic = test.statistic
      pValue = test.pValue
      degreesOfFreedom = test.degreesOfFreedom
      method = "delong-unpaired"
    } else {
      statistic = paired.z
      pValue = paired.pValue
      differenceInterval = paired.differenceConfidenceInterval(level: 0.95)
      method = "delong-paired"
    }
  }

  /// Keys: `scores`, `count`, `rocAUC` (two), `difference`, `z`, `pValue`, `method`, and
  /// `degreesOfFreedom` for the unpaired test; `null` where the test is undefined.
  var json: String {
    var fields: [(String, String)] = [
      (
        "scores",
        "[" + names.map { "\"\(SummaryReport.jsonEscaped($0))\"" }.joined(separator: ",") + "]"
      ),
      ("count", String(rowCount)),
      ("rocAUC", "[" + areas.map { SummaryReport.jsonNumber($0) }.joined(separator: ",") + "]"),
      ("difference", SummaryReport.jsonNumber(difference)),
      ("z", SummaryReport.jsonNumber(statistic)),
      ("pValue", SummaryReport.jsonNumber(pValue)),
      ("method", "\"\(method)\""),
    ]
    if method == "delong-unpaired" {
      fields.append(("degreesOfFreedom", SummaryReport.jsonNumber(degreesOfFreedom)))
    }
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  var text: String {
    var lines = [
      "rows                \(rowCount) (\(positiveCount) positive)",
      "ROC AUC \(names[0])".padded + "\(areas[0])",
      "ROC AUC \(names[1])".padded + "\(areas[1])",
      "difference          \(difference)",
    ]
    let test = method == "delong-paired" ? "DeLong paired test" : "DeLong unpaired test"
    if let statistic, let pValue {
      let name = method == "delong-paired" ? "z" : "D"
      let freedom = degreesOfFreedom.map { ", df \($0)" } ?? ""
      lines.append(test.padded + "\(name) = \(statistic)\(freedom), p = \(pValue)")
    } else {
      lines.append(test.padded + "undefined: the difference has variance 0")
    }
    if let differenceInterval {
      lines.append(
        "95% CI of difference \(differenceInterval.lower) ... \(differenceInterval.upper)")
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  /// The label padded to the value column of the text reports.
  var padded: String { self + String(repeating: " ", count: Swift.max(1, 20 - count)) }
}
