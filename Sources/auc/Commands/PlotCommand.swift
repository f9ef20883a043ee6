import AUCFileFormats
import AUCMetrics
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

  /// Which curve to draw.
  enum Curve: String, ExpressibleByArgument, CaseIterable {
    case roc, pr
  }

  @OptionGroup var input: InputOptions

  @Option(help: "Which curve: roc or pr.")
  var curve: Curve = .roc

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "The SVG file to write, - or none for standard output. A file is replaced atomically, a device or FIFO written through, a symbolic link followed; an input is refused.",
      valueName: "path")
  )
  var output: String = "-"

  func run() throws {
    try OutputFile.checkNotAnInput(output, inputs: input.inputPaths)
    let accumulator = try input.readAll()
    let groups = accumulator.groups
    let summary = accumulator.summary
    let plot: CurvePlot
    switch curve {
    case .roc:
      guard let points = groups.rocCurve() else {
        printToStandardError("the ROC curve needs both positives and negatives")
        throw ExitCode(1)
      }
      plot = CurvePlot.roc(points, summary: summary)
    case .pr:
      guard let points = groups.precisionRecallCurve() else {
        printToStandardError("the precision-recall curve needs positives")
        throw ExitCode(1)
      }
      plot = CurvePlot.precisionRecall(points, summary: summary)
    }
    try OutputFile.write(plot.document, to: output)
  }
}
