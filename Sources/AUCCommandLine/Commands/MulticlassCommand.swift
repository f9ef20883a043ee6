import AUCFileFormats
import AUCMetrics
import ArgumentParser

/// `auc multiclass FILE --label NAME --scores COL,COL,…`: the one-vs-rest and one-vs-one
/// ROC AUCs and the average precisions of a multi-class classifier.
struct MulticlassCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "multiclass",
    abstract: "One-vs-rest and one-vs-one ROC AUC and average precision of a multi-class classifier.",
    discussion: """
      Reads a class column (--label: class names or numbers) and one score column per class \
      (--scores). A column named score_<class> names its class; else --classes gives the \
      classes of the columns in order. Prints scikit-learn's roc_auc_score with \
      multi_class='ovr' (macro, weighted, micro) and 'ovo' (Hand & Till, macro and \
      weighted), average_precision_score, and each class's one-vs-rest ROC AUC and average \
      precision. Classes are listed as scikit-learn sorts them: numerically when every class \
      is an integer, else by their bytes. Scores need not sum to 1 (scikit-learn refuses \
      them): each area ranks one column; the rows that do not are counted and said. \
      Binned like auc summary by default (scores in 0...1); --exact for any finite scores.

      Examples:
        auc multiclass predictions.csv --label species --scores score_cat,score_dog,score_bird
        auc multiclass predictions.csv --label y --scores p0,p1,p2 --classes 0,1,2 --exact
        auc multiclass predictions.csv --label y --scores score_0,score_1,score_2 --format json
      """
  )

  @OptionGroup var input: ClassInputOptions

  @Option(help: "The name of the class column (any text: class names or numbers).")
  var label = "label"

  @Option(
    help: ArgumentHelp(
      "The classes of the --scores columns, in their order, comma-separated (default: each column's name without score_).",
      valueName: "class,class,…"))
  var classes: String?

  func validate() throws {
    try input.validate(labelColumns: [("--label", label)], least: 2)
    _ = try columnClasses()
  }

  /// The class of each score column, in column order.
  func columnClasses() throws -> [String] {
    let columns = input.scoreColumns
    let names: [String]
    if let classes {
      names = ClassInputOptions.columnList(classes)
      guard names.count == columns.count, !names.contains(where: \.isEmpty) else {
        throw ValidationError(
          "--classes names \(names.count) classes for \(columns.count) score columns; give one class per column")
      }
    } else {
      guard let unnamed = columns.first(where: { !$0.hasPrefix("score_") || $0.count == 6 }) else {
        return columns.map { String($0.dropFirst(6)) }
      }
      throw ValidationError(
        "the score column \"\(unnamed)\" does not name its class (score_<class>); give the classes of the columns with --classes")
    }
    guard Set(names).count == names.count else {
      throw ValidationError("a class is named twice in \(names.joined(separator: ",")); each column scores one class")
    }
    return names
  }

  func run() throws {
    let columnNames = try columnClasses()
    // Class i (in scikit-learn's order) is scored by column columnOfClass[i].
    let columnOfClass = GroupedScoreCounts.order(of: columnNames)
    let names = columnOfClass.map { columnNames[$0] }
    let classCount = names.count
    var classIndex: [String: Int] = [:]
    for (index, name) in names.enumerated() { classIndex[name] = index }
    var counts = MulticlassScoreCounts(classCount: classCount, binning: input.binning)
    let scoreColumns = input.scoreColumns
    try input.forEachBatch(reader: { path in
      input.csvReader(for: path, labelColumn: label, classNames: true)
    }) { (batch, file) throws(DataError) in
      var rowClasses: [Int] = []
      rowClasses.reserveCapacity(batch.count)
      var start = 0
      for (row, end) in batch.classEnds.enumerated() {
        let name = String(decoding: batch.classBytes[start..<end], as: UTF8.self)
        guard let index = classIndex[name] else {
          throw DataError(
            location: "\(file):\(batch.lineNumbers[row])",
            message:
              "class label \"\(MessageText.escaped(name, limit: 80))\" is not one of the classes of the score columns (\(names.joined(separator: ", ")))"
          )
        }
        rowClasses.append(index)
        start = end
      }
      let columnScores = ClassInputOptions.rowScores(batch, columns: classCount)
      var scores = [Double](repeating: 0, count: columnScores.count)
      for row in 0..<batch.count {
        for (index, column) in columnOfClass.enumerated() {
          scores[row * classCount + index] = columnScores[row * classCount + column]
        }
      }
      do throws(ScoreInputError) {
        try counts.record(scores: scores, classes: rowClasses, weights: batch.weights)
      } catch {
        throw ClassInputOptions.dataError(
          error, in: batch, file: file,
          detail: Self.column(of: error, scores: columnScores, columns: scoreColumns))
      }
    }
    let report = ClassReport(
      names: names, rows: counts.rowCount, multiclass: counts.summary, multilabel: nil)
    try StandardOutput.writeLine(input.format == .json ? report.json : report.text)
  }

  /// ` in column NAME` for a score error, naming the first column of the row that holds the
  /// bad score; empty for other errors.
  static func column(of error: ScoreInputError, scores: [Double], columns: [String]) -> String {
    let row: Int
    let value: Double
    switch error {
    case .nonFiniteScore(let at, let score), .scoreOutOfRange(let at, let score):
      (row, value) = (at, score)
    default:
      return ""
    }
    let start = row * columns.count
    let bad = (0..<columns.count).first { column in
      let score = scores[start + column]
      return score == value || (score.isNaN && value.isNaN)
    }
    return bad.map { " in column \(columns[$0])" } ?? ""
  }
}
