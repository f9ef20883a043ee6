import CZlib

/// The CRC-32 of zlib, gzip and PNG (the reflected polynomial 0xEDB88320), computed by zlib:
/// the checksum that ends every state file, and the one of every gzip member.
///
/// ```swift
/// CRC32.checksum(Array("123456789".utf8))   // 0xCBF43926, the standard check value
/// ```
public enum CRC32 {
  /// The CRC-32 of `bytes`, in pieces of 1 GiB (zlib takes 32-bit lengths).
  ///
  /// - Complexity: O(n) for n bytes.
  public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    var crc = crc32(0, nil, 0)
    var start = 0
    while start < bytes.count {
      let length = min(bytes.count - start, 1 << 30)
      crc = crc32(crc, bytes.baseAddress! + start, UInt32(length))
      start += length
    }
    return UInt32(crc)
  }

  /// The CRC-32 of `bytes`.
  ///
  /// - Complexity: O(n) for n bytes.
  public static func checksum<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
    let contiguous = bytes.withContiguousStorageIfAvailable { checksum(UnsafeRawBufferPointer($0)) }
    return contiguous ?? Array(bytes).withUnsafeBytes { checksum($0) }
  }
}
