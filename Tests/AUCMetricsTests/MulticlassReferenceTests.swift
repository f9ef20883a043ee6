import AUCMetrics
import Testing

/// The multi-class and multi-label areas against the reference's exact rationals (correctly
/// rounded), scikit-learn 1.9.1 and PaddlePaddle's binned `Auc`.
@Suite("Multi-class and multi-label reference values")
struct MulticlassReferenceTests {
  /// Exact per-class areas are correctly rounded (whole pair counts, one division) when
  /// unweighted; weighted ones and the means of several areas are allowed 2 ulps.
  static func tolerance(_ reference: MulticlassReference) -> UInt64 {
    reference.weights.isEmpty ? 0 : 2
  }

  static func expectList(
    _ actual: [Double?], _ expected: [Double?]?, ulps: UInt64, _ what: String
  ) {
    guard let expected else {
      Issue.record("\(what): no reference values")
      return
    }
    #expect(actual.count == expected.count, "\(what)")
    for (index, (mine, theirs)) in zip(actual, expected).enumerated() {
      #expect(agrees(mine, theirs, ulps: ulps), "\(what)[\(index)]: \(String(describing: mine)) vs \(String(describing: theirs))")
    }
  }

  static func expectValue(_ actual: Double?, _ expected: Double??, ulps: UInt64, _ what: String) {
    guard let expected else {
      Issue.record("\(what): no reference value")
      return
    }
    #expect(agrees(actual, expected, ulps: ulps), "\(what): \(String(describing: actual)) vs \(String(describing: expected))")
  }

  static func exactCounts(_ reference: MulticlassReference, weighted: Bool) throws
    -> MulticlassScoreCounts
  {
    var counts = MulticlassScoreCounts(classCount: reference.classes.count)
    try counts.record(
      scores: reference.scores, classes: reference.classIndices,
      weights: weighted ? reference.weights : [])
    return counts
  }

