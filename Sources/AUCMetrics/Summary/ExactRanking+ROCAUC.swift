extension ExactRanking {
  /// The exact ROC AUC alone of unweighted rows in memory: the keys of each class radix-sorted
  /// apart (32-bit keys for `Float` scores, 64-bit for any other), then one merge walk over
  /// the ties that sums the pairs in integers. The same double as ``summary(scores:labels:)``'s
  /// `rocAUC`, without the precision–recall sums, in `8n` bytes for `Float` scores and `16n`
  /// for `Double`.
  @inlinable
  internal static func rocAUC<Score: BinaryFloatingPoint, Label: ClassLabel>(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>
  ) -> Result<Double?, ScoreInputError> {
    // The same checks, in the same order, as streaming the rows into exact counts.
    let noWeights = UnsafeBufferPointer<Double>(start: nil, count: 0)
    let positiveCount: Int
    switch ScoreCounts().validate(scores: scores, labels: labels, weights: noWeights) {
    case .failure(let failure): return .failure(failure)
    case .success(let positives): positiveCount = positives
    }
    guard positiveCount > 0 && positiveCount < scores.count else { return .success(nil) }
    if Score.self == Float.self {
      let keys = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: scores.count)
      defer { keys.deallocate() }
      fillByClass(keys, positiveCount: positiveCount, labels: labels) { row in
        ScoreKey.floatKey(unsafeBitCast(scores[row], to: Float.self))
      }
      return .success(rocAUC(keysByClass: keys, positiveCount: positiveCount))
    }
    let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: scores.count)
    defer { keys.deallocate() }
    fillByClass(keys, positiveCount: positiveCount, labels: labels) { row in
      ScoreKey.key(Double(scores[row]))
    }
    return .success(rocAUC(keysByClass: keys, positiveCount: positiveCount))
  }

  /// Writes the key of every row, the positives' first and the negatives' after them, each
  /// class in row order; the row's label picks the slot without a branch.
  @inlinable @inline(__always)
  internal static func fillByClass<Key, Label: ClassLabel>(
    _ keys: UnsafeMutableBufferPointer<Key>, positiveCount: Int,
    labels: UnsafeBufferPointer<Label>, key: (Int) -> Key
  ) {
    var nextPositive = 0
    var nextNegative = positiveCount
    for row in labels.indices {
      let isPositive = labels[row].isPositiveClass.unsafelyUnwrapped
      keys[isPositive ? nextPositive : nextNegative] = key(row)
      let step = Int(truncatingIfNeeded: unsafeBitCast(isPositive, to: UInt8.self))
      nextPositive &+= step
      nextNegative &+= 1 &- step
    }
  }

  /// The ROC AUC of `Float` keys: positives in `keys[..<positiveCount]`, negatives after.
  @usableFromInline
  internal static func rocAUC(
    keysByClass keys: UnsafeMutableBufferPointer<UInt32>, positiveCount: Int
  ) -> Double {
    sortedROCAUC(keysByClass: keys, positiveCount: positiveCount)
  }

  /// The ROC AUC of 64-bit keys: positives in `keys[..<positiveCount]`, negatives after.
  @usableFromInline
  internal static func rocAUC(
    keysByClass keys: UnsafeMutableBufferPointer<UInt64>, positiveCount: Int
  ) -> Double {
    sortedROCAUC(keysByClass: keys, positiveCount: positiveCount)
  }

  /// Below this many keys in the smaller class, both classes are sorted on one thread.
  internal static let parallelSortMinimum = 1 << 16

  /// Sorts each class's keys (the two at once on two threads when both are large), then walks the two from the top, one tie group at a time, into
  /// ``ROCPairSums``: the groups and counts that ``ScoreCounts`` would hold.
  ///
  /// - Precondition: both classes hold at least one key.
  private static func sortedROCAUC<Key: FixedWidthInteger & UnsignedInteger>(
    keysByClass keys: UnsafeMutableBufferPointer<Key>, positiveCount: Int
  ) -> Double {
    let scratch = UnsafeMutableBufferPointer<Key>.allocate(capacity: keys.count)
    defer { scratch.deallocate() }
    let noPayload = UnsafeMutableBufferPointer<Double>(start: nil, count: 0)
    let positives = UnsafeMutableBufferPointer(rebasing: keys[..<positiveCount])
    let negatives = UnsafeMutableBufferPointer(rebasing: keys[positiveCount...])
    let sortPositives = {
      RadixSort.sortKeys(
        keys: positives, payload: noPayload,
        keyScratch: UnsafeMutableBufferPointer(rebasing: scratch[..<positiveCount]),
        payloadScratch: noPayload, keyBits: Key.bitWidth)
    }
    let sortNegatives = {
      RadixSort.sortKeys(
        keys: negatives, payload: noPayload,
        keyScratch: UnsafeMutableBufferPointer(rebasing: scratch[positiveCount...]),
        payloadScratch: noPayload, keyBits: Key.bitWidth)
    }
    // The classes are sorted at once on two threads when each is worth a thread's start-up.
    if Swift.min(positives.count, negatives.count) >= parallelSortMinimum {
      ThreadPair.run(sortNegatives, alongside: sortPositives)
    } else {
      sortPositives()
      sortNegatives()
    }
    var pairs = ROCPairSums()
    var positiveEnd = positives.count
    var negativeEnd = negatives.count
    var positivesAbove: UInt64 = 0
    while negativeEnd > 0 {
      let negativeTop = negatives[negativeEnd - 1]
      // Positives above every remaining negative.
      while positiveEnd > 0 && positives[positiveEnd - 1] > negativeTop {
        positiveEnd -= 1
        positivesAbove &+= 1
      }
      var tiedPositives: UInt64 = 0
      while positiveEnd > 0 && positives[positiveEnd - 1] == negativeTop {
        positiveEnd -= 1
        tiedPositives &+= 1
      }
      var negative: UInt64 = 0
      while negativeEnd > 0 && negatives[negativeEnd - 1] == negativeTop {
        negativeEnd -= 1
        negative &+= 1
      }
      pairs.add(positive: tiedPositives, negative: negative, positivesAbove: positivesAbove)
      positivesAbove &+= tiedPositives
    }
    return pairs.area(positiveTotal: UInt64(positives.count), negativeTotal: UInt64(negatives.count))
  }
}
