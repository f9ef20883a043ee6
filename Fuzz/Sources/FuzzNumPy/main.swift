// Fuzzes the `.npy` reader through the same call the `auc --scores --labels` command makes.
// The first byte picks Float or Double scores and the binning; the next two give the length
// of the scores file; its bytes follow, then the labels file's. Every input must end in
// counts that satisfy the invariants or in a `DataError`; never a crash or a hang.
import AUCFileFormats
import AUCMetrics
import FuzzSupport

let scoresFile = ScratchFile(named: "scores.npy")
let labelsFile = ScratchFile(named: "labels.npy")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumPy(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var stream = ByteStream(UnsafeRawBufferPointer(start: data, count: size))
  let options = stream.byte()
  let split = Int(stream.uint16())
  let rest = stream.rest()
  let scoresEnd = min(split, rest.count)
  scoresFile.write(rest[..<scoresEnd])
  labelsFile.write(rest[scoresEnd...])
  let binning: ScoreBinning = options & 2 == 0 ? .linear(thresholdCount: 4095) : .exact
  var accumulator = MetricAccumulator(binning: binning, weighted: false, memoryBudget: nil)
  do {
    let source = try NumPyRowSource(scores: scoresFile.path, labels: labelsFile.path)
    if options & 1 != 0 {
      try accumulator.count(source, as: Float.self)
    } else {
      try accumulator.count(source, as: Double.self)
    }
  } catch {
    precondition(!error.message.isEmpty && !error.location.isEmpty, "an empty error message")
  }
  accumulator.flush()
  let rows = accumulator.rows
  let summary = accumulator.summary
  Invariants.check(summary, "options \(options)")
  precondition(
    summary.positiveWeight == Double(rows.positives)
      && summary.negativeWeight == Double(rows.negatives),
    "counted \(summary.positiveWeight)/\(summary.negativeWeight), read \(rows)")
  return 0
}
