/// The one JSON writer of every output (`--format json` of `summary`, `merge` and `compare`,
/// `curve --format json`, `state show`): values are written as JSON texts and put together
/// into arrays and objects whose keys keep the order given.
///
/// ```swift
/// JSON.object([("count", JSON.number(3)), ("rocAUC", JSON.number(nil))])
/// // {"count":3,"rocAUC":null}
/// ```
enum JSON {
  /// A finite double in Swift's shortest form that parses back to the same double, which is
  /// valid JSON; `null` for `nil`, NaN and the infinities (JSON has none: a threshold of +∞,
  /// predict nothing positive, prints as `null`).
  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return value.description
  }

  /// An integer in decimal.
  static func number(_ value: some BinaryInteger) -> String { String(value) }

  /// `true` or `false`.
  static func bool(_ value: Bool) -> String { String(value) }

  /// `text` as a JSON string literal, in double quotes: `"` and `\` escaped with a
  /// backslash, control characters below U+0020 as `\u00XX`, everything else as it is.
  ///
  /// - Complexity: O(n) in the length of `text`.
  static func string(_ text: String) -> String {
    var escaped = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped + "\""
  }

  /// An array of JSON texts: `[1,2]`.
  static func array(_ elements: [String]) -> String {
    "[" + elements.joined(separator: ",") + "]"
  }

  /// An object of keys and JSON texts, in the order given: `{"a":1,"b":null}`.
  static func object(_ fields: [(String, String)]) -> String {
    "{" + members(fields) + "}"
  }

  /// The members of an object without its braces, `"a":1,"b":null`: for an object whose
  /// last value is written separately (a long list of points, stored bytes).
  static func members(_ fields: [(String, String)]) -> String {
    fields.map { key($0.0) + $0.1 }.joined(separator: ",")
  }

  /// A key and its colon, `"a":`, which the value follows.
  static func key(_ name: String) -> String { string(name) + ":" }
}
