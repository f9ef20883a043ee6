import Foundation
import Testing

/// Free-form access to a `Stats/<name>.json` (or `Calibration/<name>.json`) file, for the blocks whose keys (`pauc_sp_0.8_1`)
/// do not map to Swift names. Doubles are read from their `_hex` twins, bit for bit.
struct ReferenceJSON {
  let root: [String: Any]

  static func load(_ name: String, subdirectory: String = "Stats") throws -> ReferenceJSON {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: subdirectory))
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return ReferenceJSON(root: try #require(object as? [String: Any]))
  }

  /// A block such as `exact`, `pROC` or `sklearn`, or a nested object of one.
  func object(_ path: String...) -> [String: Any]? {
    var current: Any? = root
    for key in path { current = (current as? [String: Any])?[key] }
    return current as? [String: Any]
  }

  /// The double stored under `key` in `object`, from its hex twin; `nil` for R's NA.
  static func double(_ object: [String: Any]?, _ key: String) -> Double? {
    guard let hex = object?[key + "_hex"] as? String else { return nil }
    return parseHex(hex)
  }

  /// The doubles stored under `key`, from their hex twins (`nil` entries for NA).
  static func doubles(_ object: [String: Any]?, _ key: String) -> [Double?]? {
    guard let hexes = object?[key + "_hex"] as? [Any] else { return nil }
    return hexes.map { ($0 as? String).flatMap(parseHex) }
  }

  static func parseHex(_ text: String) -> Double? {
    switch text {
    case "inf": return .infinity
    case "-inf": return -.infinity
    case "nan": return .nan
    default: return Double(text)
    }
  }
}
