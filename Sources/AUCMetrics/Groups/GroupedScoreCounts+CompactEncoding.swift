extension GroupedScoreCounts {
  /// The grouped counts as compact bytes, for state files:
  ///
  /// ```text
  /// binning      varint length, then empty ScoreCounts of the binning (its compact encoding)
  /// group count  varint
  /// per group    varint length and the id's UTF-8 bytes, then varint length and the
  ///              compact encoding of the group's ScoreCounts
  /// ```
  ///
  /// The groups are in the order of ``groupSummaries``, so equal counts give equal bytes.
  ///
  /// ```swift
  /// let bytes = grouped.compactEncoding()
  /// let decoded = try GroupedScoreCounts(compactEncoding: bytes)
  /// ```
  ///
  /// - Complexity: O(e + g log g) for e entries and g groups.
  public func compactEncoding() -> [UInt8] {
    var bytes: [UInt8] = []
    func append(varint value: UInt64) {
      var value = value
      while value >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
        value >>= 7
      }
      bytes.append(UInt8(value))
    }
    func append(part: [UInt8]) {
      append(varint: UInt64(part.count))
      bytes.append(contentsOf: part)
    }
    append(part: ScoreCounts(binning: binning).compactEncoding())
    let groups = groups
    append(varint: UInt64(groups.count))
    for group in groups {
      append(part: Array(group.id.utf8))
      append(part: group.counts.compactEncoding())
    }
    return bytes
  }

  /// Decodes ``compactEncoding()``'s bytes, checking every field, each group's counts as
  /// ``ScoreCounts/init(compactEncoding:)-(UnsafeRawBufferPointer)`` does and the whole as
  /// ``init(binning:groups:)`` does; nothing traps on any bytes.
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
    -> GroupedScoreCounts
  {
    var reader = CompactReader(bytes)
    /// The next length-prefixed part, with the offset of its first byte.
    func part(_ what: String) throws(CompactEncodingError) -> (UnsafeRawBufferPointer, Int) {
      let length = try reader.count("the length of \(what)")
      guard length <= bytes.count - reader.offset else {
        throw reader.failure("\(what) of \(length) bytes runs past the end")
      }
      let start = reader.offset
      reader.offset += length
      return (UnsafeRawBufferPointer(rebasing: bytes[start..<(start + length)]), start)
    }
    func counts(_ what: String) throws(CompactEncodingError) -> ScoreCounts {
      let (encoded, start) = try part(what)
      do throws(CompactEncodingError) {
        return try ScoreCounts(compactEncoding: encoded)
      } catch {
        throw CompactEncodingError(offset: start + error.offset, reason: error.reason)
      }
    }
    let binningStart = reader.offset
    let header = try counts("the binning")
    guard header.rowCount == 0 else {
      throw CompactEncodingError(offset: binningStart, reason: "the binning holds rows")
    }
    let countOffset = reader.offset
    let groupCount = try reader.count("the group count")
    // Every group takes at least 4 bytes, so a count past that is damage, not a big state.
    guard groupCount <= (bytes.count - reader.offset) / 4 else {
      throw CompactEncodingError(
        offset: countOffset, reason: "\(groupCount) groups cannot fit the bytes left")
    }
    var groups: [GroupCounts] = []
    groups.reserveCapacity(groupCount)
    for number in 0..<groupCount {
      let (idBytes, idStart) = try part("the id of group \(number)")
      guard let id = String(validating: idBytes, as: UTF8.self) else {
        throw CompactEncodingError(offset: idStart, reason: "the id of group \(number) is not UTF-8")
      }
      groups.append(GroupCounts(id: id, counts: try counts("the counts of group \(id)")))
    }
    guard reader.isAtEnd else { throw reader.failure("bytes follow the last group") }
    do throws(ScoreCounts.InvalidCounts) {
      return try GroupedScoreCounts(binning: header.binning, groups: groups)
    } catch {
      throw CompactEncodingError(offset: countOffset, reason: error.description)
    }
  }
}
