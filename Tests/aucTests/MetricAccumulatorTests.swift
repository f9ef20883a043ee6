import AUCFileFormats
import AUCMetrics
import Foundation
import Testing

/// The accumulator carries its row tally and weighted flag; every input format reaches it
/// through one ``ScoredRowSource`` interface, and row errors get their location in one place.
@Suite("MetricAccumulator and scored row sources")
struct MetricAccumulatorTests {
  typealias Folder = BadInputTableTests.Folder

  /// 300 rows with ties, from a fixed SplitMix64 sequence: scores in steps of 1/64.
  static func rows() -> (scores: [Double], labels: [UInt8], weights: [Double]) {
    var generator = SplitMix64(seed: 13)
    var scores: [Double] = []
    var labels: [UInt8] = []
    var weights: [Double] = []
    for _ in 0..<300 {
      let label = UInt8(generator.next() & 1)
      scores.append(Double(generator.next() % 64) / 64 + (label == 1 ? 0.125 : 0))
      labels.append(label)
      weights.append(Double(generator.next() % 4))
    }
    return (scores, labels, weights)
  }

  @Test("a CSV source counts every row into the tally, and the flag says weighted")
  func csvTally() throws {
    let (scores, labels, weights) = Self.rows()
    let folder = try Folder()
    let text =
      "score,label,weight\n"
      + zip(zip(scores, labels), weights).map { "\($0.0),\($0.1),\($1)" }.joined(separator: "\n")
    let path = try folder.write(text, to: "d.csv")
    var reader = CSVScoreReader(scoreColumn: "score", labelColumn: "label", weightColumn: "weight")
    reader.batchSize = 7  // many batches
    var accumulator = MetricAccumulator(binning: .exact, weighted: true, memoryBudget: nil)
    var seen: [UInt64] = []
    try accumulator.count(
      CSVRowSource(reader: reader, input: try InputFile(path: path)), as: Double.self
    ) { seen.append($0.total) }
    let positives = UInt64(labels.filter { $0 == 1 }.count)
    #expect(accumulator.rows == RowTally(positives: positives, negatives: 300 - positives))
    #expect(accumulator.isWeighted)
    #expect(seen == (1...43).map { UInt64(min($0 * 7, 300)) })
    var counts = ScoreCounts()
    try counts.record(scores: scores, labels: labels, weights: weights)
    accumulator.flush()
    #expect(accumulator.summary.rocAUC == counts.summary.rocAUC)
    #expect(accumulator.summary.averagePrecision == counts.summary.averagePrecision)
    let payload = StatePayload(accumulator: accumulator)
    #expect(payload.rows == accumulator.rows && payload.weighted)
    let decoded = try StateFile.decode(try StateFile.encode(payload))
    #expect(decoded.rows == accumulator.rows && decoded.weighted)
  }

  @Test("a rejected batch changes neither the counts nor the tally")
  func rejectedBatch() throws {
    var accumulator = MetricAccumulator(
      binning: .linear(thresholdCount: 10), weighted: false, memoryBudget: nil)
    try accumulator.record(scores: [0.25, 0.75] as [Double], labels: [0, 1])
    #expect(throws: ScoreInputError.self) {
      try accumulator.record(scores: [0.5, .nan] as [Double], labels: [1, 1])
    }
    #expect(throws: ScoreInputError.self) {
      try accumulator.record(scores: [0.5, 0.5] as [Double], labels: [1, 3])
    }
    #expect(accumulator.rows == RowTally(positives: 1, negatives: 1))
    #expect(!accumulator.isWeighted)
    #expect(accumulator.summary.rocAUC == 1.0)
  }

  @Test("CSV and .npy sources of the same rows give the same counts and tally")
  func sameRowsSameCounts() throws {
    let (scores, labels, _) = Self.rows()
    let folder = try Folder()
    let csv = try folder.write(
      "label,score\n" + zip(labels, scores).map { "\($0),\($1)" }.joined(separator: "\n"),
      to: "d.csv")
    let scorePath = folder.url.appendingPathComponent("s.npy")
    let labelPath = folder.url.appendingPathComponent("y.npy")
    try InputFormatEndToEndTests.writeArray(
      scores.withUnsafeBufferPointer { Data(buffer: $0) }, descriptor: "<f8",
      count: scores.count, to: scorePath)
    try InputFormatEndToEndTests.writeArray(
      Data(labels), descriptor: "|u1", count: labels.count, to: labelPath)
    var fromCSV = MetricAccumulator(binning: .exact, weighted: false, memoryBudget: nil)
    try fromCSV.count(
      CSVRowSource(
        reader: CSVScoreReader(scoreColumn: "score", labelColumn: "label"),
        input: try InputFile(path: csv)), as: Double.self)
    var fromArrays = MetricAccumulator(binning: .exact, weighted: false, memoryBudget: nil)
    try fromArrays.count(
      try NumPyRowSource(scores: scorePath.path, labels: labelPath.path), as: Double.self)
    fromCSV.flush()
    fromArrays.flush()
    #expect(fromCSV.rows == fromArrays.rows)
    #expect(fromCSV.rows.total == 300)
    #expect(fromCSV.groups == fromArrays.groups)
    let exact = try RankingSummary(scores: scores, labels: labels.map(Int.init))
    #expect(fromArrays.summary.rocAUC == exact.rocAUC)
  }

  @Test("row errors are located by line in text, by byte in the array of the column at fault")
  func locations() {
    let lines = [2, 5, 9]
    lines.withUnsafeBufferPointer { numbers in
      let origin = RowOrigin.lines(file: "d.csv", numbers: numbers)
      #expect(origin.location(ofRow: 2, in: .label) == "d.csv:9")
      #expect(origin.location(ofRow: nil, in: .score) == "d.csv")
    }
    let origin = RowOrigin.elements(
      firstRow: 10,
      scores: ElementOffsets(path: "s.npy", firstElementOffset: 136, rowStride: 16),
      labels: ElementOffsets(path: "y.npy", firstElementOffset: 128, rowStride: 1),
      secondScores: ElementOffsets(path: "t.npy", firstElementOffset: 128, rowStride: 4))
    let none = UnsafeBufferPointer<Double>(start: nil, count: 0)
    let batch = ScoredBatch(
      scores: none, labels: UnsafeBufferPointer(start: nil, count: 0), origin: origin)
    let label = batch.dataError(for: .invalidLabel(row: 1, label: "2"))
    #expect(label.location == "y.npy: byte 139")
    #expect(label.message == "label 2 is neither 0 nor 1")
    #expect(batch.dataError(for: .scoreOutOfRange(row: 0, score: 2)).location == "s.npy: byte 296")
    #expect(
      batch.dataError(for: .nonFiniteScore(row: 3, score: .nan), in: .secondScore).location
        == "t.npy: byte 180")
    #expect(batch.dataError(for: .countOverflow).location == "s.npy")
  }
}
