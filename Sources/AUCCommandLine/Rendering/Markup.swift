/// The one escaper of the markup `auc` writes (the SVG of `auc plot`, the HTML of
/// `auc report`, which is also well-formed XML).
///
/// ```swift
/// "<td>" + Markup.escaped("AUC < 0.5 & falling") + "</td>"
/// // <td>AUC &lt; 0.5 &amp; falling</td>
/// ```
enum Markup {
  /// Text made safe inside an XML element or a quoted attribute: `&<>"'` as entities, and
  /// control characters XML does not allow (and U+FFFE, U+FFFF) as U+FFFD; tab, line feed
  /// and carriage return stay.
  ///
  /// - Complexity: O(n) in the length of `text`.
  static func escaped(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        escaped += "\u{FFFD}"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
