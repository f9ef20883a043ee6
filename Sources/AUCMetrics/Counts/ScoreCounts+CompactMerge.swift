extension ScoreCounts {
  /// Why compactly encoded counts cannot be merged: which input, and why.
  public struct CompactMergeError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable {
      /// The input's bytes are not a valid compact encoding.
      case invalidEncoding(CompactEncodingError)
      /// The input does not merge with the inputs before it.
      case cannotMerge(MergeError)
    }

    /// The position of the input in the list, from 0.
    public var index: Int
    public var reason: Reason

    public var description: String {
      switch reason {
      case .invalidEncoding(let error): return "input \(index): \(error)"
      case .cannotMerge(let error): return "input \(index): \(error)"
      }
    }
  }

  /// The counts of several compact encodings merged, read in one pass over each: a k-way
  /// merge of their groups, straight into the merged groups.
  ///
  /// The result equals decoding each encoding and merging them in order with
  /// ``merge(_:)``, but the memory is that of the merged counts alone, and the time is linear
  /// in the groups read (times log k for k inputs). Groups of one key add up in input order;
  /// exact and logarithmic inputs meet at the coarsest binning among them, and the memory
  /// budget of the first input applies once, to the merged groups.
  ///
  /// ```swift
  /// let total = try ScoreCounts(mergingCompactEncodings: shardBytes)
  /// ```
  ///
  /// - Precondition: `encodings` is not empty.
  /// - Throws: ``CompactMergeError`` naming the input.
  /// - Complexity: O(n log k) for n groups read from k encodings.
  public init(mergingCompactEncodings encodings: [UnsafeRawBufferPointer])
    throws(CompactMergeError)
  {
    precondition(!encodings.isEmpty, "nothing to merge")
    var cursors: [CompactCountsCursor] = []
    for (index, bytes) in encodings.enumerated() {
      do {
        cursors.append(try CompactCountsCursor(bytes))
      } catch {
        throw CompactMergeError(index: index, reason: .invalidEncoding(error))
      }
    }
    // The binning, rows and flags, folded in order as successive merges fold them.
    let first = cursors[0].header
    var binning = first.binning
    var rows = first.positiveRows &+ first.negativeRows
    for index in cursors.indices.dropFirst() {
      let header = cursors[index].header
      do throws(MergeError) {
        let shift = try Self.mergedKeyShift(binning, header.binning)
        if shift > binning.keyShift { binning = .logarithmic(keyShift: shift) }
        let (sum, overflow) = rows.addingReportingOverflow(
          header.positiveRows &+ header.negativeRows)
        if overflow { throw .countOverflow }
        rows = sum
      } catch {
        throw CompactMergeError(index: index, reason: .cannotMerge(error))
      }
    }
    self.init(binning: first.binning, memoryBudget: first.memoryBudget)
    currentBinning = binning
    let headers = cursors.map(\.header)
    switchedFromExact = headers.contains { $0.switchedFromExact }
    positiveRows = headers.reduce(0) { $0 &+ $1.positiveRows }
    negativeRows = headers.reduce(0) { $0 &+ $1.negativeRows }
    let groupBound = headers.reduce(0) { $0 + $1.groupCount }
    let targetShift = binning.keyShift
    if headers.contains(where: \.weighted) {
      weighted = true
      var sources = cursors.map { MergeSource<WeightEntry>($0, targetShift: targetShift) }
      weightEntries = try Self.kWayMerge(&sources, reserving: groupBound)
      // In input order, as successive merges add them; unweighted inputs weigh their rows.
      for (index, source) in sources.enumerated() {
        let header = source.cursor.header
        positiveTotal +=
          header.weighted ? source.cursor.positiveTotal : DoubleDouble(exactly: header.positiveRows)
        negativeTotal +=
          header.weighted ? source.cursor.negativeTotal : DoubleDouble(exactly: header.negativeRows)
        // As ``merge(_:)``: the input that takes the weights past the limit is named.
        if Self.exceedsWeightTotalLimit(positiveTotal + negativeTotal) {
          throw CompactMergeError(index: index, reason: .cannotMerge(.weightTotalOverflow))
        }
      }
    } else {
      var sources = cursors.map { MergeSource<CountEntry>($0, targetShift: targetShift) }
      countEntries = try Self.kWayMerge(&sources, reserving: groupBound)
    }
    applyMemoryBudget()
  }

  /// The groups of every source merged in key order, groups of one key added up in source
  /// order.
  private static func kWayMerge<Entry: CompactDecodable>(
    _ sources: inout [MergeSource<Entry>], reserving capacity: Int
  ) throws(CompactMergeError) -> [Entry] {
    if sources.count == 2 { return try twoWayMerge(&sources, reserving: capacity) }
    if sources.count <= 4 { return try scanningMerge(&sources, reserving: capacity) }
    return try heapMerge(&sources, reserving: capacity)
  }

  /// ``kWayMerge(_:reserving:)`` for two sources (two shards, two days): one comparison a
  /// group, the sources advanced in the order ``scanningMerge(_:reserving:)`` advances them.
  private static func twoWayMerge<Entry: CompactDecodable>(
    _ sources: inout [MergeSource<Entry>], reserving capacity: Int
  ) throws(CompactMergeError) -> [Entry] {
    var merged: [Entry] = []
    merged.reserveCapacity(capacity)
    var first = sources[0]
    var second = sources[1]
    defer { sources = [first, second] }
    func next(_ source: inout MergeSource<Entry>, _ index: Int) throws(CompactMergeError)
      -> Entry?
    {
      do {
        return try source.nextGroup()
      } catch {
        throw CompactMergeError(index: index, reason: .invalidEncoding(error))
      }
    }
    var left = try next(&first, 0)
    var right = try next(&second, 1)
    while let leftGroup = left, let rightGroup = right {
      if leftGroup.key < rightGroup.key {
        merged.append(leftGroup)
        left = try next(&first, 0)
      } else if rightGroup.key < leftGroup.key {
        merged.append(rightGroup)
        right = try next(&second, 1)
      } else {
        var group = leftGroup
        group.positive = group.positive.adding(rightGroup.positive)
        group.negative = group.negative.adding(rightGroup.negative)
        merged.append(group)
        left = try next(&first, 0)
        right = try next(&second, 1)
      }
    }
    while let group = left {
      merged.append(group)
      left = try next(&first, 0)
    }
    while let group = right {
      merged.append(group)
      right = try next(&second, 1)
    }
    return merged
  }

  /// ``kWayMerge(_:reserving:)`` for a few sources: the next key is the least of theirs.
  private static func scanningMerge<Entry: CompactDecodable>(
    _ sources: inout [MergeSource<Entry>], reserving capacity: Int
  ) throws(CompactMergeError) -> [Entry] {
    var merged: [Entry] = []
    merged.reserveCapacity(capacity)
    // No group has the key 2^64 − 1 (it is no finite score's, no bin's): it marks the end.
    let end = UInt64.max
    var keys = [UInt64](repeating: end, count: sources.count)
    var groups = [Entry](
      repeating: Entry(key: 0, positive: .zero, negative: .zero), count: sources.count)
    func advance(_ index: Int) throws(CompactMergeError) {
      do {
        if let group = try sources[index].nextGroup() {
          groups[index] = group
          keys[index] = group.key
        } else {
          keys[index] = end
        }
      } catch {
        throw CompactMergeError(index: index, reason: .invalidEncoding(error))
      }
    }
    for index in sources.indices { try advance(index) }
    while true {
      let key = keys.min()!
      if key == end { return merged }
      var index = keys.firstIndex(of: key)!
      var group = groups[index]
      try advance(index)
      index += 1
      while index < keys.count {
        if keys[index] == key {
          group.positive = group.positive.adding(groups[index].positive)
          group.negative = group.negative.adding(groups[index].negative)
          try advance(index)
        }
        index += 1
      }
      merged.append(group)
    }
  }

  /// ``kWayMerge(_:reserving:)`` for many sources, through a heap of their next keys.
  private static func heapMerge<Entry: CompactDecodable>(
    _ sources: inout [MergeSource<Entry>], reserving capacity: Int
  ) throws(CompactMergeError) -> [Entry] {
    var merged: [Entry] = []
    merged.reserveCapacity(capacity)
    var current = [Entry?](repeating: nil, count: sources.count)
    var heap = SourceHeap()
    func advance(_ index: Int) throws(CompactMergeError) {
      do {
        current[index] = try sources[index].nextGroup()
      } catch {
        throw CompactMergeError(index: index, reason: .invalidEncoding(error))
      }
      if let group = current[index] { heap.insert(key: group.key, source: index) }
    }
    for index in sources.indices { try advance(index) }
    while let (key, index) = heap.removeMinimum() {
      var group = current[index].unsafelyUnwrapped
      try advance(index)
      while let next = heap.minimum, next.key == key {
        _ = heap.removeMinimum()
        let other = current[next.source].unsafelyUnwrapped
        group.positive = group.positive.adding(other.positive)
        group.negative = group.negative.adding(other.negative)
        try advance(next.source)
      }
      merged.append(group)
    }
    return merged
  }
}
