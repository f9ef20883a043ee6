// Fuzzes the CSV/TSV reader through the same call the `auc` command makes: the first byte
// picks the options (delimiter, header, weight column, Float or Double scores, binning,
// gzip), the rest is the file. Every input must end in counts that satisfy the invariants or
// in a `DataError` that names the file; never a crash or a hang.
import AUCFileFormats
import AUCMetrics
import FuzzSupport

let file = ScratchFile(named: "input.csv")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var stream = ByteStream(UnsafeRawBufferPointer(start: data, count: size))
  let options = stream.byte()
  let hasHeader = options & 2 == 0
  let weighted = options & 4 != 0
  let reader = CSVScoreReader(
    scoreColumn: hasHeader ? "score" : "1", labelColumn: hasHeader ? "label" : "2",
    delimiter: options & 1 == 0 ? UInt8(ascii: ",") : UInt8(ascii: "\t"),
    hasHeader: hasHeader, weightColumn: weighted ? (hasHeader ? "weight" : "3") : nil)
  let binning: ScoreBinning =
    switch (options >> 4) & 3 {
    case 0: .linear(thresholdCount: 4095)
    case 1: .exact
    case 2: .logarithmic(subBinsPerOctave: 16)
    default: .linear(thresholdCount: 7)
    }
  file.write(stream.rest())
  var accumulator = MetricAccumulator(binning: binning, weighted: weighted, memoryBudget: nil)
  do {
    let source = CSVRowSource(
      reader: reader, input: try InputFile(path: file.path, gzip: options & 64 != 0))
    if options & 8 != 0 {
      try accumulator.count(source, as: Float.self)
    } else {
      try accumulator.count(source, as: Double.self)
    }
  } catch {
    precondition(
      error.description.hasPrefix(file.path) && !error.message.isEmpty,
      "a reader error must name the file: \(error.description)")
  }
  accumulator.flush()
  let rows = accumulator.rows
  let summary = accumulator.summary
  Invariants.check(summary, "options \(options)")
  if !weighted {
    precondition(
      summary.positiveWeight == Double(rows.positives)
        && summary.negativeWeight == Double(rows.negatives),
      "counted \(summary.positiveWeight)/\(summary.negativeWeight), read \(rows)")
  }
  return 0
}
