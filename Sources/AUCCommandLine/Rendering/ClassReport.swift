import AUCMetrics

/// What `auc multiclass` and `auc multilabel` print: the averages, then one line (or JSON
/// object) per class or label.
struct ClassReport {
  /// The class (or label) names, in the summary's order.
  var names: [String]
  var rows: UInt64
  var multiclass: MulticlassSummary?
  var multilabel: MultilabelSummary?

  var perClass: [ClassSummary] { multiclass?.perClass ?? multilabel?.perLabel ?? [] }
  var binning: ScoreBinning { multiclass?.binning ?? multilabel?.binning ?? .exact }

  var json: String {
    let averagePrecision = multiclass?.averagePrecision ?? multilabel!.averagePrecision
    let kind = multiclass == nil ? "label" : "class"
    let items = zip(names, perClass).map { name, summary in
      JSON.object([
        (kind, JSON.string(name)), ("rows", JSON.number(summary.rows)),
        ("support", GroupsCommand.count(summary.support)),
        ("rocAUC", JSON.number(summary.rocAUC)),
        ("averagePrecision", JSON.number(summary.averagePrecision)),
      ])
    }
    var fields: [(String, String)] = [
      ("rows", JSON.number(rows)),
      (kind == "class" ? "classes" : "labels", JSON.array(names.map(JSON.string))),
      ("binning", SummaryReport.binningJSON(binning, switchedFromExact: false)),
    ]
    if let multiclass {
      fields += [
        ("ovr", Self.averages(multiclass.rocAUC)),
        (
          "ovo",
          JSON.object([
            ("macro", JSON.number(multiclass.oneVsOneMacro)),
            ("weighted", JSON.number(multiclass.oneVsOneWeighted)),
          ])
        ),
        ("averagePrecision", Self.averages(averagePrecision)),
        ("rowsNotSummingToOne", JSON.number(multiclass.rowsNotSummingToOne)),
        ("perClass", JSON.array(items)),
      ]
    } else if let multilabel {
      fields += [
        ("macro", JSON.number(multilabel.rocAUC.macro)),
        ("micro", JSON.number(multilabel.rocAUC.micro)),
        ("weighted", JSON.number(multilabel.rocAUC.weighted)),
        ("averagePrecision", Self.averages(averagePrecision)),
        ("perLabel", JSON.array(items)),
      ]
    }
    return JSON.object(fields)
  }

  static func averages(_ averages: ClassAverages) -> String {
    JSON.object([
      ("macro", JSON.number(averages.macro)), ("weighted", JSON.number(averages.weighted)),
      ("micro", JSON.number(averages.micro)),
    ])
  }

  var text: String {
    let rocAUC = multiclass?.rocAUC ?? multilabel!.rocAUC
    let averagePrecision = multiclass?.averagePrecision ?? multilabel!.averagePrecision
    let kind = multiclass == nil ? "label" : "class"
    var lines = [
      "rows".padded + "\(rows) (\(names.count) \(kind == "class" ? "classes" : "labels"))",
      "binning".padded + SummaryReport.binningText(binning, switchedFromExact: false),
      (multiclass == nil ? "ROC AUC" : "one-vs-rest AUC").padded + Self.averagesText(rocAUC),
    ]
    if let multiclass {
      lines.append(
        "one-vs-one AUC".padded
          + "macro \(Self.value(multiclass.oneVsOneMacro)), weighted \(Self.value(multiclass.oneVsOneWeighted)) (Hand & Till)"
      )
    }
    lines.append("average precision".padded + Self.averagesText(averagePrecision))
    let width = max(kind.count, names.map(\.count).max() ?? 0) + 2
    func column(_ text: String) -> String {
      text + String(repeating: " ", count: max(1, width - text.count))
    }
    lines.append(column(kind) + "rows".padded + "ROC AUC".padded + "average precision")
    for (name, summary) in zip(names, perClass) {
      lines.append(
        column(name) + "\(summary.rows)".padded + Self.value(summary.rocAUC).padded
          + Self.value(summary.averagePrecision))
    }
    if let multiclass, multiclass.rowsNotSummingToOne > 0 {
      lines.append(
        "note: \(multiclass.rowsNotSummingToOne) rows have scores that do not sum to 1; scikit-learn refuses them, the areas here rank each score column on its own"
      )
    }
    return lines.joined(separator: "\n")
  }

  static func averagesText(_ averages: ClassAverages) -> String {
    "macro \(value(averages.macro)), weighted \(value(averages.weighted)), micro \(value(averages.micro))"
  }

  static func value(_ value: Double?) -> String {
    value.flatMap { $0.isFinite ? "\($0)" : nil } ?? "undefined"
  }
}
