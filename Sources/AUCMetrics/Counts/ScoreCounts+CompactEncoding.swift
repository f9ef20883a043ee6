extension ScoreCounts {
  /// The counts as compact bytes: the binning, the rows of each class, and the groups with
  /// their keys as variable-length differences and their counts as variable-length integers
  /// (weights as doubles, with their low-order parts where any is needed).
  ///
  /// Unweighted exact counts of `Float` scores take about 3 bytes a distinct score. The
  /// layout is documented on `CompactCountsHeader` and in the README (state format
  /// version 2). ``init(compactEncoding:)`` reads it back.
  ///
  /// ```swift
  /// let bytes = counts.compactEncoding()
  /// let decoded = try ScoreCounts(compactEncoding: bytes)   // == counts
  /// ```
  ///
  /// - Complexity: O(m) for m groups, plus O(r) to merge r buffered rows first (into a copy).
  ///
  /// - Parameter smallest: `false` skips the search for decimal numbers of exact scores: the
  ///   bytes come about 4 times as fast, and for the scores of CSV files take about twice
  ///   the room. For bytes that live only briefly.
  public func compactEncoding(smallest: Bool = true) -> [UInt8] {
    let counts = normalized()
    return counts.weighted
      ? counts.compactEncoding(of: counts.weightEntries, smallest: smallest)
      : counts.compactEncoding(of: counts.countEntries, smallest: smallest)
  }

  private func compactEncoding<Entry: CountsEntry>(of entries: [Entry], smallest: Bool)
    -> [UInt8]
  {
    let exact = binning.isExact
    // The keys as they are stored, or the decimals' numbers when those take fewer bytes.
    var keys = StoredKeys(entries: entries, exact: exact, decimals: false)!
    if exact, smallest, let decimal = StoredKeys(entries: entries, exact: true, decimals: true),
      decimal.size < keys.size
    {
      keys = decimal
    }
    let weights = weighted ? weightEntries : []
    let hasTails = weights.contains { $0.positive.tail != 0 || $0.negative.tail != 0 }
    let (tag, parameter): (UInt8, UInt64) =
      switch binning {
      case .exact: (0, 0)
      case .linear(let thresholdCount): (1, UInt64(thresholdCount))
      case .logarithmic(let subBins): (2, UInt64(subBins))
      }
    var flags: UInt8 = 0
    if switchedFromExact { flags |= CompactCountsHeader.switchedFlag }
    if weighted { flags |= CompactCountsHeader.weightedFlag }
    if hasTails { flags |= CompactCountsHeader.tailsFlag }
    if memoryBudget != nil { flags |= CompactCountsHeader.budgetFlag }
    var size =
      4
      + [parameter, positiveRows, negativeRows, UInt64(entries.count)].reduce(0) {
        $0 + CompactWriter.size(ofVarint: $1)
      }
    if let memoryBudget { size += CompactWriter.size(ofVarint: UInt64(memoryBudget)) }
    size += keys.size
    if weighted {
      size += weights.count * (hasTails ? 32 : 16)
    } else {
      for entry in countEntries {
        size +=
          CompactWriter.size(ofVarint: entry.positive)
          + CompactWriter.size(ofVarint: entry.negative)
      }
    }
    return CompactWriter.bytes(size: size) { writer in
      writer.byte(tag)
      writer.varint(parameter)
      writer.byte(flags)
      if let memoryBudget { writer.varint(UInt64(memoryBudget)) }
      writer.varint(positiveRows)
      writer.varint(negativeRows)
      writer.varint(UInt64(entries.count))
      writer.byte(UInt8(keys.decimal?.digits ?? 0))
      writer.byte(UInt8(keys.shift))
      // The first key stored whole, then the differences, shifted.
      var previous: UInt64 = 0
      var shift: UInt64 = 64
      if weighted {
        for entry in weights {
          let stored = keys.stored(entry.key)
          writer.varint(shift == 64 ? stored : (stored &- previous) &>> shift)
          (previous, shift) = (stored, keys.shift)
          for weight in [entry.positive, entry.negative] {
            writer.double(weight.head)
            if hasTails { writer.double(weight.tail) }
          }
        }
      } else {
        for entry in countEntries {
          let stored = keys.stored(entry.key)
          writer.varint(shift == 64 ? stored : (stored &- previous) &>> shift)
          (previous, shift) = (stored, keys.shift)
          writer.varint(entry.positive)
          writer.varint(entry.negative)
        }
      }
    }
  }

  /// Decodes counts from ``compactEncoding()``'s bytes, checking every field and every
  /// invariant of ``checkInvariants()``; nothing traps on any bytes.
  ///
  /// - Throws: ``CompactEncodingError`` with the offset of the first bad byte and the reason.
  /// - Complexity: O(n) for n bytes.
  public init(compactEncoding bytes: UnsafeRawBufferPointer) throws(CompactEncodingError) {
    var cursor = try CompactCountsCursor(bytes)
    let header = cursor.header
    self.init(binning: header.binning, memoryBudget: header.memoryBudget)
    switchedFromExact = header.switchedFromExact
    positiveRows = header.positiveRows
    negativeRows = header.negativeRows
    if header.weighted {
      weighted = true
      weightEntries.reserveCapacity(header.groupCount)
      while cursor.remaining > 0 { weightEntries.append(try cursor.nextWeights()) }
      positiveTotal = cursor.positiveTotal
      negativeTotal = cursor.negativeTotal
    } else {
      countEntries.reserveCapacity(header.groupCount)
      while cursor.remaining > 0 { countEntries.append(try cursor.nextCounts()) }
    }
    try cursor.finish()
  }

  /// Decodes counts from ``compactEncoding()``'s bytes; see ``init(compactEncoding:)-…``.
  public init(compactEncoding bytes: [UInt8]) throws(CompactEncodingError) {
    let decoded = bytes.withUnsafeBytes { buffer in
      Result { () throws(CompactEncodingError) in try ScoreCounts(compactEncoding: buffer) }
    }
    self = try decoded.get()
  }

  /// What a compact encoding holds, read and checked without keeping its groups.
  public struct CompactEncodingSummary: Sendable, Hashable {
    public var binning: ScoreBinning
    public var isWeighted: Bool
    public var positiveRowCount: UInt64
    public var negativeRowCount: UInt64
    public var groupCount: Int
  }

  /// Reads the header of a compact encoding, checking its fields but not the groups that
  /// follow (the decoders and the merge check those as they read them).
  ///
  /// - Throws: ``CompactEncodingError`` with the offset of the first bad byte and the reason.
  /// - Complexity: O(1)
  public static func compactEncodingHeader(_ bytes: UnsafeRawBufferPointer)
    throws(CompactEncodingError) -> CompactEncodingSummary
  {
    var reader = CompactReader(bytes)
    let header = try CompactCountsHeader.read(&reader)
    return CompactEncodingSummary(
      binning: header.binning, isWeighted: header.weighted, positiveRowCount: header.positiveRows,
      negativeRowCount: header.negativeRows, groupCount: header.groupCount)
  }

  /// Checks a compact encoding as ``init(compactEncoding:)-…`` does, in O(1) memory.
  ///
  /// - Throws: ``CompactEncodingError`` with the offset of the first bad byte and the reason.
  /// - Complexity: O(n) for n bytes.
  public static func checkCompactEncoding(_ bytes: UnsafeRawBufferPointer)
    throws(CompactEncodingError) -> CompactEncodingSummary
  {
    var cursor = try CompactCountsCursor(bytes)
    let header = cursor.header
    if header.weighted {
      while cursor.remaining > 0 { _ = try cursor.nextWeights() }
    } else {
      while cursor.remaining > 0 { _ = try cursor.nextCounts() }
    }
    try cursor.finish()
    return CompactEncodingSummary(
      binning: header.binning, isWeighted: header.weighted, positiveRowCount: header.positiveRows,
      negativeRowCount: header.negativeRows, groupCount: header.groupCount)
  }
}

