/// The header of a `.npy` file, formats 1.0, 2.0 and 3.0: what the array holds and where its
/// data begin.
///
/// A file starts with the magic string `\x93NUMPY`, a major and a minor version byte, and the
/// length of the header text, little-endian: 2 bytes in format 1.0, 4 bytes in 2.0 and 3.0.
/// The header text is a Python dictionary literal with the keys `'descr'`, `'fortran_order'`
/// and `'shape'`, padded with spaces and a newline; the data follow it. Format 3.0 differs
/// from 2.0 only in spelling the header in UTF-8 instead of Latin-1.
///
/// ```
/// \x93NUMPY \x01 \x00 v \x00 {'descr': '<f8', 'fortran_order': False, 'shape': (24,), }  …\n
/// ```
public struct NumPyHeader: Equatable {
  var majorVersion: UInt8
  var minorVersion: UInt8
  /// The `descr` as written: `<f8`, or the source text of a structured record's list.
  var descriptor: String
  /// Whether the array is stored column by column.
  var isFortranOrder: Bool
  var shape: [Int]
  /// Where the data begin in the file: the preamble plus the header text.
  var dataOffset: Int

  static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

  /// Reads the header at the start of `bytes`, the whole file named `fileName`.
  init(parsing bytes: UnsafeRawBufferPointer, fileName: String) throws(DataError) {
    func failure(at offset: Int, _ message: String) -> DataError {
      DataError(location: "\(fileName): byte \(offset)", message: message)
    }
    guard !bytes.isEmpty else {
      throw DataError(location: fileName, message: "the file is empty, not a .npy array")
    }
    let magicCount = min(bytes.count, Self.magic.count)
    if let mismatch = (0..<magicCount).first(where: { bytes[$0] != Self.magic[$0] }) {
      let seen = bytes.prefix(Self.magic.count).map(Self.quoted).joined()
      throw failure(
        at: mismatch,
        "not a .npy file: it must begin with \\x93NUMPY, but begins with \(seen)")
    }
    guard bytes.count >= 8 else {
      throw DataError(
        location: fileName,
        message: "truncated: the file has \(bytes.count) bytes, too few for a .npy preamble")
    }
    majorVersion = bytes[6]
    minorVersion = bytes[7]
    guard (1...3).contains(majorVersion), minorVersion == 0 else {
      throw failure(
        at: 6,
        "unsupported .npy format version \(majorVersion).\(minorVersion) (1.0, 2.0 and 3.0 are read)"
      )
    }
    let lengthSize = majorVersion == 1 ? 2 : 4
    let preambleSize = 8 + lengthSize
    guard bytes.count >= preambleSize else {
      throw DataError(
        location: fileName,
        message:
          "truncated: the file has \(bytes.count) bytes, too few for a version \(majorVersion).0 preamble of \(preambleSize)"
      )
    }
    var headerLength = 0
    for index in (8..<preambleSize).reversed() {
      headerLength = headerLength << 8 | Int(bytes[index])
    }
    dataOffset = preambleSize + headerLength
    guard dataOffset <= bytes.count else {
      throw DataError(
        location: fileName,
        message:
          "truncated: the header should end at byte \(dataOffset), but the file has \(bytes.count) bytes"
      )
    }
    var parser = PythonLiteralParser(
      text: UnsafeRawBufferPointer(rebasing: bytes[preambleSize..<dataOffset]),
      fileOffset: preambleSize, fileName: fileName, isUTF8: majorVersion == 3)
    let entries = try parser.parseDictionary()
    for key in ["descr", "fortran_order", "shape"] where !entries.contains(where: { $0.key == key })
    {
      throw parser.error("the key '\(key)' is missing", at: 0)
    }
    (descriptor, isFortranOrder, shape) = ("", false, [])
    for entry in entries {
      let notShape = failure(
        at: entry.valueOffset,
        "malformed .npy header: 'shape' is \(entry.valueText), not a tuple of integers ≥ 0")
      switch (entry.key, entry.value) {
      case ("descr", .string(let text)):
        descriptor = text
      case ("descr", _):
        descriptor = entry.valueText
      case ("fortran_order", .bool(let value)):
        isFortranOrder = value
      case ("fortran_order", _):
        throw failure(
          at: entry.valueOffset,
          "malformed .npy header: 'fortran_order' is \(entry.valueText), not True or False")
      case ("shape", .sequence(let elements, isTuple: true)):
        shape = []
        for element in elements {
          guard case .integer(let length) = element, length >= 0 else { throw notShape }
          shape.append(length)
        }
      case ("shape", _):
        throw notShape
      default:
        throw failure(
          at: entry.keyOffset,
          "malformed .npy header: unexpected key '\(entry.key)' (only 'descr', 'fortran_order' and 'shape' belong)"
        )
      }
    }
  }

  /// The shape as Python prints it: `(24,)`, `(24, 2)`.
  var shapeDescription: String {
    shape.count == 1 ? "(\(shape[0]),)" : "(\(shape.map(String.init).joined(separator: ", ")))"
  }

  private static func quoted(_ byte: UInt8) -> String {
    if (0x20...0x7E).contains(byte) && byte != UInt8(ascii: "\\") {
      return String(Character(Unicode.Scalar(byte)))
    }
    let hex = String(byte, radix: 16)
    return "\\x" + (hex.count == 1 ? "0" : "") + hex
  }
}
