import AUCFileFormats
import AUCMetrics
import AUCTestSupport
import Foundation
import Testing

/// Every row of README's "Bad input" table, run through the built `auc` as a user runs it.
///
/// Each bad file is written to a temporary folder. A rejected input must exit with 1, print the
/// exact message of the table (file, line or byte, and the value) on standard error and nothing
/// on standard output, and leave an existing `--state-out` file as it was: nothing read before
/// the bad row is reported or kept. An accepted odd input must count the same rows as the
/// clean rows alone.
@Suite("auc bad input table")
struct BadInputTableTests {
  /// A temporary folder for one test's files (in `Tests/Support`, shared by every suite).
  typealias Folder = TemporaryFolder


  /// The header and the two good rows every CSV row of the table starts with.
  static let goodRows = "score,label\n0.5,1\n0.2,0\n"

  /// A bad value and the message `auc` prints for it after `FILE:LINE: `.
  struct BadValue: Sendable, CustomTestStringConvertible {
    var text: String
    var message: String
    var testDescription: String { "\"\(text)\"" }
  }

  /// A file and what `auc` prints about it after the file's path.
  struct BadFile: Sendable, CustomTestStringConvertible {
    var name: String
    var contents: Data
    var arguments: [String] = []
    /// The message without the path in front: `:3: …`, or `: …` when no line applies.
    var messageAfterPath: String
    var testDescription: String { name }
  }

  // MARK: Helpers

  /// Expects a rejection: exit status 1, exactly `message` and a line break on standard error,
  /// and nothing on standard output.
  static func expectRejection(
    _ outcome: CommandRunner.Outcome, _ message: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(outcome.status == 1, "\(outcome.standardError)", sourceLocation: sourceLocation)
    #expect(outcome.standardOutput.isEmpty, sourceLocation: sourceLocation)
    #expect(outcome.standardError == message + "\n", sourceLocation: sourceLocation)
  }

