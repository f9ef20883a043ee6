/// Rows of one class waiting to be sorted and merged: their keys and, once any row had a
/// weight other than 1, their weights.
@usableFromInline
internal struct PendingRows: Sendable {
  @usableFromInline internal var keys: [UInt64] = []
  /// Empty while every weight is 1; else one weight per key.
  @usableFromInline internal var weights: [Double] = []

  @usableFromInline
  internal init() {}

  @inlinable
  internal var count: Int { keys.count }

  @inlinable
  internal var isEmpty: Bool { keys.isEmpty }

  /// Bytes held, buffers counted by capacity.
  internal var memoryFootprint: Int { keys.capacity * 8 + weights.capacity * 8 }

  /// Makes room for `extra` more rows, growing geometrically, and turns on weights if
  /// `weighted`.
  @usableFromInline
  internal mutating func prepare(extra: Int, weighted: Bool) {
    let needed = keys.count + extra
    if keys.capacity < needed { keys.reserveCapacity(Swift.max(needed, 2 * keys.capacity)) }
    if weighted && weights.isEmpty && !keys.isEmpty {
      weights = Array(repeating: 1, count: keys.count)
    }
    if (weighted || !weights.isEmpty) && weights.capacity < needed {
      weights.reserveCapacity(Swift.max(needed, 2 * weights.capacity))
    }
  }

  /// Gives every row appended without a weight since weights were turned on the weight 1.
  @usableFromInline
  internal mutating func padWeights() {
    if !weights.isEmpty && weights.count < keys.count {
      weights.append(contentsOf: repeatElement(1, count: keys.count - weights.count))
    }
  }

  /// Sorts the rows by key (radix sort, O(n)); weights move with their keys.
  internal mutating func sort() {
    var keyScratch = [UInt64](repeating: 0, count: keys.count)
    var weightScratch = [Double](repeating: 0, count: weights.count)
    keys.withUnsafeMutableBufferPointer { keys in
      weights.withUnsafeMutableBufferPointer { weights in
        keyScratch.withUnsafeMutableBufferPointer { keyScratch in
          weightScratch.withUnsafeMutableBufferPointer { weightScratch in
            RadixSort.sort(
              keys: keys, payload: weights, keyScratch: keyScratch, payloadScratch: weightScratch)
          }
        }
      }
    }
  }

  /// The number of rows in the run of equal keys starting at `index` of sorted rows, and the
  /// index after the run.
  internal func count(at index: Int) -> (count: UInt64, end: Int) {
    let key = keys[index]
    var end = index
    while end < keys.count && keys[end] == key { end += 1 }
    return (UInt64(end - index), end)
  }

  /// The total weight of the run of equal keys starting at `index` of sorted rows, and the
  /// index after the run.
  internal func run(at index: Int) -> (weight: DoubleDouble, end: Int) {
    let key = keys[index]
    var end = index
    if weights.isEmpty {
      while end < keys.count && keys[end] == key { end += 1 }
      return (DoubleDouble(Double(end - index)), end)
    }
    var sum = DoubleDouble.zero
    while end < keys.count && keys[end] == key {
      sum += weights[end]
      end += 1
    }
    return (sum, end)
  }
}
