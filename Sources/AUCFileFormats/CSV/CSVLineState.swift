/// The reader's progress through one input: the line it is at, the columns it reads, and
/// the batch being filled.
struct CSVLineState<Score: DecimalScore>: ~Copyable {
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
  /// The group column's index, or -1 without one.
  var groupIndex = -1
  /// The indices of ``CSVScoreReader/additionalScoreColumns``, in their order.
  var additionalScoreIndices: [Int] = []
  /// The indices of ``CSVScoreReader/additionalLabelColumns``, in their order.
  var additionalLabelIndices: [Int] = []
  /// For each field index up to the last one read: the additional score it fills (≥ 0), the
  /// additional label (`-2 - slot`), or none (-1). Empty without additional columns.
  var additionalSlots: [Int] = []
  /// One row's additional scores and labels, filled field by field.
  var rowScores: [Score] = []
  var rowLabels: [UInt8] = []
  /// Whether rows have additional columns or class names (``parseWideRow(_:quoted:)``).
  var readsWideRows = false
  var batch: CSVScoreReader.Batch<Score>
  /// Where the record being read ends, kept across reads of a record longer than the buffer.
  var scanner = CSVRecordScanner()
  var checkedFirstRecord = false
  /// Whether to stop at the end of the header record, for ``CSVScoreReader/headerLength(of:)``.
  var stopsAfterHeader = false

  init(reader: CSVScoreReader, fileName: String) throws(DataError) {
    self.reader = reader
    self.fileName = fileName
    self.batch = CSVScoreReader.Batch(
      capacity: reader.batchSize, weighted: reader.weightColumn != nil,
      paired: reader.secondScoreColumn != nil, grouped: reader.groupColumn != nil)
    if !reader.hasHeader {
      func number(_ column: String) throws(DataError) -> Int {
        guard let number = Int(column), number >= 1 else {
          throw DataError(
            location: fileName,
            message:
              "without a header, columns are numbers from 1, not \"\(MessageText.escaped(column, limit: 80))\""
          )
        }
        return number - 1
      }
      scoreIndex = try number(reader.scoreColumn)
      labelIndex = try number(reader.labelColumn)
      if let weightColumn = reader.weightColumn { weightIndex = try number(weightColumn) }
      if let secondScoreColumn = reader.secondScoreColumn {
        secondScoreIndex = try number(secondScoreColumn)
      }
      if let groupColumn = reader.groupColumn { groupIndex = try number(groupColumn) }
      additionalScoreIndices = try reader.additionalScoreColumns.map(number)
      additionalLabelIndices = try reader.additionalLabelColumns.map(number)
      try checkColumnRoles()
      prepareAdditionalSlots()
      sawHeader = true
      // A part of the file: its first record is not the file's, and its lines are numbered on
      // from the lines before it.
      lineNumber = reader.skippedLineCount
      checkedFirstRecord = reader.skippedLineCount > 0
    }
  }

