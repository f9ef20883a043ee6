import AUCMetrics
import Testing

@testable import AUCCommandLine

/// `CurveKind`, the one `roc|pr` of `auc curve` and `auc plot`: a curve is defined exactly
/// when the library draws it.
@Suite("the roc|pr curve kind")
struct CurveKindTests {
  @Test("defined exactly when the library gives the curve's points")
  func definedAsTheLibrary() throws {
    let labelSets: [[UInt8]] = [[1, 0, 1], [1, 1, 1], [0, 0, 0]]
    for labels in labelSets {
      var counts = ScoreCounts()
      try counts.record(scores: [0.2, 0.6, 0.9], labels: labels)
      let groups = counts.groups
      #expect(CurveKind.roc.isDefined(by: groups) == (groups.rocCurve() != nil), "\(labels)")
      #expect(
        CurveKind.pr.isDefined(by: groups) == (groups.precisionRecallCurve() != nil), "\(labels)")
    }
    #expect(CurveKind.allCases.map(\.rawValue) == ["roc", "pr"])
    #expect(CurveKind(argument: "pr") == .pr)
    #expect(CurveKind.roc.undefined.description == "the ROC curve needs both positives and negatives")
    #expect(CurveKind.pr.undefined.description == "the precision-recall curve needs positives")
  }

  @Test("the table's columns of each kind")
  func columns() {
    #expect(
      CurveTable.columns(of: .roc) == [
        "threshold", "falsePositiveRate", "truePositiveRate", "truePositives", "falsePositives",
      ])
    #expect(
      CurveTable.columns(of: .pr) == [
        "threshold", "recall", "precision", "truePositives", "falsePositives",
      ])
  }
}
