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
    var roc_auc_hex: String?
    var average_precision_hex: String?
  }

  /// `total`, `Σ i·c_i` and `Σ i²·c_i` of one histogram.
  struct Checksums: Decodable, Equatable {
    var total: Int
    var sum_i_c: Int
    var sum_i2_c: Int
  }

  struct Result: Decodable {
    var paddle_metric_auc_hex: String
    var paddle_metric_auc_after_each_batch: [Double]?
    /// Absent where the copy dropped them to stay small; the checksums are always there.
    var stat_pos: [[Int]]?
    var stat_neg: [[Int]]?
    var stat_pos_checksums: Checksums
    var stat_neg_checksums: Checksums
    var fleet_auc_hex: String
  }

  var name: String
  var dtype: String
  var n_pos: Int
  var n_neg: Int
  var batch_sizes: [Int]
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
    try JSONDecoder().decode(GoldenFile.self, from: data(name))
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
    var sums = GoldenFile.Checksums(total: 0, sum_i_c: 0, sum_i2_c: 0)
    for (bin, count) in counts.enumerated() {
      sums.total += Int(count)
      sums.sum_i_c += bin * Int(count)
      sums.sum_i2_c += bin * bin * Int(count)
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
