#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The on-disk form of mergeable counts: versioned, self-describing and checksummed.
///
/// ```
/// offset  size  field
///      0     8  magic "AUCSTATE"
///      8     2  format version, little-endian (2; version 1 is still read)
///     10     1  kind: 1 histogram (linear, unweighted), 2 counts (exact, log or weighted)
///     11     1  reserved, 0
///     12     8  payload length L, little-endian
///     20     L  payload: version 2 binary (see `Version2Prefix`), version 1 JSON
///   20+L     4  CRC-32 (zlib) of every byte before it, little-endian
/// ```
///
/// A file that is truncated, extended, from another program or version, or has any byte
/// changed is rejected with the reason; a CRC-32 catches every change of up to 32 bits. Each
/// state delimits itself, so states written one after another (`cat a b | auc merge -`) are
/// read one by one.
public enum StateFile {
  static let magic = Array("AUCSTATE".utf8)
  /// The version this `auc` writes.
  public static let version: UInt16 = 2
  /// The versions this `auc` reads.
  public static let readableVersions: ClosedRange<UInt16> = 1...2
  static let headerSize = 20
  static let trailerSize = 4

  /// The bytes of a (version 2) state file holding `payload`. It does not throw for any
  /// payload: the `throws` is there for the file writers that call it.
  public static func encode(_ payload: StatePayload) throws -> [UInt8] {
    let body = payload.version2Payload()
    var bytes = magic
    bytes.reserveCapacity(headerSize + body.count + trailerSize)
    append(version, to: &bytes)
    bytes.append(payload.kind.rawValue)
    bytes.append(0)
    append(UInt64(body.count), to: &bytes)
    bytes.append(contentsOf: body)
    append(CRC32.checksum(bytes), to: &bytes)
    return bytes
  }

  /// A decoded state file: its version, its payload, and (version 1) the payload's JSON text.
  public struct DecodedState {
    public var version: UInt16
    public var payload: StatePayload
    /// The JSON text of a version-1 payload, as stored (a slice of the bytes read, not a
    /// copy); `nil` for version 2.
    public var version1JSON: ArraySlice<UInt8>?
  }

  /// The payload of a state file's bytes, or the reason they are not a valid state file.
  public static func decode(_ bytes: [UInt8]) throws(StateFileError) -> StatePayload {
    try decodeState(bytes).payload
  }

  /// The decoded state file in `bytes`, of either version, checked whole.
  public static func decodeState(_ bytes: [UInt8]) throws(StateFileError) -> DecodedState {
    try decodeState(bytes, at: 0, wholeFile: true).state
  }

  /// The state starting at `start` of `bytes`, and where it ends.
  static func decodeState(_ bytes: [UInt8], at start: Int, wholeFile: Bool)
    throws(StateFileError) -> (state: DecodedState, end: Int)
  {
    let result = bytes.withUnsafeBytes { buffer in
      Result { () throws(StateFileError) in
        let frame = try StateFrame(buffer, at: start, wholeFile: wholeFile)
        return (try frame.decode(buffer), frame)
      }
    }
    var (state, frame) = try result.get()
    if state.version == 1 { state.version1JSON = bytes[frame.payload] }
    return (state, frame.end)
  }

  /// Reads and decodes the state file at `path`.
  public static func read(_ path: String) throws(DataError) -> StatePayload {
    try readState(path).payload
  }

  /// Reads and decodes the state file at `path`, keeping its version (for `state show`).
  public static func readState(_ path: String) throws(DataError) -> DecodedState {
    let bytes = try fileBytes(path)
    do {
      return try decodeState(bytes)
    } catch {
      throw DataError(location: path, message: error.message)
    }
  }

  /// The bytes of the state file at `path`, which must be a regular file.
  static func fileBytes(_ path: String) throws(DataError) -> [UInt8] {
    try RegularFileContents.read(
      path, purpose: "a state file is a file written by auc accumulate or auc merge")
  }

  /// Writes `payload` to `path` as `OutputPath` writes: a regular file (or a new path) is
  /// replaced atomically, so readers see the old file or the whole new one, never half of it;
  /// a device or FIFO is written straight through.
  public static func write(_ payload: StatePayload, to path: String) throws(DataError) {
    let bytes: [UInt8]
    do {
      bytes = try encode(payload)
    } catch {
      throw DataError(location: path, message: "cannot encode the state: \(error)")
    }
    try OutputPath.write(bytes, to: path)
  }

  private static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
  }
}

/// Why some bytes are not a valid state file.
public struct StateFileError: Error {
  /// What is wrong, for example `truncated: 12 bytes, but a state file has at least 24`.
  public var message: String
  init(_ message: String) { self.message = message }
}
