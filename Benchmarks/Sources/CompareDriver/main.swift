// The Swift side of Benchmarks/compare/run.sh: each workload of cbench.c, done with the
// AUCMetrics library on the same SplitMix64 data, printing the seconds it took (data
// generation excluded) and the value it computed.
import AUCMetrics
import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// Rows: a uniform score, and a label that is 1 with probability equal to the score.
func makeRows(_ count: Int) -> (scores: [Float], labels: [UInt8]) {
  var generator = SplitMix64(seed: 2024)
  var scores = [Float](repeating: 0, count: count)
  var labels = [UInt8](repeating: 0, count: count)
  for index in 0..<count {
    let score = generator.nextUnitFloat()
    scores[index] = score
    labels[index] = generator.nextUnitFloat() < score ? 1 : 0
  }
  return (scores, labels)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  print("usage: CompareDriver WORKLOAD [N]")
  exit(64)
}
let count = arguments.count > 2 ? Int(arguments[2])! : 100_000_000

switch arguments[1] {
case "bin-float":
  let (scores, labels) = makeRows(count)
  var histogram = ScoreHistogram(thresholdCount: 4095)
  let start = now()
  try histogram.record(scores: scores, labels: labels)
  print("\(now() - start)", histogram.rocAUC!)

case "bin-float-2":
  let (scores, labels) = makeRows(count)
  let start = now()
  // Partition, count each half on its own core, then merge.
  let half = count / 2
  let parts = [0..<half, half..<count]
  nonisolated(unsafe) var histograms = [ScoreHistogram](
    repeating: ScoreHistogram(thresholdCount: 4095), count: 2)
  histograms.withUnsafeMutableBufferPointer { slots in
    nonisolated(unsafe) let slots = slots
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      let range = parts[part]
      try! slots[part].record(scores: scores[range], labels: labels[range])
    }
  }
  var total = histograms[0]
  try total.merge(histograms[1])
  print("\(now() - start)", total.rocAUC!)

case "value":
  var generator = SplitMix64(seed: 7)
  let bins = count + 1
  let positives = (0..<bins).map { _ in generator.next() % 1000 }
  let negatives = (0..<bins).map { _ in generator.next() % 1000 }
  var histogram = try ScoreHistogram(positiveCounts: positives, negativeCounts: negatives)
  let repetitions = 20_000
  var sink = 0.0
  let start = now()
  for repetition in 0..<repetitions {
    try histogram.record(scores: [Double(repetition % bins) / Double(count)], labels: [0])
    sink += histogram.rocAUC!
  }
  print("\((now() - start) / Double(repetitions))", sink)

case "seed-loop":
  var generator = SplitMix64(seed: 2024)
  var metric = StreamingAUC()
  var scores = [Float](repeating: 0, count: 128)
  var labels = [UInt8](repeating: 0, count: 128)
  var sink = 0.0
  let start = now()
  for _ in 0..<100 {
    for index in 0..<128 {
      scores[index] = generator.nextUnitFloat()
      labels[index] = UInt8(generator.next() >> 63)
    }
    try metric.update(scores: scores, labels: labels)
    sink += metric.value!
  }
  print("\(now() - start)", sink)

case "exact":
  let (scores, labels) = makeRows(count)
  let start = now()
  let summary = try RankingSummary(scores: scores, labels: labels)
  print("\(now() - start)", summary.rocAUC!)

default:
  print("unknown workload \(arguments[1])")
  exit(64)
}
