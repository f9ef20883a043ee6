/// What `auc compare` prints: both areas, their difference and DeLong's test, as computed
/// in an ``AreaComparison``.
struct ComparisonReport {
  /// The names of the two score columns.
  var names: [String]
  var comparison: AreaComparison

  /// Keys: `scores`, `count`, `rocAUC` (two), `difference`, `z`, `pValue`, `method`, and
  /// `degreesOfFreedom` for the unpaired test; `null` where the test is undefined.
  var json: String {
    var fields: [(String, String)] = [
      ("scores", JSON.array(names.map(JSON.string))),
      ("count", JSON.number(comparison.rowCount)),
      ("rocAUC", JSON.array(comparison.areas.map { JSON.number($0) })),
      ("difference", JSON.number(comparison.difference)),
      ("z", JSON.number(comparison.statistic)),
      ("pValue", JSON.number(comparison.pValue)),
      ("method", JSON.string(comparison.method.rawValue)),
    ]
    if comparison.method == .deLongUnpaired {
      fields.append(("degreesOfFreedom", JSON.number(comparison.degreesOfFreedom)))
    }
    return JSON.object(fields)
  }

  var text: String {
    var lines = [
      "rows                \(comparison.rowCount) (\(comparison.positiveCount) positive)",
      "ROC AUC \(names[0])".padded + "\(comparison.areas[0])",
      "ROC AUC \(names[1])".padded + "\(comparison.areas[1])",
      "difference          \(comparison.difference)",
    ]
    let (test, statisticName) =
      switch comparison.method {
      case .deLongPaired: ("DeLong paired test", "z")
      case .deLongUnpaired: ("DeLong unpaired test", "D")
      }
    if let statistic = comparison.statistic, let pValue = comparison.pValue {
      let freedom = comparison.degreesOfFreedom.map { ", df \($0)" } ?? ""
      lines.append(test.padded + "\(statisticName) = \(statistic)\(freedom), p = \(pValue)")
    } else {
      lines.append(test.padded + "undefined: the difference has variance 0")
    }
    if let interval = comparison.differenceInterval {
      lines.append("95% CI of difference \(interval.lower) ... \(interval.upper)")
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  /// The label padded to the value column of the text reports.
  var padded: String { self + String(repeating: " ", count: Swift.max(1, 20 - count)) }
}
