// The library's hot paths under ordo-one/benchmark: `swift package benchmark` in Benchmarks/.
// CSV parsing and .npy reading live in the `auc` command, so Benchmarks/compare/run.sh times
// them as whole processes, side by side with C.
import AUCMetrics
import Benchmark

/// Seeded rows: a uniform score, and a label that is 1 with probability equal to the score.
func rows<Score: BinaryFloatingPoint>(_ count: Int, as: Score.Type) -> ([Score], [UInt8]) {
  var generator = SplitMix64(seed: 2024)
  var scores: [Score] = []
  var labels: [UInt8] = []
  scores.reserveCapacity(count)
  labels.reserveCapacity(count)
  for _ in 0..<count {
    let score = generator.nextUnitFloat()
    scores.append(Score(score))
    labels.append(generator.nextUnitFloat() < score ? 1 : 0)
  }
  return (scores, labels)
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput], maxDuration: .seconds(3), maxIterations: 1000)

  for batchSize in [128, 1_000_000] {
    let (floats, labels) = rows(batchSize, as: Float.self)
    let doubles = floats.map(Double.init)
    Benchmark("binned update, Float, batch \(batchSize)") { benchmark in
      var histogram = ScoreHistogram(thresholdCount: 4095)
      for _ in benchmark.scaledIterations {
        try histogram.record(scores: floats, labels: labels)
      }
      blackHole(histogram)
    }
    Benchmark("binned update, Double, batch \(batchSize)") { benchmark in
      var histogram = ScoreHistogram(thresholdCount: 4095)
      for _ in benchmark.scaledIterations {
        try histogram.record(scores: doubles, labels: labels)
      }
      blackHole(histogram)
    }
  }

  for thresholdCount in [4095, 65535] {
    let (scores, labels) = rows(1_000_000, as: Float.self)
    var histogram = ScoreHistogram(thresholdCount: thresholdCount)
    try! histogram.record(scores: scores, labels: labels)
    let counted = histogram
    Benchmark("value, T = \(thresholdCount)") { benchmark in
      for _ in benchmark.scaledIterations { blackHole(counted.rocAUC) }
    }
    Benchmark("merge, T = \(thresholdCount)") { benchmark in
      var total = counted
      for _ in benchmark.scaledIterations { try total.merge(counted) }
      blackHole(total)
    }
  }

  for count in [1_000_000, 10_000_000] {
    let (scores, labels) = rows(count, as: Float.self)
    Benchmark(
      "exact ROC AUC and AP, \(count) Float rows",
      configuration: .init(maxDuration: .seconds(10), maxIterations: 10)
    ) { benchmark in
      for _ in benchmark.scaledIterations {
        let summary = try RankingSummary(scores: scores, labels: labels)
        blackHole(summary.rocAUC)
        blackHole(summary.averagePrecision)
      }
    }
  }
}
