import Foundation
import Testing

@testable import AUCFileFormats

/// A record longer than one read (a long quoted field, or a quote left open) used to be scanned
/// again from its start after every read: from a pipe, 64 KiB at a time, a stray quote in 59 MB
/// of rows took 62 s instead of 1 s. The scanner now resumes where it stopped. The tests count
/// the bytes it examines (no timing), and check the rows that such records hold.
@Suite("long records arriving a piece at a time")
struct PipeRecordScanTests {
  /// Feeds `text` to a scanner as a reader fed from a pipe does: the bytes arrive `piece` at a
  /// time, records that are complete are taken off the front, and the rest is scanned again
  /// with the next piece. Returns the records' extents (from the start of the text) and the
  /// bytes examined.
  static func scan(_ text: [UInt8], piece: Int) -> (records: [Range<Int>], examined: Int) {
    var scanner = CSVRecordScanner()
    var records: [Range<Int>] = []
    var consumed = 0
    var arrived = 0
    text.withUnsafeBufferPointer { bytes in
      while arrived < bytes.count {
        arrived = min(arrived + piece, bytes.count)
        var start = consumed
        while start < arrived,
          let record = scanner.record(in: bytes.baseAddress!, from: start, to: arrived)
        {
          records.append(start..<(record.lineEnd + 1))
          start = record.lineEnd + 1
        }
        consumed = start
      }
    }
    return (records, scanner.bytesExamined)
  }

  /// A header, a record whose quoted field holds `lines` line breaks and `"` pairs, and a
  /// short row after it.
  static func quotedFieldText(lines: Int) -> [UInt8] {
    let field = String(repeating: "some \"\"text\"\", and more\n", count: lines)
    return Array("id,score,label\n\"\(field)\",0.5,1\n7,0.2,0\n".utf8)
  }

  @Test("a 2.4 MB quoted field over 100 000 lines, 1 KiB at a time: each byte examined ≤ 3 times")
  func quotedFieldIsScannedOnce() {
    let text = Self.quotedFieldText(lines: 100_000)
    let (records, examined) = Self.scan(text, piece: 1 << 10)
    #expect(records.count == 3)
    #expect(records.last?.upperBound == text.count)
    // Rescanning from the record's start after each of 2300 pieces would examine ~2.8·10^9
    // bytes; resuming examines each byte at most three times.
    #expect(examined <= 3 * text.count, "\(examined) bytes examined for \(text.count)")
  }

  @Test("a quote left open, and one 2 MB line, 1 KiB at a time: each byte examined ≤ 3 times")
  func openQuoteAndLongLine() {
    let rows = String(repeating: "0.5,1\n", count: 400_000)
    let open = Array("score,label\n\"0.25,0\n\(rows)".utf8)
    let (openRecords, openExamined) = Self.scan(open, piece: 1 << 10)
    #expect(openRecords.count == 1)  // the header; the open quote runs to the end
    #expect(openExamined <= 3 * open.count, "\(openExamined) bytes examined for \(open.count)")
    let long = Array("id,score,label\n\(String(repeating: "x", count: 2_000_000)),0.5,1\n".utf8)
    let (longRecords, longExamined) = Self.scan(long, piece: 1 << 10)
    #expect(longRecords.count == 2)
    #expect(longExamined <= 3 * long.count, "\(longExamined) bytes examined for \(long.count)")
  }

  @Test("records split at every possible byte come out the same as read whole")
  func splitsAnywhere() {
    let text = Array("a,b\n\"x\ny\",1\n\"\"\"q\",2\r\n\n\"open\n".utf8)
    let whole = Self.scan(text, piece: text.count).records
    for piece in 1...text.count {
      #expect(Self.scan(text, piece: piece).records == whole, "pieces of \(piece)")
    }
  }

  /// Through the built `auc` from a pipe: the same rows as from the file, and the same message
  /// for a quote left open.
  @Test("auc reads a long quoted field and an open quote from a pipe in 4 KiB writes")
  func throughThePipe() throws {
    let folder = try BadInputTableTests.Folder()
    let text = Data(Self.quotedFieldText(lines: 100_000))
    let path = try folder.write(text, to: "long.csv")
    let fromFile = try CommandRunner.run([path, "--exact", "--format", "json"])
    let fromPipe = try CommandRunner.runGuarded(
      ["--exact", "--format", "json"], standardInput: text, pieceSize: 4096)
    #expect(try BadInputTableTests.rowCounts(fromPipe) == [2, 1, 1])
    #expect(fromPipe.standardOutput == fromFile.standardOutput)

    let open = Data("score,label\n0.5,1\n\"0.25,0\n\(String(repeating: "0.5,1\n", count: 200_000))".utf8)
    BadInputTableTests.expectRejection(
      try CommandRunner.runGuarded([], standardInput: open, pieceSize: 4096),
      "<stdin>:3: a quoted field is not closed before the end of the input")
  }
}
