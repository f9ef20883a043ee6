import AUCFileFormats

/// Wraps a payload in a state file's header and checksum, so that the fuzzer can mutate the
/// payload inside (JSON for version 1, binary for version 2) and still get past the checksum
/// to the decoder.
public enum StateFileSeal {
  /// `AUCSTATE`, `version`, `kind`, a zero byte, the payload length (8 bytes,
  /// little-endian), the payload, and the CRC-32 of all of that (4 bytes, little-endian).
  public static func seal(kind: UInt8, payload: [UInt8], version: UInt8 = 1) -> [UInt8] {
    var bytes = Array("AUCSTATE".utf8)
    bytes += [version, 0, kind, 0]
    withUnsafeBytes(of: UInt64(payload.count).littleEndian) { bytes += $0 }
    bytes += payload
    withUnsafeBytes(of: CRC32.checksum(bytes).littleEndian) { bytes += $0 }
    return bytes
  }
}
