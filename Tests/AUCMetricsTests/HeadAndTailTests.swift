import Testing

@testable import AUCMetrics

/// A count as its nearest double and the remainder (`DoubleDouble(exactly:)`, which the groups
/// of counts are built from): head + tail is the count exactly, and the
/// head is the correctly rounded double, checked in 128-bit integers.
@Suite struct HeadAndTailTests {
  static let counts: [UInt64] = {
    var counts: [UInt64] = [0, 1, 1 << 53 - 1, 1 << 53, 1 << 53 + 1, 1 << 53 + 3, 1 << 54 + 2,
      1 << 63 - 1, 1 << 63, 1 << 63 + 1, UInt64.max - 2048, UInt64.max - 1024,
      UInt64.max - 1023, UInt64.max - 1, UInt64.max]
    var generator = SplitMix64(seed: 14)
    for _ in 0..<2000 { counts.append(generator.next() >> (generator.next() % 12)) }
    return counts
  }()

  @Test func headPlusTailIsTheCount() {
    for count in Self.counts {
      let exact = DoubleDouble(exactly: count)
      let (head, tail) = (exact.head, exact.tail)
      #expect(head == Double(count), "\(count)")
      // The head is an integer of at most 2^64; the tail an integer of magnitude below 2^11.
      let exactHead = head == 0x1p64 ? Int128(1) << 64 : Int128(UInt64(head))
      #expect(tail == tail.rounded() && abs(tail) < 0x1p11, "\(count)")
      #expect(exactHead + Int128(Int64(tail)) == Int128(count), "\(count)")
    }
  }

  /// Counts above 2^53 keep their exact remainders in the groups, whether the groups come
  /// from the counts or straight from their compact bytes (which hold no tail arrays for
  /// smaller counts).
  @Test func groupsOfHugeCountsKeepTheirTails() throws {
    let keyOfQuarter = 0x3FD0_0000_0000_0000 | UInt64(1) << 63
    let keyOfHalf = 0x3FE0_0000_0000_0000 | UInt64(1) << 63
    let huge = try ScoreCounts(
      binning: .exact, positiveRowCount: 1 << 60 + 3, negativeRowCount: 1 << 54 + 2,
      isWeighted: false, keys: [keyOfQuarter, keyOfHalf], positiveWeights: [0x1p60, 0],
      negativeWeights: [1, 0x1p54], positiveWeightTails: [3, 0], negativeWeightTails: [0, 1])
    let fromBytes = try huge.compactEncoding().withUnsafeBytes {
      try ScoreGroups(compactCounts: $0)
    }
    #expect(fromBytes == huge.groups)
    #expect(fromBytes.thresholds == [0.5, 0.25])
    // The exact counts, each head + tail: 2^54 + 1 negatives at 0.5, 2^60 + 3 positives and
    // one negative at 0.25.
    #expect(fromBytes.negatives == [0x1p54, 1] && fromBytes.negativeTails == [1, 0])
    #expect(fromBytes.positives == [0, 0x1p60] && fromBytes.positiveTails == [0, 3])
    let small = try ScoreCounts(
      binning: .exact, positiveRowCount: 2, negativeRowCount: 1, isWeighted: false,
      keys: [keyOfQuarter, keyOfHalf], positiveWeights: [2, 0], negativeWeights: [0, 1])
    let smallFromBytes = try small.compactEncoding().withUnsafeBytes {
      try ScoreGroups(compactCounts: $0)
    }
    #expect(smallFromBytes == small.groups && smallFromBytes.positiveTails.isEmpty)
  }
}
