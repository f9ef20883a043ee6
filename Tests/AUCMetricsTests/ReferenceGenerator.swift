import AUCMetrics

/// The golden vectors' portable data recipes (`Golden/index.json`, "generator"), built on
/// ``SplitMix64``: `u = u(splitmix64(seed))`, `v = u53(splitmix64(seed + 1))`, row i taking the
/// i-th output of each stream.
enum ReferenceGenerator {
  static func rows(kind: String, seed: UInt64, count: Int) -> (scores: [Double], labels: [Int]) {
    var scoreStream = SplitMix64(seed: seed)
    var labelStream = SplitMix64(seed: seed &+ 1)
    var scores = [Double]()
    var labels = [Int]()
    scores.reserveCapacity(count)
    labels.reserveCapacity(count)
    for _ in 0..<count {
      let score: Double
      let threshold: Double
      switch kind {
      case "uniform_f32":
        score = Double(scoreStream.nextUnitFloat())
        threshold = score
      case "uniform_f64":
        score = scoreStream.nextUnitDouble()
        threshold = score
      default:
        fatalError("recipe \(kind) is not needed by these tests")
      }
      let v = labelStream.nextUnitDouble()
      scores.append(score)
      labels.append(v < threshold ? 1 : 0)
    }
    return (scores, labels)
  }
}
