import ArgumentParser

/// How an input file is laid out: the field separator and whether it is gzip-compressed.
///
/// Chosen from the file name (`.csv`, `.tsv`, `.tab`, `.txt`, each optionally `.gz`) or
/// forced with `--input-format`; standard input is CSV unless forced.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
  case csv
  case tsv
  case csvGzip = "csv.gz"
  case tsvGzip = "tsv.gz"

  /// The field separator.
  var delimiter: UInt8 {
    switch self {
    case .csv, .csvGzip: return UInt8(ascii: ",")
    case .tsv, .tsvGzip: return UInt8(ascii: "\t")
    }
  }

  /// Whether the bytes go through the gzip decoder.
  var isCompressed: Bool { self == .csvGzip || self == .tsvGzip }

  /// The format a file name implies: a `.gz` suffix means gzip, then `.tsv`/`.tab` mean
  /// tab-separated and anything else comma-separated.
  init(path: String) {
    let lowercased = path.lowercased()
    let compressed = lowercased.hasSuffix(".gz")
    let name = compressed ? String(lowercased.dropLast(3)) : lowercased
    let tabs = name.hasSuffix(".tsv") || name.hasSuffix(".tab")
    switch (tabs, compressed) {
    case (false, false): self = .csv
    case (true, false): self = .tsv
    case (false, true): self = .csvGzip
    case (true, true): self = .tsvGzip
    }
  }
}
