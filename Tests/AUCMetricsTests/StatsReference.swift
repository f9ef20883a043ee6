import Foundation
import Testing

/// One dataset of the pROC / scikit-learn / Keras reference values (see `Stats/README.md`):
/// its rows, and the values this package's exact summaries are checked against.
struct StatsReference: Decodable {
  struct Exact: Decodable {
    var aucHex: String
    var averagePrecisionHex: String?
    var aucWeightedHex: String?
    var averagePrecisionWeightedHex: String?
  }

  struct Sklearn: Decodable {
    var rocAucHex: String
    var averagePrecisionHex: String
    var prAucTrapezoidHex: String
    var rocAucWeightedHex: String?
    var averagePrecisionWeightedHex: String?
    var prAucTrapezoidWeightedHex: String?
  }

  struct Keras: Decodable {
    var rocInterpolation: Double
    var prInterpolation: Double
    var rocInterpolationWeighted: Double?
    var prInterpolationWeighted: Double?
  }

  var name: String
  var n: Int
  var nPos: Int
  var nNeg: Int
  var exact: Exact
  var sklearn: Sklearn
  var keras: Keras?

  /// The rows of `<name>.csv`.
  var scores: [Double] = []
  var labels: [Int] = []
  var weights: [Double]?
  /// The second model's scores (`score2`), on the paired sets.
  var secondScores: [Double]?

  private enum CodingKeys: String, CodingKey {
    case name, n, nPos, nNeg, exact, sklearn, keras
  }

  static let names = [
    "tiny_basic", "tiny_ties", "tiny_all_tied", "tiny_2pos_3neg", "tiny_endpoints",
    "tiny_weighted", "tiny_paired", "tiny_groups", "random_200_50pct", "random_200_10pct",
    "random_200_1pct", "random_1000_50pct", "random_1000_10pct", "random_10000_50pct",
    "ties_1dp", "separated", "separated_inverted", "inverted", "paired_500", "weighted_1000",
    "logits_2000", "groups_200", "large_100k",
  ]

  static func load(_ name: String) throws -> StatsReference {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    var reference = try decoder.decode(StatsReference.self, from: data(name, "json"))
    if name == "large_100k" {
      // Kept as raw little-endian doubles and label bytes (900 KB instead of a 2.1 MB CSV):
      // the same 100,000 rows, bit for bit (see Stats/COPY.md).
      let scores = try data(name, "scores.f64")
      reference.scores = scores.withUnsafeBytes { bytes in
        (0..<(bytes.count / 8)).map { row -> Double in
          let bits = bytes.loadUnaligned(fromByteOffset: row * 8, as: UInt64.self)
          return Double(bitPattern: UInt64(littleEndian: bits))
        }
      }
      reference.labels = try data(name, "labels.u8").map(Int.init)
      return reference
    }
    let text = try #require(String(data: try data(name, "csv"), encoding: .utf8))
    var lines = text.split(whereSeparator: \.isNewline)
    let header = lines.removeFirst().split(separator: ",").map(String.init)
    let scoreColumn = try #require(header.firstIndex(of: "score"))
    let labelColumn = try #require(header.firstIndex(of: "label"))
    let weightColumn = header.firstIndex(of: "weight")
    let secondScoreColumn = header.firstIndex(of: "score2")
    var weights: [Double] = []
    var secondScores: [Double] = []
    for line in lines {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      reference.scores.append(try #require(Double(fields[scoreColumn])))
      reference.labels.append(try #require(Int(fields[labelColumn])))
      if let weightColumn { weights.append(try #require(Double(fields[weightColumn]))) }
      if let secondScoreColumn {
        secondScores.append(try #require(Double(fields[secondScoreColumn])))
      }
    }
    reference.weights = weightColumn == nil ? nil : weights
    reference.secondScores = secondScoreColumn == nil ? nil : secondScores
    return reference
  }

  private static func data(_ name: String, _ fileExtension: String) throws -> Data {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: "Stats"))
    return try Data(contentsOf: url)
  }
}

/// How many representable doubles lie between `a` and `b` (0 when equal).
func ulpDistance(_ a: Double, _ b: Double) -> UInt64 {
  func ordered(_ x: Double) -> Int64 {
    let bits = Int64(bitPattern: x.bitPattern)
    return bits < 0 ? Int64.min - bits : bits
  }
  let difference = ordered(a).subtractingReportingOverflow(ordered(b)).partialValue
  return difference.magnitude
}