extension ScoreGroups {
  /// The groups of compactly encoded counts, as ``ScoreCounts/groups`` gives them, without
  /// holding the counts: the groups' arrays are filled from the last one as the encoding is
  /// read.
  ///
  /// ```swift
  /// let groups = try ScoreGroups(compactCounts: bytes)   // == ScoreCounts(…: bytes).groups
  /// ```
  ///
  /// - Throws: ``CompactEncodingError`` as ``ScoreCounts/init(compactEncoding:)-…``.
  /// - Complexity: O(n) for n bytes.
  public init(compactCounts bytes: UnsafeRawBufferPointer) throws(CompactEncodingError) {
    var cursor = try CompactCountsCursor(bytes)
    let header = cursor.header
    let count = header.groupCount
    // Filled from the end; the slots of groups of weight 0 are dropped below.
    var thresholds = [Double](unsafeUninitializedCapacity: count) { $1 = count }
    var positives = [Double](unsafeUninitializedCapacity: count) { $1 = count }
    var negatives = [Double](unsafeUninitializedCapacity: count) { $1 = count }
    // Each group's exact weight is head + tail (as ``ScoreCounts/groups`` keeps it); the
    // tails are dropped below when every one is 0.
    var positiveTails = [Double](repeating: 0, count: count)
    var negativeTails = [Double](repeating: 0, count: count)
    var hasTails = false
    var next = count  // groups are stored ascending and listed highest first
    if !header.weighted {
      while cursor.remaining > 0 {
        let entry = try cursor.nextCounts()
        next -= 1
        thresholds[next] = ScoreCounts.threshold(ofKey: entry.key, binning: header.binning)
        (positives[next], positiveTails[next]) = ScoreCounts.headAndTail(entry.positive)
        (negatives[next], negativeTails[next]) = ScoreCounts.headAndTail(entry.negative)
        hasTails = hasTails || positiveTails[next] != 0 || negativeTails[next] != 0
      }
    }
    var wholeWeights = true
    while cursor.remaining > 0 {
      let entry = try cursor.nextWeights()
      wholeWeights =
        wholeWeights && entry.positive.tail == 0 && entry.negative.tail == 0
        && entry.positive.head == entry.positive.head.rounded(.down)
        && entry.negative.head == entry.negative.head.rounded(.down)
      if entry.positive.isZero && entry.negative.isZero { continue }
      next -= 1
      thresholds[next] = ScoreCounts.threshold(ofKey: entry.key, binning: header.binning)
      (positives[next], positiveTails[next]) = (entry.positive.head, entry.positive.tail)
      (negatives[next], negativeTails[next]) = (entry.negative.head, entry.negative.tail)
      hasTails = hasTails || entry.positive.tail != 0 || entry.negative.tail != 0
    }
    try cursor.finish()
    if next > 0 {
      thresholds.removeFirst(next)
      positives.removeFirst(next)
      negatives.removeFirst(next)
      positiveTails.removeFirst(next)
      negativeTails.removeFirst(next)
    }
    if !hasTails {
      positiveTails = []
      negativeTails = []
    }
    let positiveTotal: Double
    let negativeTotal: Double
    let hasWholeCounts: Bool
    if header.weighted {
      positiveTotal = cursor.positiveTotal.value
      negativeTotal = cursor.negativeTotal.value
      hasWholeCounts =
        wholeWeights && cursor.positiveTotal.tail == 0 && cursor.negativeTotal.tail == 0
        && cursor.positiveTotal.head + cursor.negativeTotal.head < 0x1p53
    } else {
      positiveTotal = Double(header.positiveRows)
      negativeTotal = Double(header.negativeRows)
      hasWholeCounts = positiveTotal + negativeTotal < 0x1p53
    }
    self.init(
      unchecked: thresholds, positives: positives, negatives: negatives,
      positiveTails: positiveTails, negativeTails: negativeTails, binning: header.binning,
      positiveTotal: positiveTotal, negativeTotal: negativeTotal, hasWholeCounts: hasWholeCounts)
  }
}

