#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads `score`, `label` and optionally `weight` columns from comma-separated text with a
/// header row, through a fixed buffer, handing rows to the caller in batches.
///
/// Fields are parsed from the bytes in place: no `String` per field or per line. Lines end in
/// LF or CRLF; a UTF-8 byte order mark before the header and blank lines are skipped.
struct CSVScoreReader {
  var scoreColumn: String
  var labelColumn: String
  /// The sample-weight column, or `nil` when every row weighs 1.
  var weightColumn: String? = nil
  /// A second score column read alongside the first (two models on the same rows), or `nil`.
  var secondScoreColumn: String? = nil
  /// Rows handed over at a time.
  var batchSize = 1 << 16
  /// Bytes read from the input at a time; a longer line grows the buffer to fit it.
  var chunkSize = 1 << 20

  /// One batch of rows: parallel arrays of scores, labels (0/1), weights (empty without a
  /// weight column) and the lines they came from.
  struct Batch<Score: DecimalScore>: ~Copyable {
    var scores: [Score]
    var labels: [UInt8]
    var weights: [Double]
    /// The second score column; empty without one.
    var secondScores: [Score]
    var lineNumbers: [Int]

    init(capacity: Int, weighted: Bool, paired: Bool) {
      scores = []
      scores.reserveCapacity(capacity)
      labels = []
      labels.reserveCapacity(capacity)
      weights = []
      weights.reserveCapacity(weighted ? capacity : 0)
      secondScores = []
      secondScores.reserveCapacity(paired ? capacity : 0)
      lineNumbers = []
      lineNumbers.reserveCapacity(capacity)
    }

    var count: Int { scores.count }

    mutating func removeAll() {
      scores.removeAll(keepingCapacity: true)
      labels.removeAll(keepingCapacity: true)
      weights.removeAll(keepingCapacity: true)
      secondScores.removeAll(keepingCapacity: true)
      lineNumbers.removeAll(keepingCapacity: true)
    }
  }

  /// Reads all of `input`, calling `consume` with each full batch and with the last one.
  func read<Score: DecimalScore>(
    _ input: borrowing InputFile,
    as scoreType: Score.Type,
    consume: (borrowing Batch<Score>) throws(DataError) -> Void
  ) throws(DataError) {
    var state = LineState<Score>(reader: self, fileName: input.displayName)
    // One spare byte after the data holds a sentinel newline for the last line.
    var buffer = [UInt8](repeating: 0, count: chunkSize + 1)
    var filled = 0
    var atEnd = false
    while !atEnd {
      if filled == buffer.count - 1 {
        buffer.append(contentsOf: repeatElement(0, count: buffer.count))
      }
      let readCount = try buffer.withUnsafeMutableBytes { bytes in
        Result { () throws(DataError) in
          try input.read(
            into: UnsafeMutableRawBufferPointer(rebasing: bytes[filled..<(bytes.count - 1)]))
        }
      }.get()
      atEnd = readCount == 0
      filled += readCount
      if atEnd, filled > 0, buffer[filled - 1] != UInt8(ascii: "\n") {
        buffer[filled] = UInt8(ascii: "\n")
        filled += 1
      }
      let consumed = try buffer.withUnsafeBytes { bytes in
        Result { () throws(DataError) in
          try state.consumeLines(
            UnsafeRawBufferPointer(rebasing: bytes[..<filled]), consume: consume)
        }
      }.get()
      buffer.withUnsafeMutableBytes { bytes in
        if consumed > 0, consumed < filled {
          bytes.baseAddress!.copyMemory(
            from: bytes.baseAddress! + consumed, byteCount: filled - consumed)
        }
      }
      filled -= consumed
    }
    if !state.sawHeader {
      throw DataError(location: input.displayName, message: "no header row: the input is empty")
    }
    if state.batch.count > 0 { try consume(state.batch) }
  }
}

/// The reader's progress through one input.
private struct LineState<Score: DecimalScore>: ~Copyable {
  let reader: CSVScoreReader
  let fileName: String
  var lineNumber = 0
  var sawHeader = false
  var scoreIndex = 0
  var labelIndex = 0
  /// The weight column's index, or -1 without one.
  var weightIndex = -1
  /// The second score column's index, or -1 without one.
  var secondScoreIndex = -1
  var batch: CSVScoreReader.Batch<Score>

  init(reader: CSVScoreReader, fileName: String) {
    self.reader = reader
    self.fileName = fileName
    self.batch = CSVScoreReader.Batch(
      capacity: reader.batchSize, weighted: reader.weightColumn != nil,
      paired: reader.secondScoreColumn != nil)
  }

