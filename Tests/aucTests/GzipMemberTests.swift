import AUCFileFormats
import Foundation
import Testing

/// A gzip input is whole gzip members, one after another, and nothing else: data after the
/// last member used to be dropped without a word (exit 0, rows missing), and zlib's errors
/// named `<fd:3>` instead of the file.
///
/// The members are written here byte by byte (RFC 1952 around one stored deflate block, RFC
/// 1951 §3.2.4), so the offsets in the messages are known exactly.
@Suite("gzip members and what follows them")
struct GzipMemberTests {
  typealias Folder = BadInputTableTests.Folder

  /// CRC-32 (ISO 3309, as gzip).
  static func crc32(_ bytes: [UInt8]) -> UInt32 { CRC32.checksum(bytes) }

  static func littleEndian(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }

  /// One gzip member holding `text` in a stored (uncompressed) deflate block.
  static func member(_ text: String) -> [UInt8] {
    let data = Array(text.utf8)
    precondition(data.count < 0xFFFF)
    let length = UInt16(data.count)
    var bytes: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]  // deflate, no flags, no time
    bytes += [0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
    bytes += data
    bytes += littleEndian(crc32(data)) + littleEndian(UInt32(data.count))
    return bytes
  }

  static let first = member("score,label\n0.5,1\n0.2,0\n")
  static let second = member("0.7,1\n0.1,0\n")

  @Test("two members, from a file and from a pipe: every row of both")
  func twoMembers() throws {
    let folder = try Folder()
    let path = try folder.write(Data(Self.first + Self.second), to: "d.csv.gz")
    #expect(try BadInputTableTests.rowCounts(CommandRunner.run([path, "--format", "json"])) == [4, 2, 2])
    let piped = try CommandRunner.run(
      ["--input-format", "csv.gz", "--format", "json"], standardInputData: Data(Self.first + Self.second))
    #expect(try BadInputTableTests.rowCounts(piped) == [4, 2, 2])
  }

  @Test("plain text after a member: FILE: byte N, exit 1, nothing counted")
  func plainTextAfterMember() throws {
    let folder = try Folder()
    let path = try folder.write(Data(Self.first + Array("0.3,1\n".utf8)), to: "d.csv.gz")
    try BadInputTableTests.expectRejected(
      [path],
      "\(path): byte \(Self.first.count): gzip: data after the end of the last gzip member are not another gzip member",
      in: folder)
    let twoThenText = try folder.write(Data(Self.first + Self.second + [0x1F]), to: "e.csv.gz")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([twoThenText]),
      "\(twoThenText): byte \(Self.first.count + Self.second.count): gzip: data after the end of the last gzip member are not another gzip member")
    let zeros = try folder.write(Data(Self.first + [0, 0, 0, 0]), to: "z.csv.gz")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([zeros]),
      "\(zeros): byte \(Self.first.count): gzip: data after the end of the last gzip member are not another gzip member")
  }

  @Test("a file that is not gzip at all, read as gzip: byte 0")
  func notGzip() throws {
    let folder = try Folder()
    let path = try folder.write(BadInputTableTests.goodRows, to: "d.csv.gz")
    try BadInputTableTests.expectRejected(
      [path], "\(path): byte 0: gzip: not gzip data: it does not start with the bytes 1f 8b",
      in: folder)
    let empty = try folder.write(Data(), to: "e.csv.gz")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([empty]), "\(empty): no header row: the input is empty")
  }

  /// zlib's own reason, after the file's name and the offset, never `<fd:N>`.
  @Test("corrupt and truncated members name the file and the byte")
  func corruptMembers() throws {
    let folder = try Folder()
    var badType = Self.first
    badType[10] = 0x07  // BFINAL = 1, BTYPE = 11: reserved
    let typePath = try folder.write(Data(badType), to: "t.csv.gz")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([typePath]),
      "\(typePath): byte 11: gzip: the compressed data are corrupt (invalid block type)")
    var badData = Self.first
    badData[20] ^= 0x01  // a byte of the text: the CRC-32 no longer matches
    let checkPath = try folder.write(Data(badData), to: "c.csv.gz")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([checkPath]),
      "\(checkPath): byte \(Self.first.count - 4): gzip: the compressed data are corrupt (incorrect data check)")
    let cut = try folder.write(Data(Self.first + Self.second.prefix(12)), to: "u.csv.gz")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([cut]),
      "\(cut): byte \(Self.first.count + 12): gzip: the compressed data end early (truncated file?)")
  }
}
