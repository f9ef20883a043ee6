import AUCMetrics
import Foundation
import Testing

/// `auc curve`, `auc compare` and the summary's `--ci`, `--max-fpr` and `bestThreshold`, run
/// as a user runs them, against the reference values of `Stats/`.
@Suite("auc curve and compare end to end")
struct CurveAndCompareEndToEndTests {
  @Test("curve roc prints scikit-learn's roc_curve points as CSV")
  func rocCurveCSV() throws {
    let path = try CommandRunner.fixture("tiny_ties.csv")
    let outcome = try CommandRunner.run(["curve", "roc", path, "--exact"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    // scikit-learn 1.9.1 roc_curve(label, score) on tiny_ties: thresholds, fpr, tpr.
    #expect(
      outcome.standardOutput == """
        threshold,falsePositiveRate,truePositiveRate,truePositives,falsePositives
        inf,0.0,0.0,0.0,0.0
        0.9,0.0,0.2,1.0,0.0
        0.8,0.2,0.4,2.0,1.0
        0.5,0.6,0.8,4.0,3.0
        0.2,0.8,1.0,5.0,4.0
        0.1,1.0,1.0,5.0,5.0

        """)
  }

  @Test("curve roc with pROC's midpoint thresholds, and curve pr as JSON")
  func midpointsAndJSON() throws {
    let path = try CommandRunner.fixture("tiny_ties.csv")
    let midpoints = try CommandRunner.run([
      "curve", "roc", path, "--exact", "--threshold-convention", "midpoint",
    ])
    #expect(midpoints.status == 0, "\(midpoints.standardError)")
    let thresholds = midpoints.standardOutput.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",")[0]
    }
    // pROC 1.18 roc()$thresholds on tiny_ties, highest first.
    #expect(
      thresholds == ["inf", "0.8500000000000001", "0.65", "0.35", "0.15000000000000002", "-inf"])

    let pr = try CommandRunner.run(["curve", "pr", path, "--exact", "--format", "json"])
    #expect(pr.status == 0, "\(pr.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(pr.standardOutput.utf8))
    let points = try #require((object as? [String: Any])?["points"] as? [[String: Any]])
    // scikit-learn precision_recall_curve on tiny_ties, reversed: precision per point.
    let precision: [Double?] = points.map { $0["precision"] as? Double }
    let expected: [Double?] = [1.0, 1.0, 2.0 / 3, 4.0 / 7, 5.0 / 9, 0.5]
    #expect(precision == expected)
    #expect(points.first?["threshold"] is NSNull)
  }

  @Test("compare: pROC's paired and unpaired DeLong tests on paired_500")
  func compare() throws {
    let path = try CommandRunner.fixture("paired_500.csv")
    let paired = try CommandRunner.run([
      "compare", path, "--score", "score", "--score", "score2", "--format", "json",
    ])
    #expect(paired.status == 0, "\(paired.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(paired.standardOutput.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == ["scores", "count", "rocAUC", "difference", "z", "pValue", "method"])
    #expect(object["method"] as? String == "delong-paired")
    // exact.roc_test_paired of Stats/paired_500.json: rational z, scipy p.
    let z = try #require(object["z"] as? Double)
    #expect(abs(z - 4.417030202875414) <= 1e-12)
    #expect(abs(try #require(object["pValue"] as? Double) - 1.0006625235906574e-05) <= 1e-12)
    #expect(object["rocAUC"] as? [Double] == [0.7690833333333333, 0.6953833333333334])

    let unpaired = try CommandRunner.run([
      "compare", path, "--score", "score", "--score", "score2", "--unpaired", "--format", "json",
    ])
    let unpairedObject = try #require(
      try JSONSerialization.jsonObject(with: Data(unpaired.standardOutput.utf8)) as? [String: Any])
    #expect(unpairedObject["method"] as? String == "delong-unpaired")
    // exact.roc_test_unpaired: D, df and p.
    #expect(abs(try #require(unpairedObject["z"] as? Double) - 2.2713596493801185) <= 1e-12)
    #expect(
      abs(try #require(unpairedObject["degreesOfFreedom"] as? Double) - 990.7643263536097) <= 1e-9)
    #expect(abs(try #require(unpairedObject["pValue"] as? Double) - 0.023339018094322532) <= 1e-12)
  }

  @Test("compare rejects bad input with FILE:LINE, and usage errors with 64")
  func compareErrors() throws {
    let bad = try CommandRunner.run(
      ["compare", "--score", "a", "--score", "b"],
      standardInput: "a,b,label\n0.5,0.4,1\n0.3,nan,0\n")
    #expect(bad.status == 1)
    #expect(bad.standardError == "<stdin>:3: score nan is not a finite number\n")
    let tooFew = try CommandRunner.run(
      ["compare", "--score", "a", "--score", "b"],
      standardInput: "a,b,label\n0.5,0.4,1\n0.3,0.2,0\n")
    #expect(tooFew.status == 1)
    #expect(tooFew.standardError.contains("needs 2 to 2^31 - 1 rows of each class"))
    let oneScore = try CommandRunner.run(["compare", "--score", "a"], standardInput: "")
    #expect(oneScore.status == 64)
  }

  @Test("summary --ci and --max-fpr add DeLong's interval and the partial AUC")
  func summaryAdditions() throws {
    let path = try CommandRunner.fixture("tiny_ties.csv")
    let outcome = try CommandRunner.run([
      path, "--exact", "--ci", "0.95", "--max-fpr", "0.2", "--format", "json",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    let interval = try #require(object["rocAUCConfidenceInterval"] as? [String: Any])
    #expect(interval["method"] as? String == "delong")
    #expect(interval["level"] as? Double == 0.95)
    // exact.ci_delong_95 of Stats/tiny_ties.json.
    #expect(abs(try #require(interval["lower"] as? Double) - 0.3360277167017973) <= 1e-12)
    #expect(interval["upper"] as? Double == 1.0)
    // exact pauc_fpr_0_0.2_double_bound and its McClish value (= scikit-learn max_fpr=0.2),
    // to 4 ulps.
    #expect(abs(try #require(object["partialROCAUC"] as? Double) - 0.060000000000000005) <= 1e-16)
    #expect(
      abs(try #require(object["partialROCAUCStandardized"] as? Double) - 0.6111111111111112)
        <= 5e-16)
    // The first of the four exact Youden optima (J = 1/5): score ≥ 0.9.
    let best = try #require(object["bestThreshold"] as? [String: Any])
    #expect(best["method"] as? String == "youden")
    #expect(best["threshold"] as? Double == 0.9)
    #expect(best["truePositiveRate"] as? Double == 0.2)
    #expect(best["falsePositiveRate"] as? Double == 0.0)
  }
}
