extension MultilabelScoreCounts {
  /// The per-label, macro, weighted and micro areas of the rows so far (see
  /// ``MultilabelSummary``).
  ///
  /// - Complexity: O(l · m) for l labels of m groups of scores each.
  public var summary: MultilabelSummary {
    let perLabel = tables.map { table in
      let summary = table.summary
      return ClassSummary(
        rows: table.positiveRowCount, support: table.positiveWeight, rocAUC: summary.rocAUC,
        averagePrecision: summary.averagePrecision)
    }
    let pooled = MulticlassScoreCounts.merged(tables)?.summary
    let supports = perLabel.map(\.support)
    return MultilabelSummary(
      perLabel: perLabel,
      rocAUC: ClassAverages(
        values: perLabel.map(\.rocAUC), supports: supports, missing: nil, micro: pooled?.rocAUC),
      averagePrecision: ClassAverages(
        values: perLabel.map(\.averagePrecision), supports: supports, missing: 0,
        micro: pooled?.averagePrecision),
      binning: binning)
  }
}
