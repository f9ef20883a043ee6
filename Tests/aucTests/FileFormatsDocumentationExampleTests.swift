import AUCFileFormats
import AUCMetrics
import Foundation
import Testing

/// The examples of the AUCFileFormats documentation catalog (`AUCFileFormats.docc`), run as
/// written, with their values worked out by hand (pairs counted on paper).
@Suite("AUCFileFormats documentation examples")
struct FileFormatsDocumentationExampleTests {
  /// Counts the CSV file at `path` as the landing page's first example does.
  static func count(csvAt path: String) throws -> MetricAccumulator {
    let source = CSVRowSource(
      reader: CSVScoreReader(scoreColumn: "score", labelColumn: "label"),
      input: try InputFile(path: path))
    var accumulator = MetricAccumulator(binning: .exact, weighted: false, memoryBudget: nil)
    try accumulator.count(source, as: Double.self)
    return accumulator
  }

  @Test("read a CSV file, write two states, merge them: 6.5 of 9 pairs")
  func readWriteMerge() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("auc-docs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let shards = [
      "score,label\n0.9,1\n0.2,0\n0.7,1\n",
      "score,label\n0.4,1\n0.8,0\n0.4,0\n",
    ]
    var states: [String] = []
    for (index, text) in shards.enumerated() {
      let csv = folder.appendingPathComponent("shard-\(index + 1).csv").path
      try text.write(toFile: csv, atomically: true, encoding: .utf8)
      let accumulator = try Self.count(csvAt: csv)
      if index == 0 {
        // Both positives (0.9, 0.7) above the one negative (0.2).
        #expect(accumulator.summary.rocAUC == 1)
        #expect(accumulator.rows == RowTally(positives: 2, negatives: 1))
      }
      let state = folder.appendingPathComponent("shard-\(index + 1).aucstate").path
      try StateFile.write(StatePayload(accumulator: accumulator), to: state)
      states.append(state)
    }
    let merged = try StateFile.merge(states.map(StateFile.readEncoded))
    // Positives 0.9, 0.7, 0.4 against negatives 0.2, 0.8, 0.4: 0.9 beats all three (3), 0.7
    // beats 0.2 and 0.4 (2), 0.4 beats 0.2 and ties 0.4 (1.5).
    #expect(merged.accumulator?.summary.rocAUC == 6.5 / 9)
    #expect(merged.rows == RowTally(positives: 3, negatives: 3))
  }
}
