#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads `score`, `label` and optionally `weight` columns (and, for multi-class and multi-label
/// rows, more score and label columns, or class names) from comma- or tab-separated text
/// (RFC 4180), through a fixed buffer, handing rows to the caller in batches.
///
/// Fields are parsed from the bytes in place: no `String` per field or per line. Records end
/// in LF or CRLF; a field in double quotes may hold delimiters, doubled quotes and line breaks.
/// A UTF-8 byte order mark at the start of the input (with or without a header) and blank
/// lines are skipped; UTF-16, UTF-32 and lines ending in CR only are refused with a message
/// that says so. Without a header row, columns are named by their 1-based numbers.
public struct CSVScoreReader {
  public var scoreColumn: String
  public var labelColumn: String
  /// The field separator: `,` for CSV, a tab for TSV.
  public var delimiter = UInt8(ascii: ",")
  /// Whether the first record names the columns; without it, columns are numbers from 1.
  public var hasHeader = true
  /// The sample-weight column, or `nil` when every row weighs 1.
  public var weightColumn: String? = nil
  /// A second score column read alongside the first (two models on the same rows), or `nil`.
  public var secondScoreColumn: String? = nil
  /// The group-id column, or `nil` without one.
  public var groupColumn: String? = nil
  /// Score columns read after the first, one value each per row into
  /// ``Batch/additionalScores`` (a multi-class or multi-label classifier's other columns).
  public var additionalScoreColumns: [String] = []
  /// Label columns (0/1) read after the first, one value each per row into
  /// ``Batch/additionalLabels`` (a multi-label classifier's other labels).
  public var additionalLabelColumns: [String] = []
  /// Whether the label column holds class names (any text, as group ids are read) rather
  /// than 0/1: they go to ``Batch/classBytes`` and ``Batch/classEnds``, and
  /// ``Batch/labels`` stays empty.
  public var labelsAreClassNames = false
  /// Rows handed over at a time.
  public var batchSize = 1 << 16
  /// Bytes read from the input at a time; a longer line grows the buffer to fit it.
  public var chunkSize = 1 << 20
  /// The longest record read, in bytes: a longer one is an error rather than a buffer that
  /// grows with the file (a quote left open by mistake would otherwise hold the rest of the
  /// input in memory).
  public var maximumRecordLength = 1 << 26
  /// Lines of the file that lie between its header and the input read: the reader of one
  /// part of a file (``CSVFilePart``) reads the header, then the part, and numbers the part's
  /// lines on from the file's lines before it. 0 for a whole file.
  public var skippedLineCount = 0

  /// A reader of the named columns; see the properties for what each parameter means.
  public init(
    scoreColumn: String, labelColumn: String, delimiter: UInt8 = UInt8(ascii: ","),
    hasHeader: Bool = true, weightColumn: String? = nil, secondScoreColumn: String? = nil,
    groupColumn: String? = nil
  ) {
    self.scoreColumn = scoreColumn
    self.labelColumn = labelColumn
    self.delimiter = delimiter
    self.hasHeader = hasHeader
    self.weightColumn = weightColumn
    self.secondScoreColumn = secondScoreColumn
    self.groupColumn = groupColumn
  }
}
