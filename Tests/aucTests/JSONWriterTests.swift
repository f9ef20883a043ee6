import Foundation
import Testing

@testable import AUCCommandLine

/// `JSON`, the one JSON writer of every output: what it writes parses back, with Foundation's
/// parser, to the values given.
@Suite("the JSON writer")
struct JSONWriterTests {
  /// `text` parsed by Foundation's `JSONSerialization`.
  static func parsed(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
  }

  @Test("strings with quotes, backslashes, control characters and non-ASCII parse back")
  func stringsRoundTrip() throws {
    let awkward = [
      "", "plain", "a \"quoted\" name", "back\\slash", "tab\tline\nreturn\r",
      "bell\u{7} nul\u{0} escape\u{1B} unit\u{1F}", "delete\u{7F}", "é ü 中文 🙂", "\u{2028}",
    ]
    for text in awkward {
      let written = JSON.string(text)
      #expect(try Self.parsed(written) as? String == text, "\(written)")
      #expect(!written.unicodeScalars.dropFirst().dropLast().contains { $0.value < 0x20 })
    }
    #expect(JSON.string("a\u{1}b") == "\"a\\u0001b\"")
  }

  @Test("numbers: the shortest form that parses to the same double; null when undefined")
  func numbers() throws {
    for value in [0.0, -0.0, 0.1, 1.0 / 3, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -2.5e-8, 0.8376] {
      let written = JSON.number(value)
      let back = try #require(try Self.parsed(written) as? NSNumber)
      #expect(back.doubleValue.bitPattern == value.bitPattern || value == 0, "\(written)")
    }
    for undefined in [nil, Double.nan, .infinity, -.infinity] as [Double?] {
      #expect(JSON.number(undefined) == "null")
    }
    #expect(JSON.number(UInt64.max) == "18446744073709551615")
    #expect(JSON.number(-3) == "-3")
    #expect(JSON.bool(true) == "true" && JSON.bool(false) == "false")
  }

  @Test("objects keep the order of their keys; arrays and members nest")
  func objectsAndArrays() throws {
    let text = JSON.object([
      ("z", JSON.number(1)), ("a", JSON.array([JSON.number(0.5), JSON.number(nil)])),
      ("m", JSON.object([("k \"quoted\"", JSON.string("v"))])), ("e", JSON.array([])),
    ])
    #expect(
      text == #"{"z":1,"a":[0.5,null],"m":{"k \"quoted\"":"v"},"e":[]}"#)
    let object = try #require(try Self.parsed(text) as? [String: Any])
    #expect(Set(object.keys) == ["z", "a", "m", "e"])
    #expect((object["m"] as? [String: String]) == ["k \"quoted\"": "v"])
    #expect(JSON.object([]) == "{}")
    #expect("{" + JSON.members([("a", "1")]) + "," + JSON.key("b") + "2}" == #"{"a":1,"b":2}"#)
  }
}
