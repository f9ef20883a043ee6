import AUCMetrics

/// The exact ranking summary of `count` rows, for scikit-learn's `roc_auc_score` and
/// `average_precision_score`: scores as in ``auc_streaming_update`` (any finite doubles or
/// floats), labels 0/1, and `weights` (float64 every `weightStride` bytes) or `nil`. Writes
/// into `results` (6 doubles, NaN where undefined): the ROC AUC, average precision, the two PR
/// areas, and the standardized partial AUC up to `maximumFalsePositiveRate` (NaN: none), then
/// the unstandardized partial area. Returns 0, or 1 with the message.
@_cdecl("auc_rank_summary")
public func auc_rank_summary(
  _ scores: UnsafeRawPointer?, _ scoreSize: Int32, _ scoreStride: Int64,
  _ labels: UnsafeRawPointer?, _ labelSize: Int32, _ labelKind: UInt8, _ labelStride: Int64,
  _ weights: UnsafeRawPointer?, _ weightStride: Int64, _ count: Int64,
  _ maximumFalsePositiveRate: Double, _ results: UnsafeMutablePointer<Double>,
  _ message: UnsafeMutablePointer<CChar>?, _ capacity: Int64
) -> Int32 {
  do {
    let columns = try RowColumns(
      scores: scores, scoreSize: scoreSize, scoreStride: scoreStride, labels: labels,
      labelSize: labelSize, labelKind: labelKind, labelStride: labelStride, weights: weights,
      weightStride: weightStride, count: count)
    guard weights == nil, maximumFalsePositiveRate.isNaN else {
      var counts = ScoreCounts(binning: .exact)
      try columns.record(into: &counts)
      counts.flush()
      write(counts.summary, to: results)
      if !maximumFalsePositiveRate.isNaN,
        let partial = counts.groups.partialAUC(maximumFalsePositiveRate: maximumFalsePositiveRate)
      {
        results[4] = partial.standardized
        results[5] = partial.area
      }
      return 0
    }
    // Unweighted rows in memory: one radix sort and one sweep (the same bits as the counts).
    write(try columns.rankingSummary(), to: results)
    return 0
  } catch {
    MessageError.write("\(error)", to: message, capacity: capacity)
    return 1
  }
}

private func write(_ summary: RankingSummary, to results: UnsafeMutablePointer<Double>) {
  results[0] = summary.rocAUC ?? .nan
  results[1] = summary.averagePrecision ?? .nan
  results[2] = summary.prAUCTrapezoid ?? .nan
  results[3] = summary.prAUCInterpolated ?? .nan
  results[4] = .nan
  results[5] = .nan
}

/// The exact ROC AUC alone of `count` unweighted rows (`scikit-learn`'s `roc_auc_score`), by
/// one radix sort of each class: writes it to `result` (NaN unless both classes occur) and
/// returns 0, or 1 with the message.
@_cdecl("auc_rank_roc_auc")
public func auc_rank_roc_auc(
  _ scores: UnsafeRawPointer?, _ scoreSize: Int32, _ scoreStride: Int64,
  _ labels: UnsafeRawPointer?, _ labelSize: Int32, _ labelKind: UInt8, _ labelStride: Int64,
  _ count: Int64, _ result: UnsafeMutablePointer<Double>,
  _ message: UnsafeMutablePointer<CChar>?, _ capacity: Int64
) -> Int32 {
  do {
    let columns = try RowColumns(
      scores: scores, scoreSize: scoreSize, scoreStride: scoreStride, labels: labels,
      labelSize: labelSize, labelKind: labelKind, labelStride: labelStride, weights: nil,
      weightStride: 0, count: count)
    result.pointee = try columns.rocAUC() ?? .nan
    return 0
  } catch {
    MessageError.write("\(error)", to: message, capacity: capacity)
    return 1
  }
}
