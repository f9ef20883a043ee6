import AUCMetrics
import Testing

/// Best thresholds and partial areas against the rational values, pROC and scikit-learn.
@Suite("Operating points and partial AUC against the references")
struct OperatingPointReferenceTests {
  static func groups(_ name: String, weighted: Bool = false) throws -> ScoreGroups {
    let reference = try StatsReference.load(name)
    return try CurveReferenceTests.groups(reference, weighted: weighted)
  }

  /// The rational tie set of `exact.best_youden` / `exact.best_closest_topleft`.
  static func exactOptima(_ json: ReferenceJSON, _ key: String) throws -> [(Double, Double, Double)]
  {
    let rows = try #require(json.root["exact"].flatMap { ($0 as? [String: Any])?[key] as? [Any] })
    return try rows.map { row in
      let object = try #require(row as? [String: Any])
      let threshold = ReferenceJSON.double(object, "threshold_ge") ?? .infinity
      return (
        threshold, try #require(object["sensitivity"] as? Double),
        try #require(object["specificity"] as? Double)
      )
    }
  }

  @Test(
    "every exact Youden and closest-to-top-left optimum, ties included",
    arguments: StatsReference.names)
  func exactOptima(name: String) throws {
    let json = try ReferenceJSON.load(name)
    let groups = try Self.groups(name)
    let criteria: [(OperatingPointCriterion, String)] = [
      (.youden, "best_youden"), (.closestToTopLeft, "best_closest_topleft"),
    ]
    for (criterion, key) in criteria {
      let expected = try Self.exactOptima(json, key)
      let points = groups.bestOperatingPoints(criterion)
      let context = Comment(rawValue: "\(criterion)")
      #expect(points.map(\.threshold) == expected.map(\.0), context)
      for (point, (_, sensitivity, specificity)) in zip(points, expected) {
        #expect(abs(point.truePositiveRate - sensitivity) <= 1e-12, context)
        // The reference writes specificity as 1 − FPR in double.
        #expect(abs(point.specificity - specificity) <= 1e-12, context)
      }
    }
  }

  @Test("pROC's coords(best) with midpoint thresholds", arguments: StatsReference.names)
  func pROCBest(name: String) throws {
    let json = try ReferenceJSON.load(name)
    let groups = try Self.groups(name)
    let criteria: [(OperatingPointCriterion, String, String)] = [
      (.youden, "coords_best_youden", "pROC_youden_vs_exact"),
      (.closestToTopLeft, "coords_best_closest.topleft", "pROC_closest_topleft_vs_exact"),
    ]
    for (criterion, key, check) in criteria {
      let expected = try #require(json.object("pROC", key))
      // pROC writes −∞ and +∞ as NA in JSON; its hex twins keep the sign.
      let thresholds = try #require(ReferenceJSON.doubles(expected, "threshold")).map { $0! }
      let ours = groups.bestOperatingPoints(criterion, thresholds: .midpoint).map(\.threshold)
      let samePoints = (json.object("checks", check)?["same_points"] as? Bool) ?? false
      if samePoints {
        #expect(Set(ours) == Set(thresholds), Comment(rawValue: key))
      } else {
        // pROC decides ties in floating point and drops some (tiny_ties); it never adds any.
        #expect(Set(thresholds).isSubset(of: Set(ours)), Comment(rawValue: key))
        #expect(ours.count > thresholds.count, Comment(rawValue: key))
      }
    }
  }

  @Test(
    "scikit-learn's argmax(tpr − fpr) is one of the exact optima", arguments: StatsReference.names)
  func scikitLearnYouden(name: String) throws {
    let json = try ReferenceJSON.load(name)
    let expected = try #require(json.object("sklearn", "derived_youden"))
    let optima = try Self.groups(name).bestOperatingPoints(.youden)
    let threshold = try #require(ReferenceJSON.double(expected, "threshold"))
    // scikit-learn's argmax compares rounded differences, so among exact ties it picks
    // whichever rounds highest (tiny_ties: 0.8 − 0.6 beats 0.2 − 0); with one optimum the
    // two agree.
    #expect(optima.contains { $0.threshold == threshold })
    if optima.count == 1 {
      #expect(optima[0].truePositiveRate == ReferenceJSON.double(expected, "sensitivity"))
    }
  }

  @Test(
    "partial AUC: rational values, pROC's three conventions, scikit-learn's max_fpr",
    arguments: StatsReference.names)
  func partialAUC(name: String) throws {
    let json = try ReferenceJSON.load(name)
    let groups = try Self.groups(name)
    let exact = json.object("exact")
    let pROC = json.object("pROC")
    let cases: [(PartialAUC, String, String)] = [
      (
        try #require(groups.partialAUC(maximumFalsePositiveRate: 0.2)),
        "pauc_fpr_0_0.2_double_bound", ""
      ),
      (
        try #require(groups.partialAUC(minimumSpecificity: 0.8)), "pauc_sp_0.8_1_double_bound",
        "pauc_sp_0.8_1"
      ),
      (
        try #require(groups.partialAUC(minimumSensitivity: 0.8)), "pauc_se_0.8_1_double_bound",
        "pauc_se_0.8_1"
      ),
    ]
    for (partial, exactKey, pROCKey) in cases {
      let context = Comment(rawValue: exactKey)
      let area = try #require(ReferenceJSON.double(exact, exactKey))
      let standardized = try #require(ReferenceJSON.double(exact, exactKey + "_corrected"))
      #expect(ulpDistance(partial.area, area) <= 4, context)
      #expect(ulpDistance(partial.standardized, standardized) <= 4, context)
      guard !pROCKey.isEmpty else { continue }
      // pROC's raw area is within 2 ulps of the rational one for its double bound.
      #expect(
        ulpDistance(partial.area, try #require(ReferenceJSON.double(pROC, pROCKey))) <= 4, context)
      // Below the diagonal pROC's corrected value is NA; with allow.invalid it is ours.
      let corrected = ReferenceJSON.double(pROC, pROCKey + "_corrected")
      #expect((corrected == nil) == partial.isBelowChance, context)
      let allowInvalid = try #require(
        ReferenceJSON.double(pROC, pROCKey + "_corrected_allow_invalid"))
      #expect(ulpDistance(partial.standardized, allowInvalid) <= 2, context)
    }
    // For the real-number bound 1/5, which no double holds, the areas for the double bounds
    // 0.2 and 1 − 0.8 are within a few ulps of the rational value.
    for (partial, key) in [
      (groups.partialAUC(maximumFalsePositiveRate: 0.2), "pauc_sp_0.8_1"),
      (groups.partialAUC(minimumSensitivity: 0.8), "pauc_se_0.8_1"),
    ] {
      let area = try #require(partial).area
      #expect(
        ulpDistance(area, try #require(ReferenceJSON.double(exact, key))) <= 8,
        Comment(rawValue: key))
    }
    // scikit-learn's roc_auc_score(max_fpr=0.2) is the standardised value, weighted too.
    let sklearn = json.object("sklearn")
    let standardized = try #require(groups.partialAUC(maximumFalsePositiveRate: 0.2)).standardized
    #expect(
      ulpDistance(standardized, try #require(ReferenceJSON.double(sklearn, "roc_auc_max_fpr_0.2")))
        <= 2)
    if let weighted = ReferenceJSON.double(sklearn, "roc_auc_max_fpr_0.2_weighted") {
      let value = try #require(
        try Self.groups(name, weighted: true).partialAUC(maximumFalsePositiveRate: 0.2))
      #expect(abs(value.standardized - weighted) <= 1e-15)
    }
  }
}
