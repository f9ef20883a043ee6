import AUCMetrics
import Foundation
import Testing

/// The invariant checks of `ScoreHistogram`, `SlidingHistogramWindow` and
/// `StreamingAUC.State`, and the decoders that run them: a state edited by hand is refused
/// with the reason instead of trapping on the next update.
@Suite("State invariants")
struct StateInvariantTests {
  /// A metric of T = 4 with a window of 3 batches, after 2 batches (slot 2 still empty).
  static func metric() throws -> StreamingAUC {
    var metric = StreamingAUC(thresholdCount: 4, windowBatchCount: 3)
    try metric.update(scores: [0.1, 0.9, 0.6], labels: [0, 1, 1])
    try metric.update(scores: [0.3, 0.8], labels: [0, 1])
    return metric
  }

  /// The metric's state as JSON, edited by `edit` on its parsed form.
  static func editedState(_ edit: (inout [String: Any]) throws -> Void) throws -> Data {
    let data = try JSONEncoder().encode(try metric().state)
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    try edit(&object)
    return try JSONSerialization.data(withJSONObject: object)
  }

  /// The state's window, edited by `edit`.
  static func editedWindow(_ edit: (inout [String: Any]) throws -> Void) throws -> Data {
    try editedState { state in
      var window = try #require(state["window"] as? [String: Any])
      try edit(&window)
      state["window"] = window
    }
  }

  /// The reason decoding `data` as a state gives, or `nil` when it decodes.
  static func rejection(_ data: Data) -> String? {
    do {
      _ = try JSONDecoder().decode(StreamingAUC.State.self, from: data)
      return nil
    } catch DecodingError.dataCorrupted(let context) {
      return context.debugDescription
    } catch {
      return "\(error)"
    }
  }

  static func histogramJSON(_ thresholdCount: Int, _ positives: [UInt64], _ negatives: [UInt64])
    -> [String: Any]
  {
    ["thresholdCount": thresholdCount, "positiveCounts": positives, "negativeCounts": negatives]
  }

  @Test("an unedited state decodes, checks, and restores an equal metric")
  func unedited() throws {
    let metric = try Self.metric()
    try metric.state.checkInvariants()
    try #require(metric.window).checkInvariants()
    try metric.histogram.checkInvariants()
    let data = try Self.editedState { _ in }
    let decoded = try JSONDecoder().decode(StreamingAUC.State.self, from: data)
    #expect(StreamingAUC(state: decoded) == metric)
  }

  // The window's push computes `stepCount % batchCount` ("Division by zero" for 0) and then
  // `slots[slot]` ("Index out of range" without the slot): both trapped on the next update.
  @Test("a window of 0 batches does not decode (it divided by zero on the next update)")
  func zeroBatchCount() throws {
    let data = try Self.editedWindow { $0["batchCount"] = 0; $0["slots"] = [] as [Any] }
    #expect(Self.rejection(data)?.contains("the window covers 0 batches; it needs at least 1") == true)
  }

  @Test("a window without slots does not decode (an index out of range on the next update)")
  func noSlots() throws {
    let data = try Self.editedWindow { $0["slots"] = [] as [Any] }
    #expect(Self.rejection(data)?.contains("a window of 3 batches has 0 slots") == true)
  }

