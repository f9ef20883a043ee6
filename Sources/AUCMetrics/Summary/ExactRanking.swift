/// Exact summaries of unweighted rows held in memory, by one radix sort and one sweep.
///
/// `Float` scores fit a 32-bit order-preserving key, so the label rides in the key's lowest
/// bit and a single sort of 33-bit keys (three 11-bit passes) orders every row. `Double`
/// scores need all 64 bits: each class is sorted on its own and the two are walked together.
/// Either way the groups reach ``WholeCountSweep`` in the same order, with the same counts, as
/// from ``ScoreCounts``, so the summary is the same to the bit.
@usableFromInline
internal enum ExactRanking {
  @inlinable
  internal static func summary<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>
  ) -> Result<RankingSummary, ScoreInputError> {
    // The same checks, in the same order, as streaming the rows into exact counts.
    let noWeights = UnsafeBufferPointer<Double>(start: nil, count: 0)
    if case .failure(let failure) = ScoreCounts().validate(
      scores: scores, labels: labels, weights: noWeights)
    {
      return .failure(failure)
    }
    var sweep = WholeCountSweep()
    if Score.self == Float.self {
      sweepPacked(scores: scores, labels: labels, into: &sweep)
    } else {
      sweepByClass(scores: scores, labels: labels, into: &sweep)
    }
    return .success(sweep.summary(binning: .exact, switchedFromExact: false))
  }

  /// `Float` scores: keys `floatKey << 1 | label`, one sort, groups from the top.
  @inlinable
  internal static func sweepPacked<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    into sweep: inout WholeCountSweep
  ) {
    let count = scores.count
    var keys = [UInt64](repeating: 0, count: count)
    keys.withUnsafeMutableBufferPointer { keys in
      for row in 0..<count {
        let key = UInt64(ScoreKey.floatKey(unsafeBitCast(scores[row], to: Float.self)))
        let bit = UInt64(
          unsafeBitCast(labels[row].isPositiveClass.unsafelyUnwrapped, to: UInt8.self))
        keys[row] = key &<< 1 | bit
      }
    }
    sortKeys(&keys, keyBits: 33)
    keys.withUnsafeBufferPointer { keys in
      var end = count
      while end > 0 {
        let group = keys[end - 1] &>> 1
        var start = end - 1
        var positives: UInt64 = 0
        while start >= 0 && keys[start] &>> 1 == group {
          positives &+= keys[start] & 1
          start -= 1
        }
        let size = UInt64(end - start - 1)
        sweep.add(positive: positives, negative: size &- positives)
        end = start + 1
      }
    }
  }

  /// `Double` scores: each class's 64-bit keys sorted apart, then walked together from the top.
  @inlinable
  internal static func sweepByClass<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    into sweep: inout WholeCountSweep
  ) {
    var positiveKeys: [UInt64] = []
    var negativeKeys: [UInt64] = []
    for row in scores.indices {
      let key = ScoreKey.key(Double(scores[row]))
      if labels[row].isPositiveClass.unsafelyUnwrapped {
        positiveKeys.append(key)
      } else {
        negativeKeys.append(key)
      }
    }
    sortKeys(&positiveKeys)
    sortKeys(&negativeKeys)
    var positiveEnd = positiveKeys.count
    var negativeEnd = negativeKeys.count
    while positiveEnd > 0 || negativeEnd > 0 {
      let positiveTop = positiveEnd > 0 ? positiveKeys[positiveEnd - 1] : 0
      let negativeTop = negativeEnd > 0 ? negativeKeys[negativeEnd - 1] : 0
      let key =
        positiveEnd == 0
        ? negativeTop : (negativeEnd == 0 ? positiveTop : Swift.max(positiveTop, negativeTop))
      var positives: UInt64 = 0
      while positiveEnd > 0 && positiveKeys[positiveEnd - 1] == key {
        positives &+= 1
        positiveEnd -= 1
      }
      var negatives: UInt64 = 0
      while negativeEnd > 0 && negativeKeys[negativeEnd - 1] == key {
        negatives &+= 1
        negativeEnd -= 1
      }
      sweep.add(positive: positives, negative: negatives)
    }
  }

  @inlinable
  internal static func sortKeys(_ keys: inout [UInt64], keyBits: Int = 64) {
    var scratch = [UInt64](repeating: 0, count: keys.count)
    keys.withUnsafeMutableBufferPointer { keys in
      scratch.withUnsafeMutableBufferPointer { scratch in
        RadixSort.sort(
          keys: keys, payload: UnsafeMutableBufferPointer(start: nil, count: 0),
          keyScratch: scratch, payloadScratch: UnsafeMutableBufferPointer(start: nil, count: 0),
          keyBits: keyBits)
      }
    }
  }
}
