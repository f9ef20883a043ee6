import AUCMetrics
import Testing

/// Operating points at a target rate, against a brute-force search over every threshold.
@Suite("Operating points at a target rate")
struct OperatingPointTests {
  /// Every "positive if score ≥ t" classifier: t from the distinct scores and +∞, with its
  /// true and false positive counts, counted row by row.
  static func classifiers(_ rows: RandomRows) -> [(
    threshold: Double, truePositives: Int, falsePositives: Int
  )] {
    let thresholds = [Double.infinity] + Set(rows.scores).sorted(by: >)
    return thresholds.map { threshold in
      var truePositives = 0
      var falsePositives = 0
      for (score, label) in zip(rows.scores, rows.labels) where score >= threshold {
        if label == 1 { truePositives += 1 } else { falsePositives += 1 }
      }
      return (threshold, truePositives, falsePositives)
    }
  }

  static func groups(_ rows: RandomRows) throws -> ScoreGroups {
    var counts = ScoreCounts()
    try counts.record(scores: rows.scores, labels: rows.labels)
    return counts.groups
  }

  @Test(
    "the most sensitive threshold within a false positive rate", arguments: Array(UInt64(1)...12))
  func maximumFalsePositiveRate(seed: UInt64) throws {
    let rows = RandomRows(seed: seed, count: 60, distinctScores: 9)
    let positives = rows.labels.count { $0 == 1 }
    let negatives = rows.labels.count - positives
    guard positives > 0, negatives > 0 else { return }
    let groups = try Self.groups(rows)
    for limit in [0.0, 0.05, 0.1, 0.25, 0.5, 1.0] {
      let allowed = Self.classifiers(rows).filter {
        Double($0.falsePositives) / Double(negatives) <= limit
      }
      // The highest TPR allowed; among those, the highest threshold.
      let best = allowed.max {
        ($0.truePositives, $0.threshold) < ($1.truePositives, $1.threshold)
      }!
      let point = try #require(groups.operatingPoint(maximumFalsePositiveRate: limit))
      #expect(point.threshold == best.threshold, "limit \(limit)")
      #expect(point.truePositives == Double(best.truePositives), "limit \(limit)")
    }
  }

  @Test(
    "the threshold reaching a sensitivity with the fewest false positives",
    arguments: Array(UInt64(1)...12))
  func minimumTruePositiveRate(seed: UInt64) throws {
    let rows = RandomRows(seed: seed, count: 60, distinctScores: 9)
    let positives = rows.labels.count { $0 == 1 }
    guard positives > 0, positives < rows.labels.count else { return }
    let groups = try Self.groups(rows)
    for target in [0.0, 0.3, 0.8, 0.95, 1.0] {
      let reaching = Self.classifiers(rows).filter {
        Double($0.truePositives) / Double(positives) >= target
      }
      let best = reaching.min {
        ($0.falsePositives, -$0.threshold) < ($1.falsePositives, -$1.threshold)
      }!
      let point = try #require(groups.operatingPoint(minimumTruePositiveRate: target))
      #expect(point.threshold == best.threshold, "target \(target)")
      #expect(point.falsePositives == Double(best.falsePositives), "target \(target)")
    }
  }

  @Test("the best precision at a recall", arguments: Array(UInt64(1)...12))
  func precisionAtRecall(seed: UInt64) throws {
    let rows = RandomRows(seed: seed, count: 60, distinctScores: 9)
    let positives = rows.labels.count { $0 == 1 }
    guard positives > 0 else { return }
    let groups = try Self.groups(rows)
    for target in [0.1, 0.5, 0.9, 1.0] {
      let reaching = Self.classifiers(rows).filter {
        $0.truePositives + $0.falsePositives > 0
          && Double($0.truePositives) / Double(positives) >= target
      }
      func precision(_ classifier: (threshold: Double, truePositives: Int, falsePositives: Int))
        -> Double
      {
        Double(classifier.truePositives)
          / Double(classifier.truePositives + classifier.falsePositives)
      }
      let best = reaching.max { (precision($0), $0.threshold) < (precision($1), $1.threshold) }!
      let point = try #require(groups.precisionRecallPoint(minimumRecall: target))
      #expect(point.threshold == best.threshold, "target \(target)")
      #expect(point.precision == precision(best), "target \(target)")
    }
  }

  @Test(
    "TPR at an FPR interpolates the ROC polyline as numpy.interp does",
    arguments: Array(UInt64(1)...12))
  func interpolatedTruePositiveRate(seed: UInt64) throws {
    let rows = RandomRows(seed: seed, count: 60, distinctScores: 9)
    let groups = try Self.groups(rows)
    guard let curve = groups.rocCurve() else { return }
    for rate in [0.0, 0.07, 0.2, 0.5, 0.999, 1.0] {
      // scikit-learn's partial AUC cut: the last vertex with FPR ≤ rate, then linear to the next.
      let stop = curve.lastIndex { $0.falsePositiveRate <= rate }!
      var expected = curve[stop].truePositiveRate
      if stop + 1 < curve.count {
        let (left, right) = (curve[stop], curve[stop + 1])
        let fraction =
          (rate - left.falsePositiveRate) / (right.falsePositiveRate - left.falsePositiveRate)
        expected =
          left.truePositiveRate + fraction * (right.truePositiveRate - left.truePositiveRate)
      }
      let value = try #require(groups.truePositiveRate(atFalsePositiveRate: rate))
      #expect(abs(value - expected) <= 1e-15, "rate \(rate)")
    }
  }

  @Test("binned states give curves and points too; one class gives none")
  func binnedAndUndefined() throws {
    var histogram = ScoreHistogram(thresholdCount: 10)
    try histogram.record(scores: [0.95, 0.55, 0.51, 0.12], labels: [1, 1, 0, 0])
    let curve = try #require(histogram.groups.rocCurve())
    // Bins 9, 5 (both 0.55 and 0.51) and 1; thresholds are the bin edges k / T.
    #expect(curve.map(\.threshold) == [.infinity, 0.9, 0.5, 0.1])
    #expect(curve.map(\.truePositiveRate) == [0, 0.5, 1, 1])
    var oneClass = ScoreCounts()
    try oneClass.record(scores: [0.3, 0.4], labels: [1, 1])
    #expect(oneClass.groups.rocCurve() == nil)
    #expect(oneClass.groups.bestOperatingPoints(.youden).isEmpty)
    #expect(oneClass.groups.partialAUC(maximumFalsePositiveRate: 0.1) == nil)
    #expect(oneClass.groups.precisionRecallCurve()?.count == 3)
  }
}
