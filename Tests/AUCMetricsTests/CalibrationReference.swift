import Foundation
import Testing

/// One binary calibration or click-through set of `Calibration/` (copied from the
/// multi-class reference, see `Calibration/COPY.md`): its rows and its JSON blocks.
struct CalibrationReference {
  static let names = [
    "cal_tiny", "cal_endpoints", "cal_random_5000", "cal_weighted_1000", "ctr_tiny_f32",
    "ctr_f32_20000", "ctr_low_f32_15000", "ctr_t200_f32_5000",
  ]

  let name: String
  let json: ReferenceJSON
  var scores: [Double] = []
  var labels: [Int] = []
  /// `nil` on the unweighted sets.
  var weights: [Double]?

  /// The `num_thresholds` of the set's PaddlePaddle blocks.
  var thresholdCount: Int { json.root["num_thresholds"] as! Int }

  static func load(_ name: String) throws -> CalibrationReference {
    var reference = CalibrationReference(
      name: name, json: try ReferenceJSON.load(name, subdirectory: "Calibration"))
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Calibration"))
    let text = try String(contentsOf: url, encoding: .utf8)
    var lines = text.split(whereSeparator: \.isNewline)
    let header = lines.removeFirst().split(separator: ",").map(String.init)
    let scoreColumn = try #require(header.firstIndex(of: "score"))
    let labelColumn = try #require(header.firstIndex(of: "label"))
    let weightColumn = header.firstIndex(of: "weight")
    var weights: [Double] = []
    for line in lines {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      reference.scores.append(try #require(Double(fields[scoreColumn])))
      reference.labels.append(try #require(Int(fields[labelColumn])))
      if let weightColumn { weights.append(try #require(Double(fields[weightColumn]))) }
    }
    reference.weights = weightColumn == nil ? nil : weights
    return reference
  }
}
