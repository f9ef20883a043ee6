import AUCMetrics
import AUCTestSupport
import Foundation
import Testing

@testable import AUCFileFormats

/// The `.npy` reader on the fixtures of `Fixtures/npy` (see its README for how NumPy wrote
/// them) and on files built byte by byte.
@Suite("NumPy .npy reader")
struct NumPyArrayTests {
  // MARK: Expected values, printed by NumPy (README.md)

  static let labels: [UInt8] = [
    0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0,
  ]

  static let float64Scores: [Double] = [
    0.4862768479787801, 0.9828675229903268, 0.6198591213726331, 0.8648987784448402,
    0.03092453036857711, 0.12312106868537823, 0.38858635880834597, 0.35522013324537316,
    0.46031505883050944, 0.23071695377316526, 0.3765133401479115, 0.09950058089204758,
    0.1562807882152758, 0.36476566785880815, 0.32571591510327413, 0.7571761598397981,
    0.4114451638114727, 0.44970378190273297, 0.9508934666218284, 0.7878345971687313,
    0.4603359177774485, 0.16184709545281079, 0.35209975746260186, 0.5513913301753014,
  ]

  static let float32Scores: [Float] = [
    0.48627684, 0.98286754, 0.6198591, 0.8648988, 0.03092453, 0.12312107, 0.38858637,
    0.35522014, 0.46031505, 0.23071696, 0.37651333, 0.09950058, 0.15628079, 0.36476567,
    0.32571593, 0.75717616, 0.41144517, 0.44970378, 0.95089346, 0.7878346, 0.4603359,
    0.1618471, 0.35209975, 0.5513913,
  ]

  // MARK: Helpers

  static func fixture(_ name: String) throws -> String {
    try #require(TestFixtures.path("npy/\(name).npy"))
  }

  static func scores<Score: BinaryFloatingPoint>(
    at path: String, as: Score.Type = Double.self
  ) throws -> [Score] {
    let array = try NumPyArray(path: path, role: .scores)
    var buffer: [Score] = []
    array.appendScores(0..<array.rowCount, to: &buffer)
    return buffer
  }

  static func labels(at path: String) throws -> [UInt8] {
    let array = try NumPyArray(path: path, role: .labels)
    var buffer: [UInt8] = []
    try array.appendLabels(0..<array.rowCount, to: &buffer)
    return buffer
  }

  /// The error opening `path` for `role` throws, or `nil` when it opens.
  static func rejection(_ path: String, role: NumPyArray.Role) -> DataError? {
    do {
      _ = try NumPyArray(path: path, role: role)
      return nil
    } catch {
      return error
    }
  }

  /// Runs `body` with a new temporary directory, removed afterwards.
  static func withTemporaryDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("NumPyArrayTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
  }

  /// A `.npy` file's bytes with `header` as its dictionary, unpadded (so the data are not
  /// aligned), and `data` after it.
  static func npy(_ header: String, version: UInt8 = 1, data: [UInt8] = []) -> [UInt8] {
    let text = Array((header + "\n").utf8)
    var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [version, 0]
    let lengthSize = version == 1 ? 2 : 4
    bytes += (0..<lengthSize).map { UInt8(truncatingIfNeeded: text.count >> (8 * $0)) }
    return bytes + text + data
  }

  static func header(descr: String = "'<f8'", fortran: String = "False", shape: String = "(1,)")
    -> String
  {
    "{'descr': \(descr), 'fortran_order': \(fortran), 'shape': \(shape), }"
  }

