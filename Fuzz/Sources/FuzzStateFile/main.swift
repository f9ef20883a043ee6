// Fuzzes the state-file decoder: any bytes must decode to a payload or throw a
// `StateFileError`. An input whose first byte is odd is sealed first: its second byte is the
// kind and the rest the JSON payload, wrapped in a valid header and checksum, so that
// mutations reach the JSON decoding and the checks after it. Otherwise the bytes after the
// first are the file as is. a payload that decodes must give a valid summary, encode to bytes that
// decode to the same payload (the encoding is canonical), and merge with itself.
import AUCFileFormats
import AUCMetrics
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStateFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var stream = ByteStream(UnsafeRawBufferPointer(start: data, count: size))
  let bytes =
    stream.byte() & 1 == 1
    ? StateFileSeal.seal(kind: stream.byte(), payload: stream.rest()) : stream.rest()
  let payload: StatePayload
  do {
    payload = try StateFile.decode(bytes)
  } catch {
    precondition(!error.message.isEmpty, "an empty error message")
    return 0
  }
  guard var accumulator = payload.accumulator else { return 0 }
  Invariants.check(payload)
  accumulator.flush()
  Invariants.check(accumulator.summary, "decoded state")
  let encoded: [UInt8]
  do {
    encoded = try StateFile.encode(payload)
  } catch {
    preconditionFailure("a decoded payload does not encode: \(error)")
  }
  do {
    let again = try StateFile.encode(try StateFile.decode(encoded))
    precondition(again == encoded, "the state file encoding is not stable")
  } catch {
    preconditionFailure("an encoded payload does not decode: \(error)")
  }
  var doubled = payload
  do {
    try doubled.merge(payload)
    precondition(doubled.rows.total == payload.rows.total &* 2, "merge lost rows")
  } catch {
    // Counts that would pass 2^64 − 1, or a weighted state whose weights cannot double:
    // a typed error, and the payload is unchanged.
    precondition(try! StateFile.encode(doubled) == encoded, "a failed merge changed the state")
  }
  return 0
}
