import AUCMetrics
import Foundation
import Testing

/// One dataset of the PaddlePaddle golden vectors (see `Golden/README.md`).
struct GoldenFile: Decodable {
  struct Inputs: Decodable {
    var scores: [Double]
    var labels: [Int]
  }

  struct Generator: Decodable {
    var kind: String
    var seed: UInt64
    var n: Int
  }

  struct Exact: Decodable {
    var rocAucHex: String?
    var averagePrecisionHex: String?
  }

  /// `total`, `Σ i·c_i` and `Σ i²·c_i` of one histogram.
  struct Checksums: Decodable, Equatable {
    var total: Int
    var sumIC: Int
    var sumI2C: Int
  }

  struct Result: Decodable {
    var paddleMetricAucHex: String
    var paddleMetricAucAfterEachBatch: [Double]?
    /// Absent where the copy dropped them to stay small; the checksums are always there.
    var statPos: [[Int]]?
    var statNeg: [[Int]]?
    var statPosChecksums: Checksums
    var statNegChecksums: Checksums
    var fleetAucHex: String
  }

  var name: String
  var dtype: String
  var nPos: Int
  var nNeg: Int
  var batchSizes: [Int]
  var inputs: Inputs?
  var generator: Generator?
  var sklearn: Exact
  var results: [String: Result]

  static let smallFileNames = [
    "tiny_basic", "tiny_ties", "all_same_score", "one_each", "one_each_reversed",
    "single_class_pos", "single_class_neg", "empty", "endpoints", "bin_boundaries_f64",
    "f32_rounding_boundary", "f32_rounding_boundary_as_f64", "random_1000", "random_f32_3000",
  ]

  static func load(_ name: String) throws -> GoldenFile {
    try decoder.decode(GoldenFile.self, from: data(name))
  }

  /// The golden files spell keys in snake case (`stat_pos`); the models here in camel case.
  static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }

  static func data(_ name: String) throws -> Data {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Golden"))
    return try Data(contentsOf: url)
  }

  /// The scores and labels, from `inputs` or rebuilt with the generator recipe.
  var rows: (scores: [Double], labels: [Int]) {
    if let inputs { return (inputs.scores, inputs.labels) }
    let generator = generator!
    return ReferenceGenerator.rows(kind: generator.kind, seed: generator.seed, count: generator.n)
  }

  var isFloat32: Bool { dtype == "float32" }
}

extension ScoreHistogram {
  /// The histogram's non-empty bins as `[bin, count]` pairs, as the golden files list them.
  var sparsePositives: [[Int]] { Self.sparse(positiveCounts) }
  var sparseNegatives: [[Int]] { Self.sparse(negativeCounts) }

  var positiveChecksums: GoldenFile.Checksums { Self.checksums(positiveCounts) }
  var negativeChecksums: GoldenFile.Checksums { Self.checksums(negativeCounts) }

  private static func checksums(_ counts: ArraySlice<UInt64>) -> GoldenFile.Checksums {
    var sums = GoldenFile.Checksums(total: 0, sumIC: 0, sumI2C: 0)
    for (bin, count) in counts.enumerated() {
      sums.total += Int(count)
      sums.sumIC += bin * Int(count)
      sums.sumI2C += bin * bin * Int(count)
    }
    return sums
  }

  private static func sparse(_ counts: ArraySlice<UInt64>) -> [[Int]] {
    counts.enumerated().compactMap { bin, count in count == 0 ? nil : [bin, Int(count)] }
  }
}

/// Parses a C99 hex float such as `0x1.1555555555555p-1`.
func hexDouble(_ text: String) -> Double {
  guard let value = Double(text) else { fatalError("not a hex float: \(text)") }
  return value
}

/// Feeds `rows` to `metric` in the given batch sizes, as `Float` or `Double` scores.
func feed(
  _ metric: inout StreamingAUC, scores: [Double], labels: [Int], batchSizes: [Int], float32: Bool
) throws {
  var start = 0
  for size in batchSizes {
    let range = start..<(start + size)
    if float32 {
      try metric.update(scores: scores[range].map { Float($0) }, labels: labels[range])
    } else {
      try metric.update(scores: scores[range], labels: labels[range])
    }
    start += size
  }
}
