import Foundation
import Testing

/// Scores, weights and labels at the edges of the number grammar, through the built `auc`:
/// infinite and vanishing decimals, hexadecimal and other non-decimal text, labels that only
/// round to 0 or 1, and `.npy` float labels.
@Suite("auc reads decimals exactly")
struct DecimalInputEndToEndTests {
  typealias Table = BadInputTableTests

  static let zeros = String(repeating: "0", count: 10_000)
  /// 5 · 10^-10001 · 10^100005: an infinite Double and Float.
  static let infiniteDecimal = "0." + zeros + "5e100005"

  /// `d.csv` of the table: the header, two good rows, and `score,label` on line 4.
  static func file(score: String, label: String = "1", in folder: Table.Folder) throws -> String {
    try folder.write(Table.goodRows + "\(score),\(label)\n", to: "d.csv")
  }

  /// The summary of the same rows with the plain `reference` in the place of the text.
  static func expectSameOutput(
    _ text: String, as reference: String, options: [String], label: String = "1",
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let folder = try Table.Folder()
    let path = try folder.write(Table.goodRows + "\(text),\(label)\n", to: "d.csv")
    let plain = try folder.write(Table.goodRows + "\(reference),\(label)\n", to: "p.csv")
    let outcome = try CommandRunner.run([path, "--format", "json"] + options)
    let expected = try CommandRunner.run([plain, "--format", "json"] + options)
    #expect(try Table.rowCounts(outcome) == [3, 2, 1], sourceLocation: sourceLocation)
    #expect(outcome.standardOutput == expected.standardOutput, sourceLocation: sourceLocation)
  }

  /// The defect: the exponent was read up to 10 000 and the 10 001 places after the point
  /// cancelled it, so this infinite score counted as 0.5, in every mode and as a weight.
  @Test(
    "a decimal whose value is infinite is rejected as not finite, in every mode",
    arguments: [[], ["--exact"], ["--float32"], ["--bins", "log:16"]])
  func infiniteScore(options: [String]) throws {
    let folder = try Table.Folder()
    let path = try Self.file(score: Self.infiniteDecimal, in: folder)
    try Table.expectRejected(
      [path] + options, "\(path):4: score inf is not a finite number", in: folder)
    let negative = try Self.file(score: "-" + Self.infiniteDecimal, in: folder)
    Table.expectRejection(
      try CommandRunner.run([negative] + options), "\(negative):4: score -inf is not a finite number")
  }

  @Test("an infinite decimal weight is rejected")
  func infiniteWeight() throws {
    let folder = try Table.Folder()
    let path = try folder.write(
      "score,label,weight\n0.5,1,1\n0.2,0,1\n0.7,1,\(Self.infiniteDecimal)\n", to: "d.csv")
    try Table.expectRejected(
      [path, "--weight", "weight"], "\(path):4: weight inf is not a finite number ≥ 0", in: folder)
  }

  /// 5 · 10^-10001 · 10^10004 is 5000: `--exact` counts it as 5000, and binning rejects it as
  /// out of range (it was read as 0.5).
  @Test("a long decimal whose exponent cancels its places: its value, 5000")
  func cancellingExponent() throws {
    let text = "0." + Self.zeros + "5e10004"
    try Self.expectSameOutput(text, as: "5000", options: ["--exact"])
    let folder = try Table.Folder()
    let path = try Self.file(score: text, in: folder)
    Table.expectRejection(
      try CommandRunner.run([path]), "\(path):4: score 5000.0 is outside 0...1")
  }

  /// Exponents far past any range, leading zeros by the thousand, and the forms of a decimal:
  /// each counts as the plain number it equals.
  @Test(
    "vanishing, zero and long decimals count as the number they equal",
    arguments: [
      ("1e-100000000000000000000", "0"), ("0e99999999999999999999", "0"),
      ("-0e-99999999999999999999", "0"), ("0." + String(repeating: "0", count: 400) + "1", "0"),
      (zeros + "0.5", "0.5"), ("0.5" + zeros, "0.5"), ("+0.5", "0.5"), (".5", "0.5"),
      ("5e-1", "0.5"), ("+.5e0", "0.5"), ("5" + zeros + "e-10001", "0.5"), ("1.", "1"),
    ])
  func equalDecimals(text: String, reference: String) throws {
    for options in [[], ["--exact"], ["--float32"]] {
      try Self.expectSameOutput(text, as: reference, options: options)
    }
  }

