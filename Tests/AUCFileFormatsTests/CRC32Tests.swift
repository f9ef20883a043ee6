import AUCFileFormats
import Testing

/// The package's one CRC-32 (zlib's), against the published check values of CRC-32/ISO-HDLC.
@Suite("CRC-32")
struct CRC32Tests {
  @Test("the check value of \"123456789\" is 0xCBF43926; nothing gives 0")
  func checkValues() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([UInt8]()) == 0)
    #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
  }

  @Test("a sequence that is not contiguous gives the checksum of its bytes")
  func sequences() {
    let bytes = Array("123456789".utf8)
    #expect(CRC32.checksum(bytes.lazy.map { $0 }) == 0xCBF4_3926)
    #expect(CRC32.checksum(bytes[...]) == 0xCBF4_3926)
  }
}
