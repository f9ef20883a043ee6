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
    withUnsafeBytes(of: crc32(bytes).littleEndian) { bytes += $0 }
    return bytes
  }

  /// The CRC-32 of zlib and PNG (reflected polynomial 0xEDB88320), bit by bit.
  public static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