  /// Runs `auc` (the summary) and `auc accumulate` on `inputArguments`, expecting both to be
  /// rejected with `message`, and the state file the second names to keep its old contents
  /// with no new file left in `folder`.
  static func expectRejected(
    _ inputArguments: [String], _ message: String, in folder: Folder,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    expectRejection(try CommandRunner.run(inputArguments), message, sourceLocation: sourceLocation)
    let oldState = Data("old contents".utf8)
    let statePath = try folder.write(oldState, to: "kept.aucstate")
    let filesBefore = try folder.fileNames()
    let accumulated = try CommandRunner.run(
      ["accumulate"] + inputArguments + ["--state-out", statePath])
    expectRejection(accumulated, message, sourceLocation: sourceLocation)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: statePath)) == oldState,
      sourceLocation: sourceLocation)
    #expect(try folder.fileNames() == filesBefore, sourceLocation: sourceLocation)
  }

  /// The summary's JSON object, after checking the run succeeded.
  static func summary(
    _ outcome: CommandRunner.Outcome, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String: Any] {
    #expect(outcome.status == 0, "\(outcome.standardError)", sourceLocation: sourceLocation)
    let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
    return try #require(object as? [String: Any], sourceLocation: sourceLocation)
  }

  /// The row counts of a summary: rows, positives and negatives.
  static func rowCounts(
    _ outcome: CommandRunner.Outcome, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [Int] {
    let summary = try summary(outcome, sourceLocation: sourceLocation)
    return ["count", "positives", "negatives"].map { summary[$0] as? Int ?? -1 }
  }

  // MARK: Scores and labels

  /// Binned mode rejects NaN, both infinities and any score outside `0...1` by a hair; `--exact`
  /// rejects the non-finite ones with the same message.
  @Test(
    "a bad score after good rows: FILE:LINE, the value, exit 1, nothing counted",
    arguments: [
      BadValue(text: "nan", message: "score nan is not a finite number"),
      BadValue(text: "NaN", message: "score nan is not a finite number"),
      BadValue(text: "+inf", message: "score inf is not a finite number"),
      BadValue(text: "-inf", message: "score -inf is not a finite number"),
      BadValue(text: "1.0000001", message: "score 1.0000001 is outside 0...1"),
      BadValue(text: "-1e-300", message: "score -1e-300 is outside 0...1"),
      BadValue(text: "1.5", message: "score 1.5 is outside 0...1"),
      BadValue(text: "-0.5", message: "score -0.5 is outside 0...1"),
    ])
  func badScore(value: BadValue) throws {
    let folder = try Folder()
    let path = try folder.write(Self.goodRows + "\(value.text),1\n", to: "d.csv")
    try Self.expectRejected([path], "\(path):4: \(value.message)", in: folder)
    if value.message.hasSuffix("not a finite number") {
      Self.expectRejection(
        try CommandRunner.run([path, "--exact"]), "\(path):4: \(value.message)")
    }
  }

  /// `-0.0` is a valid score that counts as 0: the output equals that of `0.0`, binned and exact.
  /// A label that is not 0 or 1 as a number, an empty field included, is rejected with its text.
  @Test("score -0.0 counts as 0, binned and exact")
  func negativeZero() throws {
    let folder = try Folder()
    let negative = try folder.write(Self.goodRows + "-0.0,1\n", to: "d.csv")
    let positive = try folder.write(Self.goodRows + "0.0,1\n", to: "z.csv")
    for options in [["--format", "json"], ["--exact", "--format", "json"]] {
      let outcome = try CommandRunner.run([negative] + options)
      let zeroOutcome = try CommandRunner.run([positive] + options)
      #expect(try Self.rowCounts(outcome) == [3, 2, 1])
      #expect(outcome.standardOutput == zeroOutcome.standardOutput)
    }
  }

  /// `--exact` takes any finite score as it is: the areas are the library's exact ones on the
  /// same three rows.
  @Test("--exact counts 1.5, -0.5 and -1e-300 as they are", arguments: ["1.5", "-0.5", "-1e-300"])
  func exactTakesAnyFiniteScore(text: String) throws {
    let folder = try Folder()
    let path = try folder.write(Self.goodRows + "\(text),1\n", to: "d.csv")
    let outcome = try CommandRunner.run([path, "--exact", "--format", "json"])
    #expect(try Self.rowCounts(outcome) == [3, 2, 1])
    let exact = try RankingSummary(scores: [0.5, 0.2, Double(text)!], labels: [1, 0, 1])
    let output = outcome.standardOutput
    #expect(try EndToEndTests.number("rocAUC", in: output) == exact.rocAUC)
    #expect(try EndToEndTests.number("averagePrecision", in: output) == exact.averagePrecision)
  }

  /// With `--float32` the value checked is the float32 one: `1.0000001` is reported as its
  /// float32 value, and `-1e-300` rounds to `-0.0`, which counts as 0.
  @Test("--float32: 1.0000001 is out of range as float32, -1e-300 rounds to -0.0")
  func float32Scores() throws {
    let folder = try Folder()
    let above = try folder.write(Self.goodRows + "1.0000001,1\n", to: "d.csv")
    Self.expectRejection(
      try CommandRunner.run([above, "--float32"]),
      "\(above):4: score 1.0000001192092896 is outside 0...1")
    let tiny = try folder.write(Self.goodRows + "-1e-300,1\n", to: "t.csv")
    let zero = try folder.write(Self.goodRows + "0.0,1\n", to: "z.csv")
    let outcome = try CommandRunner.run([tiny, "--float32", "--format", "json"])
    #expect(try Self.rowCounts(outcome) == [3, 2, 1])
    let zeroOutcome = try CommandRunner.run([zero, "--float32", "--format", "json"])
    #expect(outcome.standardOutput == zeroOutcome.standardOutput)
  }

  @Test("a bad label: FILE:LINE, the value as written, exit 1, nothing counted",
    arguments: ["2", "-1", "0.5", "true", "yes", ""])
  func badLabel(text: String) throws {
    let folder = try Folder()
    let path = try folder.write(Self.goodRows + "0.7,\(text)\n", to: "d.csv")
    try Self.expectRejected([path], "\(path):4: label \"\(text)\" is neither 0 nor 1", in: folder)
  }

  /// Labels that are 0 or 1 as numbers are counted, in the class they name.
  /// Ragged rows, an unterminated quote, a BOM or NUL byte inside a line, an empty file and a
  /// header without the chosen column are each rejected with the line and what is wrong.
  @Test("labels 1.0, 0e0 and \" 1 \" are counted", arguments: zip(["1.0", "0e0", " 1 "], [1, 0, 1]))
  func numericLabels(text: String, label: Int) throws {
    let folder = try Folder()
    let path = try folder.write(Self.goodRows + "0.7,\(text)\n", to: "d.csv")
    let counts = try Self.rowCounts(try CommandRunner.run([path, "--format", "json"]))
    #expect(counts == [3, 1 + label, 2 - label])
  }

  /// A bad row after more than a batch of good rows (the reader counts 65 536 rows at a time),
  /// and a bad file after a good one: no summary and no state, though the good rows alone
  /// give one.
  @Test("good rows then a bad row: no partial summary, no state file")
  func nothingPartial() throws {
    let folder = try Folder()
    var text = "score,label\n"
    for row in 0..<70_000 { text += row % 2 == 0 ? "0.25,0\n" : "0.75,1\n" }
    let good = try folder.write(text, to: "good.csv")
    #expect(
      try Self.rowCounts(try CommandRunner.run([good, "--format", "json"]))
        == [70_000, 35_000, 35_000])
    let bad = try folder.write(text + "0.5,7\n", to: "bad.csv")
    try Self.expectRejected(
      [bad], "\(bad):70002: label \"7\" is neither 0 nor 1", in: folder)
    let small = try folder.write(Self.goodRows + "0.5,7\n", to: "small.csv")
    try Self.expectRejected(
      [good, small], "\(small):4: label \"7\" is neither 0 nor 1", in: folder)
  }

  // MARK: CSV structure

  @Test(
    "CSV structure: FILE:LINE and the reason, exit 1, nothing counted",
    arguments: [
      BadFile(
        name: "ragged row", contents: Data("id,score,label\n1,0.5,1\n2,0.2\n3,0.7,1\n".utf8),
        messageAfterPath: ":3: row has 2 fields, but the score and label columns need 3"),
      BadFile(
        name: "unterminated quote",
        contents: Data("id,score,label\n1,0.5,1\n\"2,0.2,0\n3,0.7,1\n".utf8),
        messageAfterPath: ":3: a quoted field is not closed before the end of the input"),
      BadFile(
        name: "BOM in the middle", contents: Data("score,label\n0.5,1\n\u{FEFF}0.2,0\n".utf8),
        messageAfterPath: ":3: score \"\\u{FEFF}0.2\" is not a number"),
      BadFile(
        name: "NUL in the score", contents: Data("score,label\n0.5,1\n0.2\0,0\n".utf8),
        messageAfterPath: ":3: score \"0.2\\u{0}\" is not a number"),
      BadFile(
        name: "empty file", contents: Data(),
        messageAfterPath: ": no header row: the input is empty"),
      BadFile(
        name: "no score column", contents: Data("id,label\n1,0\n".utf8),
        messageAfterPath:
          ":1: no score column \"score\" in the header (columns: \"id\", \"label\"); "
          + "choose one with --score"),
      BadFile(
        name: "no label column", contents: Data("id,score\n1,0.5\n".utf8),
        messageAfterPath:
          ":1: no label column \"label\" in the header (columns: \"id\", \"score\"); "
          + "choose one with --label"),
      BadFile(
        name: "no weight column", contents: Data(goodRows.utf8), arguments: ["--weight", "w"],
        messageAfterPath:
          ":1: no weight column \"w\" in the header (columns: \"score\", \"label\"); "
          + "choose one with --weight"),
    ])
  func badStructure(file: BadFile) throws {
    let folder = try Folder()
    let path = try folder.write(file.contents, to: "d.csv")
    try Self.expectRejected([path] + file.arguments, path + file.messageAfterPath, in: folder)
  }

  /// Odd files that are still valid: a NUL byte in a column that is not read, a header alone,
  /// an empty file without a header; and empty standard input, which has no header either.
  /// Each bad `.npy` file is rejected before any row is counted, naming the file, the shape or
  /// dtype and the byte counts; the good pair gives all 3 rows.
  @Test("NUL in an unread column, a header alone, --no-header on an empty file, empty stdin")
  func oddButValidStructure() throws {
    let folder = try Folder()
    let nul = try folder.write("id,score,label\na\0b,0.5,1\nc,0.2,0\n", to: "nul.csv")
    let clean = try folder.write("id,score,label\nab,0.5,1\nc,0.2,0\n", to: "clean.csv")
    let nulOutcome = try CommandRunner.run([nul, "--format", "json"])
    let cleanOutcome = try CommandRunner.run([clean, "--format", "json"])
    #expect(try Self.rowCounts(nulOutcome) == [2, 1, 1])
    #expect(nulOutcome.standardOutput == cleanOutcome.standardOutput)

    let header = try folder.write("score,label\n", to: "header.csv")
    let headerSummary = try Self.summary(try CommandRunner.run([header, "--format", "json"]))
    #expect(headerSummary["count"] as? Int == 0)
    #expect(headerSummary["rocAUC"] is NSNull)
    #expect(headerSummary["averagePrecision"] is NSNull)

    let empty = try folder.write("", to: "empty.csv")
    let headerless = try CommandRunner.run([
      empty, "--no-header", "--score", "1", "--label", "2", "--format", "json",
    ])
    #expect(try Self.rowCounts(headerless) == [0, 0, 0])
    Self.expectRejection(
      try CommandRunner.run([], standardInput: ""), "<stdin>: no header row: the input is empty")
  }

  /// A 10 MB line is read in well under the time limit: in a column that is not read, every row
  /// is counted; as the score, the message quotes its first 80 bytes.
  @Test("a 10 MB line: counted in an unread column, its first 80 bytes quoted as a score")
  func tenMegabyteLine() throws {
    let folder = try Folder()
    let long = String(repeating: "x", count: 10 << 20)
    let clock = ContinuousClock()
    let start = clock.now
    let unread = try folder.write(
      "id,score,label\na,0.5,1\n\(long),0.2,0\nb,0.7,1\n", to: "unread.csv")
    let short = try folder.write("id,score,label\na,0.5,1\nx,0.2,0\nb,0.7,1\n", to: "short.csv")
    let outcome = try CommandRunner.run([unread, "--format", "json"])
    let shortOutcome = try CommandRunner.run([short, "--format", "json"])
    #expect(try Self.rowCounts(outcome) == [3, 2, 1])
    #expect(outcome.standardOutput == shortOutcome.standardOutput)
    let score = try folder.write("score,label\n0.5,1\n\(long),0\n", to: "score.csv")
    Self.expectRejection(
      try CommandRunner.run([score]),
      "\(score):3: score \"\(String(repeating: "x", count: 80))…\" is not a number")
    // Before the reader grew its buffer with a memcpy, each run took 6 to 9 s in a debug build.
    #expect(clock.now - start < .seconds(10))
  }

  // MARK: NumPy

  /// A version 1.0 `.npy` file, its header padded to 128 bytes as NumPy writes it.
  static func numPyFile(descriptor: String, shape: String, data: [UInt8]) -> Data {
    var header = "{'descr': '\(descriptor)', 'fortran_order': False, 'shape': \(shape), }"
    header += String(repeating: " ", count: 128 - 10 - header.utf8.count - 1) + "\n"
    var bytes = Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.utf8.count), 0])
    bytes.append(Data(header.utf8))
    bytes.append(contentsOf: data)
    return bytes
  }

  /// Three little-endian float64 scores: 0.9, 0.2, 0.7.
  static let scoreBytes: [UInt8] = [0.9, 0.2, 0.7].flatMap { (score: Double) -> [UInt8] in
    withUnsafeBytes(of: score.bitPattern.littleEndian) { Array($0) }
  }

  static let goodScores = numPyFile(descriptor: "<f8", shape: "(3,)", data: scoreBytes)
  static let goodLabels = numPyFile(descriptor: "|u1", shape: "(3,)", data: [1, 0, 1])

  /// A pair of `.npy` files and the message about one of them.
  struct BadArrays: Sendable, CustomTestStringConvertible {
    var name: String
    var scores = BadInputTableTests.goodScores
    var labels = BadInputTableTests.goodLabels
    /// Whether the message is about the labels file rather than the scores file.
    var aboutLabels = false
    var message: String
    var testDescription: String { name }
  }

  @Test(
    ".npy: a lying shape, truncated data or header, an unsupported dtype; exit 1",
    arguments: [
      BadArrays(
        name: "shape says 4 rows, data hold 3",
        scores: numPyFile(descriptor: "<f8", shape: "(4,)", data: scoreBytes),
        message:
          "truncated: shape (4,) of '<f8' needs 160 bytes (128 of header, 32 of data), "
          + "but the file has 152"),
      BadArrays(
        name: "labels cut short", labels: numPyFile(descriptor: "|u1", shape: "(3,)", data: [1, 0]),
        aboutLabels: true,
        message:
          "truncated: shape (3,) of '|u1' needs 131 bytes (128 of header, 3 of data), "
          + "but the file has 130"),
      BadArrays(
        name: "cut inside the header", scores: goodScores.prefix(60),
        message: "truncated: the header should end at byte 128, but the file has 60 bytes"),
      BadArrays(
        name: "complex128 scores",
        scores: numPyFile(descriptor: "<c16", shape: "(3,)", data: scoreBytes + scoreBytes),
        message:
          "scores must be float32 or float64 ('<f4', '>f4', '<f8', '>f8'), "
          + "but the dtype is '<c16' (complex numbers)"),
      BadArrays(
        name: "string scores",
        scores: numPyFile(descriptor: "<U3", shape: "(3,)", data: Array(repeating: 0, count: 36)),
        message:
          "scores must be float32 or float64 ('<f4', '>f4', '<f8', '>f8'), "
          + "but the dtype is '<U3' (Unicode strings)"),
      BadArrays(
        name: "byte-string labels",
        labels: numPyFile(descriptor: "|S1", shape: "(3,)", data: Array("101".utf8)),
        aboutLabels: true,
        message:
          "labels must be bool, integers or floats, each 0 or 1, "
          + "but the dtype is '|S1' (byte strings)"),
    ])
  func badNumPy(arrays: BadArrays) throws {
    let folder = try Folder()
    let goodScores = try folder.write(Self.goodScores, to: "good-s.npy")
    let goodLabels = try folder.write(Self.goodLabels, to: "good-l.npy")
    let control = try CommandRunner.run([
      "--scores", goodScores, "--labels", goodLabels, "--format", "json",
    ])
    #expect(try Self.rowCounts(control) == [3, 2, 1])
    let scores = try folder.write(arrays.scores, to: "s.npy")
    let labels = try folder.write(arrays.labels, to: "l.npy")
    let path = arrays.aboutLabels ? labels : scores
    try Self.expectRejected(
      ["--scores", scores, "--labels", labels], "\(path): \(arrays.message)", in: folder)
  }

  // MARK: State files

  /// CRC-32 as zlib computes it (polynomial 0xEDB88320), for state files edited by hand.
  static func crc32<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 { CRC32.checksum(bytes) }

  /// `bytes` with the little-endian `value` at `offset`.
  static func replacing<Value: FixedWidthInteger>(
    _ bytes: [UInt8], at offset: Int, with value: Value
  ) -> [UInt8] {
    var result = bytes
    withUnsafeBytes(of: value.littleEndian) {
      result.replaceSubrange(offset..<(offset + $0.count), with: $0)
    }
    return result
  }

  /// `bytes` with the checksum in the last 4 bytes made right for the rest.
  static func resealed(_ bytes: [UInt8]) -> [UInt8] {
    replacing(bytes, at: bytes.count - 4, with: crc32(bytes.dropLast(4)))
  }

  /// A state file's bytes with its payload text replaced, length and checksum made right.
  static func replacingPayload(of bytes: [UInt8], with payload: String) -> [UInt8] {
    replacingPayload(of: bytes, with: Array(payload.utf8))
  }

  /// A state file's bytes with its payload replaced, length and checksum made right.
  static func replacingPayload(of bytes: [UInt8], with payload: [UInt8]) -> [UInt8] {
    let header = replacing(Array(bytes[..<20]), at: 12, with: UInt64(payload.count))
    return resealed(header + payload + [0, 0, 0, 0])
  }

  /// `value` as an unsigned LEB128 integer, as version 2 stores counts.
  static func varint(_ value: UInt64) -> [UInt8] {
    var bytes: [UInt8] = []
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    return bytes + [UInt8(rest)]
  }

  /// A small histogram state (T = 1, one positive and one negative row) from
  /// `auc accumulate`, at `name` in `folder`.
  static func smallState(in folder: Folder, named name: String = "a.aucstate") throws -> String {
    let csv = try folder.write(goodRows, to: "state-rows.csv")
    let path = folder.url.appendingPathComponent(name).path
    let outcome = try CommandRunner.run([
      "accumulate", csv, "--thresholds", "1", "--state-out", path,
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    return path
  }

  /// A change to a good state file's bytes.
  enum StateEdit: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case version3
    case kindByteOnly
    case kindCountsResealed
    case kind3Resealed
    case magic
    case reservedByteResealed
    case rowTallyResealed
    case rowTallyPastUInt64Resealed

    var testDescription: String { rawValue }

    /// The edited bytes and the message `auc` prints after `PATH: `, for the version-2
    /// histogram of `smallState`: its payload is the row tally (1 positive, 1 negative), the
    /// flags byte 0, then T = 1 and the bins' negative counts (1, 0) and positive ones (1, 0).
    func apply(to bytes: [UInt8]) -> (bytes: [UInt8], message: String) {
      let payload = Array(bytes[20..<(bytes.count - 4)])
      let bins = Array(payload[3...])
      switch self {
      case .version3:
        return (
          BadInputTableTests.replacing(bytes, at: 8, with: UInt16(3)),
          "format version 3 is not supported; this auc reads versions 1 and 2"
        )
      case .kindByteOnly:
        var edited = bytes
        edited[10] = 2
        let stored = BadInputTableTests.crc32(bytes.dropLast(4))
        let computed = BadInputTableTests.crc32(edited.dropLast(4))
        return (
          edited,
          "corrupted: the checksum is \(Self.hex(stored)) "
            + "but the contents give \(Self.hex(computed))"
        )
      case .kindCountsResealed:
        var edited = bytes
        edited[10] = 2
        // Read as counts: linear bins (T = 1), flags 0, 1 positive and 0 negative rows, and
        // then no group count.
        return (
          BadInputTableTests.resealed(edited),
          "the counts do not decode: byte 28: the input ends early"
        )
      case .kind3Resealed:
        var edited = bytes
        edited[10] = 3
        return (
          BadInputTableTests.resealed(edited),
          "unknown kind 3 (this auc knows 1 histogram and 2 counts)"
        )
      case .magic:
        var edited = bytes
        edited[7] = UInt8(ascii: "F")
        return (edited, "not an auc state file: it does not start with \"AUCSTATE\"")
      case .reservedByteResealed:
        var edited = bytes
        edited[11] = 1
        return (BadInputTableTests.resealed(edited), "the reserved header byte 11 is 1, not 0")
      case .rowTallyResealed:
        #expect(payload[..<3] == [1, 1, 0])
        return (
          BadInputTableTests.replacingPayload(of: bytes, with: [1, 5, 0] + bins),
          "the row tally says 1 positive and 5 negative rows, but the histogram holds 1 and 1"
        )
      case .rowTallyPastUInt64Resealed:
        let edited = BadInputTableTests.varint(.max) + [1, 0] + bins
        return (
          BadInputTableTests.replacingPayload(of: bytes, with: edited),
          "the row tally says \(UInt64.max) positive and 1 negative rows, "
            + "but the histogram holds 1 and 1"
        )
      }
    }

    private static func hex(_ value: UInt32) -> String {
      let digits = String(value, radix: 16)
      return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }
  }

  /// `state show` and `merge` (the bad file first or second) reject the edited file with the
  /// reason, and `merge --state-out` leaves the existing output as it was.
  @Test("a state file of another version or kind, or edited: exit 1", arguments: StateEdit.allCases)
  func editedState(edit: StateEdit) throws {
    let folder = try Folder()
    let good = try Self.smallState(in: folder)
    let goodBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
    let (badBytes, message) = edit.apply(to: goodBytes)
    let bad = try folder.write(Data(badBytes), to: "s.aucstate")
    Self.expectRejection(try CommandRunner.run(["state", "show", bad]), "\(bad): \(message)")
    let out = try folder.write(Data(goodBytes), to: "out.aucstate")
    let filesBefore = try folder.fileNames()
    for states in [[good, bad], [bad, good]] {
      let merged = try CommandRunner.run(["merge"] + states + ["--state-out", out])
      Self.expectRejection(merged, "\(bad): \(message)")
    }
    #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: out))) == goodBytes)
    #expect(try folder.fileNames() == filesBefore)
  }

  /// States of different kinds or thresholds do not merge, and leave `--state-out` as it was;
  /// a good state merged with a copy of itself counts its rows twice, no more.
  @Test("merge of incompatible states: exit 1, output kept; of compatible ones: rows added once")
  func incompatibleMerge() throws {
    let folder = try Folder()
    let histogram = try Self.smallState(in: folder)
    let csv = try folder.write(Self.goodRows, to: "rows.csv")
    let exact = folder.url.appendingPathComponent("e.aucstate").path
    let wide = folder.url.appendingPathComponent("t.aucstate").path
    for (options, path) in [(["--exact"], exact), ([], wide)] {
      let outcome = try CommandRunner.run(["accumulate", csv, "--state-out", path] + options)
      #expect(outcome.status == 0, "\(outcome.standardError)")
    }
    let out = try folder.write("old contents", to: "out.aucstate")
    let filesBefore = try folder.fileNames()
    Self.expectRejection(
      try CommandRunner.run(["merge", histogram, exact, "--state-out", out]),
      "\(exact): cannot merge a histogram state with a counts state: "
        + "accumulate every shard with the same options")
    Self.expectRejection(
      try CommandRunner.run(["merge", histogram, wide, "--state-out", out]),
      "\(wide): cannot merge histograms with 1 and 4095 thresholds")
    #expect(try String(contentsOfFile: out, encoding: .utf8) == "old contents")
    #expect(try folder.fileNames() == filesBefore)

    // The same file twice is refused (HostileInputTests); a copy of it is another shard.
    let copy = folder.url.appendingPathComponent("copy.aucstate").path
    try FileManager.default.copyItem(atPath: histogram, toPath: copy)
    let twice = try CommandRunner.run([
      "merge", histogram, copy, "--state-out", out, "--format", "json",
    ])
    #expect(try Self.rowCounts(twice) == [4, 2, 2])
    let shown = try CommandRunner.run(["merge", out, "--format", "json"])
    #expect(try Self.rowCounts(shown) == [4, 2, 2])
  }

  /// Runs `auc` once per argument list, `width` processes at a time, and returns the outcomes
  /// in order. Each prints a line, which fits in a pipe, so no process waits for a reader.
  static func runAll(_ argumentLists: [[String]], width: Int = 4) throws
    -> [CommandRunner.Outcome]
  {
    let executable = try CommandRunner.executableURL()
    var outcomes: [CommandRunner.Outcome] = []
    for start in stride(from: 0, to: argumentLists.count, by: width) {
      var running: [(process: Process, output: Pipe, error: Pipe)] = []
      for arguments in argumentLists[start..<min(start + width, argumentLists.count)] {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        running.append((process, output, error))
      }
      for (process, output, error) in running {
        process.waitUntilExit()
        outcomes.append(
          CommandRunner.Outcome(
            status: process.terminationStatus,
            standardOutput: String(
              decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
            standardError: String(
              decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)))
      }
    }
    return outcomes
  }

  /// Every prefix of a good state file, from 0 bytes to one byte short, is rejected by
  /// `state show` with the length it has and the one it needs; never a crash, never accepted.
  /// A few of them also go through `merge`, which keeps `--state-out` as it was.
  @Test("a state file cut at every length is rejected")
  func stateCutAtEveryLength() throws {
    let folder = try Folder()
    let good = try Self.smallState(in: folder)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: good))
    #expect(try CommandRunner.run(["state", "show", good]).status == 0)
    var paths: [String] = []
    for length in 0..<bytes.count {
      paths.append(try folder.write(bytes.prefix(length), to: "cut-\(length).aucstate"))
    }
    let outcomes = try Self.runAll(paths.map { ["state", "show", $0] })
    /// What `auc` says about the file cut to `length` bytes, after its path.
    func message(length: Int) -> String {
      if length < 24 { return "truncated: \(length) bytes, but a state file has at least 24" }
      return "truncated or extended: the header announces \(bytes.count - 24) payload bytes, "
        + "so \(bytes.count) bytes in all, but the file has \(length)"
    }
    for (length, outcome) in outcomes.enumerated() {
      Self.expectRejection(outcome, "\(paths[length]): \(message(length: length))")
    }

    let out = try folder.write(bytes, to: "out.aucstate")
    for length in [0, 8, 11, 20, 23, 24, bytes.count - 5, bytes.count - 1] {
      Self.expectRejection(
        try CommandRunner.run(["merge", good, paths[length], "--state-out", out]),
        "\(paths[length]): \(message(length: length))")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == bytes)
    #expect(try folder.fileNames().filter { $0.contains(".tmp") }.isEmpty)
  }
}
