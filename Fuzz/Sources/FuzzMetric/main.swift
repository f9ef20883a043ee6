// Drives the metric API with a random program of operations (update, merge, reset, value,
// state round trip) on a binned `StreamingAUC`, with exact `ScoreCounts` fed the same rows
// alongside, and checks after every step that:
// - 0 ≤ AUC ≤ 1, and it is undefined exactly when a class is missing;
// - the exact AUC lies within the binned value ± its error bound;
// - the counts equal the rows fed since the last reset;
// - a rejected batch changes nothing;
// - the state round-trips through JSON to an equal metric.
import AUCFileFormats
import AUCMetrics
import Foundation
import FuzzSupport

/// A score from one byte: mostly values in 0...1, sometimes the edge cases.
func score(_ byte: UInt8) -> Double {
  switch byte {
  case 250: .nan
  case 251: .infinity
  case 252: -0.0
  case 253: 1.0000001
  case 254: -1e-300
  case 255: 1
  default: Double(byte) / 249
  }
}

/// A label from one byte: mostly 0 and 1, sometimes 2.
func label(_ byte: UInt8) -> Int { byte < 250 ? Int(byte & 1) : 2 }

/// A batch of up to 63 rows.
func batch(_ stream: inout ByteStream) -> (scores: [Double], labels: [Int]) {
  let count = Int(stream.byte() & 63)
  var scores: [Double] = []
  var labels: [Int] = []
  for _ in 0..<count {
    scores.append(score(stream.byte()))
    labels.append(label(stream.byte()))
  }
  return (scores, labels)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMetric(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var stream = ByteStream(UnsafeRawBufferPointer(start: data, count: size))
  let thresholdCount = Int(stream.byte()) + 1
  var metric = StreamingAUC(thresholdCount: thresholdCount)
  var exact = ScoreCounts()
  var positives: UInt64 = 0
  var negatives: UInt64 = 0
  var step = 0
  while !stream.isAtEnd && step < 200 {
    step += 1
    switch stream.byte() % 5 {
    case 0, 1:
      let rows = batch(&stream)
      let before = metric
      do {
        try metric.update(scores: rows.scores, labels: rows.labels)
        try! exact.record(scores: rows.scores, labels: rows.labels)
        for label in rows.labels { if label == 1 { positives += 1 } else { negatives += 1 } }
      } catch {
        precondition(metric == before, "step \(step): a rejected batch changed the metric")
      }
    case 2:
      let rows = batch(&stream)
      var other = StreamingAUC(thresholdCount: thresholdCount)
      guard (try? other.update(scores: rows.scores, labels: rows.labels)) != nil else { break }
      try! metric.merge(other)
      var otherExact = ScoreCounts()
      try! otherExact.record(scores: rows.scores, labels: rows.labels)
      try! exact.merge(otherExact)
      for label in rows.labels { if label == 1 { positives += 1 } else { negatives += 1 } }
    case 3:
      metric.reset()
      exact = ScoreCounts()
      positives = 0
      negatives = 0
    default:
      let data = try! JSONEncoder().encode(metric)
      let decoded = try! JSONDecoder().decode(StreamingAUC.self, from: data)
      precondition(decoded == metric, "step \(step): the JSON state does not round-trip")
      do {
        try decoded.state.checkInvariants()
      } catch {
        preconditionFailure("step \(step): a decoded state breaks its invariants: \(error)")
      }
      precondition(StreamingAUC(state: metric.state) == metric, "step \(step): state round trip")
    }
    do {
      try metric.state.checkInvariants()
    } catch {
      preconditionFailure("step \(step): the state breaks its invariants: \(error)")
    }
    let histogram = metric.histogram
    precondition(
      histogram.positiveCount == positives && histogram.negativeCount == negatives,
      "step \(step): counts \(histogram.positiveCount)/\(histogram.negativeCount), "
        + "fed \(positives)/\(negatives)")
    let summary = exact.summary
    Invariants.check(summary, "step \(step)")
    precondition(
      (metric.value == nil) == (positives == 0 || negatives == 0),
      "step \(step): value \(String(describing: metric.value)) with \(positives)/\(negatives)")
    if let value = metric.value, let bound = metric.errorBound, let exactValue = summary.rocAUC {
      precondition(value >= 0 && value <= 1, "step \(step): value \(value)")
      precondition(
        abs(exactValue - value) <= bound + 1e-12,
        "step \(step): exact \(exactValue) outside \(value) ± \(bound)")
    }
  }
  return 0
}
