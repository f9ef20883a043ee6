import AUCMetrics
import Testing

/// The fast DeLong (grouped counts, and one radix sort per score for the paired test)
/// against the textbook O(n²) formulas on seeded data with ties.
@Suite("DeLong against the O(n²) textbook formula")
struct DeLongBruteForceTests {
  /// DeLong's structural components by explicit pair comparisons: V10 for each positive,
  /// V01 for each negative.
  static func components(scores: [Double], labels: [Int]) -> (
    positive: [Double], negative: [Double]
  ) {
    let positives = scores.indices.filter { labels[$0] == 1 }.map { scores[$0] }
    let negatives = scores.indices.filter { labels[$0] == 0 }.map { scores[$0] }
    func kernel(_ positive: Double, _ negative: Double) -> Double {
      positive > negative ? 1 : (positive == negative ? 0.5 : 0)
    }
    let v10 = positives.map { x in
      negatives.reduce(0) { $0 + kernel(x, $1) } / Double(negatives.count)
    }
    let v01 = negatives.map { y in
      positives.reduce(0) { $0 + kernel($1, y) } / Double(positives.count)
    }
    return (v10, v01)
  }

  static func covariance(_ x: [Double], _ y: [Double]) -> Double {
    let meanX = x.reduce(0, +) / Double(x.count)
    let meanY = y.reduce(0, +) / Double(y.count)
    return zip(x, y).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) } / Double(x.count - 1)
  }

  static func rows(seed: UInt64, count: Int) -> (first: [Double], second: [Double], labels: [Int]) {
    var generator = SplitMix64(seed: seed)
    var first: [Double] = []
    var second: [Double] = []
    var labels: [Int] = []
    for _ in 0..<count {
      let label = Int(generator.next() % 2)
      // Coarse grids make ties within and across classes.
      first.append(Double(generator.next() % 7) + Double(label))
      second.append(Double(generator.next() % 4) - Double(label) * 0.5)
      labels.append(label)
    }
    return (first, second, labels)
  }

  @Test("variance, covariance and z equal the textbook values", arguments: Array(UInt64(1)...20))
  func fastEqualsTextbook(seed: UInt64) throws {
    let (first, second, labels) = Self.rows(seed: seed, count: 8 + Int(seed) * 7)
    guard labels.count(where: { $0 == 1 }) >= 2, labels.count(where: { $0 == 0 }) >= 2 else {
      return
    }
    let a = Self.components(scores: first, labels: labels)
    let b = Self.components(scores: second, labels: labels)
    let positiveCount = Double(a.positive.count)
    let negativeCount = Double(a.negative.count)
    let varianceA =
      Self.covariance(a.positive, a.positive) / positiveCount
      + Self.covariance(a.negative, a.negative) / negativeCount
    let varianceB =
      Self.covariance(b.positive, b.positive) / positiveCount
      + Self.covariance(b.negative, b.negative) / negativeCount
    let covariance =
      Self.covariance(a.positive, b.positive) / positiveCount
      + Self.covariance(a.negative, b.negative) / negativeCount
    let areaA = a.positive.reduce(0, +) / positiveCount
    let areaB = b.positive.reduce(0, +) / positiveCount

    var counts = ScoreCounts()
    try counts.record(scores: first, labels: labels)
    let grouped = try #require(counts.groups.deLong)
    #expect(abs(grouped.area - areaA) <= 1e-15)
    #expect(abs(grouped.variance - varianceA) <= 1e-15)

    let test = try PairedDeLongTest(first: first, second: second, labels: labels)
    #expect(abs(test.first.variance - varianceA) <= 1e-15)
    #expect(abs(test.second.variance - varianceB) <= 1e-15)
    #expect(abs(test.covariance - covariance) <= 1e-15)
    let differenceVariance = varianceA + varianceB - 2 * covariance
    if differenceVariance > 1e-12 {
      let z = (areaA - areaB) / differenceVariance.squareRoot()
      #expect(abs(try #require(test.z) - z) <= 1e-9 * Swift.max(1, abs(z)))
    }
  }

  @Test("a score compared with itself has variance 0 and no z")
  func identicalScores() throws {
    let (first, _, labels) = Self.rows(seed: 3, count: 40)
    let test = try PairedDeLongTest(first: first, second: first, labels: labels)
    #expect(test.differenceVariance == 0)
    #expect(test.z == nil && test.pValue == nil)
    #expect(test.differenceConfidenceInterval(level: 0.95) == nil)
  }
}
