import AUCMetrics

/// The points of a curve as a table with named columns, written as CSV or JSON while the
/// points come, in chunks of about 64 KiB: a curve of millions of points never sits in
/// memory, whole or as text.
///
/// ```swift
/// var table = CurveTable(curve: .roc, format: .csv)
/// groups.forEachROCPoint { table.append($0) }
/// try table.finish()
/// ```
struct CurveTable {
  /// The columns of a curve's table, in order.
  static func columns(of curve: CurveKind) -> [String] {
    switch curve {
    case .roc:
      ["threshold", "falsePositiveRate", "truePositiveRate", "truePositives", "falsePositives"]
    case .pr:
      ["threshold", "recall", "precision", "truePositives", "falsePositives"]
    }
  }

  let curve: CurveKind
  let format: CurveFormat
  /// `{"threshold":`, `,"falsePositiveRate":` and so on: what goes before each JSON value.
  private let jsonKeys: [String]
  /// Where the text goes; standard output unless a test collects it.
  private let output: (String) throws -> Void
  /// The first error `output` threw; nothing more is written after it, and ``finish()``
  /// throws it.
  private var failure: (any Error)?
  private var buffer = ""
  private var pointCount = 0

  /// The bytes gathered before they are handed to `output`.
  static let chunkSize = 1 << 16

  /// A table that writes its header now.
  init(
    curve: CurveKind, format: CurveFormat,
    output: @escaping (String) throws -> Void = StandardOutput.write
  ) {
    self.curve = curve
    self.format = format
    self.output = output
    let columns = Self.columns(of: curve)
    jsonKeys = columns.enumerated().map { ($0.offset == 0 ? "{" : ",") + JSON.key($0.element) }
    buffer.reserveCapacity(Self.chunkSize + 1024)
    switch format {
    case .csv: buffer += columns.joined(separator: ",") + "\n"
    case .json:
      buffer += "{" + JSON.members([("curve", JSON.string(curve.rawValue))]) + ","
      buffer += JSON.key("points") + "["
    }
  }

  /// Adds a ROC point: threshold, false and true positive rates, true and false positives.
  mutating func append(_ point: ROCPoint) {
    append(
      point.threshold, point.falsePositiveRate, point.truePositiveRate, point.truePositives,
      point.falsePositives)
  }

  /// Adds a precision–recall point: threshold, recall, precision, true and false positives.
  mutating func append(_ point: PrecisionRecallPoint) {
    append(
      point.threshold, point.recall, point.precision, point.truePositives, point.falsePositives)
  }

  /// One row: in CSV a line, infinities as `inf` and `-inf`, which `strtod`, Python's
  /// `float` and R's `as.numeric` all read back; in JSON an object, an infinite threshold
  /// `null`.
  private mutating func append(
    _ first: Double, _ second: Double, _ third: Double, _ fourth: Double, _ fifth: Double
  ) {
    switch format {
    case .csv:
      for (index, value) in [first, second, third, fourth, fifth].enumerated() {
        if index > 0 { buffer += "," }
        buffer += Self.csvNumber(value)
      }
      buffer += "\n"
    case .json:
      if pointCount > 0 { buffer += "," }
      for (index, value) in [first, second, third, fourth, fifth].enumerated() {
        buffer += jsonKeys[index]
        buffer += JSON.number(value)
      }
      buffer += "}"
    }
    pointCount += 1
    if buffer.utf8.count >= Self.chunkSize { flush() }
  }

  /// Ends the table (JSON's closing brackets) and writes what is left; throws the first
  /// error of a write, which stopped the table there.
  mutating func finish() throws {
    if format == .json { buffer += "]}\n" }
    flush()
    if let failure { throw failure }
  }

  private mutating func flush() {
    if failure == nil {
      do { try output(buffer) } catch { failure = error }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  private static func csvNumber(_ value: Double) -> String {
    if value == .infinity { return "inf" }
    if value == -.infinity { return "-inf" }
    return value.description
  }
}
