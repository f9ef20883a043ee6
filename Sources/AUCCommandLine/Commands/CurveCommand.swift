import AUCMetrics
import ArgumentParser

/// `auc curve roc|pr [FILE ...]`: the points of the ROC or precision–recall curve.
struct CurveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "curve",
    abstract: "Print the points of the ROC or precision-recall curve as CSV or JSON.",
    discussion: """
      ROC points are (threshold, falsePositiveRate, truePositiveRate), from the point that \
      predicts nothing (threshold inf) down to (1, 1): scikit-learn's roc_curve, highest \
      threshold first. PR points are (threshold, recall, precision), starting at recall 0, \
      precision 1: scikit-learn's precision_recall_curve, reversed. A row is predicted \
      positive when its score is >= threshold (--threshold-convention midpoint prints \
      pROC's thresholds instead: halfway to the next lower score, positive when >). \
      Thresholds of binned curves are bin edges. JSON writes infinite thresholds as null.

      Examples:
        auc curve roc predictions.csv --exact
        auc curve pr predictions.csv --format json
        auc curve roc predictions.csv --exact --drop-intermediate --threshold-convention midpoint
      """
  )

  @Argument(help: "roc or pr.")
  var kind: CurveKind

  @OptionGroup var input: InputOptions

  @Flag(help: "Leave out ROC points on a straight line with their neighbours, as scikit-learn.")
  var dropIntermediate = false

  @Option(help: "How thresholds are written: observedScore (>=) or midpoint (pROC, >).")
  var thresholdConvention: ThresholdConvention = .observedScore

  @Option(help: "Output format: csv or json.")
  var format: CurveFormat = .csv

  func validate() throws {
    if kind == .pr && (dropIntermediate || thresholdConvention != .observedScore) {
      throw ValidationError(
        "--drop-intermediate and --threshold-convention apply to ROC curves")
    }
  }

  func run() throws {
    // Only the groups are kept: the counts they come from go before the points are written.
    let groups = try input.readAll().groups
    guard kind.isDefined(by: groups) else { throw kind.undefined }
    var table = CurveTable(curve: kind, format: format)
    switch kind {
    case .roc:
      groups.forEachROCPoint(dropIntermediate: dropIntermediate, thresholds: thresholdConvention) {
        table.append($0)
      }
    case .pr:
      groups.forEachPrecisionRecallPoint { table.append($0) }
    }
    try table.finish()
  }
}

extension ThresholdConvention: ExpressibleByArgument {}
