import CZlib
import Foundation

/// The on-disk form of mergeable counts: versioned, self-describing and checksummed.
///
/// ```
/// offset  size  field
///      0     8  magic "AUCSTATE"
///      8     2  format version, little-endian (1)
///     10     1  kind: 1 histogram (linear, unweighted), 2 counts (exact, log or weighted)
///     11     1  reserved, 0
///     12     8  payload length L, little-endian
///     20     L  payload: JSON with the row tally and the counts (thresholds or binning inside)
///   20+L     4  CRC-32 (zlib) of every byte before it, little-endian
/// ```
///
/// A file that is truncated, extended, from another program or version, or has any byte
/// changed is rejected with the reason; a CRC-32 catches every change of up to 32 bits.
public enum StateFile {
  static let magic = Array("AUCSTATE".utf8)
  public static let version: UInt16 = 1
  static let headerSize = 20
  static let trailerSize = 4

  /// The bytes of a state file holding `payload`.
  public static func encode(_ payload: StatePayload) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let body = try encoder.encode(payload)
    var bytes = magic
    append(version, to: &bytes)
    bytes.append(payload.kind.rawValue)
    bytes.append(0)
    append(UInt64(body.count), to: &bytes)
    bytes.append(contentsOf: body)
    append(checksum(bytes), to: &bytes)
    return bytes
  }

  /// The payload of a state file's bytes, or the reason they are not a valid state file.
  public static func decode(_ bytes: [UInt8]) throws(StateFileError) -> StatePayload {
    guard bytes.count >= headerSize + trailerSize else {
      throw .init(
        "truncated: \(bytes.count) bytes, but a state file has at least \(headerSize + trailerSize)"
      )
    }
    guard Array(bytes[0..<8]) == magic else {
      throw .init("not an auc state file: it does not start with \"AUCSTATE\"")
    }
    let fileVersion = UInt16(bytes[8]) | UInt16(bytes[9]) << 8
    guard fileVersion == version else {
      throw .init(
        "format version \(fileVersion) is not supported; this auc reads version \(version)")
    }
    let length = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[12 + $1]) << (8 * UInt64($1)) }
    let expected = UInt64(headerSize + trailerSize) &+ length
    guard length <= UInt64(Int.max / 2), expected == UInt64(bytes.count) else {
      throw .init(
        "truncated or extended: the header announces \(length) payload bytes, so \(expected) bytes in all, but the file has \(bytes.count)"
      )
    }
    let end = bytes.count - trailerSize
    let stored = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[end + $1]) << (8 * UInt32($1)) }
    let computed = checksum(Array(bytes[..<end]))
    guard stored == computed else {
      throw .init(
        "corrupted: the checksum is \(hex(stored)) but the contents give \(hex(computed))")
    }
    guard let kind = StatePayload.Kind(rawValue: bytes[10]) else {
      throw .init("unknown kind \(bytes[10]) (this auc knows 1 histogram and 2 counts)")
    }
    guard bytes[11] == 0 else {
      throw .init("the reserved header byte 11 is \(bytes[11]), not 0")
    }
    let payload: StatePayload
    do {
      payload = try JSONDecoder().decode(StatePayload.self, from: Data(bytes[headerSize..<end]))
    } catch {
      throw .init("the counts do not decode: \(error)")
    }
    guard payload.accumulator != nil, payload.kind == kind else {
      throw .init("the header says \(kind.name) but the payload holds something else")
    }
    try checkRowTally(payload)
    return payload
  }

  /// Throws unless the row tally that the summary prints agrees with the counts: the classes'
  /// totals of a histogram, the row count of exact, log or weighted counts.
  private static func checkRowTally(_ payload: StatePayload) throws(StateFileError) {
    let rows = payload.rows
    let (total, overflow) = rows.positives.addingReportingOverflow(rows.negatives)
    let tally = "the row tally says \(rows.positives) positive and \(rows.negatives) negative rows"
    switch payload.accumulator {
    case .histogram(let histogram)?:
      guard histogram.positiveCount == rows.positives, histogram.negativeCount == rows.negatives
      else {
        let held = "\(histogram.positiveCount) and \(histogram.negativeCount)"
        throw .init("\(tally), but the histogram holds \(held)")
      }
    case .counts(let counts)?:
      guard !overflow, counts.rowCount == total else {
        throw .init("\(tally), but the counts hold \(counts.rowCount) rows")
      }
    case nil:
      break
    }
  }

  /// Reads and decodes the state file at `path`.
  public static func read(_ path: String) throws(DataError) -> StatePayload {
    let bytes = try RegularFileContents.read(
      path, purpose: "a state file is a file written by auc accumulate or auc merge")
    do {
      return try decode(bytes)
    } catch {
      throw DataError(location: path, message: error.message)
    }
  }

  /// Writes `payload` to `path` through a temporary file in the same folder, flushed and then
  /// renamed into place: readers see the old file or the whole new one, never half of it.
  public static func write(_ payload: StatePayload, to path: String) throws(DataError) {
    let bytes: [UInt8]
    do {
      bytes = try encode(payload)
    } catch {
      throw DataError(location: path, message: "cannot encode the state: \(error)")
    }
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw DataError(location: path, message: "cannot create \(temporary): \(errorText())")
    }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let reason = errorText()
        close(descriptor)
        unlink(temporary)
        throw DataError(location: path, message: "cannot write: \(reason)")
      }
      written += count
    }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard synced, rename(temporary, path) == 0 else {
      let reason = errorText()
      unlink(temporary)
      throw DataError(location: path, message: "cannot put the state in place: \(reason)")
    }
  }

  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      UInt32(crc32(0, buffer.baseAddress, UInt32(buffer.count)))
    }
  }

  private static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }
}

/// Why some bytes are not a valid state file.
public struct StateFileError: Error {
  /// What is wrong, for example `truncated: 12 bytes, but a state file has at least 24`.
  public var message: String
  init(_ message: String) { self.message = message }
}
