/// Least-significant-digit radix sort of 64-bit keys, optionally carrying one `Double` per
/// key along.
///
/// One pass over the keys builds the counts of all eight bytes at once; a byte that is the
/// same in every key (the sign and exponent bytes of scores in `0...1`, say) is skipped. The
/// sort is stable and takes O(n) time for n keys, with no comparisons.
internal enum RadixSort {
  /// Below this many keys an insertion sort is faster than eight counting passes.
  static let insertionSortLimit = 48

  /// Sorts `keys` ascending, moving `payload[i]` with `keys[i]` when a payload is given.
  ///
  /// - Parameters:
  ///   - keys: The keys, sorted in place.
  ///   - payload: Values that move with their keys, or an empty buffer.
  ///   - keyScratch: Space for `keys.count` keys.
  ///   - payloadScratch: Space for `payload.count` values.
  /// - Precondition: `payload` is empty or as long as `keys`; the scratch buffers are as long
  ///   as their counterparts.
  static func sort(
    keys: UnsafeMutableBufferPointer<UInt64>, payload: UnsafeMutableBufferPointer<Double>,
    keyScratch: UnsafeMutableBufferPointer<UInt64>,
    payloadScratch: UnsafeMutableBufferPointer<Double>
  ) {
    let count = keys.count
    let carriesPayload = !payload.isEmpty
    precondition(!carriesPayload || payload.count == count)
    precondition(keyScratch.count >= count && payloadScratch.count >= payload.count)
    if count < insertionSortLimit {
      insertionSort(keys: keys, payload: payload)
      return
    }
    var histograms = [Int](repeating: 0, count: 8 * 256)
    histograms.withUnsafeMutableBufferPointer { counts in
      for key in keys {
        for byte in 0..<8 {
          counts[byte &* 256 &+ Int(truncatingIfNeeded: key &>> (byte &* 8)) & 0xFF] &+= 1
        }
      }
      var source = (keys: keys, payload: payload)
      var target = (keys: keyScratch, payload: payloadScratch)
      for byte in 0..<8 {
        let digitCounts = UnsafeMutableBufferPointer(
          rebasing: counts[(byte * 256)..<(byte * 256 + 256)])
        let firstDigit = Int(truncatingIfNeeded: keys[0] &>> (byte &* 8)) & 0xFF
        if digitCounts[firstDigit] == count { continue }  // this byte never varies
        var offset = 0
        for digit in 0..<256 {
          let digitCount = digitCounts[digit]
          digitCounts[digit] = offset
          offset &+= digitCount
        }
        let shift = UInt64(byte &* 8)
        if carriesPayload {
          for index in 0..<count {
            let key = source.keys[index]
            let digit = Int(truncatingIfNeeded: key &>> shift) & 0xFF
            let position = digitCounts[digit]
            digitCounts[digit] = position &+ 1
            target.keys[position] = key
            target.payload[position] = source.payload[index]
          }
        } else {
          for key in UnsafeBufferPointer(rebasing: source.keys[..<count]) {
            let digit = Int(truncatingIfNeeded: key &>> shift) & 0xFF
            let position = digitCounts[digit]
            digitCounts[digit] = position &+ 1
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

  private static func insertionSort(
    keys: UnsafeMutableBufferPointer<UInt64>, payload: UnsafeMutableBufferPointer<Double>
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
