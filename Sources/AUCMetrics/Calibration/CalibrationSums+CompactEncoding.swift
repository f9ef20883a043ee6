extension CalibrationSums {
  /// The sums as compact bytes, for state files:
  ///
  /// ```text
  /// bin count         varint (LEB128)
  /// flags             byte: 1 weighted; other bits 0
  /// per bin           varint positive rows, varint negative rows, then the positive
  ///                   weight, negative weight and score sum, each a double-double as two
  ///                   little-endian IEEE 754 doubles (head, tail)
  /// infinite losses   varint: rows of weight > 0 whose log loss is infinite
  /// totals            5 double-doubles: squared error, absolute error, log loss, clipped
  ///                   log loss, sigmoid sums
  /// ```
  ///
  /// ```swift
  /// let bytes = sums.compactEncoding()
  /// let decoded = try CalibrationSums(compactEncoding: bytes)   // decoded == sums
  /// ```
  ///
  /// - Complexity: O(K).
  public func compactEncoding() -> [UInt8] {
    var size = CompactWriter.size(ofVarint: UInt64(binCount)) + 1
    for bin in bins {
      size += CompactWriter.size(ofVarint: bin.positiveRows)
        + CompactWriter.size(ofVarint: bin.negativeRows) + 48
    }
    size += CompactWriter.size(ofVarint: totals.infiniteLossRows) + 80
    return CompactWriter.bytes(size: size) { writer in
      func write(_ value: DoubleDouble) {
        writer.double(value.head)
        writer.double(value.tail)
      }
      writer.varint(UInt64(binCount))
      writer.byte(isWeighted ? 1 : 0)
      for bin in bins {
        writer.varint(bin.positiveRows)
        writer.varint(bin.negativeRows)
        write(bin.positiveWeight)
        write(bin.negativeWeight)
        write(bin.scoreSum)
      }
      writer.varint(totals.infiniteLossRows)
      for sum in totals.doubleDoubles { write(sum) }
    }
  }

  /// Decodes ``compactEncoding()``'s bytes, checking every field and then the whole as
  /// ``checkInvariants()`` does; nothing traps on any bytes.
  ///
  /// - Throws: ``CompactEncodingError`` with the offset of the first bad byte and the reason.
  /// - Complexity: O(n) for n bytes.
  public init(compactEncoding bytes: [UInt8]) throws(CompactEncodingError) {
    let decoded = bytes.withUnsafeBytes { buffer in
      Result { () throws(CompactEncodingError) in try Self.decode(buffer) }
    }
    self = try decoded.get()
  }

  private static func decode(_ bytes: UnsafeRawBufferPointer) throws(CompactEncodingError)
    -> CalibrationSums
  {
    var reader = CompactReader(bytes)
    func pair() throws(CompactEncodingError) -> DoubleDouble {
      let head = try reader.double()
      return DoubleDouble(head: head, tail: try reader.double())
    }
    let binCount = try reader.count("the bin count")
    guard (1...maximumBinCount).contains(binCount) else {
      throw CompactEncodingError(
        offset: 0, reason: "bin count \(binCount) is outside 1...\(maximumBinCount)")
    }
    // Every bin takes at least 50 bytes.
    guard binCount <= (bytes.count - reader.offset) / 50 else {
      throw reader.failure("\(binCount) bins cannot fit the bytes left")
    }
    let flags = try reader.byte()
    guard flags & ~1 == 0 else {
      throw CompactEncodingError(offset: reader.offset - 1, reason: "unknown flags \(flags)")
    }
    var bins: [CalibrationBinSums] = []
    bins.reserveCapacity(binCount)
    for _ in 0..<binCount {
      var bin = CalibrationBinSums()
      bin.positiveRows = try reader.varint()
      bin.negativeRows = try reader.varint()
      bin.positiveWeight = try pair()
      bin.negativeWeight = try pair()
      bin.scoreSum = try pair()
      bins.append(bin)
    }
    let infiniteLossRows = try reader.varint()
    var sums: [DoubleDouble] = []
    for _ in 0..<5 { sums.append(try pair()) }
    guard reader.isAtEnd else { throw reader.failure("bytes follow the sums") }
    do throws(ScoreCounts.InvalidCounts) {
      return try CalibrationSums(
        binCount: binCount, isWeighted: flags & 1 != 0, bins: bins,
        totals: CalibrationTotals(sums, infiniteLossRows: infiniteLossRows))
    } catch {
      throw CompactEncodingError(offset: 0, reason: error.description)
    }
  }
}