/// The keys of groups as the compact encoding stores them (see `CompactCountsHeader`): how
/// (as keys, or as numbers of decimals of the fewest digits that fit every score), the
/// stride their differences share, and the bytes they take.
private struct StoredKeys {
  let exact: Bool
  /// The decimal coding, or `nil` for keys stored as keys.
  private(set) var decimal: DecimalKeyCoding?
  /// The largest s such that every difference of successive stored keys is a multiple of 2^s
  /// (0 for fewer than two groups).
  private(set) var shift: UInt64 = 0
  /// The bytes the keys take.
  private(set) var size = 0

  /// The keys of `entries` stored as keys, or with `decimals` as numbers of decimals; `nil`
  /// when some score is no decimal of up to `DecimalKeyCoding.maximumDigits` digits.
  ///
  /// - Complexity: O(m) for m groups, times the number of times a score needs more digits
  ///   than the scores before it (at most 14): those are numbered again.
  init?<Entry: CountsEntry>(entries: [Entry], exact: Bool, decimals: Bool) {
    self.exact = exact
    decimal = decimals ? DecimalKeyCoding(digits: 1) : nil
    // How many differences have each bit length, and which low bits any of them has.
    var lengths = [Int](repeating: 0, count: 65)
    var bits: UInt64 = 0
    var previous: UInt64 = 0
    var index = 0
    while index < entries.count {
      guard let value = storedIfAny(entries[index].key) else {
        guard let wider = DecimalKeyCoding(digits: decimal!.digits + 1) else { return nil }
        decimal = wider
        lengths = [Int](repeating: 0, count: 65)
        bits = 0
        index = 0
        continue
      }
      let difference = index == 0 ? value : value &- previous
      if index > 0 { bits |= difference }
      lengths[64 - difference.leadingZeroBitCount] += 1
      previous = value
      index += 1
    }
    shift = entries.count > 1 ? UInt64(bits.trailingZeroBitCount) : 0
    // The first key is stored whole, the differences shifted; each takes ceil(bits / 7) bytes.
    let first = entries.isEmpty ? 0 : 64 - storedIfAny(entries[0].key)!.leadingZeroBitCount
    lengths[first] -= entries.isEmpty ? 0 : 1
    size = entries.isEmpty ? 0 : Swift.max(1, (first + 6) / 7)
    for (length, count) in lengths.enumerated() where count > 0 {
      size += count * Swift.max(1, (length - Int(shift) + 6) / 7)
    }
  }

  private func storedIfAny(_ key: UInt64) -> UInt64? {
    guard let decimal else { return CompactCountsHeader.mappedKey(key, exact: exact) }
    return decimal.number(of: ScoreKey.score(key)).map(DecimalKeyCoding.stored)
  }

  /// The stored form of `key`, one of the keys this was made from.
  @inline(__always)
  func stored(_ key: UInt64) -> UInt64 { storedIfAny(key).unsafelyUnwrapped }
}
