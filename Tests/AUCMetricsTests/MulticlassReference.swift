import Foundation
import Testing

/// One multi-class or multi-label set of `Multiclass/` (a copy of the multiclass reference):
/// its rows, in the reference's class order, and its JSON blocks.
struct MulticlassReference {
  let json: ReferenceJSON
  /// The class (or label) names in the reference's order: sorted, as scikit-learn sorts them.
  let classes: [String]
  /// Each row's scores in `classes` order, one row after another.
  var scores: [Double] = []
  /// Multi-class: each row's class, an index into `classes`.
  var classIndices: [Int] = []
  /// Multi-label: each row's labels in `classes` order, one row after another.
  var labels: [UInt8] = []
  var weights: [Double] = []

  static let multiclassNames = [
    "mc_tiny_k3", "mc_ties_k4", "mc_random_k5", "mc_strings_k3", "mc_unnormalised_k4",
    "mc_absent_class_k4", "mc_weighted_k3",
  ]
  static let multilabelNames = [
    "ml_tiny_l3", "ml_random_l3", "ml_ties_l5", "ml_weighted_l3", "ml_zero_label_l5",
  ]

  init(_ name: String) throws {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Multiclass"))
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    json = ReferenceJSON(root: try #require(object as? [String: Any]))
    let csvURL = try #require(
      Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Multiclass"))
    let lines = try String(contentsOf: csvURL, encoding: .utf8).split(separator: "\n")
    let header = lines[0].split(separator: ",").map(String.init)
    let multiclass = json.root["kind"] as? String == "multiclass"
    classes = try #require(
      (multiclass ? json.root["classes"] : json.root["labels"]) as? [Any]
    ).map { "\($0)" }
    let scoreColumns = try classes.enumerated().map { offset, name in
      try #require(header.firstIndex(of: "score_\(multiclass ? name : String(offset))"))
    }
    let labelColumns = try (0..<(multiclass ? 0 : classes.count)).map {
      try #require(header.firstIndex(of: "label_\($0)"))
    }
    let weightColumn = header.firstIndex(of: "weight")
    for line in lines.dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      for column in scoreColumns { scores.append(try #require(Double(fields[column]))) }
      if multiclass {
        classIndices.append(try #require(classes.firstIndex(of: fields[0])))
      } else {
        for column in labelColumns { labels.append(try #require(UInt8(fields[column]))) }
      }
      if let weightColumn { weights.append(try #require(Double(fields[weightColumn]))) }
    }
  }

  /// A list of doubles of a block, `nil` entries for NaN (undefined) and null.
  func values(_ block: String, _ key: String) -> [Double?]? {
    ReferenceJSON.doubles(json.object(block), key)?.map { $0.flatMap { $0.isNaN ? nil : $0 } }
  }

  /// One double of a block; `.some(nil)` for NaN, `nil` when the key is absent.
  func value(_ block: String, _ key: String) -> Double?? {
    guard json.object(block)?[key + "_hex"] != nil else { return nil }
    let value = ReferenceJSON.double(json.object(block), key)
    return .some(value.flatMap { $0.isNaN ? nil : $0 })
  }
}