  /// Handles every complete record in `bytes` and returns how many bytes that was. A record
  /// is a line, or several when a quoted field holds line breaks.
  mutating func consumeLines(
    _ bytes: UnsafeRawBufferPointer,
    consume: (borrowing CSVScoreReader.Batch<Score>) throws(DataError) -> Void
  ) throws(DataError) -> Int {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
    var recordStart = 0
    while recordStart < bytes.count {
      guard let extent = scanner.record(in: base, from: recordStart, to: bytes.count) else {
        return recordStart  // the record goes on past the buffer
      }
      let (lineEnd, quoted, breaks) = (extent.lineEnd, extent.quoted, extent.breaks)
      lineNumber += 1
      var contentEnd = lineEnd
      if contentEnd > recordStart, base[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
      let record = UnsafeBufferPointer(start: base + recordStart, count: contentEnd - recordStart)
      if !Self.isBlank(record) {
        if !checkedFirstRecord {
          try CSVTextCheck.checkFirstRecord(record, fileName: fileName)
          checkedFirstRecord = true
        }
        if sawHeader {
          if readsWideRows {
            try parseWideRow(record, quoted: quoted)
          } else {
            try parseRow(record, quoted: quoted)
          }
          if batch.count == reader.batchSize {
            try consume(batch)
            batch.removeAll()
          }
        } else {
          try parseHeader(record)
          lineNumber += breaks + reader.skippedLineCount
          if stopsAfterHeader { return lineEnd + 1 }
          recordStart = lineEnd + 1
          continue
        }
      }
      lineNumber += breaks
      recordStart = lineEnd + 1
    }
    return recordStart
  }

  /// The fields of a record: their byte ranges, quotes removed from quoted fields (whose
  /// doubled quotes stay doubled: no number contains one, and names are unescaped by the
  /// caller). Calls `body` with each field's index and bytes until it returns `false`.
  func forEachField(
    _ record: UnsafeBufferPointer<UInt8>, quoted: Bool,
    _ body: (Int, UnsafeBufferPointer<UInt8>) throws(DataError) -> Bool
  ) throws(DataError) -> Int {
    let delimiter = reader.delimiter
    var fieldIndex = 0
    var fieldStart = 0
    while true {
      var fieldEnd = fieldStart
      var field: UnsafeBufferPointer<UInt8>
      if quoted {
        var inQuotes = false
        while fieldEnd < record.count, inQuotes || record[fieldEnd] != delimiter {
          if record[fieldEnd] == UInt8(ascii: "\"") { inQuotes.toggle() }
          fieldEnd += 1
        }
        field = Self.unquoted(UnsafeBufferPointer(rebasing: record[fieldStart..<fieldEnd]))
      } else {
        while fieldEnd < record.count, record[fieldEnd] != delimiter { fieldEnd += 1 }
        field = UnsafeBufferPointer(rebasing: record[fieldStart..<fieldEnd])
      }
      let goOn = try body(fieldIndex, field)
      fieldIndex += 1
      if !goOn || fieldEnd == record.count { return fieldIndex }
      fieldStart = fieldEnd + 1
    }
  }

  /// A field without the quotes around it (spaces outside them allowed).
  private static func unquoted(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var first = 0
    var last = field.count
    while first < last, isSpace(field[first]) { first += 1 }
    while last > first, isSpace(field[last - 1]) { last -= 1 }
    guard last - first >= 2, field[first] == UInt8(ascii: "\""),
      field[last - 1] == UInt8(ascii: "\"")
    else { return field }
    return UnsafeBufferPointer(rebasing: field[(first + 1)..<(last - 1)])
  }

  var location: String { "\(fileName):\(lineNumber)" }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy(isSpace)
  }

  /// Appends the row's score, label, weight and second score to the batch, or throws at the
  /// first field that is not what its column needs.
  private mutating func parseRow(_ line: UnsafeBufferPointer<UInt8>, quoted: Bool)
    throws(DataError)
  {
    var score: Score?
    var label: UInt8?
    var weight: Double?
    var secondScore: Score?
    var group: UnsafeBufferPointer<UInt8>?
    let lastNeeded = max(scoreIndex, labelIndex, weightIndex, secondScoreIndex, groupIndex)
    let fieldIndex = try forEachField(line, quoted: quoted) { (index, field) throws(DataError) in
      if index == scoreIndex { score = try parseScore(field) }
      if index == labelIndex { label = try parseLabel(field) }
      if index == weightIndex { weight = try parseWeight(field) }
      if index == secondScoreIndex { secondScore = try parseScore(field) }
      if index == groupIndex { group = field }
      return index < lastNeeded
    }
    guard let score, let label, weightIndex < 0 || weight != nil,
      secondScoreIndex < 0 || secondScore != nil, groupIndex < 0 || group != nil
    else {
      var names = ["score", "label"]
      if weightIndex >= 0 { names.append("weight") }
      if secondScoreIndex >= 0 { names.append("second score") }
      if groupIndex >= 0 { names.append("group") }
      throw missingFields(fieldIndex, of: lastNeeded + 1, names: names)
    }
    if let group {
      try Self.appendText(
        group, quoted: quoted, what: "group id", at: location, to: &batch.groupBytes)
      batch.groupEnds.append(batch.groupBytes.count)
    }
    batch.scores.append(score)
    batch.labels.append(label)
    if let weight { batch.weights.append(weight) }
    if let secondScore { batch.secondScores.append(secondScore) }
    batch.lineNumbers.append(lineNumber)
  }

  /// The error for a row of `count` fields where the columns `names` need `needed`.
  func missingFields(_ count: Int, of needed: Int, names: [String]) -> DataError {
    let columns = names.dropLast().joined(separator: ", ") + " and \(names.last!) columns"
    return DataError(
      location: location, message: "row has \(count) fields, but the \(columns) need \(needed)")
  }