  /// Scores are decimals: the hexadecimal numbers that C's `strtod` reads are rejected with
  /// their own message, and `nan(…)`, digit separators, full-width digits, spaces inside and
  /// form feeds before are not numbers. The words `infinity` and `nan` are read, and rejected.
  @Test(
    "non-decimal scores: FILE:LINE, the text, exit 1",
    arguments: [
      ("0x1p-3", "score \"0x1p-3\" is not a decimal number"),
      ("-0X1P-3", "score \"-0X1P-3\" is not a decimal number"),
      ("nan(123)", "score \"nan(123)\" is not a number"),
      ("1_000", "score \"1_000\" is not a number"),
      ("\u{FF11}", "score \"\u{FF11}\" is not a number"),
      ("0. 5", "score \"0. 5\" is not a number"),
      ("\u{0C}0.5", "score \"\\u{C}0.5\" is not a number"),
      ("1e", "score \"1e\" is not a number"),
      (".", "score \".\" is not a number"),
      ("infinity", "score inf is not a finite number"),
      ("-Infinity", "score -inf is not a finite number"),
    ])
  func nonDecimalScore(text: String, message: String) throws {
    let folder = try Table.Folder()
    let path = try Self.file(score: text, in: folder)
    try Table.expectRejected([path], "\(path):4: \(message)", in: folder)
    Table.expectRejection(try CommandRunner.run([path, "--exact"]), "\(path):4: \(message)")
  }

  @Test("a hexadecimal weight is not a decimal number")
  func hexadecimalWeight() throws {
    let folder = try Table.Folder()
    let path = try folder.write("score,label,weight\n0.5,1,1\n0.2,0,1\n0.7,1,0x1p-3\n", to: "d.csv")
    try Table.expectRejected(
      [path, "--weight", "weight"], "\(path):4: weight \"0x1p-3\" is not a decimal number",
      in: folder)
  }

  /// The defect: labels were parsed as doubles and compared with 0 and 1, so `1e-400` (which
  /// rounds to 0) counted as a negative and `0.99999999999999999999` as a positive.
  @Test(
    "a label that only rounds to 0 or 1 is rejected with its text",
    arguments: [
      "1e-400", "0.99999999999999999999", "1.0000000000000000000001", "0x1", "1e1", "-1", "inf",
      "nan", "1e-99999999999999999999",
    ])
  func roundedLabel(text: String) throws {
    let folder = try Table.Folder()
    let path = try Self.file(score: "0.7", label: text, in: folder)
    try Table.expectRejected([path], "\(path):4: label \"\(text)\" is neither 0 nor 1", in: folder)
  }

  /// Every form whose decimal value is exactly 0 or 1 counts, in the class it names.
  @Test(
    "labels exactly 0 or 1 as decimals are counted",
    arguments: [
      ("1.000", "1"), ("+1", "1"), ("1e0", "1"), ("10e-1", "1"), ("0.1e1", "1"),
      (" 1.0 ", "1"), ("1." + zeros, "1"), ("0.0e5", "0"), ("-0", "0"), ("+0", "0"),
      ("0e99999999999999999999", "0"), ("0." + zeros, "0"),
    ])
  func exactLabel(text: String, label: String) throws {
    let folder = try Table.Folder()
    let path = try Self.file(score: "0.7", label: text, in: folder)
    let plain = try folder.write(Table.goodRows + "0.7,\(label)\n", to: "p.csv")
    let outcome = try CommandRunner.run([path, "--format", "json"])
    let expected = try CommandRunner.run([plain, "--format", "json"])
    #expect(outcome.standardOutput == expected.standardOutput)
    #expect(try Table.rowCounts(outcome) == (label == "1" ? [3, 2, 1] : [3, 1, 2]))
  }

  /// `.npy` float labels are compared bit for bit: ±0.0 and 1.0 are labels, the nearest
  /// doubles and floats around them are not.
  @Test("npy float labels: exactly 0.0, -0.0 or 1.0")
  func numPyFloatLabels() throws {
    let folder = try Table.Folder()
    let scores = try folder.write(Table.goodScores, to: "s.npy")
    func labels64(_ values: [Double]) -> Data {
      Table.numPyFile(
        descriptor: "<f8", shape: "(3,)",
        data: values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian) { Array($0) } })
    }
    func labels32(_ values: [Float]) -> Data {
      Table.numPyFile(
        descriptor: "<f4", shape: "(3,)",
        data: values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian) { Array($0) } })
    }
    for good in [labels64([1, -0.0, 1]), labels32([1, -0.0, 1])] {
      let path = try folder.write(good, to: "l.npy")
      let outcome = try CommandRunner.run(["--scores", scores, "--labels", path, "--format", "json"])
      #expect(try Table.rowCounts(outcome) == [3, 2, 1])
    }
    let oneBelow = 1.0.nextDown
    for (data, text, size) in [
      (labels64([1, 0, oneBelow]), "\(oneBelow)", 8), (labels64([1, 0, 1e-300]), "1e-300", 8),
      (labels64([1, 0, .leastNonzeroMagnitude]), "5e-324", 8),
      (labels32([1, 0, Float(1).nextUp]), "\(Float(1).nextUp)", 4),
      (labels32([1, 0, .leastNonzeroMagnitude]), "\(Float.leastNonzeroMagnitude)", 4),
    ] {
      let path = try folder.write(data, to: "l.npy")
      try Table.expectRejected(
        ["--scores", scores, "--labels", path],
        "\(path): byte \(128 + 2 * size): label \(text) is neither 0 nor 1", in: folder)
    }
  }
}
