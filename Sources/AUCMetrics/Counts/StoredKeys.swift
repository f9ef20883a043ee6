/// The keys of groups as the compact encoding stores them with key coding 0 (see
/// `CompactCountsHeader`): the stride their differences share, and the bytes they take.
internal struct StoredKeys {
  let exact: Bool
  /// The largest s such that every difference of successive stored keys is a multiple of 2^s
  /// (0 for fewer than two groups).
  private(set) var shift: UInt64 = 0
  /// The bytes the keys take.
  private(set) var size = 0

  init<Entry: CountsEntry>(entries: [Entry], exact: Bool) {
    self.exact = exact
    // How many differences have each bit length, and which low bits any of them has.
    var lengths = [Int](repeating: 0, count: 65)
    var bits: UInt64 = 0
    var previous: UInt64 = 0
    for index in entries.indices {
      let value = stored(entries[index].key)
      let difference = index == 0 ? value : value &- previous
      if index > 0 {
        bits |= difference
        lengths[64 - difference.leadingZeroBitCount] += 1
      } else {
        size = CompactWriter.size(ofVarint: value)  // the first key, stored whole
      }
      previous = value
    }
    shift = entries.count > 1 ? UInt64(bits.trailingZeroBitCount) : 0
    // Each difference, shifted, takes ceil(bits / 7) bytes.
    for (length, count) in lengths.enumerated() where count > 0 {
      size += count * Swift.max(1, (length - Int(shift) + 6) / 7)
    }
  }

  /// The stored form of `key`.
  @inline(__always)
  func stored(_ key: UInt64) -> UInt64 { CompactCountsHeader.mappedKey(key, exact: exact) }
}
