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

  /// Bytes held, buffers counted by capacity, with the scratch space a sort will take.
  internal var memoryFootprint: Int { 2 * (keys.capacity * 8 + weights.capacity * 8) }

  /// Makes room for `extra` more rows and turns on weights if `weighted`.
  @inlinable
  internal mutating func prepare(extra: Int, weighted: Bool) {
    keys.reserveCapacity(keys.count + extra)
    if weighted && weights.isEmpty && !keys.isEmpty {
      weights = Array(repeating: 1, count: keys.count)
    }
    if weighted || !weights.isEmpty { weights.reserveCapacity(keys.count + extra) }
  }

  /// Sorts the rows and sums the weights of equal keys: one (key, weight) per distinct key,
  /// ascending. Empties the buffer.
  internal mutating func takeSortedGroups() -> (keys: [UInt64], weights: [DoubleDouble]) {
    let count = keys.count
    var keyScratch = [UInt64](repeating: 0, count: count)
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
    keyScratch = []
    weightScratch = []
    var groupKeys: [UInt64] = []
    var groupWeights: [DoubleDouble] = []
    keys.withUnsafeBufferPointer { keys in
      weights.withUnsafeBufferPointer { weights in
        let weighted = !weights.isEmpty
        var index = 0
        while index < count {
          let key = keys[index]
          var sum = DoubleDouble.zero
          var runCount = 0.0
          repeat {
            if weighted { sum += weights[index] } else { runCount += 1 }
            index += 1
          } while index < count && keys[index] == key
          groupKeys.append(key)
          groupWeights.append(weighted ? sum : DoubleDouble(runCount))
        }
      }
    }
    self = PendingRows()
    return (groupKeys, groupWeights)
  }
}
