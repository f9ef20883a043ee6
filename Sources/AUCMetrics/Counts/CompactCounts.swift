/// The compact encoding of ``ScoreCounts``: its layout, its header, and a cursor that decodes
/// the groups one at a time, checking each as ``ScoreCounts/checkInvariants()`` does.
///
/// ```
/// field                 encoding
/// binning               byte: 0 exact, 1 linear, 2 logarithmic
/// parameter             varint: 0 (exact), T (linear), sub-bins per octave (logarithmic)
/// flags                 byte: 1 switched from exact, 2 weighted, 4 weight tails, 8 budget
/// memory budget         varint, when flag 8 is set
/// positive rows         varint
/// negative rows         varint
/// group count m         varint
/// key coding            byte: 0 keys, 1...15 decimals of that many digits (exact only)
/// key stride s          byte, 0...63
/// m groups, each:
///   key                 varint: group 0 its stored key, then (stored key − previous) >> s, ≥ 1
///   unweighted          varint positive count, varint negative count
///   weighted            positive weight, [its tail], negative weight, [its tail]: doubles
/// ```
///
/// Varints are unsigned LEB128, doubles IEEE 754 little-endian. With key coding 0 the stored
/// key is the group's key, but for exact counts a key below 2^63 (a negative score) is stored
/// plus 1: that keeps the order and makes the keys of `Float` scores, negative or not,
/// multiples of 2^29, so that `s` = 29 takes those zero bits out of every difference. With
/// key coding d the stored key is the score's number among the decimals of d digits
/// (`DecimalKeyCoding`) plus 2^63: the scores of a CSV file are such decimals, and their
/// numbers differ by little. The encoder takes the shorter coding.
@usableFromInline
internal struct CompactCountsHeader: Sendable {
  var binning: ScoreBinning
  var switchedFromExact: Bool
  var weighted: Bool
  var hasTails: Bool
  var memoryBudget: Int?
  var positiveRows: UInt64
  var negativeRows: UInt64
  var groupCount: Int
  /// How keys are stored: `nil` as keys, else as numbers of decimals.
  var decimalKeys: DecimalKeyCoding?
  var strideShift: UInt64

  static let switchedFlag: UInt8 = 1
  static let weightedFlag: UInt8 = 2
  static let tailsFlag: UInt8 = 4
  static let budgetFlag: UInt8 = 8

  /// Reads the header and checks its fields as ``CountsInvariantCheck`` does.
  static func read(_ reader: inout CompactReader) throws(CompactEncodingError) -> Self {
    let binningOffset = reader.offset
    let tag = try reader.byte()
    let parameterOffset = reader.offset
    let parameter = try reader.varint()
    let binning: ScoreBinning
    switch (tag, parameter) {
    case (0, 0): binning = .exact
    case (1, 1...UInt64(ScoreHistogram.maximumThresholdCount)):
      binning = .linear(thresholdCount: Int(parameter))
    case (2, 1...(1 << 52)) where parameter & (parameter - 1) == 0:
      binning = .logarithmic(subBinsPerOctave: Int(parameter))
    case (0...2, _):
      throw CompactEncodingError(
        offset: parameterOffset, reason: "binning \(tag) cannot have the parameter \(parameter)")
    default:
      throw CompactEncodingError(
        offset: binningOffset, reason: "unknown binning \(tag) (0 exact, 1 linear, 2 log)")
    }
    let flagsOffset = reader.offset
    let flags = try reader.byte()
    guard flags & ~(switchedFlag | weightedFlag | tailsFlag | budgetFlag) == 0,
      flags & tailsFlag == 0 || flags & weightedFlag != 0
    else {
      throw CompactEncodingError(offset: flagsOffset, reason: "unknown flags \(flags)")
    }
    let budgetOffset = reader.offset
    let memoryBudget = flags & budgetFlag != 0 ? try reader.count("the memory budget") : nil
    let positiveRows = try reader.varint()
    let negativeRows = try reader.varint()
    let header = Self(
      binning: binning, switchedFromExact: flags & switchedFlag != 0,
      weighted: flags & weightedFlag != 0, hasTails: flags & tailsFlag != 0,
      memoryBudget: memoryBudget, positiveRows: positiveRows, negativeRows: negativeRows,
      groupCount: try reader.count("the group count"), decimalKeys: nil, strideShift: 0)
    do {
      _ = try header.invariantCheck()
    } catch {
      throw CompactEncodingError(offset: budgetOffset, reason: error.description)
    }
    let codingOffset = reader.offset
    let coding = try reader.byte()
    var decimalKeys: DecimalKeyCoding? = nil
    if coding != 0 {
      guard binning.isExact, let decimal = DecimalKeyCoding(digits: Int(coding)) else {
        throw CompactEncodingError(
          offset: codingOffset, reason: "key coding \(coding) is unknown for \(binning) counts")
      }
      decimalKeys = decimal
    }
    let shiftOffset = reader.offset
    let shift = try reader.byte()
    guard shift < 64 else {
      throw CompactEncodingError(offset: shiftOffset, reason: "key stride 2^\(shift) is too large")
    }
    // Every group takes at least 3 bytes: a check before any memory is reserved for them.
    guard header.groupCount <= (reader.bytes.count - reader.offset) / 3 else {
      throw CompactEncodingError(
        offset: reader.offset,
        reason:
          "\(header.groupCount) groups cannot fit the \(reader.bytes.count - reader.offset) bytes left"
      )
    }
    var result = header
    result.decimalKeys = decimalKeys
    result.strideShift = UInt64(shift)
    return result
  }

