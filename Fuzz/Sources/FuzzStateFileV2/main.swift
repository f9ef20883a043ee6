// Fuzzes the version-2 state-file decoder and the one-pass merge: any bytes must decode or
// throw a `StateFileError` / `DataError`, never trap. The first byte chooses:
//   odd:  the second byte is the kind and the rest a version-2 payload, sealed in a valid
//         header and checksum, so that mutations reach the binary decoding and its checks;
//   even: the rest as is, read both as one file and as a stream of states back to back.
// A state that decodes must give a valid summary, encode to bytes that decode and encode to
// the same bytes, give the same groups from its compact bytes as from its counts, and merge
// with itself in one pass as the decoded counts merge one after another. A stream whose
// states each decode merges in one pass as they merge one after another; a stream with a
// state that does not decode does not merge.
import AUCFileFormats
import AUCMetrics
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStateFileVersion2(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var stream = ByteStream(UnsafeRawBufferPointer(start: data, count: size))
  let sealed = stream.byte() & 1 == 1
  let bytes =
    sealed
    ? StateFileSeal.seal(kind: stream.byte(), payload: stream.rest(), version: 2)
    : stream.rest()
  if let decoded = try? StateFile.decodeState(bytes) {
    checkDecoded(decoded.payload)
  }
  if !sealed { checkStream(bytes) }
  return 0
}

/// The properties of a decoded state.
func checkDecoded(_ payload: StatePayload) {
  guard var accumulator = payload.accumulator else {
    preconditionFailure("a decoded state holds no counts")
  }
  Invariants.check(payload)
  accumulator.flush()
  if ordinaryWeights(accumulator) { Invariants.check(accumulator.summary, "decoded state") }
  let encoded = try! StateFile.encode(payload)
  do {
    let again = try StateFile.encode(try StateFile.decode(encoded))
    precondition(again == encoded, "the state file encoding is not stable")
  } catch {
    preconditionFailure("an encoded payload does not decode: \(error)")
  }
  var released: StatePayload? = payload
  precondition(
    StatePayload.groups(releasing: &released) == accumulator.groups,
    "the groups of the compact bytes are not the counts' groups")
  let single = EncodedState(payload)
  let merged: StatePayload
  do {
    merged = try StateFile.merge([single, single])
    Invariants.check(merged)
  } catch {
    // Counts that would pass 2^64 − 1 rows: the one-pass merge refuses as the other does.
    var doubled = payload
    precondition((try? doubled.merge(payload)) == nil, "only the one-pass merge failed: \(error)")
    return
  }
  var doubled = payload
  do {
    try doubled.merge(payload)
  } catch {
    preconditionFailure("only the one-pass merge succeeded: \(error)")
  }
  precondition(merged.rows == doubled.rows, "the merges count different rows")
  expectSameCounts(merged, doubled)
}

/// Whether the summary's areas are in reach of the sweeps' arithmetic: unweighted, or every
/// weight 0 or within 1e±100 and the totals too. The decoders accept any finite weights ≥ 0
/// whose totals multiply to a finite number; the double-double sweep overflows or
/// underflows on weights like 1 over 1e-313 (a NaN area), which is the sweep's to handle,
/// not the decoder's.
func ordinaryWeights(_ accumulator: MetricAccumulator.Storage) -> Bool {
  guard case .counts(let counts) = accumulator, counts.isWeighted else { return true }
  let ordinary = { (weight: Double) in weight == 0 || (1e-100...1e100).contains(weight) }
  var every = ordinary(counts.positiveWeight) && ordinary(counts.negativeWeight)
  counts.forEachStoredGroup { _, positive, negative in
    every = every && ordinary(positive.0) && ordinary(negative.0)
  }
  return every
}

/// The properties of bytes read as states back to back.
func checkStream(_ bytes: [UInt8]) {
  guard let states = try? StateFile.encodedStates(in: bytes, location: "fuzz", wholeFile: false)
  else { return }
  let decoded = try? StateFile.decodeStates(inStream: bytes, location: "fuzz")
  let merged = try? StateFile.merge(states)
  guard let decoded else {
    // A state whose groups are bad cannot be merged either.
    precondition(merged == nil, "a stream with a bad state merged")
    return
  }
  var sequential = decoded[0].payload
  for state in decoded.dropFirst() {
    guard (try? sequential.merge(state.payload)) != nil else {
      precondition(merged == nil, "states that do not merge merged in one pass")
      return
    }
  }
  guard let merged else {
    preconditionFailure("states that merge one after another did not merge in one pass")
  }
  precondition(merged.rows == sequential.rows, "the merges count different rows")
  expectSameCounts(merged, sequential)
}

/// The same counts from both merges, unless a memory budget applied: the one-pass merge
/// applies it once, to the merged groups, the other after every merge.
func expectSameCounts(_ left: StatePayload, _ right: StatePayload) {
  switch (left.accumulator, right.accumulator) {
  case (.histogram(let mine)?, .histogram(let theirs)?):
    precondition(mine == theirs, "the merged histograms differ")
  case (.counts(let mine)?, .counts(let theirs)?):
    if mine.memoryBudget == nil && theirs.memoryBudget == nil {
      precondition(mine == theirs, "the merged counts differ")
    } else {
      precondition(mine.rowCount == theirs.rowCount, "the merged counts differ in rows")
    }
  default:
    preconditionFailure("the merges give different kinds")
  }
}
