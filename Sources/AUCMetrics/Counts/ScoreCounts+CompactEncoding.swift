extension ScoreCounts {
  /// The counts as compact bytes: the binning, the rows of each class, and the groups with
  /// their keys as variable-length differences and their counts as variable-length integers
  /// (weights as doubles, with their low-order parts where any is needed).
  ///
  /// Unweighted exact counts of `Float` scores take about 3 bytes a distinct score. The
  /// layout is documented on `CompactCountsHeader` and in the README (state format
  /// version 2). ``init(compactEncoding:)-(UnsafeRawBufferPointer)`` reads it back.
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
    let keys = StoredKeys(entries: entries, exact: exact)
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
    var headerSize =
      4
      + [parameter, positiveRows, negativeRows, UInt64(entries.count)].reduce(0) {
        $0 + CompactWriter.size(ofVarint: $1)
      }
    if let memoryBudget { headerSize += CompactWriter.size(ofVarint: UInt64(memoryBudget)) }
    var weightsSize = weights.count * (hasTails ? 32 : 16)
    if !weighted {
      for entry in countEntries {
        weightsSize +=
          CompactWriter.size(ofVarint: entry.positive)
          + CompactWriter.size(ofVarint: entry.negative)
      }
    }
    func writeHeader(_ writer: inout CompactWriter, coding: UInt8, shift: UInt64) {
      writer.byte(tag)
      writer.varint(parameter)
      writer.byte(flags)
      if let memoryBudget { writer.varint(UInt64(memoryBudget)) }
      writer.varint(positiveRows)
      writer.varint(negativeRows)
      writer.varint(UInt64(entries.count))
      writer.byte(coding)
      writer.byte(UInt8(shift))
    }
    @inline(__always)
    func writeWeights(_ index: Int, _ writer: inout CompactWriter) {
      if weighted {
        for weight in [weights[index].positive, weights[index].negative] {
          writer.double(weight.head)
          if hasTails { writer.double(weight.tail) }
        }
      } else {
        writer.varint(countEntries[index].positive)
        writer.varint(countEntries[index].negative)
      }
    }
    // The keys as they are stored, or the decimals' numbers when those take fewer bytes.
    let keysSize = headerSize + keys.size + weightsSize
    if exact && smallest,
      let decimal = decimalEncoding(
        of: entries, within: keysSize, headerSize: headerSize + weightsSize,
        header: { writeHeader(&$0, coding: $1, shift: 0) }, weights: writeWeights)
    {
      return decimal
    }
    return CompactWriter.bytes(size: keysSize) { writer in
      writeHeader(&writer, coding: 0, shift: keys.shift)
      var previous: UInt64 = 0
      for index in entries.indices {
        let stored = keys.stored(entries[index].key)
        writer.varint(index == 0 ? stored : (stored &- previous) &>> keys.shift)
        previous = stored
        writeWeights(index, &writer)
      }
    }
  }

  /// The encoding with the keys stored as numbers of decimals of the fewest digits that fit
  /// every score (and stride 0), written in one pass per number of digits tried, when it
  /// takes fewer than `limit` bytes; else `nil`.
  @inline(__always)
  private func decimalEncoding<Entry: CountsEntry>(
    of entries: [Entry], within limit: Int, headerSize: Int,
    header: (inout CompactWriter, UInt8) -> Void, weights: (Int, inout CompactWriter) -> Void
  ) -> [UInt8]? {
    // Room for the longest: the header and weights, and 10 bytes a key.
    let room = headerSize + 10 * entries.count
    var found = true
    let bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
      var writer = CompactWriter(UnsafeMutableRawBufferPointer(buffer))
      header(&writer, 1)
      let codingOffset = writer.offset - 2
      let groupsStart = writer.offset
      var digits = 1
      var index = 0
      var numbering = DecimalKeyCoding.Numbering(DecimalKeyCoding(digits: digits)!)
      var previous: UInt64 = 0
      while index < entries.count {
        guard let number = numbering.number(of: ScoreKey.score(entries[index].key)) else {
          // More digits, and the scores before numbered again with them.
          digits += 1
          guard let wider = DecimalKeyCoding(digits: digits) else {
            found = false
            return
          }
          numbering = DecimalKeyCoding.Numbering(wider)
          writer.offset = groupsStart
          index = 0
          continue
        }
        let stored = DecimalKeyCoding.stored(number)
        writer.varint(index == 0 ? stored : stored &- previous)
        previous = stored
        weights(index, &writer)
        index += 1
        // Longer already than the keys themselves take: not worth finishing.
        if writer.offset >= limit {
          found = false
          return
        }
      }
      buffer[codingOffset] = UInt8(digits)
      initialized = writer.offset
    }
    return found ? bytes : nil
  }

  /// Decodes counts from ``compactEncoding(smallest:)``'s bytes, checking every field and every
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
    } else if header.groupCount > 0 {
      // (Not for no groups: an array made with capacity 0 shares the empty array's storage,
      // and setting its count there is a write that the thread sanitizer sees as a race.)
      var failure: CompactEncodingError? = nil
      countEntries = [CountEntry](unsafeUninitializedCapacity: header.groupCount) {
        buffer, initialized in
        do throws(CompactEncodingError) {
          initialized = try cursor.nextCounts(into: buffer)
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
    }
    try cursor.finish()
  }

  /// Decodes counts from ``compactEncoding(smallest:)``'s bytes; see
  /// ``init(compactEncoding:)-(UnsafeRawBufferPointer)``.
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

  /// Checks a compact encoding as ``init(compactEncoding:)-(UnsafeRawBufferPointer)`` does,
  /// in O(1) memory.
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