  static func littleEndian<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
    withUnsafeBytes(of: value.littleEndian) { Array($0) }
  }

  static func bigEndian<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
    withUnsafeBytes(of: value.bigEndian) { Array($0) }
  }

  /// Writes `bytes` to `name` in `directory` and returns its path.
  static func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  // MARK: Valid fixtures

  @Test("float64 scores read exactly, little- and big-endian alike")
  func float64Scores() throws {
    let little = try Self.scores(at: Self.fixture("scores_f8_le"))
    #expect(little == Self.float64Scores)
    let big = try Self.scores(at: Self.fixture("scores_f8_be"))
    #expect(big.map(\.bitPattern) == little.map(\.bitPattern))
    let array = try NumPyArray(path: Self.fixture("scores_f8_be"), role: .scores)
    #expect(array.descriptor == ">f8")
    #expect(array.rowCount == 24)
    #expect(array.columnCount == 1)
    #expect(array.byteOffset(ofRow: 0) == 128)
    #expect(array.byteOffset(ofRow: 23) == 128 + 23 * 8)
  }

  @Test("float32 scores read exactly into Float and Double, both byte orders")
  func float32Scores() throws {
    let little = try Self.scores(at: Self.fixture("scores_f4_le"), as: Float.self)
    #expect(little == Self.float32Scores)
    let big = try Self.scores(at: Self.fixture("scores_f4_be"), as: Float.self)
    #expect(big.map(\.bitPattern) == little.map(\.bitPattern))
    let widened = try Self.scores(at: Self.fixture("scores_f4_be"))
    #expect(widened == Self.float32Scores.map(Double.init))
  }

  @Test("float64 scores into Float round to nearest")
  func float64IntoFloat() throws {
    let narrowed = try Self.scores(at: Self.fixture("scores_f8_le"), as: Float.self)
    #expect(narrowed == Self.float64Scores.map { Float($0) })
  }

  @Test("an (n, 2) prediction array gives column 1, the positive class")
  func predictionColumns() throws {
    let path = try Self.fixture("preds_f4_n2")
    let scores = try Self.scores(at: path, as: Float.self)
    #expect(scores.map(\.bitPattern) == Self.float32Scores.map(\.bitPattern))
    let array = try NumPyArray(path: path, role: .scores)
    #expect(array.columnCount == 2)
    #expect(array.rowCount == 24)
    #expect(array.byteOffset(ofRow: 0) == 128 + 4)
    #expect(array.byteOffset(ofRow: 5) == 128 + 5 * 8 + 4)
  }

  @Test("format versions 2.0 and 3.0")
  func laterVersions() throws {
    let version2 = try NumPyArray(path: Self.fixture("scores_f8_v2"), role: .scores)
    #expect(version2.header.majorVersion == 2)
    #expect(version2.header.dataOffset == 128)
    #expect(try Self.scores(at: Self.fixture("scores_f8_v2")) == Self.float64Scores)
    let version3 = try NumPyArray(path: Self.fixture("labels_i2_v3"), role: .labels)
    #expect(version3.header.majorVersion == 3)
    #expect(version3.descriptor == "<i2")
    #expect(try Self.labels(at: Self.fixture("labels_i2_v3")) == Self.labels)
  }

  @Test(
    "labels of every stored type read as 0/1",
    arguments: ["labels_b1", "labels_u1_n1", "labels_i8_be", "labels_f8", "labels_i2_v3"])
  func labelTypes(name: String) throws {
    #expect(try Self.labels(at: Self.fixture(name)) == Self.labels)
  }

  @Test("a range at a time appends the same rows as all at once")
  func ranges() throws {
    let scores = try NumPyArray(path: Self.fixture("preds_f4_n2"), role: .scores)
    var pieces: [Double] = []
    for start in stride(from: 0, to: 24, by: 7) {
      scores.appendScores(start..<min(start + 7, 24), to: &pieces)
    }
    scores.appendScores(24..<24, to: &pieces)
    #expect(pieces == Self.float32Scores.map(Double.init))
    let labels = try NumPyArray(path: Self.fixture("labels_i8_be"), role: .labels)
    var labelPieces: [UInt8] = [9]
    try labels.appendLabels(0..<10, to: &labelPieces)
    try labels.appendLabels(10..<24, to: &labelPieces)
    #expect(labelPieces == [9] + Self.labels)
  }

  @Test("an empty array has no rows")
  func emptyArray() throws {
    let array = try NumPyArray(path: Self.fixture("empty_f8"), role: .scores)
    #expect(array.rowCount == 0)
    var buffer: [Double] = [1]
    array.appendScores(0..<0, to: &buffer)
    #expect(buffer == [1])
    let labels = try NumPyArray(path: Self.fixture("empty_f8"), role: .labels)
    var labelBuffer: [UInt8] = []
    try labels.appendLabels(0..<0, to: &labelBuffer)
    #expect(labelBuffer.isEmpty)
  }

  @Test("the fixtures' exact ROC AUC is 113/144, as sklearn finds")
  func areaUnderCurve() throws {
    let labels = try Self.labels(at: Self.fixture("labels_b1"))
    for name in ["scores_f8_le", "scores_f8_be", "scores_f4_le", "preds_f4_n2", "scores_f8_v2"] {
      let scores = try Self.scores(at: Self.fixture(name))
      let auc = try #require(try RankingSummary(scores: scores, labels: labels).rocAUC)
      // sklearn's roc_auc_score: 0.7847222222222221, one ulp below 113/144.
      #expect(abs(auc - 113.0 / 144.0) <= 2 * (113.0 / 144.0).ulp, "\(name)")
    }
  }

  // MARK: Invalid fixtures

  /// An invalid fixture, the role it is opened for, what follows the path in the location,
  /// and the message.
  struct Invalid: Sendable, CustomTestStringConvertible {
    var name: String
    var role: NumPyArray.Role
    var locationSuffix: String
    var message: String
    var testDescription: String { name }
  }

  static let invalidFixtures: [Invalid] = [
    Invalid(
      name: "truncated", role: .scores, locationSuffix: "",
      message:
        "truncated: shape (24,) of '<f8' needs 320 bytes (128 of header, 192 of data), but the file has 315"
    ),
    Invalid(
      name: "bad_magic", role: .scores, locationSuffix: ": byte 5",
      message: "not a .npy file: it must begin with \\x93NUMPY, but begins with \\x93NUMPZ"),
    Invalid(
      name: "bad_version", role: .labels, locationSuffix: ": byte 6",
      message: "unsupported .npy format version 4.0 (1.0, 2.0 and 3.0 are read)"),
    Invalid(
      name: "bad_header", role: .scores, locationSuffix: ": byte 64",
      message: "malformed .npy header: expected ')' or a value, found ']'"),
    Invalid(
      name: "complex", role: .scores, locationSuffix: "",
      message:
        "scores must be float32 or float64 ('<f4', '>f4', '<f8', '>f8'), but the dtype is '<c16' (complex numbers)"
    ),
    Invalid(
      name: "complex", role: .labels, locationSuffix: "",
      message:
        "labels must be bool, integers or floats, each 0 or 1, but the dtype is '<c16' (complex numbers)"
    ),
    Invalid(
      name: "object", role: .scores, locationSuffix: "",
      message:
        "scores must be float32 or float64 ('<f4', '>f4', '<f8', '>f8'), but the dtype is '|O' (Python objects)"
    ),
    Invalid(
      name: "strings", role: .labels, locationSuffix: "",
      message:
        "labels must be bool, integers or floats, each 0 or 1, but the dtype is '<U1' (Unicode strings)"
    ),
    Invalid(
      name: "labels_b1", role: .scores, locationSuffix: "",
      message:
        "scores must be float32 or float64 ('<f4', '>f4', '<f8', '>f8'), but the dtype is '|b1'"),
    Invalid(
      name: "shape_n3", role: .scores, locationSuffix: "",
      message: "scores must have shape (n,), (n, 1) or (n, 2), but the shape is (4, 3)"),
    Invalid(
      name: "preds_f4_n2", role: .labels, locationSuffix: "",
      message: "labels must have shape (n,) or (n, 1), but the shape is (24, 2)"),
    Invalid(
      name: "fortran_n2", role: .scores, locationSuffix: "",
      message:
        "a (24, 2) array in Fortran order (fortran_order: True) is not read; save it in C order, np.ascontiguousarray(a)"
    ),
  ]

  @Test(
    "invalid fixtures are rejected, naming the file and what is wrong", arguments: invalidFixtures)
  func invalidFixture(_ invalid: Invalid) throws {
    let path = try Self.fixture(invalid.name)
    let error = try #require(Self.rejection(path, role: invalid.role))
    #expect(error.location == path + invalid.locationSuffix)
    #expect(error.message == invalid.message)
  }

  @Test("a label that is not 0 or 1 names its value and byte offset, appending nothing")
  func badLabel() throws {
    let path = try Self.fixture("labels_bad_i4")
    let array = try NumPyArray(path: path, role: .labels)
    var buffer: [UInt8] = [1, 0]
    #expect(throws: DataError.self) { try array.appendLabels(0..<24, to: &buffer) }
    #expect(buffer == [1, 0])
    do {
      try array.appendLabels(3..<24, to: &buffer)
      Issue.record("label 7 was accepted")
    } catch {
      #expect(error.location == "\(path): byte 148")
      #expect(error.message == "label 7 is neither 0 nor 1")
      #expect(error.description == "\(path): byte 148: label 7 is neither 0 nor 1")
    }
    // The rows before and after the bad one read.
    try array.appendLabels(0..<5, to: &buffer)
    try array.appendLabels(6..<24, to: &buffer)
    #expect(buffer.count == 2 + 23)
  }

  @Test("a missing file, a directory and standard input are rejected")
  func unreadableFiles() throws {
    let missing = try #require(Self.rejection("/nonexistent/x.npy", role: .scores))
    #expect(missing.description == "/nonexistent/x.npy: cannot open: No such file or directory")
    let directory = try #require(Self.rejection("/tmp", role: .scores))
    #expect(directory.message.hasPrefix("not a regular file"))
    let standardInput = try #require(Self.rejection("-", role: .scores))
    #expect(standardInput.location == "<stdin>")
  }

  // MARK: Files built byte by byte

  @Test("unpadded headers, double quotes, native and Python 2 spellings read")
  func headerSpellings() throws {
    let half = Self.littleEndian((0.5).bitPattern)
    let headers = [
      Self.header(),
      "{\"descr\": \"<f8\", \"fortran_order\": False, \"shape\": (1,)}",
      "{'shape': (1L,),'fortran_order':True,'descr':'<f8'}",
      Self.header(shape: "(1, 1)"),
      Self.header(fortran: "True", shape: "(1, 1)"),
    ]
    try Self.withTemporaryDirectory { directory in
      for (index, header) in headers.enumerated() {
        for version: UInt8 in [1, 2, 3] {
          let path = try Self.write(
            Self.npy(header, version: version, data: half), "h\(index).npy", in: directory)
          #expect(try Self.scores(at: path) == [0.5], "\(header) version \(version)")
        }
      }
      if !NumPyDataType.hostIsBigEndian {
        for descr in ["'=f8'", "'f8'"] {
          let path = try Self.write(
            Self.npy(Self.header(descr: descr), data: half), "native.npy", in: directory)
          #expect(try Self.scores(at: path) == [0.5], "\(descr)")
        }
      }
    }
  }

  @Test("malformed headers name the byte and the fault")
  func malformedHeaders() throws {
    let deep = String(repeating: "(", count: 40) + String(repeating: ")", count: 40)
    // The header dictionary, the byte of the fault counted from the start of the file (the
    // dictionary starts at byte 10), and the message.
    let cases: [(String, Int?, String)] = [
      ("{'descr': '<f8', 'fortran_order': False}", 10, "the key 'shape' is missing"),
      (
        Self.header().replacingOccurrences(of: "}", with: "'extra': 1}"), 66,
        "unexpected key 'extra' (only 'descr', 'fortran_order' and 'shape' belong)"
      ),
      (
        "{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (1,)}", 27,
        "the key 'descr' appears twice"
      ),
      (
        "{'descr': '<f8, 'fortran_order': False, 'shape': (1,)}", 27,
        "expected ',' or '}', found 'f'"
      ),
      ("{'descr': '<f8", 20, "the string has no closing quote"),
      ("{'descr' '<f8', 'fortran_order': False, 'shape': (1,)}", 19, "expected ':', found '''"),
      (Self.header(shape: "(1 2)"), 63, "expected ')' or ',', found '2'"),
      ("{'descr': '<f8'", 26, "expected ',' or '}', the header ends"),
      (
        Self.header(fortran: "1"), 44, "'fortran_order' is 1, not True or False"
      ),
      (Self.header(shape: "(-1,)"), 60, "'shape' is (-1,), not a tuple of integers ≥ 0"),
      (Self.header(shape: "[1]"), 60, "'shape' is [1], not a tuple of integers ≥ 0"),
      (Self.header(shape: "('1',)"), 60, "'shape' is ('1',), not a tuple of integers ≥ 0"),
      (Self.header(shape: "(99999999999999999999,)"), 61, "the integer is too large"),
      (Self.header(shape: deep), 92, "tuples or lists nested more than 32 deep"),
      (Self.header() + " x", 68, "found 'x' after the dictionary"),
      ("{1: 2}", 11, "a dictionary key must be a string"),
      (Self.header(fortran: "Falsey"), 44, "expected a value, found 'F'"),
      ("", 11, "expected '{', the header ends"),
    ]
    try Self.withTemporaryDirectory { directory in
      for (header, offset, message) in cases {
        let path = try Self.write(
          Self.npy(header, data: [UInt8](repeating: 0, count: 8)), "bad.npy", in: directory)
        let error = try #require(Self.rejection(path, role: .scores), "\(header)")
        #expect(error.location == "\(path): byte \(offset ?? 0)", "\(header)")
        #expect(error.message == "malformed .npy header: \(message)", "\(header)")
      }
    }
  }

  @Test("element types and shapes outside the supported set are rejected")
  func unsupportedTypesAndShapes() throws {
    let scoreTypes =
      "scores must be float32 or float64 ('<f4', '>f4', '<f8', '>f8'), but the dtype is"
    let cases: [(String, NumPyArray.Role, String)] = [
      (Self.header(descr: "'<f2'"), .scores, "\(scoreTypes) '<f2' (float16)"),
      (Self.header(descr: "'|f8'"), .scores, "\(scoreTypes) '|f8'"),
      (Self.header(descr: "'<i4'"), .scores, "\(scoreTypes) '<i4'"),
      (Self.header(descr: "'<f08'"), .scores, "\(scoreTypes) '<f08'"),
      (
        Self.header(descr: "'<M8[ns]'"), .labels,
        "labels must be bool, integers or floats, each 0 or 1, but the dtype is '<M8[ns]' (datetimes)"
      ),
      (
        Self.header(descr: "[('a', '<f4'), ('b', '<f4')]"), .scores,
        "\(scoreTypes) '[('a', '<f4'), ('b', '<f4')]' (a structured record)"
      ),
      (
        Self.header(shape: "()"), .scores,
        "scores must have shape (n,), (n, 1) or (n, 2), but the shape is ()"
      ),
      (
        Self.header(shape: "(1, 1, 1)"), .labels,
        "labels must have shape (n,) or (n, 1), but the shape is (1, 1, 1)"
      ),
      (
        Self.header(shape: "(4611686018427387904,)"), .scores,
        "the shape (4611686018427387904,) of '<f8' is too large to read"
      ),
      (
        Self.header(shape: "(1099511627776,)"), .scores,
        "truncated: shape (1099511627776,) of '<f8' needs 8796093022288 bytes (80 of header, 8796093022208 of data), but the file has 88"
      ),
    ]
    try Self.withTemporaryDirectory { directory in
      for (header, role, message) in cases {
        let path = try Self.write(
          Self.npy(header, data: [UInt8](repeating: 0, count: 8)), "bad.npy", in: directory)
        let error = try #require(Self.rejection(path, role: role), "\(header)")
        #expect(error.location == path, "\(header)")
        #expect(error.message == message, "\(header)")
      }
    }
  }

  @Test("labels name the first bad value as NumPy prints it")
  func badLabelValues() throws {
    typealias Case = (descr: String, data: [UInt8], first: UInt8, value: String)
    let cases: [Case] = [
      ("'|b1'", [1, 2], 1, "2"),
      ("'|i1'", [0, 0xFF], 0, "-1"),
      ("'>i2'", Self.bigEndian(Int16(1)) + Self.bigEndian(Int16(-300)), 1, "-300"),
      ("'<u2'", Self.littleEndian(UInt16(0)) + Self.littleEndian(UInt16.max), 0, "65535"),
      ("'>u8'", Self.bigEndian(UInt64(1)) + Self.bigEndian(UInt64.max), 1, "18446744073709551615"),
      (
        "'<i8'", Self.littleEndian(Int64(0)) + Self.littleEndian(Int64.min), 0,
        "-9223372036854775808"
      ),
      (
        "'<f4'", Self.littleEndian(Float(1).bitPattern) + Self.littleEndian(Float(0.5).bitPattern),
        1, "0.5"
      ),
      (
        "'>f8'", Self.bigEndian((-0.0).bitPattern) + Self.bigEndian(Double.nan.bitPattern), 0, "nan"
      ),
      (
        "'<f8'", Self.littleEndian((1.0).bitPattern) + Self.littleEndian((-1.0).bitPattern), 1,
        "-1.0"
      ),
    ]
    try Self.withTemporaryDirectory { directory in
      for (descr, data, first, value) in cases {
        let bytes = Self.npy(Self.header(descr: descr, shape: "(2,)"), data: data)
        let path = try Self.write(bytes, "labels.npy", in: directory)
        let array = try NumPyArray(path: path, role: .labels)
        var buffer: [UInt8] = []
        try array.appendLabels(0..<1, to: &buffer)
        #expect(buffer == [first], "\(descr)")
        do throws(DataError) {
          try array.appendLabels(0..<2, to: &buffer)
          Issue.record("\(descr): the bad label was accepted")
        } catch {
          let offset = bytes.count - data.count / 2
          #expect(error.location == "\(path): byte \(offset)", "\(descr)")
          #expect(error.message == "label \(value) is neither 0 nor 1", "\(descr)")
        }
        #expect(buffer == [first], "\(descr)")
      }
    }
  }

  // MARK: Truncation and corruption never crash

  @Test(
    "every truncation of a valid file is rejected, every extension accepted",
    arguments: [
      "scores_f8_le", "scores_f4_be", "preds_f4_n2", "scores_f8_v2", "labels_b1", "labels_i2_v3",
      "empty_f8",
    ])
  func truncations(name: String) throws {
    let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixture(name))))
    let role: NumPyArray.Role = name.hasPrefix("labels") ? .labels : .scores
    try Self.withTemporaryDirectory { directory in
      for length in 0..<original.count {
        let path = try Self.write(Array(original[..<length]), "cut.npy", in: directory)
        let error = Self.rejection(path, role: role)
        #expect(error != nil, "\(name) cut to \(length) bytes was accepted")
        if let error, length >= 128 {
          #expect(error.message.contains("but the file has \(length)"), "\(error)")
        }
      }
      for extra in [0, 1, 100] {
        let path = try Self.write(
          original + [UInt8](repeating: 0xAB, count: extra), "long.npy", in: directory)
        let array = try NumPyArray(path: path, role: role)
        if role == .labels {
          var buffer: [UInt8] = []
          try array.appendLabels(0..<array.rowCount, to: &buffer)
          #expect(buffer == Self.labels)
        } else {
          var buffer: [Double] = []
          array.appendScores(0..<array.rowCount, to: &buffer)
          #expect(buffer.count == array.rowCount)
        }
      }
    }
  }

  @Test("any single corrupt header byte is read or rejected, never a crash")
  func corruptHeaderBytes() throws {
    let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixture("preds_f4_n2"))))
    let replacements: [UInt8] = Array("\0 '\"(),:[]{}0129-LTx".utf8) + [0x80, 0xFF]
    try Self.withTemporaryDirectory { directory in
      for index in 0..<128 {
        for replacement in replacements where replacement != original[index] {
          var bytes = original
          bytes[index] = replacement
          let path = try Self.write(bytes, "corrupt.npy", in: directory)
          do throws(DataError) {
            let array = try NumPyArray(path: path, role: .scores)
            var buffer: [Double] = []
            array.appendScores(0..<array.rowCount, to: &buffer)
            #expect(buffer.count == array.rowCount)
            if array.rowCount > 0 {
              let end = array.byteOffset(ofRow: array.rowCount - 1) + array.dataType.size
              #expect(end <= bytes.count)
            }
          } catch {
            #expect(error.location.hasPrefix(path))
          }
        }
      }
    }
  }
}
