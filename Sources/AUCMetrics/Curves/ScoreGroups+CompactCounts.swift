extension ScoreGroups {
  /// The groups of compactly encoded counts, as ``ScoreCounts/groups`` gives them, without
  /// holding the counts: the groups' arrays are filled from the last one as the encoding is
  /// read.
  ///
  /// ```swift
  /// let groups = try ScoreGroups(compactCounts: bytes)   // == ScoreCounts(…: bytes).groups
  /// ```
  ///
  /// - Throws: ``CompactEncodingError`` as
  ///   ``ScoreCounts/init(compactEncoding:)-(UnsafeRawBufferPointer)``.
  /// - Complexity: O(n) for n bytes.
  public init(compactCounts bytes: UnsafeRawBufferPointer) throws(CompactEncodingError) {
    var cursor = try CompactCountsCursor(bytes)
    let header = cursor.header
    let count = header.groupCount
    // Filled from the end; the slots of groups of weight 0 are dropped below. (No groups:
    // empty arrays, since one made with capacity 0 would set the count of the shared empty
    // storage, a write the thread sanitizer reports as a race.)
    func slots() -> [Double] {
      count == 0 ? [] : [Double](unsafeUninitializedCapacity: count) { $1 = count }
    }
    var thresholds = slots()
    var positives = slots()
    var negatives = slots()
    // Each group's exact weight is head + tail (as ``ScoreCounts/groups`` keeps it). Only
    // counts above 2^53 and weights stored with tails can have a tail that is not 0: other
    // encodings hold no tails at all (and the memory of two arrays is never touched); the
    // tails are dropped below when every one is 0.
    let mayHaveTails =
      header.weighted
      ? header.hasTails : header.positiveRows > 1 << 53 || header.negativeRows > 1 << 53
    var positiveTails = [Double](repeating: 0, count: mayHaveTails ? count : 0)
    var negativeTails = positiveTails
    var hasTails = false
    var next = count  // groups are stored ascending and listed highest first
    if !header.weighted {
      var batch = [CountEntry](
        repeating: CountEntry(key: 0, positive: 0, negative: 0), count: Swift.min(1024, count))
      while cursor.remaining > 0 {
        let result = batch.withUnsafeMutableBufferPointer { buffer in
          Result { () throws(CompactEncodingError) in try cursor.nextCounts(into: buffer) }
        }
        for entry in batch[..<(try result.get())] {
          next -= 1
          thresholds[next] = ScoreCounts.threshold(ofKey: entry.key, binning: header.binning)
          let positive = DoubleDouble(exactly: entry.positive)
          let negative = DoubleDouble(exactly: entry.negative)
          positives[next] = positive.head
          negatives[next] = negative.head
          if mayHaveTails {
            (positiveTails[next], negativeTails[next]) = (positive.tail, negative.tail)
            hasTails = hasTails || positive.tail != 0 || negative.tail != 0
          }
        }
      }
    }
    var wholeWeights = true
    while cursor.remaining > 0 {
      let entry = try cursor.nextWeights()
      wholeWeights =
        wholeWeights && entry.positive.tail == 0 && entry.negative.tail == 0
        && entry.positive.head == entry.positive.head.rounded(.down)
        && entry.negative.head == entry.negative.head.rounded(.down)
      if entry.positive.isZero && entry.negative.isZero { continue }
      next -= 1
      thresholds[next] = ScoreCounts.threshold(ofKey: entry.key, binning: header.binning)
      positives[next] = entry.positive.head
      negatives[next] = entry.negative.head
      if mayHaveTails {
        (positiveTails[next], negativeTails[next]) = (entry.positive.tail, entry.negative.tail)
        hasTails = hasTails || entry.positive.tail != 0 || entry.negative.tail != 0
      }
    }
    try cursor.finish()
    if next > 0 {
      thresholds.removeFirst(next)
      positives.removeFirst(next)
      negatives.removeFirst(next)
      if mayHaveTails {
        positiveTails.removeFirst(next)
        negativeTails.removeFirst(next)
      }
    }
    if !hasTails {
      positiveTails = []
      negativeTails = []
    }
    let positiveTotal: Double
    let negativeTotal: Double
    let hasWholeCounts: Bool
    if header.weighted {
      positiveTotal = cursor.positiveTotal.value
      negativeTotal = cursor.negativeTotal.value
      hasWholeCounts =
        wholeWeights && cursor.positiveTotal.tail == 0 && cursor.negativeTotal.tail == 0
        && cursor.positiveTotal.head + cursor.negativeTotal.head < 0x1p53
    } else {
      positiveTotal = Double(header.positiveRows)
      negativeTotal = Double(header.negativeRows)
      hasWholeCounts = positiveTotal + negativeTotal < 0x1p53
    }
    self.init(
      unchecked: thresholds, positives: positives, negatives: negatives,
      positiveTails: positiveTails, negativeTails: negativeTails, binning: header.binning,
      positiveTotal: positiveTotal, negativeTotal: negativeTotal, hasWholeCounts: hasWholeCounts)
  }
}