  @Test("a window with fewer or more slots than batches does not decode")
  func slotCount() throws {
    for count in [1, 2, 4] {
      let data = try Self.editedWindow { window in
        let slots = try #require(window["slots"] as? [Any])
        window["slots"] = Array(repeating: slots[2], count: count)
      }
      #expect(
        Self.rejection(data)?.contains("a window of 3 batches has \(count) slots") == true,
        "\(count) slots")
    }
  }

  @Test("a negative step count does not decode (a negative slot index on the next update)")
  func negativeStepCount() throws {
    let data = try Self.editedWindow { $0["stepCount"] = -1 }
    #expect(Self.rejection(data)?.contains("the step count -1 is negative") == true)
  }

  @Test("a slot that no step has reached yet must be empty")
  func slotBeyondSteps() throws {
    let data = try Self.editedWindow { $0["stepCount"] = 1 }
    #expect(Self.rejection(data)?.contains("slot 1 holds rows, but the step count is 1") == true)
  }

  @Test("a slot of another threshold count does not decode (a precondition on the next update)")
  func slotThresholdCount() throws {
    let data = try Self.editedWindow { window in
      var slots = try #require(window["slots"] as? [Any])
      slots[2] = Self.histogramJSON(2, [0, 0, 0], [0, 0, 0])
      window["slots"] = slots
    }
    #expect(Self.rejection(data)?.contains("slot 2 has 2 thresholds, the window 4") == true)
  }

  @Test("a window whose histogram is not the sum of its slots does not decode")
  func windowSum() throws {
    // Subtracting a slot larger than the sum underflowed on the update that reused it.
    let data = try Self.editedWindow { window in
      window["histogram"] = Self.histogramJSON(4, [0, 0, 0, 0, 1], [1, 0, 0, 0, 0])
    }
    #expect(Self.rejection(data)?.contains("the window's histogram is not the sum of its slots") == true)
  }

  @Test("a window holding more rows of a bin than the whole histogram does not decode")
  func windowWithinHistogram() throws {
    // Slot 0 holds 2^64 − 3 rows in bin 0: the update's merge into the window would have
    // passed 2^64 − 1 (a precondition failure) where the histogram's own check did not.
    let huge = UInt64.max - 2
    let data = try Self.editedWindow { window in
      var slots = try #require(window["slots"] as? [Any])
      slots[0] = Self.histogramJSON(4, [0, 0, 0, 0, 0], [huge, 0, 0, 0, 0])
      slots[1] = Self.histogramJSON(4, [0, 0, 0, 0, 0], [0, 0, 0, 0, 0])
      window["slots"] = slots
      window["histogram"] = slots[0]
      window["stepCount"] = 1
    }
    #expect(
      Self.rejection(data)?.contains(
        "bin 0 of the window holds \(huge) negative rows, but the histogram only 1") == true)
  }

  @Test("a window of another threshold count than the histogram does not decode")
  func windowThresholdCount() throws {
    let data = try Self.editedWindow { window in
      let empty = Self.histogramJSON(2, [0, 0, 0], [0, 0, 0])
      window["slots"] = [empty, empty, empty]
      window["histogram"] = empty
      window["stepCount"] = 0
    }
    #expect(Self.rejection(data)?.contains("window has 2 thresholds, histogram 4") == true)
  }

  @Test(
    "histograms out of bounds do not decode: T of 0 or past the largest, bins not T + 1, negative counts",
    arguments: [
      (0, [0], [0]),
      (ScoreHistogram.maximumThresholdCount + 1, [0], [0]),
      (4, [0, 0, 0], [0, 0, 0]),
      (4, [0, 0, 0, 0, 0], [0, 0, 0, 0]),
    ])
  func histogramBounds(thresholdCount: Int, positives: [UInt64], negatives: [UInt64]) throws {
    let data = try Self.editedState { $0["histogram"] = Self.histogramJSON(thresholdCount, positives, negatives) }
    #expect(Self.rejection(data) != nil)
    let negative = try Self.editedState { state in
      state["histogram"] = [
        "thresholdCount": 1, "positiveCounts": [-1, 0], "negativeCounts": [0, 0],
      ] as [String: Any]
    }
    #expect(Self.rejection(negative) != nil)
  }

  @Test("a state whose step count is the largest Int updates without overflowing")
  func largestStepCount() throws {
    // `stepCount += 1` trapped on the update after a state whose count was Int.max.
    let data = try Self.editedWindow { $0["stepCount"] = Int.max }
    var metric = StreamingAUC(state: try JSONDecoder().decode(StreamingAUC.State.self, from: data))
    let before = try #require(metric.window)
    // Int.max = 2^63 − 1 ≡ 1 (mod 3): the update replaces slot 1, and the count goes on at
    // 3 + 2, whose slot (Int.max + 1) % 3 = 2 is next, with the window full.
    try metric.update(scores: [0.2], labels: [0])
    let window = try #require(metric.window)
    #expect(window.stepCount == 3 + 2)
    #expect(window.slots[0] == before.slots[0])
    #expect(window.slots[1].negativeCount == 1 && window.slots[1].positiveCount == 0)
    try window.checkInvariants()
    try metric.update(scores: [0.7], labels: [1])
    #expect(metric.window?.stepCount == 6)
    #expect(metric.window?.slots[2].positiveCount == 1)
    try metric.state.checkInvariants()
  }

  @Test("the stored-form initialiser checks that there are thresholdCount + 1 bins")
  func thresholdCountInitialiser() throws {
    #expect(throws: ScoreHistogram.CountsError.thresholdCount(2, binCount: 2)) {
      try ScoreHistogram(thresholdCount: 2, positiveCounts: [0, 1], negativeCounts: [1, 0])
    }
    let histogram = try ScoreHistogram(
      thresholdCount: 1, positiveCounts: [0, 2], negativeCounts: [1, 0])
    #expect(histogram == (try ScoreHistogram(positiveCounts: [0, 2], negativeCounts: [1, 0])))
    try histogram.checkInvariants()
  }
}
