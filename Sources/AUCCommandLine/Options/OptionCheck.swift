import AUCMetrics
import ArgumentParser

/// The range checks of numeric options, with one message for all of them: a value outside
/// its range is a usage error (exit status 64), `--batches must be in 1...1000000, got 0`.
enum OptionCheck {
  /// Throws the usage error `OPTION must be in LOWER...UPPER, got VALUE` unless `range`
  /// contains `value`.
  static func require(_ option: String, _ value: Int, in range: ClosedRange<Int>) throws {
    guard range.contains(value) else {
      throw ValidationError(
        "\(option) must be in \(range.lowerBound)...\(range.upperBound), got \(value)")
    }
  }

  /// Checks `--thresholds T`: T in 1 ... `ScoreHistogram.maximumThresholdCount`, as
  /// PaddlePaddle's `num_thresholds` and the bins of a histogram allow.
  static func requireThresholdCount(_ value: Int) throws {
    try require("--thresholds", value, in: 1...ScoreHistogram.maximumThresholdCount)
  }
}
