import AUCFileFormats
import AUCMetrics
import Foundation
import Testing

/// A record may be longer than the read buffer, up to a limit; past it the reader stops with
/// an error instead of holding the rest of the input in memory.
@Suite("CSV record length")
struct CSVRecordLengthTests {
  /// Writes `text` to a fresh temporary file and returns its path.
  static func file(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("record-length-\(UUID().uuidString).csv").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Reads `path` with a 1 KiB buffer and the given limit.
  static func count(_ path: String, limit: Int) throws(DataError) -> RowTally {
    var reader = CSVScoreReader(scoreColumn: "score", labelColumn: "label")
    reader.chunkSize = 1 << 10
    reader.maximumRecordLength = limit
    var accumulator = MetricAccumulator(
      binning: .linear(thresholdCount: 4095), weighted: false, memoryBudget: nil)
    let source = CSVRowSource(reader: reader, input: try InputFile(path: path))
    try accumulator.count(source, as: Double.self)
    return accumulator.rows
  }

  @Test("a record longer than the buffer but within the limit is read")
  func longRecordWithinLimit() throws {
    let long = String(repeating: "x", count: 20_000)
    let path = try Self.file("id,score,label\n\(long),0.5,1\nb,0.25,0\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try Self.count(path, limit: 1 << 16) == RowTally(positives: 1, negatives: 1))
  }

  @Test("an open quote stops at the limit with the line where the record starts")
  func openQuotePastLimit() throws {
    let rows = String(repeating: "0.5,1\n", count: 20_000)  // 120 KB after the open quote
    let path = try Self.file("score,label\n0.5,1\n\"0.25,0\n" + rows)
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try Self.count(path, limit: 1 << 16)
      Issue.record("expected an error")
    } catch {
      #expect(error.location == "\(path):3")
      #expect(error.message == "a record longer than 65536 bytes (is a quote left open?)")
    }
  }
}
