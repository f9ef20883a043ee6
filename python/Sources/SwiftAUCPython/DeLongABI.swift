import AUCMetrics

/// DeLong's estimate of the ROC AUC of one batch of rows (unweighted) with its interval at
/// `level`: writes the area, its variance, standard error, and the interval's lower and
/// upper ends into `results` (5). Returns 0, or 1 with the message (bad rows, or fewer than 2
/// rows of a class).
@_cdecl("auc_delong")
public func auc_delong(
  _ scores: UnsafeRawPointer?, _ scoreSize: Int32, _ scoreStride: Int64,
  _ labels: UnsafeRawPointer?, _ labelSize: Int32, _ labelKind: UInt8, _ labelStride: Int64,
  _ count: Int64, _ level: Double, _ results: UnsafeMutablePointer<Double>,
  _ message: UnsafeMutablePointer<CChar>?, _ capacity: Int64
) -> Int32 {
  do {
    var counts = ScoreCounts(binning: .exact)
    try RowColumns(
      scores: scores, scoreSize: scoreSize, scoreStride: scoreStride, labels: labels,
      labelSize: labelSize, labelKind: labelKind, labelStride: labelStride, weights: nil,
      weightStride: 0, count: count
    ).record(into: &counts)
    counts.flush()
    guard let estimate = counts.groups.deLong else {
      throw MessageError("DeLong's interval needs at least 2 positive and 2 negative rows")
    }
    let interval = estimate.confidenceInterval(level: level)
    results[0] = estimate.area
    results[1] = estimate.variance
    results[2] = estimate.standardError
    results[3] = interval.lower
    results[4] = interval.upper
    return 0
  } catch {
    MessageError.write("\(error)", to: message, capacity: capacity)
    return 1
  }
}

/// DeLong's test of two scores of the same rows (float64, contiguous): paired (z) or unpaired
/// (Student's t, with its degrees of freedom). Writes the two areas, their difference, the
/// statistic, the p-value, the degrees of freedom (NaN when paired), and the difference's
/// interval at 95 % (NaN when unpaired) into `results` (8).
@_cdecl("auc_delong_test")
public func auc_delong_test(
  _ first: UnsafePointer<Double>?, _ second: UnsafePointer<Double>?,
  _ labels: UnsafeRawPointer?, _ labelSize: Int32, _ labelKind: UInt8, _ labelStride: Int64,
  _ count: Int64, _ paired: Int32, _ results: UnsafeMutablePointer<Double>,
  _ message: UnsafeMutablePointer<CChar>?, _ capacity: Int64
) -> Int32 {
  do {
    let labelColumn = try LabelColumn(
      base: labels, size: Int(labelSize), kind: labelKind, stride: Int(labelStride),
      count: Int(count))
    let firstScores = UnsafeBufferPointer(start: first, count: first == nil ? 0 : Int(count))
    let secondScores = UnsafeBufferPointer(start: second, count: second == nil ? 0 : Int(count))
    let test = try PairedDeLongTest(
      first: firstScores, second: secondScores, labels: labelColumn.values)
    for index in 0..<8 { results[index] = .nan }
    results[0] = test.first.area
    results[1] = test.second.area
    results[2] = test.difference
    if paired != 0 {
      results[3] = test.z ?? .nan
      results[4] = test.pValue ?? .nan
      if let interval = test.differenceConfidenceInterval(level: 0.95) {
        results[6] = interval.lower
        results[7] = interval.upper
      }
    } else {
      let unpaired = UnpairedDeLongTest(first: test.first, second: test.second)
      results[3] = unpaired.statistic ?? .nan
      results[4] = unpaired.pValue ?? .nan
      results[5] = unpaired.degreesOfFreedom ?? .nan
    }
    return 0
  } catch {
    MessageError.write("\(error)", to: message, capacity: capacity)
    return 1
  }
}
