/// One group of tied scores (or one bin) as ``ScoreCounts`` stores it: its key and its count or
/// weight per class. Merging, coarsening and the memory budget work on either kind.
@usableFromInline
internal protocol CountsEntry: Sendable, Hashable {
  associatedtype Weight: CountsWeight
  var key: UInt64 { get set }
  var positive: Weight { get set }
  var negative: Weight { get set }
  init(key: UInt64, positive: Weight, negative: Weight)
}

/// A class's count or weight in one group, as an entry adds it up.
@usableFromInline
internal protocol CountsWeight: Sendable, Hashable {
  static var zero: Self { get }
  /// The sum of two weights. Counts cannot wrap: every record and merge checks first that
  /// the rows stay within 2^64 − 1.
  func adding(_ other: Self) -> Self
}

extension UInt64: CountsWeight {
  @inlinable @inline(__always)
  internal func adding(_ other: UInt64) -> UInt64 { self &+ other }
}

extension DoubleDouble: CountsWeight {
  @inlinable @inline(__always)
  internal func adding(_ other: DoubleDouble) -> DoubleDouble { self + other }
}

/// The rows of one group of unweighted counts: 24 bytes.
@usableFromInline
internal struct CountEntry: CountsEntry {
  @usableFromInline internal var key: UInt64
  @usableFromInline internal var positive: UInt64
  @usableFromInline internal var negative: UInt64

  @inlinable @inline(__always)
  internal init(key: UInt64, positive: UInt64, negative: UInt64) {
    self.key = key
    self.positive = positive
    self.negative = negative
  }
}

/// The weights of one group of weighted counts, in double-double: 40 bytes.
@usableFromInline
internal struct WeightEntry: CountsEntry {
  @usableFromInline internal var key: UInt64
  @usableFromInline internal var positive: DoubleDouble
  @usableFromInline internal var negative: DoubleDouble

  @inlinable @inline(__always)
  internal init(key: UInt64, positive: DoubleDouble, negative: DoubleDouble) {
    self.key = key
    self.positive = positive
    self.negative = negative
  }

  /// The entry of a group of whole counts: exact, as every count is a double-double.
  @inlinable
  internal init(_ entry: CountEntry) {
    self.init(
      key: entry.key, positive: DoubleDouble(exactly: entry.positive),
      negative: DoubleDouble(exactly: entry.negative))
  }
}

extension Array where Element: CountsEntry {
  /// Two ascending entry arrays merged into one, the weights of equal keys added.
  ///
  /// - Complexity: O(m + m′).
  internal static func merged(_ first: [Element], _ second: [Element]) -> [Element] {
    if first.isEmpty { return second }
    if second.isEmpty { return first }
    var result: [Element] = []
    result.reserveCapacity(first.count + second.count)
    var firstIndex = 0
    var secondIndex = 0
    while firstIndex < first.count && secondIndex < second.count {
      let left = first[firstIndex]
      let right = second[secondIndex]
      if left.key < right.key {
        result.append(left)
        firstIndex += 1
      } else if right.key < left.key {
        result.append(right)
        secondIndex += 1
      } else {
        result.append(
          Element(
            key: left.key, positive: left.positive.adding(right.positive),
            negative: left.negative.adding(right.negative)))
        firstIndex += 1
        secondIndex += 1
      }
    }
    result.append(contentsOf: first[firstIndex...])
    result.append(contentsOf: second[secondIndex...])
    return result
  }

  /// Shifts every key right by `step` and adds up the entries that fall together, in place.
  ///
  /// - Complexity: O(m).
  internal mutating func coarsen(byShifting step: UInt64) {
    let keptCount = withUnsafeMutableBufferPointer { entries in
      var write = -1
      for read in entries.indices {
        var entry = entries[read]
        entry.key &>>= step
        if write >= 0 && entries[write].key == entry.key {
          entries[write].positive = entries[write].positive.adding(entry.positive)
          entries[write].negative = entries[write].negative.adding(entry.negative)
        } else {
          write += 1
          entries[write] = entry
        }
      }
      return write + 1
    }
    removeSubrange(keptCount...)
  }
}
