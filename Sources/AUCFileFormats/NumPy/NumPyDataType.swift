/// The element type of a `.npy` array that the reader understands, decoded from the header's
/// `descr`: booleans, integers of 1, 2, 4 or 8 bytes, and 32- or 64-bit floats, in either byte
/// order.
///
/// `descr` is a byte order (`<` little-endian, `>` big-endian, `=` native, `|` not
/// applicable, which only one-byte types may use; none means native), a kind letter and a size
/// in bytes: `<f8` is a little-endian float64, `|b1` a bool.
public struct NumPyDataType: Equatable {
  enum Kind: Equatable {
    case bool
    case signedInteger
    case unsignedInteger
    case float
  }

  var kind: Kind
  /// Bytes per element: 1, 2, 4 or 8.
  var size: Int
  /// Whether the bytes of an element are stored most significant first.
  var isBigEndian: Bool

  /// Decodes `descriptor`, or returns `nil` for anything else (structured records, objects,
  /// strings, complex numbers, float16, datetimes and so on).
  init?(descriptor: String) {
    var rest = Substring(descriptor)
    var order: Character = "="
    if let first = rest.first, "<>=|".contains(first) {
      order = first
      rest = rest.dropFirst()
    }
    guard let letter = rest.first, let size = Int(rest.dropFirst()),
      String(size) == rest.dropFirst()
    else { return nil }
    switch (letter, size) {
    case ("b", 1), ("?", 1): kind = .bool
    case ("i", 1), ("i", 2), ("i", 4), ("i", 8): kind = .signedInteger
    case ("u", 1), ("u", 2), ("u", 4), ("u", 8): kind = .unsignedInteger
    case ("f", 4), ("f", 8): kind = .float
    default: return nil
    }
    if order == "|" && size != 1 { return nil }
    self.size = size
    isBigEndian = order == ">" || (order == "=" && Self.hostIsBigEndian)
  }

  /// Whether elements are stored in the other byte order than this machine's.
  var needsByteSwap: Bool { isBigEndian != Self.hostIsBigEndian }

  static let hostIsBigEndian = 1.bigEndian == 1

  /// A plain name for what a `descr` holds, for messages: `'<c16'` is complex numbers; `nil`
  /// when there is nothing useful to add.
  static func kindName(of descriptor: String) -> String? {
    let letters = descriptor.drop(while: { "<>=|".contains($0) })
    if descriptor.hasPrefix("[") { return "a structured record" }
    switch letters.first {
    case "O": return "Python objects"
    case "c": return "complex numbers"
    case "U": return "Unicode strings"
    case "S", "a": return "byte strings"
    case "V": return "raw bytes"
    case "M": return "datetimes"
    case "m": return "timedeltas"
    case "f":
      guard let size = Int(letters.dropFirst()), String(size) == letters.dropFirst(),
        size != 4 && size != 8
      else { return nil }
      return "float\(size * 8)"
    default: return nil
    }
  }
}
