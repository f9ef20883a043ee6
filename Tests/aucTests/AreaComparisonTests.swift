import AUCMetrics
import Foundation
import Testing

@testable import AUCCommandLine

/// `AreaComparison` computes what `auc compare` prints; `ComparisonReport` only renders it,
/// naming its method, an enum, as `delong-paired` or `delong-unpaired`.
@Suite("auc compare's comparison and its report")
struct AreaComparisonTests {
  /// The ROC AUC by brute force: the share of (positive, negative) pairs ranked right, ties
  /// counting a half.
  static func bruteForceArea(_ scores: [Double], _ labels: [UInt8]) -> Double {
    var wins = 0.0
    var pairs = 0.0
    for (positive, label) in zip(scores, labels) where label == 1 {
      for (negative, other) in zip(scores, labels) where other == 0 {
        pairs += 1
        wins += positive > negative ? 1 : positive == negative ? 0.5 : 0
      }
    }
    return wins / pairs
  }

  static let first: [Double] = [0.9, 0.8, 0.35, 0.7, 0.1, 0.6, 0.35, 0.2, 0.55, 0.4]
  static let second: [Double] = [0.7, 0.3, 0.6, 0.8, 0.2, 0.1, 0.5, 0.4, 0.9, 0.05]
  static let labels: [UInt8] = [1, 1, 0, 1, 0, 0, 1, 0, 1, 0]

  @Test("areas, difference and counts are the rows'; the method chooses the test", arguments: [
    ComparisonMethod.deLongPaired, .deLongUnpaired,
  ])
  func comparison(_ method: ComparisonMethod) throws {
    let comparison = try AreaComparison(
      first: Self.first, second: Self.second, labels: Self.labels, method: method)
    let areas = [
      Self.bruteForceArea(Self.first, Self.labels), Self.bruteForceArea(Self.second, Self.labels),
    ]
    #expect(comparison.method == method)
    #expect(comparison.rowCount == 10)
    #expect(comparison.positiveCount == 5)
    #expect(abs(comparison.areas[0] - areas[0]) < 1e-15)
    #expect(abs(comparison.areas[1] - areas[1]) < 1e-15)
    // The library takes the difference of the exact pair counts: within rounding of theirs.
    #expect(abs(comparison.difference - (areas[0] - areas[1])) < 1e-15)
    let pValue = try #require(comparison.pValue)
    #expect(pValue > 0 && pValue <= 1)
    #expect((comparison.degreesOfFreedom != nil) == (method == .deLongUnpaired))
    #expect((comparison.differenceInterval != nil) == (method == .deLongPaired))
  }

  @Test("the report renders the values it is given, the method by its name")
  func report() throws {
    let comparison = AreaComparison.rendered(method: .deLongUnpaired)
    let report = ComparisonReport(names: ["a \"b\"", "c"], comparison: comparison)
    #expect(
      report.json
        == #"{"scores":["a \"b\"","c"],"count":7,"rocAUC":[0.75,0.5],"difference":0.25,"z":1.5,"pValue":0.125,"method":"delong-unpaired","degreesOfFreedom":4.5}"#
    )
    #expect(report.text.contains("DeLong unpaired test D = 1.5, df 4.5, p = 0.125"))
    var paired = AreaComparison.rendered(method: .deLongPaired)
    paired.degreesOfFreedom = nil
    paired.statistic = nil
    paired.pValue = nil
    let undefined = ComparisonReport(names: ["a", "c"], comparison: paired)
    #expect(undefined.json.hasSuffix(#""z":null,"pValue":null,"method":"delong-paired"}"#))
    #expect(undefined.text.contains("DeLong paired test  undefined: the difference has variance 0"))
    #expect(ComparisonMethod(unpaired: true) == .deLongUnpaired)
    #expect(ComparisonMethod(unpaired: false) == .deLongPaired)
  }

  @Test("too few rows of a class: DeLong's error, the message auc compare prints")
  func tooFewRows() {
    #expect(throws: DeLongError.tooFewRows(positives: 1, negatives: 2)) {
      try AreaComparison(
        first: [0.1, 0.2, 0.3], second: [0.3, 0.2, 0.1], labels: [1, 0, 0],
        method: .deLongPaired)
    }
  }
}

extension AreaComparison {
  /// A comparison of values chosen for printing, not computed.
  fileprivate static func rendered(method: ComparisonMethod) -> AreaComparison {
    var comparison = try! AreaComparison(
      first: AreaComparisonTests.first, second: AreaComparisonTests.second,
      labels: AreaComparisonTests.labels, method: method)
    comparison.rowCount = 7
    comparison.positiveCount = 3
    comparison.areas = [0.75, 0.5]
    comparison.difference = 0.25
    comparison.statistic = 1.5
    comparison.pValue = 0.125
    comparison.degreesOfFreedom = 4.5
    comparison.differenceInterval = nil
    return comparison
  }
}
