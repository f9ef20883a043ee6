import AUCMetrics
import Foundation
import Testing

@testable import AUCFileFormats

/// Version-2 state files: the bytes `auc accumulate` writes are those README's layout
/// describes (built here by hand from it), and every flipped or cut byte of a small file of
/// each kind is rejected.
@Suite("State files, version 2")
struct StateFileVersion2Tests {
  typealias Folder = BadInputTableTests.Folder
  static let varint = BadInputTableTests.varint

  /// `auc accumulate CSV OPTIONS --state-out -`'s bytes.
  static func accumulated(_ csv: String, _ options: [String] = []) throws -> [UInt8] {
    let folder = try Folder()
    let path = try folder.write(csv, to: "rows.csv")
    let state = folder.url.appendingPathComponent("s.aucstate").path
    let outcome = try CommandRunner.run(["accumulate", path, "--state-out", state] + options)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    return try [UInt8](Data(contentsOf: URL(fileURLWithPath: state)))
  }

  /// A state file around `payload`, as README's table lays it out.
  static func file(kind: UInt8, payload: [UInt8]) -> [UInt8] {
    var bytes = Array("AUCSTATE".utf8) + [2, 0, kind, 0]
    withUnsafeBytes(of: UInt64(payload.count).littleEndian) { bytes += $0 }
    bytes += payload
    withUnsafeBytes(of: BadInputTableTests.crc32(bytes).littleEndian) { bytes += $0 }
    return bytes
  }

  @Test("exact counts, keys stored as keys: the bytes README describes")
  func keyCodingLayout() throws {
    // Groups 0.25 (0 positive, 1 negative) and 0.5 (1, 1). Keys: the doubles' bits with the
    // sign bit flipped; they differ by 2^52, so the stride is 52 and the difference 1. The
    // decimal numbers (25 and 50 of 2 digits) would take as many bytes: the keys win ties.
    let key = 0x3FD0_0000_0000_0000 | UInt64(1) << 63
    let counts: [UInt8] =
      [0, 0, 0] + Self.varint(1) + Self.varint(2) + Self.varint(2) + [0, 52]
      + Self.varint(key) + [0, 1] + Self.varint(1) + [1, 1]
    let expected = Self.file(kind: 2, payload: [1, 2, 0] + counts)
    let written = try Self.accumulated("score,label\n0.5,1\n0.25,0\n0.5,0\n", ["--exact"])
    #expect(written == expected)
  }

  @Test("exact counts, keys stored as numbers of decimals: the bytes README describes")
  func decimalCodingLayout() throws {
    // 0.1 and 0.7310586 are decimals of 7 digits (1000000 and 7310586 times 10^-7, decade
    // k = -1): number 1 + (k − (7 − 23)) · 9 · 10^6 + n − 10^6, stored plus 2^63.
    func number(_ mantissa: Int) -> Int { 1 + (-1 - (7 - 23)) * 9_000_000 + mantissa - 1_000_000 }
    let first = UInt64(number(1_000_000)) | UInt64(1) << 63
    let difference = UInt64(number(7_310_586) - number(1_000_000))
    // The writer stores the numbers of decimals with stride 0.
    let counts: [UInt8] =
      [0, 0, 0] + Self.varint(2) + Self.varint(1) + Self.varint(2) + [7, 0]
      + Self.varint(first) + [1, 0] + Self.varint(difference) + [1, 1]
    let expected = Self.file(kind: 2, payload: [2, 1, 0] + counts)
    let written = try Self.accumulated(
      "score,label\n0.7310586,1\n0.1,1\n0.7310586,0\n", ["--exact"])
    #expect(written == expected)
  }

