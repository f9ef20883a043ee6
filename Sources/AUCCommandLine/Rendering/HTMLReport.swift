import AUCMetrics

/// One self-contained HTML5 page: the summary table, the ROC and precision–recall charts and
/// the score distributions.
///
/// Everything is inline (CSS and SVG); there are no scripts, links or fetches, so the file
/// can be mailed or archived alone. The markup is also well-formed XML (XHTML-compatible
/// HTML5), so XML tools can read it.
///
/// ```swift
/// let report = HTMLReport(
///   inputNames: ["scores.csv"], summaryRows: [("ROC AUC", "0.8376")],
///   groups: counts.groups, summary: counts.summary)
/// print(report.html, terminator: "")
/// ```
struct HTMLReport {
  /// The input files, named in the title.
  var inputNames: [String]
  /// The summary table, one (label, value) row each, as the text summary prints them.
  var summaryRows: [(label: String, value: String)]
  /// The ROC chart; `nil` when the curve is undefined.
  var roc: CurvePlot?
  /// The precision–recall chart; `nil` when the curve is undefined.
  var precisionRecall: CurvePlot?
  /// The score histograms; `nil` when there are no scores.
  var scoreDistribution: ScoreDistribution?

  /// Creates a report from prepared parts.
  init(
    inputNames: [String], summaryRows: [(label: String, value: String)], roc: CurvePlot?,
    precisionRecall: CurvePlot?, scoreDistribution: ScoreDistribution?
  ) {
    self.inputNames = inputNames
    self.summaryRows = summaryRows
    self.roc = roc
    self.precisionRecall = precisionRecall
    self.scoreDistribution = scoreDistribution
  }

  /// Creates a report with the curves and histograms of `groups`, the legends taking their
  /// areas from `summary`.
  ///
  /// - Complexity: O(m) for m groups.
  init(
    inputNames: [String], summaryRows: [(label: String, value: String)], groups: ScoreGroups,
    summary: RankingSummary
  ) {
    self.init(
      inputNames: inputNames, summaryRows: summaryRows,
      roc: groups.rocCurve().map { CurvePlot.roc($0, summary: summary) },
      precisionRecall: groups.precisionRecallCurve().map {
        CurvePlot.precisionRecall($0, summary: summary)
      },
      scoreDistribution: ScoreDistribution(groups: groups))
  }

  /// The page title: `AUC report: a.csv, b.csv`.
  var title: String {
    inputNames.isEmpty ? "AUC report" : "AUC report: " + inputNames.joined(separator: ", ")
  }

  /// The whole page, ending with a newline.
  var html: String {
    var parts = [
      "<!DOCTYPE html>",
      "<html lang=\"en\">",
      "<head>",
      "<meta charset=\"utf-8\"/>",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
      "<title>\(Markup.escaped(title))</title>",
      "<style>\(Self.style)</style>",
      "</head>",
      "<body>",
      "<h1>\(Markup.escaped(title))</h1>",
      "<h2>Summary</h2>",
      "<table class=\"summary\">",
      "<tbody>",
    ]
    for row in summaryRows {
      parts.append(
        "<tr><th scope=\"row\">\(Markup.escaped(row.label))</th><td>\(Markup.escaped(row.value))</td></tr>"
      )
    }
    parts += ["</tbody>", "</table>"]
    parts += Self.section(
      "ROC curve", svg: roc?.svg, missing: "The ROC curve needs both positives and negatives.")
    parts += Self.section(
      "Precision–recall curve", svg: precisionRecall?.svg,
      missing: "The precision–recall curve needs positives.")
    parts += Self.section(
      "Score distribution", svg: scoreDistribution?.svg, missing: "There are no scores.")
    parts += ["</body>", "</html>"]
    return parts.joined(separator: "\n") + "\n"
  }

  /// A heading, then the chart or a note saying why there is none.
  private static func section(_ heading: String, svg: String?, missing: String) -> [String] {
    let body = svg.map { "<figure>\n\($0)\n</figure>" } ?? "<p class=\"missing\">\(missing)</p>"
    return ["<h2>\(Markup.escaped(heading))</h2>", body]
  }

  /// The page's style sheet: no `<` or `&`, so it needs no escaping in XML.
  private static let style = """

    body { font-family: sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222222; }
    h1 { font-size: 1.4em; overflow-wrap: anywhere; }
    h2 { font-size: 1.15em; margin-top: 1.6em; }
    table.summary { border-collapse: collapse; }
    table.summary th, table.summary td { text-align: left; padding: 0.25em 1em 0.25em 0; border-bottom: 1px solid #dddddd; vertical-align: top; }
    table.summary th { font-weight: normal; color: #555555; white-space: nowrap; }
    table.summary td { font-family: monospace; }
    figure { margin: 0.5em 0; }
    figure svg { max-width: 100%; height: auto; }
    p.missing { color: #777777; font-style: italic; }

    """
}