  /// A check of these counts' groups, with the parameters checked.
  func invariantCheck() throws(ScoreCounts.InvalidCounts) -> CountsInvariantCheck {
    try CountsInvariantCheck(
      binning: binning, memoryBudget: memoryBudget, switchedFromExact: switchedFromExact,
      weighted: weighted, positiveRows: positiveRows, negativeRows: negativeRows)
  }

  /// The stored form of a key: exact keys below 2^63 plus 1 (see the layout above).
  @inline(__always)
  static func mappedKey(_ key: UInt64, exact: Bool) -> UInt64 {
    exact && key < 1 << 63 ? key &+ 1 : key
  }
}

/// Decodes the groups of a compact encoding one at a time, each checked, after its header.
@usableFromInline
internal struct CompactCountsCursor {
  let header: CompactCountsHeader
  private(set) var reader: CompactReader
  private var check: CountsInvariantCheck
  private var mappedKey: UInt64 = 0
  private var decimalWalk: DecimalKeyCoding.Walk?
  /// How many groups are left.
  private(set) var remaining: Int
  /// The weight totals of the groups read so far, when weighted (the check adds them up).
  var positiveTotal: DoubleDouble { check.positiveWeight }
  var negativeTotal: DoubleDouble { check.negativeWeight }

  /// A cursor at the first group of the encoding in `bytes`.
  init(_ bytes: UnsafeRawBufferPointer) throws(CompactEncodingError) {
    var reader = CompactReader(bytes)
    header = try CompactCountsHeader.read(&reader)
    self.reader = reader
    do {
      check = try header.invariantCheck()
    } catch {
      throw CompactEncodingError(offset: 0, reason: error.description)
    }
    remaining = header.groupCount
    decimalWalk = header.decimalKeys.map(DecimalKeyCoding.Walk.init)
  }

  private func failure(at offset: Int, _ error: ScoreCounts.InvalidCounts) -> CompactEncodingError {
    CompactEncodingError(offset: offset, reason: error.description)
  }

  /// The next group's key, from its stored difference.
  @inline(__always)
  private mutating func nextKey() throws(CompactEncodingError) -> UInt64 {
    let offset = reader.offset
    let index = header.groupCount - remaining
    let stored = try reader.varint()
    if index == 0 {
      mappedKey = stored
    } else {
      let shift = header.strideShift
      guard stored != 0 else {
        throw CompactEncodingError(
          offset: offset, reason: "key \(index) is not above key \(index - 1)")
      }
      let (sum, overflow) = mappedKey.addingReportingOverflow(stored &<< shift)
      guard (stored &>> (63 &- shift)) &>> 1 == 0, !overflow else {
        throw CompactEncodingError(offset: offset, reason: "key \(index) passes 2^64 - 1")
      }
      mappedKey = sum
    }
    if decimalWalk != nil {
      guard let score = decimalWalk!.score(of: DecimalKeyCoding.number(stored: mappedKey)) else {
        throw CompactEncodingError(offset: offset, reason: "key \(index) is no score's")
      }
      return ScoreKey.key(score)
    }
    guard header.binning.isExact else { return mappedKey }
    if mappedKey >= 1 << 63 { return mappedKey }
    guard mappedKey != 0 else {
      throw CompactEncodingError(offset: offset, reason: "key \(index) is no score's")
    }
    return mappedKey &- 1
  }

  /// The next group of unweighted counts.
  ///
  /// - Precondition: the counts are unweighted and a group is left.
  @inline(__always)
  mutating func nextCounts() throws(CompactEncodingError) -> CountEntry {
    let offset = reader.offset
    let key = try nextKey()
    let entry = CountEntry(key: key, positive: try reader.varint(), negative: try reader.varint())
    do {
      try check.add(entry)
    } catch {
      throw failure(at: offset, error)
    }
    remaining &-= 1
    return entry
  }

  /// The next groups of unweighted counts, as many as `buffer` holds or are left, into
  /// `buffer`, in one loop; returns how many.
  ///
  /// - Precondition: the counts are unweighted.
  mutating func nextCounts(into buffer: UnsafeMutableBufferPointer<CountEntry>)
    throws(CompactEncodingError) -> Int
  {
    let count = Swift.min(buffer.count, remaining)
    // On a copy: a local that the stores to `buffer` cannot alias stays in registers.
    var cursor = self
    defer { self = cursor }
    for index in 0..<count { buffer[index] = try cursor.nextCounts() }
    return count
  }

  /// The next group as weights, whether the counts are weighted or not.
  ///
  /// - Precondition: a group is left.
  mutating func nextWeights() throws(CompactEncodingError) -> WeightEntry {
    guard header.weighted else { return WeightEntry(try nextCounts()) }
    let offset = reader.offset
    let key = try nextKey()
    let positive = DoubleDouble(
      head: try reader.double(), tail: header.hasTails ? try reader.double() : 0)
    let negative = DoubleDouble(
      head: try reader.double(), tail: header.hasTails ? try reader.double() : 0)
    let entry = WeightEntry(key: key, positive: positive, negative: negative)
    do {
      try check.add(entry)
    } catch {
      throw failure(at: offset, error)
    }
    remaining &-= 1
    return entry
  }

  /// Checks what the whole encoding shows once every group is read: the rows the groups add
  /// up to, and that no byte follows them.
  func finish() throws(CompactEncodingError) {
    do {
      try check.finish()
    } catch {
      throw failure(at: reader.offset, error)
    }
    guard reader.isAtEnd else {
      throw CompactEncodingError(
        offset: reader.offset,
        reason: "\(reader.bytes.count - reader.offset) bytes follow the last group")
    }
  }
}
