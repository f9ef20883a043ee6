import AUCFileFormats
import AUCMetrics

#if canImport(Glibc)
  import Glibc
#endif

/// Exact counts (`ScoreCounts`) behind an opaque pointer, for `swift_auc.ExactAUC`.
final class ExactCountsBox {
  var counts: ScoreCounts
  init(_ counts: ScoreCounts) { self.counts = counts }
}

private func exactBox(_ handle: UnsafeMutableRawPointer) -> ExactCountsBox {
  Unmanaged<ExactCountsBox>.fromOpaque(handle).takeUnretainedValue()
}

/// Empty exact counts; `budget` bytes (0: none, else at least 65 536) moves them to the finest
/// log bins that fit when it runs out.
@_cdecl("auc_exact_create")
public func auc_exact_create(_ budget: Int64) -> UnsafeMutableRawPointer? {
  guard budget == 0 || budget >= 1 << 16 else { return nil }
  let counts = ScoreCounts(binning: .exact, memoryBudget: budget == 0 ? nil : Int(budget))
  return Unmanaged.passRetained(ExactCountsBox(counts)).toOpaque()
}

@_cdecl("auc_exact_free")
public func auc_exact_free(_ handle: UnsafeMutableRawPointer?) {
  guard let handle else { return }
  Unmanaged<ExactCountsBox>.fromOpaque(handle).release()
}

/// Counts one batch (columns as in `auc_rank_summary`); 0, or 1 with the message and nothing
/// counted.
@_cdecl("auc_exact_update")
public func auc_exact_update(
  _ handle: UnsafeMutableRawPointer, _ scores: UnsafeRawPointer?, _ scoreSize: Int32,
  _ scoreStride: Int64, _ labels: UnsafeRawPointer?, _ labelSize: Int32, _ labelKind: UInt8,
  _ labelStride: Int64, _ weights: UnsafeRawPointer?, _ weightStride: Int64, _ count: Int64,
  _ message: UnsafeMutablePointer<CChar>?, _ capacity: Int64
) -> Int32 {
  do {
    try RowColumns(
      scores: scores, scoreSize: scoreSize, scoreStride: scoreStride, labels: labels,
      labelSize: labelSize, labelKind: labelKind, labelStride: labelStride, weights: weights,
      weightStride: weightStride, count: count
    ).record(into: &exactBox(handle).counts)
    return 0
  } catch {
    MessageError.write("\(error)", to: message, capacity: capacity)
    return 1
  }
}

/// Adds `other`'s counts; 0, or 1 with the message and nothing changed.
@_cdecl("auc_exact_merge")
public func auc_exact_merge(
  _ handle: UnsafeMutableRawPointer, _ other: UnsafeMutableRawPointer,
  _ message: UnsafeMutablePointer<CChar>?, _ capacity: Int64
) -> Int32 {
  do {
    try exactBox(handle).counts.merge(exactBox(other).counts)
    return 0
  } catch {
    MessageError.write(error.description, to: message, capacity: capacity)
    return 1
  }
}

/// Writes 5 doubles (NaN where undefined): the ROC AUC, its error bound, average precision,
/// and the trapezoidal and interpolated PR areas; then the rows per class into `rows` (2).
@_cdecl("auc_exact_summary")
public func auc_exact_summary(
  _ handle: UnsafeMutableRawPointer, _ results: UnsafeMutablePointer<Double>,
  _ rows: UnsafeMutablePointer<UInt64>
) {
  let box = exactBox(handle)
  box.counts.flush()
  let summary = box.counts.summary
  results[0] = summary.rocAUC ?? .nan
  results[1] = summary.rocAUCErrorBound ?? .nan
  results[2] = summary.averagePrecision ?? .nan
  results[3] = summary.prAUCTrapezoid ?? .nan
  results[4] = summary.prAUCInterpolated ?? .nan
  rows[0] = box.counts.positiveRowCount
  rows[1] = box.counts.negativeRowCount
}

/// The counts as the bytes of a state file, as `auc accumulate --exact` writes them (a
/// `malloc` buffer for `auc_bytes_free`).
@_cdecl("auc_exact_encode")
public func auc_exact_encode(
  _ handle: UnsafeMutableRawPointer, _ length: UnsafeMutablePointer<Int64>
) -> UnsafeMutableRawPointer? {
  let box = exactBox(handle)
  box.counts.flush()
  let counts = box.counts
  let payload = StatePayload(
    accumulator: .counts(counts),
    rows: RowTally(positives: counts.positiveRowCount, negatives: counts.negativeRowCount),
    weighted: counts.isWeighted)
  let bytes = (try? StateFile.encode(payload)) ?? []
  guard let buffer = malloc(max(bytes.count, 1)) else { return nil }
  bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
  length.pointee = Int64(bytes.count)
  return buffer
}

/// Counts from a state file's bytes (exact, log-binned or weighted counts), or `nil` with the
/// message.
@_cdecl("auc_exact_decode")
public func auc_exact_decode(
  _ bytes: UnsafeRawPointer?, _ length: Int64, _ message: UnsafeMutablePointer<CChar>?,
  _ capacity: Int64
) -> UnsafeMutableRawPointer? {
  let data = bytes.map { Array(UnsafeRawBufferPointer(start: $0, count: Int(length))) } ?? []
  do {
    let payload = try StateFile.decode(data)
    guard case .counts(let counts)? = payload.accumulator else {
      throw MessageError("the state holds a histogram, not counts: load it with Auc")
    }
    return Unmanaged.passRetained(ExactCountsBox(counts)).toOpaque()
  } catch {
    MessageError.write("\(error)", to: message, capacity: capacity)
    return nil
  }
}
