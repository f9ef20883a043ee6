/// Each row's DeLong placement numerator for one score column: for a positive,
/// `2 · (negatives scoring lower) + (negatives tied)`; for a negative,
/// `2 · (positives scoring higher) + (positives tied)`.
///
/// Sun & Xu (2014): one sort of the scores, then a walk over the groups of tied scores, so
/// O(n) with the radix sort here rather than DeLong's O(n²) pair comparisons.
internal enum PlacementValues {
  /// The placement numerators of every row, in row order.
  static func numerators(
    scores: [Double], isPositive: [Bool], positiveCount: Int, negativeCount: Int
  )
    -> [Int128]
  {
    let count = scores.count
    var keys = scores.map { ScoreKey.key($0) }
    var rowIndices = (0..<count).map { Double($0) }
    var keyScratch = [UInt64](repeating: 0, count: count)
    var indexScratch = [Double](repeating: 0, count: count)
    keys.withUnsafeMutableBufferPointer { keys in
      rowIndices.withUnsafeMutableBufferPointer { rows in
        keyScratch.withUnsafeMutableBufferPointer { keyScratch in
          indexScratch.withUnsafeMutableBufferPointer { indexScratch in
            RadixSort.sort(
              keys: keys, payload: rows, keyScratch: keyScratch, payloadScratch: indexScratch)
          }
        }
      }
    }
    var numerators = [Int128](repeating: 0, count: count)
    var positivesBelow = 0
    var negativesBelow = 0
    var start = 0
    while start < count {
      var end = start
      var positives = 0
      while end < count && keys[end] == keys[start] {
        if isPositive[Int(rowIndices[end])] { positives += 1 }
        end += 1
      }
      let negatives = end - start - positives
      let placement = DeLongMoments.placementNumerators(
        positives: Int128(positives), negatives: Int128(negatives),
        positivesAbove: Int128(positiveCount - positivesBelow - positives),
        negativesBelow: Int128(negativesBelow))
      for sorted in start..<end {
        let row = Int(rowIndices[sorted])
        numerators[row] = isPositive[row] ? placement.positive : placement.negative
      }
      positivesBelow += positives
      negativesBelow += negatives
      start = end
    }
    return numerators
  }
}