  @Test("one-vs-rest, one-vs-one and AP equal the exact values", arguments: MulticlassReference.multiclassNames)
  func multiclassExact(name: String) throws {
    let reference = try MulticlassReference(name)
    let summary = try Self.exactCounts(reference, weighted: true).summary
    let ulps = Self.tolerance(reference)
    Self.expectList(summary.perClass.map(\.rocAUC), reference.values("exact", "ovr_per_class"), ulps: ulps, "\(name) ovr_per_class")
    Self.expectList(summary.perClass.map(\.averagePrecision), reference.values("exact", "ap_per_class"), ulps: ulps, "\(name) ap_per_class")
    Self.expectValue(summary.rocAUC.macro, reference.value("exact", "ovr_macro"), ulps: 2, "\(name) ovr_macro")
    Self.expectValue(summary.rocAUC.weighted, reference.value("exact", "ovr_weighted"), ulps: 2, "\(name) ovr_weighted")
    Self.expectValue(summary.rocAUC.micro, reference.value("exact", "ovr_micro"), ulps: max(ulps, 0), "\(name) ovr_micro")
    Self.expectValue(summary.averagePrecision.macro, reference.value("exact", "ap_macro"), ulps: 2, "\(name) ap_macro")
    Self.expectValue(summary.averagePrecision.weighted, reference.value("exact", "ap_weighted"), ulps: 2, "\(name) ap_weighted")
    Self.expectValue(summary.averagePrecision.micro, reference.value("exact", "ap_micro"), ulps: max(ulps, 1), "\(name) ap_micro")
    // Supports: rows per class (weighted sets: exact fractions of the weights).
    let supports = try #require(reference.json.object("exact")?["support"] as? [Any])
    for (index, support) in supports.enumerated() {
      if let count = support as? Int {
        #expect(summary.perClass[index].support == Double(count))
        #expect(summary.perClass[index].rows == UInt64(count))
      } else {
        let fraction = try #require(support as? String).split(separator: "/")
        let expected = try #require(Double(String(fraction[0])))
          / (try #require(Double(String(fraction[1]))))
        #expect(agrees(summary.perClass[index].support, expected, ulps: 2), "\(name) support \(index)")
      }
    }
    // One-vs-one: the exact block of unweighted sets, `exact_unweighted` of weighted ones.
    let oneVsOne =
      reference.weights.isEmpty ? summary : try Self.exactCounts(reference, weighted: false).summary
    let block = reference.weights.isEmpty ? "exact" : "exact_unweighted"
    Self.expectValue(oneVsOne.oneVsOneMacro, reference.value(block, "ovo_macro"), ulps: 2, "\(name) ovo_macro")
    Self.expectValue(oneVsOne.oneVsOneWeighted, reference.value(block, "ovo_weighted"), ulps: 2, "\(name) ovo_weighted")
  }

  @Test("scikit-learn's values to 3 ulps where it has them", arguments: MulticlassReference.multiclassNames)
  func multiclassScikitLearn(name: String) throws {
    let reference = try MulticlassReference(name)
    let summary = try Self.exactCounts(reference, weighted: true).summary
    // Unnormalised scores are refused by scikit-learn's multi-class path: its multilabel
    // path gives the same one-vs-rest values, and its private Hand & Till routine the OvO.
    let unnormalised = name == "mc_unnormalised_k4"
    let absent = name == "mc_absent_class_k4"
    let block = absent ? "with_labels_argument" : "sklearn"
    let sklearn = reference.json.object("sklearn")
    let values = absent ? (sklearn?["with_labels_argument"] as? [String: Any]) : sklearn
    func value(_ key: String) -> Double?? {
      guard values?[key + "_hex"] != nil else { return nil }
      return .some(ReferenceJSON.double(values, key).flatMap { $0.isNaN ? nil : $0 })
    }
    let ovr = unnormalised ? "_via_multilabel" : ""
    Self.expectValue(summary.rocAUC.macro, value("ovr_macro" + ovr), ulps: 3, "\(name) \(block) ovr_macro")
    Self.expectValue(summary.rocAUC.weighted, value("ovr_weighted" + ovr), ulps: 3, "\(name) ovr_weighted")
    Self.expectValue(summary.rocAUC.micro, value("ovr_micro" + ovr), ulps: 3, "\(name) ovr_micro")
    if reference.weights.isEmpty {
      let ovo = unnormalised ? "_via_private_ovo" : ""
      Self.expectValue(summary.oneVsOneMacro, value("ovo_macro" + ovo), ulps: 3, "\(name) ovo_macro")
      Self.expectValue(summary.oneVsOneWeighted, value("ovo_weighted" + ovo), ulps: 3, "\(name) ovo_weighted")
    }
    if !absent {
      Self.expectList(
        summary.perClass.map(\.averagePrecision),
        ReferenceJSON.doubles(sklearn, "ap_per_class_binary"), ulps: 3, "\(name) ap_per_class")
      Self.expectValue(summary.averagePrecision.macro, value("ap_macro"), ulps: 3, "\(name) ap_macro")
      Self.expectValue(summary.averagePrecision.micro, value("ap_micro"), ulps: 3, "\(name) ap_micro")
    }
    // Rows that do not sum to 1 are counted: every row of the unnormalised set, none else.
    #expect(summary.rowsNotSummingToOne == (unnormalised ? UInt64(reference.classIndices.count) : 0))
  }

  /// Binned areas are the exact areas of the bin indices, correctly rounded; PaddlePaddle's
  /// `Auc` divides twice, `(area / P) / N`, and is within 1 ulp of them.
  @Test("binned per-class areas: the exact AUC of the bins; PaddlePaddle's Auc to 1 ulp", arguments: MulticlassReference.multiclassNames)
  func multiclassBinned(name: String) throws {
    let reference = try MulticlassReference(name)
    guard let expected = reference.values("paddle_binned", "ovr_per_class") else {
      #expect(name == "mc_unnormalised_k4", "only the unnormalised set has no binned values")
      return
    }
    var counts = MulticlassScoreCounts(
      classCount: reference.classes.count, binning: .linear(thresholdCount: 4095))
    try counts.record(scores: reference.scores, classes: reference.classIndices)
    let summary = counts.summary
    // Paddle says 0.0 where a class has one side only; this package says nil.
    let mine = summary.perClass.map { $0.rocAUC ?? 0 }
    Self.expectList(mine, expected, ulps: 1, "\(name) paddle ovr_per_class")
    Self.expectList(
      summary.perClass.map { $0.rocAUC ?? 0 },  // the reference writes 0 for a class without rows
      reference.values("paddle_binned", "exact_auc_of_bin_index_per_class"), ulps: 0,
      "\(name) exact AUC of the bins")
    Self.expectValue(summary.rocAUC.micro, reference.value("paddle_binned", "ovr_micro"), ulps: 1, "\(name) paddle ovr_micro")
  }

  @Test("multi-label areas equal the exact values and scikit-learn's", arguments: MulticlassReference.multilabelNames)
  func multilabel(name: String) throws {
    let reference = try MulticlassReference(name)
    var counts = MultilabelScoreCounts(labelCount: reference.classes.count)
    try counts.record(scores: reference.scores, labels: reference.labels, weights: reference.weights)
    let summary = counts.summary
    let ulps = Self.tolerance(reference)
    Self.expectList(summary.perLabel.map(\.rocAUC), reference.values("exact", "roc_auc_per_label"), ulps: ulps, "\(name) roc_auc_per_label")
    Self.expectList(summary.perLabel.map(\.averagePrecision), reference.values("exact", "ap_per_label"), ulps: ulps, "\(name) ap_per_label")
    Self.expectValue(summary.rocAUC.macro, reference.value("exact", "roc_auc_macro"), ulps: 2, "\(name) roc_auc_macro")
    Self.expectValue(summary.rocAUC.weighted, reference.value("exact", "roc_auc_weighted"), ulps: 2, "\(name) roc_auc_weighted")
    Self.expectValue(summary.rocAUC.micro, reference.value("exact", "roc_auc_micro"), ulps: ulps, "\(name) roc_auc_micro")
    Self.expectValue(summary.averagePrecision.macro, reference.value("exact", "ap_macro"), ulps: 2, "\(name) ap_macro")
    Self.expectValue(summary.averagePrecision.weighted, reference.value("exact", "ap_weighted"), ulps: 2, "\(name) ap_weighted")
    Self.expectValue(summary.averagePrecision.micro, reference.value("exact", "ap_micro"), ulps: max(ulps, 1), "\(name) ap_micro")
    for (key, value) in [
      ("roc_auc_macro", summary.rocAUC.macro), ("roc_auc_weighted", summary.rocAUC.weighted),
      ("roc_auc_micro", summary.rocAUC.micro), ("ap_macro", summary.averagePrecision.macro),
      ("ap_weighted", summary.averagePrecision.weighted), ("ap_micro", summary.averagePrecision.micro),
    ] {
      Self.expectValue(value, reference.value("sklearn", key), ulps: 3, "\(name) sklearn \(key)")
    }
    // PaddlePaddle's binned areas, where it has them (it says 0.0 for a constant label).
    var binned = MultilabelScoreCounts(labelCount: reference.classes.count, binning: .linear(thresholdCount: 4095))
    try binned.record(scores: reference.scores, labels: reference.labels)
    Self.expectList(binned.summary.perLabel.map { $0.rocAUC ?? 0 }, reference.values("paddle_binned", "roc_auc_per_label"), ulps: 1, "\(name) paddle per label")
    Self.expectList(
      binned.summary.perLabel.map { $0.rocAUC ?? 0 },  // 0 for a constant label, as written there
      reference.values("paddle_binned", "exact_auc_of_bin_index_per_label"), ulps: 0,
      "\(name) exact AUC of the bins")
    Self.expectValue(binned.summary.rocAUC.micro, reference.value("paddle_binned", "roc_auc_micro"), ulps: 1, "\(name) paddle micro")
  }
}