  @Test("histograms and weighted counts: the bytes README describes")
  func histogramAndWeightsLayout() throws {
    // T = 3: bins 0 ... 3; 0.5 → bin 1, 0.9 → bin 2, 1.0 → bin 3.
    let histogram = try Self.accumulated(
      "score,label\n0.5,1\n0.9,0\n1,1\n", ["--thresholds", "3"])
    #expect(histogram == Self.file(kind: 1, payload: [2, 1, 0, 3, 0, 0, 1, 0, 0, 1, 0, 1]))
    // Weighted, linear bins (T = 2): groups are bins 1 (0.5) and 2 (1.0), weights doubles.
    let weighted = try Self.accumulated(
      "score,label,w\n0.5,1,0.25\n1,0,3\n", ["--thresholds", "2", "--weight", "w"])
    func double(_ value: Double) -> [UInt8] {
      withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init)
    }
    // Linear T = 2, flags 2 (weighted), 1 and 1 rows, 2 groups, keys as keys, stride 0; bin 1
    // (0.25, 0), then bin 2, 1 above it (0, 3).
    let counts: [UInt8] =
      [1, 2, 2, 1, 1, 2, 0, 0] + [1] + double(0.25) + double(0) + [1] + double(0) + double(3)
    #expect(weighted == Self.file(kind: 2, payload: [1, 1, 1] + counts))
  }

  /// Small states of every kind, as `auc accumulate` writes them.
  static func smallStates() throws -> [(name: String, bytes: [UInt8])] {
    let unit = "score,label,w\n0.5,1,0.25\n0.9,0,3\n1,1,1e-9\n0.9,1,7\n0.125,0,0\n"
    let any = "score,label,w\n-2.5,1,1e9\n-2.5,1,1.1e-9\n0.75,0,3.3e-7\n0.75,0,7e12\n1e300,1,0.1\n"
    return [
      ("histogram", try accumulated(unit, ["--thresholds", "4"])),
      ("exact", try accumulated(any, ["--exact"])),
      (
        "exact-float32",
        try accumulated(any.replacing("1e300", with: "3.5e30"), ["--exact", "--float32"])
      ),
      ("log", try accumulated(any, ["--bins", "log:16"])),
      ("weighted-tails", try accumulated(any, ["--exact", "--weight", "w"])),
      ("weighted-linear", try accumulated(unit, ["--thresholds", "4", "--weight", "w"])),
    ]
  }

  @Test("every flipped byte and every cut of a small version-2 file of each kind is rejected")
  func everyPosition() throws {
    for (name, bytes) in try Self.smallStates() {
      let decoded = try StateFile.decodeState(bytes)
      #expect(decoded.version == 2, "\(name)")
      #expect(try StateFile.encode(decoded.payload) == bytes, "\(name)")
      for position in bytes.indices {
        for mask: UInt8 in [0x01, 0x80, 0xFF] {
          var damaged = bytes
          damaged[position] ^= mask
          #expect(throws: StateFileError.self, "\(name): byte \(position) ^ \(mask)") {
            try StateFile.decode(damaged)
          }
        }
      }
      for length in 0..<bytes.count {
        #expect(throws: StateFileError.self, "\(name): the first \(length) bytes") {
          try StateFile.decode(Array(bytes[..<length]))
        }
      }
      #expect(throws: StateFileError.self) { try StateFile.decode(bytes + [0]) }
    }
  }

  @Test(
    "a changed payload byte with the checksum made right is rejected or decodes to a valid state")
  func everyPositionResealed() throws {
    for (name, bytes) in try Self.smallStates() {
      for position in 20..<(bytes.count - 4) {
        for mask: UInt8 in [0x01, 0x40, 0xFF] {
          var changed = bytes
          changed[position] ^= mask
          let resealed = BadInputTableTests.resealed(changed)
          guard let payload = try? StateFile.decode(resealed) else { continue }
          // Valid after all: its counts keep every invariant and encode to a file that
          // decodes to the same counts.
          if case .counts(let counts)? = payload.accumulator {
            #expect(throws: Never.self, "\(name): byte \(position)") {
              try counts.checkInvariants()
            }
          }
          let again = try StateFile.decode(try StateFile.encode(payload))
          #expect(try StateFile.encode(again) == StateFile.encode(payload), "\(name)")
        }
      }
    }
  }

  @Test("a state the fuzzer found, whose weights multiply past the largest double, decodes and sums")
  func fuzzerWeightsTooLarge() throws {
    // FuzzStateFileV2's input: byte 0 odd (seal), byte 1 the kind, then the payload.
    let input = try #require(
      Data(
        base64Encoded:
          "AQIDAwEAAAIDAwUCAJjx////////fwAAAAAAAAAAAAAAAAAAAADoDlJhbmRvbU51bWJlckdlbmWTDgAAAAAAAAAAldYm6AsuET4wAAAAAAAA8D8AAIB579OFABQAQgAAAAAAQAAAAAAAAAAA"
      ))
    let bytes = Self.file(kind: input[1], payload: Array(input.dropFirst(2)))
    // Its weights add up to less than the largest double, so it is valid counts; the sweeps
    // scale each class before they multiply, so its areas are numbers in 0...1.
    let payload = try StateFile.decode(bytes)
    guard case .counts(let counts)? = payload.accumulator else {
      Issue.record("not counts")
      return
    }
    let summary = counts.summary
    for area in [summary.rocAUC, summary.averagePrecision, summary.prAUCTrapezoid] {
      let value = try #require(area)
      #expect((0...1).contains(value))
    }
    let again = try StateFile.decode(try StateFile.encode(payload))
    guard case .counts(let decoded)? = again.accumulator else {
      Issue.record("not counts after a round trip")
      return
    }
    #expect(decoded == counts)
  }
}
