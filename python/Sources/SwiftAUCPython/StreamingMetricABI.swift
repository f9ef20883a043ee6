import AUCMetrics

/// A `StreamingAUC` behind an opaque pointer, for the C ABI.
final class StreamingMetricBox {
  var metric: StreamingAUC
  init(_ metric: StreamingAUC) { self.metric = metric }
}

/// Creates a metric: `curve` 0 for ROC, 1 for PR; `window` 0 for none. Returns `nil` for
/// parameters out of range.
@_cdecl("auc_streaming_create")
public func auc_streaming_create(_ curve: Int32, _ thresholds: Int64, _ window: Int64)
  -> UnsafeMutableRawPointer?
{
  guard (1...Int64(ScoreHistogram.maximumThresholdCount)).contains(thresholds), window >= 0,
    curve == 0 || curve == 1
  else { return nil }
  let metric = StreamingAUC(
    curve: curve == 0 ? .roc : .precisionRecall, thresholdCount: Int(thresholds),
    windowBatchCount: window == 0 ? nil : Int(window))
  return Unmanaged.passRetained(StreamingMetricBox(metric)).toOpaque()
}

@_cdecl("auc_streaming_free")
public func auc_streaming_free(_ handle: UnsafeMutableRawPointer?) {
  guard let handle else { return }
  Unmanaged<StreamingMetricBox>.fromOpaque(handle).release()
}

private func box(_ handle: UnsafeMutableRawPointer) -> StreamingMetricBox {
  Unmanaged<StreamingMetricBox>.fromOpaque(handle).takeUnretainedValue()
}

/// Counts one batch: `count` scores of `scoreSize` bytes (4 or 8) every `scoreStride` bytes,
/// and as many labels of `labelSize` bytes every `labelStride` bytes, `labelKind` `b` (bool),
/// `i` (signed) or `u` (unsigned). Returns 0, or 1 with the message in `message` (at most
/// `capacity` bytes, NUL-terminated); a batch that fails changes nothing.
@_cdecl("auc_streaming_update")
public func auc_streaming_update(
  _ handle: UnsafeMutableRawPointer, _ scores: UnsafeRawPointer?, _ scoreSize: Int32,
  _ scoreStride: Int64, _ labels: UnsafeRawPointer?, _ labelSize: Int32, _ labelKind: UInt8,
  _ labelStride: Int64, _ count: Int64, _ message: UnsafeMutablePointer<CChar>?,
  _ capacity: Int64
) -> Int32 {
  let metric = box(handle)
  do {
    let labels = try LabelColumn(
      base: labels, size: Int(labelSize), kind: labelKind, stride: Int(labelStride),
      count: Int(count))
    switch scoreSize {
    case 4:
      let column = StridedScores<Float>(
        base: scores ?? UnsafeRawPointer(bitPattern: 1)!, count: Int(count),
        stride: Int(scoreStride))
      try metric.metric.update(scores: column, labels: labels.values)
    case 8:
      let column = StridedScores<Double>(
        base: scores ?? UnsafeRawPointer(bitPattern: 1)!, count: Int(count),
        stride: Int(scoreStride))
      try metric.metric.update(scores: column, labels: labels.values)
    default:
      throw MessageError("scores must be float32 or float64, not \(scoreSize)-byte values")
    }
    return 0
  } catch {
    MessageError.write("\(error)", to: message, capacity: capacity)
    return 1
  }
}

/// The area so far, or NaN when it is undefined (the Python side returns `None`).
@_cdecl("auc_streaming_value")
public func auc_streaming_value(_ handle: UnsafeMutableRawPointer) -> Double {
  box(handle).metric.value ?? .nan
}

/// The bound on the distance of the binned ROC AUC from the exact one, or NaN.
@_cdecl("auc_streaming_error_bound")
public func auc_streaming_error_bound(_ handle: UnsafeMutableRawPointer) -> Double {
  box(handle).metric.errorBound ?? .nan
}

/// Empties the counts, keeping the parameters.
@_cdecl("auc_streaming_reset")
public func auc_streaming_reset(_ handle: UnsafeMutableRawPointer) {
  let metric = box(handle).metric
  box(handle).metric = StreamingAUC(
    name: metric.name, curve: metric.curve, thresholdCount: metric.thresholdCount,
    windowBatchCount: metric.window?.batchCount, outOfRangeScores: metric.outOfRangeScores)
}

/// The area of the window's batches (the C++ operator's `batch_auc` with `slide_steps`), or
/// NaN without a window or while it is undefined.
@_cdecl("auc_streaming_window_value")
public func auc_streaming_window_value(_ handle: UnsafeMutableRawPointer) -> Double {
  box(handle).metric.windowValue ?? .nan
}
