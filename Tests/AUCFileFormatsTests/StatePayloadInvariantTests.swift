import AUCMetrics
import Foundation
import Testing

@testable import AUCFileFormats

/// `StatePayload.checkInvariants()`, which every decoder of a state runs: the binary and
/// JSON state files, and the payload's `Codable` form that `auc state show` prints.
@Suite("State payload invariants")
struct StatePayloadInvariantTests {
  static func payload() throws -> StatePayload {
    var histogram = ScoreHistogram(thresholdCount: 4)
    try histogram.record(scores: [0.1, 0.9, 0.6], labels: [0, 1, 1])
    return StatePayload(
      accumulator: .histogram(histogram), rows: RowTally(positives: 2, negatives: 1),
      weighted: false)
  }

  /// The payload's JSON (as `state show` prints it), edited by `edit`.
  static func edited(_ edit: (inout [String: Any]) -> Void) throws -> Data {
    let data = try JSONEncoder().encode(try payload())
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    edit(&object)
    return try JSONSerialization.data(withJSONObject: object)
  }

  static func rejection(_ data: Data) -> String? {
    do {
      _ = try JSONDecoder().decode(StatePayload.self, from: data)
      return nil
    } catch DecodingError.dataCorrupted(let context) {
      return context.debugDescription
    } catch {
      return "\(error)"
    }
  }

  @Test("a payload that accumulate made keeps its invariants, and its JSON decodes to it")
  func valid() throws {
    let payload = try Self.payload()
    try payload.checkInvariants()
    let decoded = try JSONDecoder().decode(StatePayload.self, from: try Self.edited { _ in })
    #expect(try StateFile.encode(decoded) == StateFile.encode(payload))
  }

  @Test("a row tally that is not what the histogram holds does not decode")
  func tally() throws {
    let data = try Self.edited { $0["positiveRows"] = 3 }
    #expect(
      Self.rejection(data)
        == "the row tally says 3 positive and 1 negative rows, but the histogram holds 2 and 1")
  }

  @Test("a payload with neither or both of histogram and counts does not decode")
  func kinds() throws {
    let neither = try Self.edited { $0["histogram"] = nil }
    #expect(Self.rejection(neither) == "the state holds no counts")
    let both = try Self.edited { object in
      object["counts"] = try? JSONSerialization.jsonObject(
        with: JSONEncoder().encode(ScoreCounts()))
    }
    #expect(Self.rejection(both) == "the state holds no counts")
  }

  @Test("a weighted histogram state does not decode")
  func weightedHistogram() throws {
    let data = try Self.edited { $0["weighted"] = true }
    #expect(Self.rejection(data) == "a histogram state cannot be weighted")
  }
}
