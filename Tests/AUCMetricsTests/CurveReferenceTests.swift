import AUCMetrics
import Testing

/// ROC and precision–recall curves against scikit-learn's and pROC's, point for point.
@Suite("Curves against scikit-learn and pROC")
struct CurveReferenceTests {
  /// The sets small enough to carry full curves (n ≤ 200).
  static let curveSets = [
    "tiny_basic", "tiny_ties", "tiny_all_tied", "tiny_2pos_3neg", "tiny_endpoints",
    "tiny_weighted", "tiny_paired", "tiny_groups", "random_200_50pct", "random_200_10pct",
    "random_200_1pct", "separated", "separated_inverted",
  ]

  static func groups(_ reference: StatsReference, weighted: Bool = false) throws -> ScoreGroups {
    var counts = ScoreCounts()
    if weighted {
      try counts.record(
        scores: reference.scores, labels: reference.labels, weights: reference.weights ?? [])
    } else {
      try counts.record(scores: reference.scores, labels: reference.labels)
    }
    return counts.groups
  }

  @Test("roc_curve with drop_intermediate true and false, bit for bit", arguments: curveSets)
  func scikitLearnROCCurve(name: String) throws {
    let reference = try StatsReference.load(name)
    let json = try ReferenceJSON.load(name)
    var variants = [(false, "roc_curve_drop_intermediate_false", false)]
    variants.append((true, "roc_curve_drop_intermediate_true", false))
    if reference.weights != nil {
      variants.append((false, "roc_curve_drop_intermediate_false_weighted", true))
      variants.append((true, "roc_curve_drop_intermediate_true_weighted", true))
    }
    for (drop, key, weighted) in variants {
      let expected = try #require(json.object("sklearn", key))
      let points = try #require(
        try Self.groups(reference, weighted: weighted).rocCurve(
          dropIntermediate: drop))
      let context = Comment(rawValue: key)
      #expect(points.map(\.threshold) == ReferenceJSON.doubles(expected, "thresholds"), context)
      let falsePositiveRates = try #require(ReferenceJSON.doubles(expected, "fpr"))
      let truePositiveRates = try #require(ReferenceJSON.doubles(expected, "tpr"))
      if weighted {
        // scikit-learn sums weights in float64 in row order; here they are summed exactly.
        #expect(points.count == falsePositiveRates.count, context)
        for (point, (fpr, tpr)) in zip(points, zip(falsePositiveRates, truePositiveRates)) {
          #expect(abs(point.falsePositiveRate - fpr!) <= 1e-15, context)
          #expect(abs(point.truePositiveRate - tpr!) <= 1e-15, context)
        }
      } else {
        #expect(points.map(\.falsePositiveRate) == falsePositiveRates, context)
        #expect(points.map(\.truePositiveRate) == truePositiveRates, context)
      }
    }
  }

  @Test("precision_recall_curve, reversed, bit for bit", arguments: curveSets)
  func scikitLearnPrecisionRecallCurve(name: String) throws {
    let reference = try StatsReference.load(name)
    let expected = try #require(
      try ReferenceJSON.load(name).object("sklearn", "precision_recall_curve"))
    let points = try #require(try Self.groups(reference).precisionRecallCurve())
    // scikit-learn lists ascending thresholds and puts the (0, 1) point, which has none, last.
    let thresholds = try #require(ReferenceJSON.doubles(expected, "thresholds"))
    #expect(points.dropFirst().map(\.threshold).reversed() == thresholds)
    #expect(points.map(\.precision).reversed() == ReferenceJSON.doubles(expected, "precision"))
    #expect(points.map(\.recall).reversed() == ReferenceJSON.doubles(expected, "recall"))

    guard reference.weights != nil else { return }
    let weighted = try #require(
      try ReferenceJSON.load(name).object("sklearn", "precision_recall_curve_weighted"))
    let weightedPoints = try #require(
      try Self.groups(reference, weighted: true).precisionRecallCurve())
    let precisions = try #require(ReferenceJSON.doubles(weighted, "precision"))
    let recalls = try #require(ReferenceJSON.doubles(weighted, "recall"))
    #expect(
      weightedPoints.dropFirst().map(\.threshold).reversed()
        == ReferenceJSON.doubles(weighted, "thresholds"))
    // scikit-learn sums weights in float64 in row order; here they are summed exactly.
    for (point, (precision, recall)) in zip(weightedPoints.reversed(), zip(precisions, recalls)) {
      #expect(abs(point.precision - precision!) <= 1e-15)
      #expect(abs(point.recall - recall!) <= 1e-15)
    }
  }

  @Test(
    "pROC's roc() curve: midpoint thresholds, sensitivities, specificities", arguments: curveSets)
  func pROCCurve(name: String) throws {
    let reference = try StatsReference.load(name)
    let expected = try #require(try ReferenceJSON.load(name).object("pROC", "curve"))
    let points = try #require(try Self.groups(reference).rocCurve(thresholds: .midpoint))
    // pROC lists ascending thresholds: from −∞ (everything positive) to +∞ (nothing).
    #expect(points.map(\.threshold).reversed() == ReferenceJSON.doubles(expected, "thresholds"))
    #expect(
      points.map(\.truePositiveRate).reversed() == ReferenceJSON.doubles(expected, "sensitivities"))
    #expect(
      points.map(\.specificity).reversed() == ReferenceJSON.doubles(expected, "specificities"))
  }
}
