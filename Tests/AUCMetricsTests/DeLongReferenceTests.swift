import AUCMetrics
import Testing

/// DeLong's variance, intervals and tests against the rational values and pROC.
@Suite("DeLong against the rational values and pROC")
struct DeLongReferenceTests {
  @Test("variance ≤ 2 ulps, 90/95/99 % intervals to 1e-12", arguments: StatsReference.names)
  func varianceAndIntervals(name: String) throws {
    let reference = try StatsReference.load(name)
    let json = try ReferenceJSON.load(name)
    let exact = json.object("exact")
    let estimate = try #require(try CurveReferenceTests.groups(reference).deLong)
    #expect(ulpDistance(estimate.area, try #require(ReferenceJSON.double(exact, "auc"))) <= 1)
    let variance = try #require(ReferenceJSON.double(exact, "var_delong"))
    #expect(ulpDistance(estimate.variance, variance) <= 2)
    // pROC is within 2 ulps of the rational variance.
    let pROCVariance = try #require(ReferenceJSON.double(json.object("pROC"), "var_delong"))
    #expect(ulpDistance(estimate.variance, pROCVariance) <= 4)
    for level in [90, 95, 99] {
      let interval = estimate.confidenceInterval(level: Double(level) / 100)
      let expected = json.object("exact", "ci_delong_\(level)")
      let pROC = json.object("pROC", "ci_delong_\(level)")
      let context = Comment(rawValue: "\(level) %")
      #expect(interval.method == .deLong)
      #expect(
        abs(interval.lower - (try #require(ReferenceJSON.double(expected, "lower")))) <= 1e-12,
        context)
      #expect(
        abs(interval.upper - (try #require(ReferenceJSON.double(expected, "upper")))) <= 1e-12,
        context)
      #expect(
        abs(interval.lower - (try #require(ReferenceJSON.double(pROC, "lower")))) <= 1e-12, context)
      #expect(
        abs(interval.upper - (try #require(ReferenceJSON.double(pROC, "upper")))) <= 1e-12, context)
    }
  }

  @Test(
    "zero variance collapses the interval to the area, as pROC",
    arguments: ["separated", "tiny_all_tied"])
  func zeroVariance(name: String) throws {
    let reference = try StatsReference.load(name)
    let estimate = try #require(try CurveReferenceTests.groups(reference).deLong)
    #expect(estimate.variance == 0)
    let interval = estimate.confidenceInterval(level: 0.95)
    #expect(interval.lower == estimate.area && interval.upper == estimate.area)
  }

  @Test("one row of a class, weights, or one class: no DeLong estimate")
  func undefined() throws {
    var counts = ScoreCounts()
    try counts.record(scores: [0.9, 0.1, 0.2], labels: [1, 0, 0])
    #expect(counts.groups.deLong == nil)
    var weighted = ScoreCounts()
    try weighted.record(
      scores: [0.9, 0.8, 0.1, 0.2], labels: [1, 1, 0, 0], weights: [1, 1.5, 1, 1])
    #expect(weighted.groups.deLong == nil)
    #expect(ScoreCounts().groups.deLong == nil)
    #expect(throws: DeLongError.tooFewRows(positives: 1, negatives: 2)) {
      try PairedDeLongTest(first: [0.9, 0.1, 0.2], second: [0.5, 0.4, 0.3], labels: [1, 0, 0])
    }
  }

  @Test("paired and unpaired tests", arguments: ["tiny_paired", "paired_500"])
  func pairedTests(name: String) throws {
    let reference = try StatsReference.load(name)
    let json = try ReferenceJSON.load(name)
    let secondScores = try #require(reference.secondScores)
    let test = try PairedDeLongTest(
      first: reference.scores, second: secondScores, labels: reference.labels)
    let exact = json.object("exact")
    let secondVariance = try #require(
      ReferenceJSON.double(json.object("exact", "score2"), "var_delong"))
    #expect(ulpDistance(test.second.variance, secondVariance) <= 2)
    // pROC's interval for the second model, from grouped counts of that column alone.
    var secondCounts = ScoreCounts()
    try secondCounts.record(scores: secondScores, labels: reference.labels)
    let secondEstimate = try #require(secondCounts.groups.deLong)
    #expect(secondEstimate == test.second)
    let secondInterval = secondEstimate.confidenceInterval(level: 0.95)
    let pROCSecond = json.object("pROC", "score2", "ci_delong_95")
    #expect(
      abs(secondInterval.lower - (try #require(ReferenceJSON.double(pROCSecond, "lower")))) <= 1e-12
    )
    #expect(
      abs(secondInterval.upper - (try #require(ReferenceJSON.double(pROCSecond, "upper")))) <= 1e-12
    )
    #expect(
      abs(test.covariance - (try #require(ReferenceJSON.double(exact, "cov_delong")))) <= 1e-15)
    let paired = json.object("exact", "roc_test_paired")
    #expect(
      abs(try #require(test.z) - (try #require(ReferenceJSON.double(paired, "statistic_z"))))
        <= 1e-12)
    #expect(
      abs(try #require(test.pValue) - (try #require(ReferenceJSON.double(paired, "p_value"))))
        <= 1e-12)
    let pROCPaired = json.object("pROC", "roc_test_paired")
    let interval = try #require(test.differenceConfidenceInterval(level: 0.95))
    let bounds = try #require(ReferenceJSON.doubles(pROCPaired, "conf_int_95"))
    #expect(abs(interval.lower - bounds[0]!) <= 1e-12)
    #expect(abs(interval.upper - bounds[1]!) <= 1e-12)
    #expect(
      abs(try #require(test.z) - (try #require(ReferenceJSON.double(pROCPaired, "statistic"))))
        <= 1e-12)

    // pROC's unpaired test treats the same rows as two independent samples.
    let unpaired = UnpairedDeLongTest(first: test.first, second: test.second)
    let expected = json.object("exact", "roc_test_unpaired")
    #expect(
      abs(
        try #require(unpaired.statistic)
          - (try #require(ReferenceJSON.double(expected, "statistic_d")))) <= 1e-12)
    let degreesOfFreedom = try #require(ReferenceJSON.double(expected, "df"))
    #expect(
      abs(try #require(unpaired.degreesOfFreedom) - degreesOfFreedom) <= 1e-12 * degreesOfFreedom)
    #expect(
      abs(try #require(unpaired.pValue) - (try #require(ReferenceJSON.double(expected, "p_value"))))
        <= 1e-12)
  }
}
