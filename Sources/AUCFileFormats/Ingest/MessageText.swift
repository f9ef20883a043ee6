/// Text from files and command lines, made safe and short enough for a message on a terminal.
///
/// Column names, field values and paths reach messages from input that anyone may have
/// written: an escape sequence in a header would otherwise recolour or rewrite the user's
/// terminal, and a header of 10^5 columns would print a megabyte.
///
/// ```swift
/// MessageText.escaped("a\u{1B}[31mb")                 // "a\u{1B}[31mb", backslash and all
/// MessageText.quotedList(["a", "b", "c"], shown: 2)   // "\"a\", \"b\" … and 1 more"
/// ```
public enum MessageText {
  /// `text` with control characters (C0, DEL, C1), the byte order mark and the bidirectional
  /// overrides written as `\u{…}`, cut after `limit` characters with `…`.
  ///
  /// - Complexity: O(min(n, `limit`)) for n characters.
  public static func escaped(_ text: some StringProtocol, limit: Int = 200) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      guard count < limit else { return result + "…" }
      if needsEscape(scalar) {
        result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return result
  }

  /// The first `shown` of `names`, each escaped and in double quotes, separated by commas,
  /// then `… and N more` when there are more.
  ///
  /// - Complexity: O(`shown`).
  public static func quotedList(_ names: [String], shown: Int = 10) -> String {
    let listed = names.prefix(shown).map { "\"\(escaped($0, limit: 40))\"" }
    let rest = names.count - listed.count
    return listed.joined(separator: ", ") + (rest > 0 ? " … and \(rest) more" : "")
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
