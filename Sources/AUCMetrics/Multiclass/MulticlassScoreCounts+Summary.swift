extension MulticlassScoreCounts {
  /// The one-vs-rest, one-vs-one and micro areas of the rows so far (see
  /// ``MulticlassSummary``).
  ///
  /// - Complexity: O(k² · m) for k classes and m groups of scores per table.
  public var summary: MulticlassSummary {
    let classCount = classCount
    var perClass: [ClassSummary] = []
    // The pooled pairs repeat every row's weight k times: near the weight limit they may not
    // fit, and the micro averages are then undefined.
    var pooled: ScoreCounts? = ScoreCounts(binning: binning)
    for column in 0..<classCount {
      let oneVsRest = Self.merged((0..<classCount).map { table(column: column, trueClass: $0) })!
      let own = table(column: column, trueClass: column)
      let summary = oneVsRest.summary
      perClass.append(
        ClassSummary(
          rows: own.rowCount, support: own.positiveWeight, rocAUC: summary.rocAUC,
          averagePrecision: summary.averagePrecision))
      pooled = pooled.flatMap { Self.merged([$0, oneVsRest]) }
    }
    let pooledSummary = pooled?.summary
    let supports = perClass.map(\.support)
    let (oneVsOneMacro, oneVsOneWeighted) = oneVsOne()
    return MulticlassSummary(
      perClass: perClass,
      rocAUC: ClassAverages(
        values: perClass.map(\.rocAUC), supports: supports, missing: nil,
        micro: pooledSummary?.rocAUC),
      oneVsOneMacro: oneVsOneMacro, oneVsOneWeighted: oneVsOneWeighted,
      averagePrecision: ClassAverages(
        values: perClass.map(\.averagePrecision), supports: supports, missing: 0,
        micro: pooledSummary?.averagePrecision),
      rowsNotSummingToOne: rowsNotSummingToOne, binning: binning)
  }

  /// Hand & Till's M and its prevalence-weighted form, over the pairs of classes with rows.
  private func oneVsOne() -> (macro: Double?, weighted: Double?) {
    let present = (0..<classCount).filter { table(column: $0, trueClass: $0).positiveWeight > 0 }
    var sum = DoubleDouble.zero
    var weightedSum = DoubleDouble.zero
    var weightSum = DoubleDouble.zero
    var pairs = 0
    for (offset, first) in present.enumerated() {
      for second in present[(offset + 1)...] {
        guard let firstArea = pairArea(column: first, other: second),
          let secondArea = pairArea(column: second, other: first)
        else { continue }
        // Halving is exact, so the pair's area is the rounding of the exact mean.
        let area = (DoubleDouble.twoSum(firstArea, secondArea) * 0.5)
        let weight = DoubleDouble.twoSum(
          table(column: first, trueClass: first).positiveWeight,
          table(column: second, trueClass: second).positiveWeight)
        sum += area
        weightedSum += area * weight
        weightSum += weight
        pairs += 1
      }
    }
    guard pairs > 0 else { return (nil, nil) }
    return ((sum / DoubleDouble(Double(pairs))).value, (weightedSum / weightSum).value)
  }

  /// A(column; other): the ROC AUC of class `column`'s rows against class `other`'s, ranked
  /// by score column `column`.
  private func pairArea(column: Int, other: Int) -> Double? {
    Self.merged([table(column: column, trueClass: column), table(column: column, trueClass: other)])?
      .summary.rocAUC
  }

  /// The tables merged into one, or `nil` when their weights add up to more than
  /// ``ScoreCounts/weightTotalLimit`` (they share their binning, so nothing else can fail).
  /// Tables of one column hold each row once, so they always merge.
  internal static func merged(_ tables: [ScoreCounts]) -> ScoreCounts? {
    var total = tables[0]
    for table in tables.dropFirst() {
      do throws(ScoreCounts.MergeError) {
        try total.merge(table)
      } catch {
        return nil
      }
    }
    return total
  }
}
