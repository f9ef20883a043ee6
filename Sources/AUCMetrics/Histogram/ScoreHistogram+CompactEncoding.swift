extension ScoreHistogram {
  /// The histogram as compact bytes: the threshold count T, then the negative counts of
  /// bins 0...T and the positive counts of bins 0...T, each an unsigned LEB128 integer (an
  /// empty bin takes one byte).
  ///
  /// ```swift
  /// let bytes = histogram.compactEncoding()
  /// let decoded = try ScoreHistogram(compactEncoding: bytes)   // == histogram
  /// ```
  ///
  /// - Complexity: O(T)
  public func compactEncoding() -> [UInt8] {
    let size = counts.reduce(CompactWriter.size(ofVarint: UInt64(thresholdCount))) {
      $0 + CompactWriter.size(ofVarint: $1)
    }
    return CompactWriter.bytes(size: size) { writer in
      writer.varint(UInt64(thresholdCount))
      for count in counts { writer.varint(count) }  // negatives, then positives
    }
  }

  /// Decodes a histogram from ``compactEncoding()``'s bytes, checking it as
  /// ``init(positiveCounts:negativeCounts:)`` does; nothing traps on any bytes.
  ///
  /// - Throws: ``CompactEncodingError`` with the offset of the first bad byte and the reason.
  /// - Complexity: O(n) for n bytes.
  public init(compactEncoding bytes: UnsafeRawBufferPointer) throws(CompactEncodingError) {
    var reader = CompactReader(bytes)
    let binCount = try Self.readBinCount(&reader)
    var negatives: [UInt64] = []
    var positives: [UInt64] = []
    negatives.reserveCapacity(binCount)
    positives.reserveCapacity(binCount)
    for _ in 0..<binCount { negatives.append(try reader.varint()) }
    for _ in 0..<binCount { positives.append(try reader.varint()) }
    try Self.checkEnd(reader)
    do {
      try self.init(positiveCounts: positives, negativeCounts: negatives)
    } catch {
      throw CompactEncodingError(offset: reader.offset, reason: error.description)
    }
  }

  /// Decodes a histogram from ``compactEncoding()``'s bytes.
  public init(compactEncoding bytes: [UInt8]) throws(CompactEncodingError) {
    let decoded = bytes.withUnsafeBytes { buffer in
      Result { () throws(CompactEncodingError) in try ScoreHistogram(compactEncoding: buffer) }
    }
    self = try decoded.get()
  }

  /// Why a compact encoding cannot be merged into a histogram.
  public enum CompactMergeError: Error, Sendable, CustomStringConvertible {
    /// The bytes are not a valid compact encoding.
    case invalidEncoding(CompactEncodingError)
    /// The encoded histogram does not merge with this one.
    case cannotMerge(MergeError)

    public var description: String {
      switch self {
      case .invalidEncoding(let error): return error.description
      case .cannotMerge(let error): return error.description
      }
    }
  }

  /// What a compact encoding of a histogram holds, read and checked without keeping its bins.
  public struct CompactEncodingSummary: Sendable, Hashable {
    public var thresholdCount: Int
    public var positiveCount: UInt64
    public var negativeCount: UInt64
  }

  /// Checks a compact encoding as ``init(compactEncoding:)-(UnsafeRawBufferPointer)`` does,
  /// in O(1) memory.
  ///
  /// - Throws: ``CompactEncodingError`` with the offset of the first bad byte and the reason.
  /// - Complexity: O(n) for n bytes.
  public static func checkCompactEncoding(_ bytes: UnsafeRawBufferPointer)
    throws(CompactEncodingError) -> CompactEncodingSummary
  {
    var reader = CompactReader(bytes)
    let binCount = try readBinCount(&reader)
    let negative = try checkedSum(&reader, count: binCount)
    let positive = try checkedSum(&reader, count: binCount)
    try checkEnd(reader)
    guard let negative, let positive, !positive.addingReportingOverflow(negative).overflow else {
      throw CompactEncodingError(
        offset: reader.offset, reason: CountsError.countOverflow.description)
    }
    return CompactEncodingSummary(
      thresholdCount: binCount - 1, positiveCount: positive, negativeCount: negative)
  }

  /// Adds the counts of a compactly encoded histogram, read straight from its bytes, or
  /// throws and changes nothing: the same as decoding it and calling ``merge(_:)``, without
  /// holding a second histogram.
  ///
  /// ```swift
  /// var total = try ScoreHistogram(compactEncoding: first)
  /// try total.merge(compactEncoding: second)
  /// ```
  ///
  /// - Throws: ``CompactMergeError``.
  /// - Complexity: O(n) for n bytes.
  public mutating func merge(compactEncoding bytes: UnsafeRawBufferPointer)
    throws(CompactMergeError)
  {
    // One pass checks the bytes and the totals, the second adds, so a failure changes nothing.
    let other: CompactEncodingSummary
    do {
      other = try Self.checkCompactEncoding(bytes)
    } catch {
      throw .invalidEncoding(error)
    }
    guard other.thresholdCount == thresholdCount else {
      throw .cannotMerge(.thresholdCountMismatch(thresholdCount, other.thresholdCount))
    }
    let (positives, positiveOverflow) = positiveTotal.addingReportingOverflow(other.positiveCount)
    let (negatives, negativeOverflow) = negativeTotal.addingReportingOverflow(other.negativeCount)
    guard !positiveOverflow, !negativeOverflow,
      !positives.addingReportingOverflow(negatives).overflow
    else { throw .cannotMerge(.countOverflow) }
    var reader = CompactReader(bytes)
    _ = try? Self.readBinCount(&reader)
    counts.withUnsafeMutableBufferPointer { counts in
      for index in counts.indices {
        // Checked above: every read succeeds, and no count passes its class total.
        counts[index] &+= (try? reader.varint()) ?? 0
      }
    }
    positiveTotal = positives
    negativeTotal = negatives
  }

  /// The threshold count's field, checked, as the number of bins T + 1.
  private static func readBinCount(_ reader: inout CompactReader) throws(CompactEncodingError)
    -> Int
  {
    let offset = reader.offset
    let thresholdCount = try reader.varint()
    guard (1...UInt64(maximumThresholdCount)).contains(thresholdCount) else {
      throw CompactEncodingError(
        offset: offset,
        reason: "the threshold count \(thresholdCount) is outside 1...\(maximumThresholdCount)")
    }
    // Every bin takes at least 2 bytes, one per class.
    guard thresholdCount < UInt64(reader.bytes.count - reader.offset) / 2 else {
      throw CompactEncodingError(
        offset: reader.offset,
        reason:
          "\(thresholdCount + 1) bins cannot fit the \(reader.bytes.count - reader.offset) bytes left"
      )
    }
    return Int(thresholdCount) + 1
  }

  /// The sum of the next `count` counts, or `nil` if it passes 2^64 − 1.
  private static func checkedSum(_ reader: inout CompactReader, count: Int)
    throws(CompactEncodingError) -> UInt64?
  {
    var total: UInt64? = 0
    for _ in 0..<count {
      let value = try reader.varint()
      if let sum = total {
        total = sum.addingReportingOverflow(value).overflow ? nil : sum &+ value
      }
    }
    return total
  }

  private static func checkEnd(_ reader: CompactReader) throws(CompactEncodingError) {
    guard reader.isAtEnd else {
      throw CompactEncodingError(
        offset: reader.offset,
        reason: "\(reader.bytes.count - reader.offset) bytes follow the last bin")
    }
  }
}
