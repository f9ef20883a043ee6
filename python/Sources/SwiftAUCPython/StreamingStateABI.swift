import AUCFileFormats
import AUCMetrics

#if canImport(Glibc)
  import Glibc
#endif

/// Adds every row of `other` to `handle`'s metric (their threshold counts must agree); 0, or 1
/// with the message, and nothing changed.
@_cdecl("auc_streaming_merge")
public func auc_streaming_merge(
  _ handle: UnsafeMutableRawPointer, _ other: UnsafeMutableRawPointer,
  _ message: UnsafeMutablePointer<CChar>?, _ capacity: Int64
) -> Int32 {
  let target = Unmanaged<StreamingMetricBox>.fromOpaque(handle).takeUnretainedValue()
  let source = Unmanaged<StreamingMetricBox>.fromOpaque(other).takeUnretainedValue()
  do {
    try target.metric.merge(source.metric)
    return 0
  } catch {
    MessageError.write(error.description, to: message, capacity: capacity)
    return 1
  }
}

/// The metric's rows as the bytes of a state file (`.aucstate`, a histogram, as `auc
/// accumulate` writes): a buffer from `malloc` that the caller frees with `auc_bytes_free`,
/// its length in `length`.
@_cdecl("auc_streaming_encode")
public func auc_streaming_encode(
  _ handle: UnsafeMutableRawPointer, _ length: UnsafeMutablePointer<Int64>
) -> UnsafeMutableRawPointer? {
  let histogram = Unmanaged<StreamingMetricBox>.fromOpaque(handle).takeUnretainedValue()
    .metric.histogram
  let payload = StatePayload(
    accumulator: .histogram(histogram),
    rows: RowTally(positives: histogram.positiveCount, negatives: histogram.negativeCount),
    weighted: false)
  // Encoding a payload never throws (StateFile.encode).
  let bytes = (try? StateFile.encode(payload)) ?? []
  guard let buffer = malloc(max(bytes.count, 1)) else { return nil }
  bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
  length.pointee = Int64(bytes.count)
  return buffer
}

@_cdecl("auc_bytes_free")
public func auc_bytes_free(_ buffer: UnsafeMutableRawPointer?) { free(buffer) }

/// A metric (`curve` 0 ROC, 1 PR) holding the rows of a histogram state file's bytes, or `nil`
/// with the message: a state that is truncated, damaged or of counts instead of a histogram.
@_cdecl("auc_streaming_decode")
public func auc_streaming_decode(
  _ bytes: UnsafeRawPointer?, _ length: Int64, _ curve: Int32,
  _ message: UnsafeMutablePointer<CChar>?, _ capacity: Int64
) -> UnsafeMutableRawPointer? {
  let data = bytes.map { Array(UnsafeRawBufferPointer(start: $0, count: Int(length))) } ?? []
  do {
    let payload = try StateFile.decode(data)
    guard case .histogram(let histogram)? = payload.accumulator else {
      throw MessageError(
        "the state holds \(payload.kind.name), not a histogram: load it with ExactAUC")
    }
    let metric = StreamingAUC(histogram: histogram, curve: curve == 0 ? .roc : .precisionRecall)
    return Unmanaged.passRetained(StreamingMetricBox(metric)).toOpaque()
  } catch {
    MessageError.write("\(error)", to: message, capacity: capacity)
    return nil
  }
}

/// T, the metric's number of thresholds.
@_cdecl("auc_streaming_thresholds")
public func auc_streaming_thresholds(_ handle: UnsafeMutableRawPointer) -> Int64 {
  Int64(Unmanaged<StreamingMetricBox>.fromOpaque(handle).takeUnretainedValue().metric.thresholdCount)
}
