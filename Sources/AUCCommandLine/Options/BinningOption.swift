import AUCMetrics
import ArgumentParser

/// `--bins linear:T` or `--bins log:K`.
struct BinningOption: ExpressibleByArgument, Equatable {
  var binning: ScoreBinning

  init?(argument: String) {
    let parts = argument.split(separator: ":", maxSplits: 1)
    guard parts.count == 2, let value = Int(parts[1]) else { return nil }
    switch parts[0] {
    case "linear": binning = .linear(thresholdCount: value)
    case "log": binning = .logarithmic(subBinsPerOctave: value)
    default: return nil
    }
    guard binning.isValid else { return nil }
  }

  static var allValueStrings: [String] { ["linear:T", "log:K"] }
}
