import AUCFileFormats

extension InputOptions {
  /// Every input read into counts, for a command that writes one output of them (`accumulate`,
  /// `plot`, `report`): `output` is refused first, before anything is read, when it names one
  /// of the inputs.
  func readAll(writingTo output: String) throws -> MetricAccumulator {
    try OutputFile.checkNotAnInput(output, inputs: inputPaths)
    return try readAll()
  }
}
