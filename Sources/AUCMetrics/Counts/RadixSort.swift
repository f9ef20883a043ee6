/// Least-significant-digit radix sort of unsigned keys (64-bit, or 32-bit for `Float` scores),
/// optionally carrying one `Double` per key along.
///
/// Keys are sorted by 11-bit digits, six for 64-bit keys and three for 32-bit ones. One pass over the keys counts all six digits at once
/// (the counts fit the L2 cache); a digit that is the same in every key (the sign and exponent
/// of scores in `0...1`, say) is skipped. The sort is stable and takes O(n) time for n keys,
/// with no comparisons.
@usableFromInline
internal enum RadixSort {
  /// Below this many keys an insertion sort is faster than the counting passes.
  static let insertionSortLimit = 48

  static let digitBits = 11
  static let digitCount = 6
  static let bucketCount = 1 << digitBits

  /// Sorts `keys` ascending, moving `payload[i]` with `keys[i]` when a payload is given.
  ///
  /// - Parameters:
  ///   - keys: The keys, sorted in place.
  ///   - payload: Values that move with their keys, or an empty buffer.
  ///   - keyScratch: Space for `keys.count` keys.
  ///   - payloadScratch: Space for `payload.count` values.
  /// - Precondition: `payload` is empty or as long as `keys`; the scratch buffers are as long
  ///   as their counterparts.
  @usableFromInline
  static func sort(
    keys: UnsafeMutableBufferPointer<UInt64>, payload: UnsafeMutableBufferPointer<Double>,
    keyScratch: UnsafeMutableBufferPointer<UInt64>,
    payloadScratch: UnsafeMutableBufferPointer<Double>, keyBits: Int = 64
  ) {
    sortKeys(
      keys: keys, payload: payload, keyScratch: keyScratch, payloadScratch: payloadScratch,
      keyBits: keyBits)
  }

  /// Sorts 32-bit `keys` ascending, as ``sort(keys:payload:keyScratch:payloadScratch:keyBits:)``
  /// does 64-bit ones.
  @usableFromInline
  static func sort(
    keys: UnsafeMutableBufferPointer<UInt32>, payload: UnsafeMutableBufferPointer<Double>,
    keyScratch: UnsafeMutableBufferPointer<UInt32>,
    payloadScratch: UnsafeMutableBufferPointer<Double>
  ) {
    sortKeys(
      keys: keys, payload: payload, keyScratch: keyScratch, payloadScratch: payloadScratch,
      keyBits: 32)
  }

  /// The sort for either key width, for callers in this module, where it is compiled for each
  /// width used (code inlined into another module calls the two entry points above: a generic
  /// call from there would not be specialized).
  internal static func sortKeys<Key: FixedWidthInteger & UnsignedInteger>(
    keys: UnsafeMutableBufferPointer<Key>, payload: UnsafeMutableBufferPointer<Double>,
    keyScratch: UnsafeMutableBufferPointer<Key>,
    payloadScratch: UnsafeMutableBufferPointer<Double>, keyBits: Int
  ) {
    let digitCount = Swift.min(
      Self.digitCount, (Swift.min(keyBits, Key.bitWidth) + digitBits - 1) / digitBits)
    let count = keys.count
    let carriesPayload = !payload.isEmpty
    precondition(!carriesPayload || payload.count == count)
    precondition(keyScratch.count >= count && payloadScratch.count >= payload.count)
    if count < insertionSortLimit {
      insertionSort(keys: keys, payload: payload)
      return
    }
    var histograms = [Int](repeating: 0, count: Self.digitCount * bucketCount)
    histograms.withUnsafeMutableBufferPointer { counts in
      let mask = Key(bucketCount - 1)
      for key in keys {
        for digit in 0..<digitCount {
          let shift = Key(truncatingIfNeeded: digit &* digitBits)
          let bucket = Int(truncatingIfNeeded: (key &>> shift) & mask)
          counts[digit &* bucketCount &+ bucket] &+= 1
        }
      }
      var source = (keys: keys, payload: payload)
      var target = (keys: keyScratch, payload: payloadScratch)
      for digit in 0..<digitCount {
        let shift = Key(digit * digitBits)
        let offsets = UnsafeMutableBufferPointer(
          rebasing: counts[(digit * bucketCount)..<((digit + 1) * bucketCount)])
        // Any key's bucket holds every key exactly when this digit never varies.
        let anyBucket = Int(truncatingIfNeeded: (keys[0] &>> shift) & mask)
        if offsets[anyBucket] == count { continue }
        var offset = 0
        for bucket in 0..<bucketCount {
          let bucketSize = offsets[bucket]
          offsets[bucket] = offset
          offset &+= bucketSize
        }
        if carriesPayload {
          for index in 0..<count {
            let key = source.keys[index]
            let bucket = Int(truncatingIfNeeded: (key &>> shift) & mask)
            let position = offsets[bucket]
            offsets[bucket] = position &+ 1
            target.keys[position] = key
            target.payload[position] = source.payload[index]
          }
        } else {
          for key in UnsafeBufferPointer(rebasing: source.keys[..<count]) {
            let bucket = Int(truncatingIfNeeded: (key &>> shift) & mask)
            let position = offsets[bucket]
            offsets[bucket] = position &+ 1
            target.keys[position] = key
          }
        }
        swap(&source, &target)
      }
      if source.keys.baseAddress != keys.baseAddress {
        _ = keys.update(fromContentsOf: source.keys[..<count])
        if carriesPayload { _ = payload.update(fromContentsOf: source.payload[..<count]) }
      }
    }
  }

  private static func insertionSort<Key: FixedWidthInteger & UnsignedInteger>(
    keys: UnsafeMutableBufferPointer<Key>, payload: UnsafeMutableBufferPointer<Double>
  ) {
    let carriesPayload = !payload.isEmpty
    for index in keys.indices.dropFirst() {
      let key = keys[index]
      let value = carriesPayload ? payload[index] : 0
      var hole = index
      while hole > 0 && keys[hole - 1] > key {
        keys[hole] = keys[hole - 1]
        if carriesPayload { payload[hole] = payload[hole - 1] }
        hole -= 1
      }
      keys[hole] = key
      if carriesPayload { payload[hole] = value }
    }
  }
}
