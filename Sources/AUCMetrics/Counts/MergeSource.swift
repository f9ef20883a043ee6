/// An entry type a cursor decodes.
internal protocol CompactDecodable: CountsEntry {
  /// The next groups, as many as `buffer` holds or are left; how many.
  static func next(
    from cursor: inout CompactCountsCursor, into buffer: UnsafeMutableBufferPointer<Self>
  ) throws(CompactEncodingError) -> Int
}

extension CountEntry: CompactDecodable {
  static func next(
    from cursor: inout CompactCountsCursor, into buffer: UnsafeMutableBufferPointer<Self>
  ) throws(CompactEncodingError) -> Int {
    try cursor.nextCounts(into: buffer)
  }
}

extension WeightEntry: CompactDecodable {
  static func next(
    from cursor: inout CompactCountsCursor, into buffer: UnsafeMutableBufferPointer<Self>
  ) throws(CompactEncodingError) -> Int {
    let count = Swift.min(buffer.count, cursor.remaining)
    for index in 0..<count { buffer[index] = try cursor.nextWeights() }
    return count
  }
}

/// One input of a k-way merge: its groups, decoded a batch at a time, moved to the merged
/// binning, those that fall together added up.
internal struct MergeSource<Entry: CompactDecodable> {
  var cursor: CompactCountsCursor
  let step: UInt64
  private var lookahead: Entry?
  private var batch: [Entry]
  private var filled = 0
  private var position = 0

  init(_ cursor: CompactCountsCursor, targetShift: Int) {
    self.cursor = cursor
    self.step = UInt64(targetShift - cursor.header.binning.keyShift)
    batch = [Entry](
      repeating: Entry(key: 0, positive: .zero, negative: .zero),
      count: Swift.min(1024, Swift.max(1, cursor.remaining)))
  }

  /// The next group as stored, its key moved to the merged binning; `nil` after the last.
  @inline(__always)
  private mutating func read() throws(CompactEncodingError) -> Entry? {
    if position == filled {
      guard cursor.remaining > 0 else { return nil }
      let result = batch.withUnsafeMutableBufferPointer { buffer in
        Result { () throws(CompactEncodingError) in try Entry.next(from: &cursor, into: buffer) }
      }
      filled = try result.get()
      position = 0
    }
    var entry = batch[position]
    position &+= 1
    entry.key &>>= step
    return entry
  }

  /// The next group at the merged binning, or `nil` after the last one (once the whole
  /// encoding has been checked).
  mutating func nextGroup() throws(CompactEncodingError) -> Entry? {
    var next = lookahead
    lookahead = nil
    if next == nil { next = try read() }
    guard var group = next else {
      try cursor.finish()
      return nil
    }
    // No coarsening: every group stands alone.
    if step == 0 { return group }
    while let entry = try read() {
      guard entry.key == group.key else {
        lookahead = entry
        break
      }
      group.positive = group.positive.adding(entry.positive)
      group.negative = group.negative.adding(entry.negative)
    }
    return group
  }
}
