import AUCMetrics

/// A curve's three columns, held for Python to copy out.
final class CurveBox {
  let first: [Double]
  let second: [Double]
  let thresholds: [Double]
  init(first: [Double], second: [Double], thresholds: [Double]) {
    self.first = first
    self.second = second
    self.thresholds = thresholds
  }
}

/// The exact ROC curve (`kind` 0: false and true positive rates, scikit-learn's
/// `roc_curve`, `drop` for `drop_intermediate`) or precision–recall curve (`kind` 1:
/// precision and recall by ascending threshold, the point of recall 0 last, as scikit-learn's
/// `precision_recall_curve`) of one batch of rows. Returns a handle for
/// `auc_curve_copy`/`auc_curve_free` and the number of points in `points`, or `nil` with the
/// message (bad rows, or a class the curve needs is missing).
@_cdecl("auc_curve_create")
public func auc_curve_create(
  _ kind: Int32, _ drop: Int32, _ scores: UnsafeRawPointer?, _ scoreSize: Int32,
  _ scoreStride: Int64, _ labels: UnsafeRawPointer?, _ labelSize: Int32, _ labelKind: UInt8,
  _ labelStride: Int64, _ weights: UnsafeRawPointer?, _ weightStride: Int64, _ count: Int64,
  _ points: UnsafeMutablePointer<Int64>, _ message: UnsafeMutablePointer<CChar>?,
  _ capacity: Int64
) -> UnsafeMutableRawPointer? {
  do {
    var counts = ScoreCounts(binning: .exact)
    try RowColumns(
      scores: scores, scoreSize: scoreSize, scoreStride: scoreStride, labels: labels,
      labelSize: labelSize, labelKind: labelKind, labelStride: labelStride, weights: weights,
      weightStride: weightStride, count: count
    ).record(into: &counts)
    counts.flush()
    let groups = counts.groups
    let box: CurveBox
    if kind == 0 {
      guard let curve = groups.rocCurve(dropIntermediate: drop != 0) else {
        throw MessageError("the ROC curve needs both positive and negative rows")
      }
      box = CurveBox(
        first: curve.map(\.falsePositiveRate), second: curve.map(\.truePositiveRate),
        thresholds: curve.map(\.threshold))
    } else {
      guard let curve = groups.precisionRecallCurve() else {
        throw MessageError("the precision-recall curve needs positive rows")
      }
      box = CurveBox(
        first: curve.map(\.precision), second: curve.map(\.recall),
        thresholds: curve.map(\.threshold))
    }
    points.pointee = Int64(box.first.count)
    return Unmanaged.passRetained(box).toOpaque()
  } catch {
    MessageError.write("\(error)", to: message, capacity: capacity)
    return nil
  }
}

/// Copies the curve's columns into three arrays of its number of points.
@_cdecl("auc_curve_copy")
public func auc_curve_copy(
  _ handle: UnsafeMutableRawPointer, _ first: UnsafeMutablePointer<Double>,
  _ second: UnsafeMutablePointer<Double>, _ thresholds: UnsafeMutablePointer<Double>
) {
  let box = Unmanaged<CurveBox>.fromOpaque(handle).takeUnretainedValue()
  box.first.withUnsafeBufferPointer { first.update(from: $0.baseAddress!, count: $0.count) }
  box.second.withUnsafeBufferPointer { second.update(from: $0.baseAddress!, count: $0.count) }
  box.thresholds.withUnsafeBufferPointer {
    thresholds.update(from: $0.baseAddress!, count: $0.count)
  }
}

@_cdecl("auc_curve_free")
public func auc_curve_free(_ handle: UnsafeMutableRawPointer?) {
  guard let handle else { return }
  Unmanaged<CurveBox>.fromOpaque(handle).release()
}