  /// Appends a row's group id (or class label, `what` it is) to `bytes`: the field as
  /// written, spaces around it removed and, in a quoted field, each doubled quote read as
  /// one. An empty one, or one that is not UTF-8, is an error.
  static func appendText(
    _ field: UnsafeBufferPointer<UInt8>, quoted: Bool, what: String, at location: String,
    to bytes: inout [UInt8]
  ) throws(DataError) {
    var first = 0
    var last = field.count
    while first < last, isSpace(field[first]) { first += 1 }
    while last > first, isSpace(field[last - 1]) { last -= 1 }
    guard first < last else {
      throw DataError(location: location, message: "the \(what) is empty")
    }
    let id = UnsafeBufferPointer(rebasing: field[first..<last])
    guard String(validating: id, as: UTF8.self) != nil else {
      throw DataError(location: location, message: "\(what) \(Self.quoted(id)) is not UTF-8")
    }
    if quoted && id.contains(UInt8(ascii: "\"")) {
      var index = 0
      while index < id.count {
        bytes.append(id[index])
        // A doubled quote inside a quoted field stands for one quote.
        let doubledQuote =
          id[index] == UInt8(ascii: "\"") && index + 1 < id.count && id[index + 1] == id[index]
        index += doubledQuote ? 2 : 1
      }
    } else {
      bytes.append(contentsOf: id)
    }
  }

  /// Parses a number, allowing spaces around it. The byte after the field is a comma, tab,
  /// quote, CR or LF (the buffer's sentinel for the last line), none of which can continue a
  /// number.
  @inline(__always)
  private static func parseNumber<Value: DecimalScore>(
    _ field: UnsafeBufferPointer<UInt8>, as: Value.Type
  ) -> Value? {
    parseWhole(field) { Value.parsePrefix($0) }
  }

  /// The value `parse` reads from the field, when it reads all of it but spaces around it.
  @inline(__always)
  private static func parseWhole<Value>(
    _ field: UnsafeBufferPointer<UInt8>,
    _ parse: (UnsafePointer<CChar>) -> (value: Value, end: UnsafePointer<CChar>)?
  ) -> Value? {
    // The grammar has no white space: spaces and tabs around the number are skipped here.
    var first = 0
    while first < field.count, isSpace(field[first]) { first += 1 }
    guard first < field.count, let start = field.baseAddress.map({ $0 + first }) else { return nil }
    guard
      let parsed = UnsafeRawPointer(start).withMemoryRebound(
        to: CChar.self, capacity: field.count - first + 1, parse)
    else { return nil }
    var used = first + (UnsafeRawPointer(parsed.end) - UnsafeRawPointer(start))
    if used == first { return nil }
    while used < field.count, isSpace(field[used]) { used += 1 }
    return used == field.count ? parsed.value : nil
  }

  // Both inlined into the field loop: out of line, the call copies the reader's state.
  @inline(__always)
  func parseScore(_ field: UnsafeBufferPointer<UInt8>) throws(DataError) -> Score {
    guard let value = Self.parseNumber(field, as: Score.self) else {
      throw Self.notANumber(field, kind: "score", at: location)
    }
    return value
  }

  @inline(__always)
  func parseWeight(_ field: UnsafeBufferPointer<UInt8>) throws(DataError) -> Double {
    guard let value = Self.parseNumber(field, as: Double.self) else {
      throw Self.notANumber(field, kind: "weight", at: location)
    }
    return value
  }

  func parseLabel(_ field: UnsafeBufferPointer<UInt8>) throws(DataError) -> UInt8 {
    if field.count == 1 {
      if field[0] == UInt8(ascii: "0") { return 0 }
      if field[0] == UInt8(ascii: "1") { return 1 }
    }
    if let label = Self.parseLongLabel(field) { return label }
    throw DataError(location: location, message: "label \(Self.quoted(field)) is neither 0 nor 1")
  }

  /// A label of more than one byte: exactly 0 or 1 as written, not a number that rounds to
  /// one (`1e-400`). Out of line, so that the one-byte case above stays small.
  @inline(never)
  private static func parseLongLabel(_ field: UnsafeBufferPointer<UInt8>) -> UInt8? {
    parseWhole(field, FastDecimal.exactZeroOrOne)
  }

  /// The error for a score or weight field that is not a number: `score "…" is not a
  /// number`, or `is not a decimal number` for a hexadecimal one. Out of line: it is rare.
  @inline(never)
  private static func notANumber(
    _ field: UnsafeBufferPointer<UInt8>, kind: String, at location: String
  ) -> DataError {
    let what = FastDecimal.isHexadecimal(field) ? "a decimal number" : "a number"
    return DataError(location: location, message: "\(kind) \(Self.quoted(field)) is not \(what)")
  }

  /// A field's first 80 bytes in quotes for a message, with control characters (NUL, CR…)
  /// and the invisible byte order mark written as `\u{…}` so that the reader sees them.
  private static func quoted(_ field: UnsafeBufferPointer<UInt8>) -> String {
    var text = ""
    for scalar in String(decoding: field.prefix(80), as: UTF8.self).unicodeScalars {
      if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF {
        text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
    return "\"\(text)\(field.count > 80 ? "…" : "")\""
  }
}
