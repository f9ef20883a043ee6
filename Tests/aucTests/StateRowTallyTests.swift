import Foundation
import Testing

/// A state file whose row tally (the rows the summary prints) disagrees with its counts is
/// rejected, for every kind of counts, in `state show` and `merge` alike: the tally per class
/// against the counts per class, not only the totals.
///
/// The files are the committed version-1 fixtures with their JSON edited and the checksum
/// made right, so that only the tally check can catch them.
@Suite("State files: row tally against the counts")
struct StateRowTallyTests {
  typealias Table = BadInputTableTests

  /// The version-1 fixture `name` with `edit` applied to its JSON payload, resealed.
  static func edited(_ name: String, _ edits: [(String, String)]) throws -> [UInt8] {
    let path = try CommandRunner.fixture("state-v1/\(name).aucstate")
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    var payload = String(decoding: bytes[20..<(bytes.count - 4)], as: UTF8.self)
    for (old, new) in edits {
      #expect(payload.contains(old), "\(name) has no \(old)")
      payload = payload.replacing(old, with: new)
    }
    return Table.replacingPayload(of: bytes, with: payload)
  }

  /// `state show` and `merge` (alone, and after a good state) reject `bytes` with `message`.
  static func expectRejected(_ bytes: [UInt8], _ message: String) throws {
    let folder = try Table.Folder()
    let good = try CommandRunner.fixture("state-v1/exact.aucstate")
    let bad = try folder.write(Data(bytes), to: "s.aucstate")
    Table.expectRejection(try CommandRunner.run(["state", "show", bad]), "\(bad): \(message)")
    Table.expectRejection(try CommandRunner.run(["merge", bad]), "\(bad): \(message)")
    Table.expectRejection(try CommandRunner.run(["merge", good, bad]), "\(bad): \(message)")
  }

  @Test("exact counts: a tally of 1 positive and 99 negatives over counts of 52 and 48")
  func exactTallyPerClass() throws {
    let bytes = try Self.edited(
      "exact",
      [
        ("\"negativeRows\":48", "\"negativeRows\":99"),
        ("\"positiveRows\":52", "\"positiveRows\":1"),
      ])
    try Self.expectRejected(
      bytes, "the row tally says 1 positive and 99 negative rows, but the counts hold 52 and 48")
  }

  @Test("exact counts: a row count of 2^64 - 1 over 100 rows, with a tally to match")
  func exactRowCountPastTheRows() throws {
    let positives = UInt64.max - 48
    let bytes = try Self.edited(
      "exact",
      [
        ("\"rowCount\":100", "\"rowCount\":\(UInt64.max)"),
        ("\"positiveRows\":52", "\"positiveRows\":\(positives)"),
      ])
    try Self.expectRejected(
      bytes,
      "the row tally says \(positives) positive and 48 negative rows, but the counts hold 52 and 48"
    )
  }

  @Test("exact counts: a row count that is not the tally's total")
  func exactRowCountAgainstTally() throws {
    let bytes = try Self.edited("exact", [("\"rowCount\":100", "\"rowCount\":\(UInt64.max)")])
    try Self.expectRejected(
      bytes,
      "the row tally says 52 positive and 48 negative rows, but the counts hold \(UInt64.max) rows")
  }

  @Test("log-binned counts: the tally per class against the bins")
  func logarithmicTallyPerClass() throws {
    let bytes = try Self.edited(
      "log64",
      [
        ("\"negativeRows\":48", "\"negativeRows\":50"),
        ("\"positiveRows\":52", "\"positiveRows\":50"),
      ])
    try Self.expectRejected(
      bytes, "the row tally says 50 positive and 50 negative rows, but the counts hold 52 and 48")
  }

  @Test("weighted counts: a class of no rows cannot hold weight")
  func weightedClassWithoutRows() throws {
    let fixture = try CommandRunner.fixture("state-v1/weighted.show.json")
    let shown = try String(contentsOfFile: fixture, encoding: .utf8)
    let negatives = try #require(shown.firstMatch(of: /"negativeRows":(\d+)/)?.1)
    let positives = try #require(shown.firstMatch(of: /"positiveRows":(\d+)/)?.1)
    let total = Int(negatives)! + Int(positives)!
    let bytes = try Self.edited(
      "weighted",
      [
        ("\"negativeRows\":\(negatives)", "\"negativeRows\":\(total)"),
        ("\"positiveRows\":\(positives)", "\"positiveRows\":0"),
      ])
    let groups = try Self.groupsWithWeight(shown, "positiveWeights")
    try Self.expectRejected(
      bytes,
      "the counts do not decode: the counts hold 0 positive rows, but \(groups) groups have positive weight"
    )
  }

  /// The number of non-zero numbers in the JSON array `key` of a `state show` output.
  static func groupsWithWeight(_ shown: String, _ key: String) throws -> Int {
    let data = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
    let payload = try #require(data["payload"] as? [String: Any])
    let counts = try #require(payload["counts"] as? [String: Any])
    let weights = try #require(counts[key] as? [Double])
    return weights.filter { $0 != 0 }.count
  }

  @Test("histograms: the tally per class against the bins, not only the total")
  func histogramTallyPerClass() throws {
    let bytes = try Self.edited(
      "linear200",
      [
        ("\"negativeRows\":48", "\"negativeRows\":52"),
        ("\"positiveRows\":52", "\"positiveRows\":48"),
      ])
    try Self.expectRejected(
      bytes,
      "the row tally says 48 positive and 52 negative rows, but the histogram holds 52 and 48")
  }
}
