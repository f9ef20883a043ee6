import ArgumentParser

/// `auc plot [FILE ...] --output roc.svg`: draw the ROC or precision–recall curve as SVG.
struct PlotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plot",
    abstract: "Draw the ROC (or precision-recall) curve as an SVG picture.",
    discussion: """
      Reads the inputs as auc summary does and draws the curve from its points: the ROC \
      curve with the chance diagonal and the AUC in the legend, or with --curve pr the \
      precision-recall curve with the prevalence baseline and the average precision. Curves \
      of millions of points are thinned to what a picture can show (every dropped point lies \
      within a quarter pixel of the line drawn).

      Examples:
        auc plot predictions.csv --output roc.svg
        auc plot predictions.csv.gz --exact --curve pr --output pr.svg
      """
  )

  @OptionGroup var input: InputOptions

  @Option(help: "Which curve: roc or pr.")
  var curve: CurveKind = .roc

  @Option(name: .shortAndLong, help: .documentOutput("SVG"))
  var output: String = "-"

  func run() throws {
    let accumulator = try input.readAll(writingTo: output)
    let summary = accumulator.summary
    let groups = accumulator.groups
    let plot: CurvePlot? =
      switch curve {
      case .roc: groups.rocCurve().map { CurvePlot.roc($0, summary: summary) }
      case .pr: groups.precisionRecallCurve().map { CurvePlot.precisionRecall($0, summary: summary) }
      }
    guard let plot else { throw curve.undefined }
    try OutputFile.write(plot.document, to: output)
  }
}
