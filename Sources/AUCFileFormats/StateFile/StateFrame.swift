/// One state's header, checked, and where its payload lies in the bytes that hold it: a file,
/// or a stream of states written one after another.
struct StateFrame {
  var version: UInt16
  var kind: StatePayload.Kind
  /// The payload's bytes.
  var payload: Range<Int>
  /// The offset after the checksum: where the next state of a stream starts.
  var end: Int

  /// Checks the state starting at `start` of `bytes`: its size, magic, version, length,
  /// checksum, kind and reserved byte, in that order. In a whole file the state must end
  /// where the bytes end; in a stream, within them.
  init(_ bytes: UnsafeRawBufferPointer, at start: Int, wholeFile: Bool) throws(StateFileError) {
    let available = bytes.count - start
    let minimum = StateFile.headerSize + StateFile.trailerSize
    guard available >= minimum else {
      throw StateFileError(
        wholeFile
          ? "truncated: \(available) bytes, but a state file has at least \(minimum)"
          : "truncated: \(available) bytes are left, but a state has at least \(minimum)")
    }
    func byte(_ offset: Int) -> UInt8 { bytes[start + offset] }
    guard (0..<8).allSatisfy({ byte($0) == StateFile.magic[$0] }) else {
      throw StateFileError("not an auc state file: it does not start with \"AUCSTATE\"")
    }
    let version = UInt16(byte(8)) | UInt16(byte(9)) << 8
    guard StateFile.readableVersions.contains(version) else {
      throw StateFileError(
        "format version \(version) is not supported; this auc reads versions 1 and 2")
    }
    let length = (0..<8).reduce(UInt64(0)) { $0 | UInt64(byte(12 + $1)) << (8 * UInt64($1)) }
    let expected = UInt64(minimum) &+ length
    guard length <= UInt64(Int.max / 2),
      wholeFile ? expected == UInt64(available) : expected <= UInt64(available)
    else {
      throw StateFileError(
        wholeFile
          ? "truncated or extended: the header announces \(length) payload bytes, so \(expected) bytes in all, but the file has \(available)"
          : "truncated: the header announces \(length) payload bytes, so \(expected) bytes in all, but only \(available) are left"
      )
    }
    let end = start + Int(expected)
    let checksumStart = end - StateFile.trailerSize
    let stored = (0..<4).reduce(UInt32(0)) {
      $0 | UInt32(bytes[checksumStart + $1]) << (8 * UInt32($1))
    }
    let computed = CRC32.checksum(
      UnsafeRawBufferPointer(rebasing: bytes[start..<checksumStart]))
    guard stored == computed else {
      throw StateFileError(
        "corrupted: the checksum is \(StateFile.hex(stored)) but the contents give \(StateFile.hex(computed))"
      )
    }
    guard let kind = StatePayload.Kind(rawValue: byte(10)) else {
      throw StateFileError("unknown kind \(byte(10)) (this auc knows 1 histogram and 2 counts)")
    }
    guard byte(11) == 0 else {
      throw StateFileError("the reserved header byte 11 is \(byte(11)), not 0")
    }
    self.version = version
    self.kind = kind
    self.payload = (start + StateFile.headerSize)..<checksumStart
    self.end = end
  }

  /// Decodes and checks the payload (without the version-1 JSON text, which the callers
  /// that hold the bytes add). Byte offsets in messages count from the frame's start.
  func decode(_ bytes: UnsafeRawBufferPointer) throws(StateFileError) -> StateFile.DecodedState {
    let text = UnsafeRawBufferPointer(rebasing: bytes[payload])
    let baseOffset = StateFile.headerSize
    if version == 1 {
      return StateFile.DecodedState(
        version: 1,
        payload: try StatePayload.decodeVersion1(text, kind: kind, baseOffset: baseOffset))
    }
    return StateFile.DecodedState(
      version: version,
      payload: try StatePayload.decodeVersion2(text, kind: kind, baseOffset: baseOffset))
  }
}
