import AUCMetrics
import ArgumentParser

/// `auc groups`: every group's rows, classes and ROC AUC, as CSV or JSON, in the order of the
/// group ids (numeric when every id is an integer).
struct GroupsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "groups",
    abstract: "Print each group's rows, positives, negatives and ROC AUC as CSV or JSON.",
    discussion: """
      The groups are the distinct values of the --group column (any text). A group's ROC AUC \
      is exact with --exact, else of the same bins as auc summary; it is empty (CSV) or null \
      (JSON) for a group that lacks a class. With --weight, positives and negatives are the \
      groups' weights. Groups are in the order of their ids: numeric when every id is an \
      integer, else by their bytes.

      Examples:
        auc groups impressions.csv --group user_id --exact
        auc groups impressions.csv --group query --format json
      """
  )

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: csv or json.")
  var format: CurveFormat = .csv

  func validate() throws {
    guard input.group != nil else {
      throw ValidationError("auc groups needs --group NAME, the column of group ids")
    }
  }

  func run() throws {
    guard let grouped = try input.readAll().grouped else { return }
    let groups = grouped.groupSummaries
    switch format {
    case .csv:
      var lines = ["group,rows,positives,negatives,rocAUC"]
      lines.reserveCapacity(groups.count + 1)
      for group in groups {
        let area = group.rocAUC.map { "\($0)" } ?? ""
        lines.append(
          "\(Self.csvField(group.id)),\(group.rows),\(Self.count(group.positiveWeight)),\(Self.count(group.negativeWeight)),\(area)"
        )
      }
      try StandardOutput.writeLine(lines.joined(separator: "\n"))
    case .json:
      let objects = groups.map { group in
        JSON.object([
          ("group", JSON.string(group.id)), ("rows", JSON.number(group.rows)),
          ("positives", Self.count(group.positiveWeight)),
          ("negatives", Self.count(group.negativeWeight)),
          ("rocAUC", JSON.number(group.rocAUC)),
        ])
      }
      try StandardOutput.writeLine(JSON.object([("groups", JSON.array(objects))]))
    }
  }

  /// A weight, written as an integer when it is one (a count of rows), else as JSON writes
  /// a double (the shortest form that reads back the same).
  static func count(_ weight: Double) -> String {
    weight == weight.rounded() && abs(weight) < 0x1p53 ? String(Int64(weight)) : JSON.number(weight)
  }

  /// An id as a CSV field: quoted, with its quotes doubled, when it holds a comma, a quote or
  /// a line break.
  static func csvField(_ id: String) -> String {
    guard id.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return id }
    return "\"" + id.replacing("\"", with: "\"\"") + "\""
  }
}