  /// Handles every complete line in `bytes` and returns how many bytes that was.
  mutating func consumeLines(
    _ bytes: UnsafeRawBufferPointer,
    consume: (borrowing CSVScoreReader.Batch<Score>) throws(DataError) -> Void
  ) throws(DataError) -> Int {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
    var lineStart = 0
    while lineStart < bytes.count,
      let newline = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), bytes.count - lineStart)
    {
      let lineEnd = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
      lineNumber += 1
      var contentEnd = lineEnd
      if contentEnd > lineStart, base[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
      let line = UnsafeBufferPointer(start: base + lineStart, count: contentEnd - lineStart)
      if !Self.isBlank(line) {
        if sawHeader {
          try parseRow(line)
          if batch.count == reader.batchSize {
            try consume(batch)
            batch.removeAll()
          }
        } else {
          try parseHeader(line)
        }
      }
      lineStart = lineEnd + 1
    }
    return lineStart
  }

  private var location: String { "\(fileName):\(lineNumber)" }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy(isSpace)
  }

  private mutating func parseHeader(_ line: UnsafeBufferPointer<UInt8>) throws(DataError) {
    var text = String(decoding: line, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let names = text.split(separator: ",", omittingEmptySubsequences: false).map { field in
      var name = field.trimmingSpaces()
      if name.count >= 2, name.first == "\"", name.last == "\"" {
        name = name.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "\"")
      }
      return name
    }
    /// The index of a column, or an error naming the columns there are and the option to use.
    func index(of column: String, kind: String, option: String) throws(DataError) -> Int {
      guard let index = names.firstIndex(of: column) else {
        let columnList = names.map { "\"\($0)\"" }.joined(separator: ", ")
        throw DataError(
          location: location,
          message:
            "no \(kind) column \"\(column)\" in the header (columns: \(columnList)); choose one with \(option)"
        )
      }
      return index
    }
    scoreIndex = try index(of: reader.scoreColumn, kind: "score", option: "--score")
    labelIndex = try index(of: reader.labelColumn, kind: "label", option: "--label")
    if let weightColumn = reader.weightColumn {
      weightIndex = try index(of: weightColumn, kind: "weight", option: "--weight")
    }
    if let secondScoreColumn = reader.secondScoreColumn {
      secondScoreIndex = try index(of: secondScoreColumn, kind: "score", option: "--score")
    }
    sawHeader = true
  }

  private mutating func parseRow(_ line: UnsafeBufferPointer<UInt8>) throws(DataError) {
    var score: Score?
    var label: UInt8?
    var weight: Double?
    var secondScore: Score?
    var fieldIndex = 0
    var fieldStart = 0
    let lastNeeded = max(scoreIndex, labelIndex, weightIndex, secondScoreIndex)
    while fieldIndex <= lastNeeded {
      var fieldEnd = fieldStart
      while fieldEnd < line.count, line[fieldEnd] != UInt8(ascii: ",") { fieldEnd += 1 }
      let field = UnsafeBufferPointer(rebasing: line[fieldStart..<fieldEnd])
      if fieldIndex == scoreIndex { score = try parseScore(field) }
      if fieldIndex == labelIndex { label = try parseLabel(field) }
      if fieldIndex == weightIndex { weight = try parseWeight(field) }
      if fieldIndex == secondScoreIndex { secondScore = try parseScore(field) }
      fieldIndex += 1
      if fieldEnd == line.count { break }
      fieldStart = fieldEnd + 1
    }
    guard let score, let label, weightIndex < 0 || weight != nil,
      secondScoreIndex < 0 || secondScore != nil
    else {
      var names = ["score", "label"]
      if weightIndex >= 0 { names.append("weight") }
      if secondScoreIndex >= 0 { names.append("second score") }
      let columns = names.dropLast().joined(separator: ", ") + " and \(names.last!) columns"
      throw DataError(
        location: location,
        message: "row has \(fieldIndex) fields, but the \(columns) need \(lastNeeded + 1)")
    }
    batch.scores.append(score)
    batch.labels.append(label)
    if let weight { batch.weights.append(weight) }
    if let secondScore { batch.secondScores.append(secondScore) }
    batch.lineNumbers.append(lineNumber)
  }

  /// Parses a number, allowing spaces around it. The byte after the field is a comma, CR or
  /// LF (the buffer's sentinel for the last line), none of which can continue a number.
  private func parseNumber<Value: DecimalScore>(
    _ field: UnsafeBufferPointer<UInt8>, as: Value.Type
  ) -> Value? {
    var first = 0
    while first < field.count, Self.isSpace(field[first]) { first += 1 }
    // Never hand strto* leading white space: it would skip line ends too.
    guard first < field.count, let start = field.baseAddress.map({ $0 + first }) else { return nil }
    let parsed = UnsafeRawPointer(start).withMemoryRebound(
      to: CChar.self, capacity: field.count - first + 1
    ) {
      Value.parsePrefix($0)
    }
    var used = first + (UnsafeRawPointer(parsed.end) - UnsafeRawPointer(start))
    if used == first { return nil }
    while used < field.count, Self.isSpace(field[used]) { used += 1 }
    return used == field.count ? parsed.value : nil
  }

  private func parseScore(_ field: UnsafeBufferPointer<UInt8>) throws(DataError) -> Score {
    guard let value = parseNumber(field, as: Score.self) else {
      throw DataError(location: location, message: "score \(Self.quoted(field)) is not a number")
    }
    return value
  }

  private func parseWeight(_ field: UnsafeBufferPointer<UInt8>) throws(DataError) -> Double {
    guard let value = parseNumber(field, as: Double.self) else {
      throw DataError(location: location, message: "weight \(Self.quoted(field)) is not a number")
    }
    return value
  }

  private func parseLabel(_ field: UnsafeBufferPointer<UInt8>) throws(DataError) -> UInt8 {
    if field.count == 1 {
      if field[0] == UInt8(ascii: "0") { return 0 }
      if field[0] == UInt8(ascii: "1") { return 1 }
    }
    switch parseNumber(field, as: Double.self) {
    case 0: return 0
    case 1: return 1
    default:
      throw DataError(location: location, message: "label \(Self.quoted(field)) is neither 0 nor 1")
    }
  }

  private static func quoted(_ field: UnsafeBufferPointer<UInt8>) -> String {
    "\"\(String(decoding: field.prefix(80), as: UTF8.self))\(field.count > 80 ? "…" : "")\""
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = lastIndex(where: { !isSpace($0) })!
    return String(self[first...last])
  }

  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
