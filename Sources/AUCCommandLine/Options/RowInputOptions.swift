import AUCFileFormats
import ArgumentParser

/// The options of every command that reads binary scored rows, `compare` included: the text
/// inputs (``TextInputOptions``), the label column or array, the score precision.
///
/// The score columns (and `--scores` arrays) are the commands' own: one for most, two for
/// `compare`.
struct RowInputOptions: ParsableArguments {
  @OptionGroup var text: TextInputOptions

  @Option(help: "The name of the label column (values 0 or 1).")
  var label = "label"

  @Flag(
    help: "Parse scores as 32-bit floats, so that they bin as float32 data does in PaddlePaddle.")
  var float32 = false

  @Option(
    name: .customLong("labels"),
    help: ArgumentHelp(
      "A NumPy .npy file of 0/1 labels (bool or integers), with --scores.", valueName: "file.npy"))
  var labelsArray: String?

  /// A reader of `path`'s columns in its format.
  func csvReader(
    for path: String, scoreColumn: String, weightColumn: String? = nil,
    secondScoreColumn: String? = nil, groupColumn: String? = nil
  ) -> CSVScoreReader {
    CSVScoreReader(
      scoreColumn: scoreColumn, labelColumn: label, delimiter: text.format(of: path).delimiter,
      hasHeader: !text.noHeader, weightColumn: weightColumn, secondScoreColumn: secondScoreColumn,
      groupColumn: groupColumn)
  }

}

extension DataError {
  /// The error as `auc` prints it: a column missing from the header also names the option
  /// that chooses it (`; choose one with --score`).
  var commandLineDescription: String {
    guard let role = missingColumn else { return description }
    let option =
      switch role {
      case .score, .secondScore: "--score"
      case .label: "--label"
      case .weight: "--weight"
      case .group: "--group"
      }
    return DataError(location: location, message: message + "; choose one with \(option)")
      .description
  }
}
