import AUCMetrics
import Foundation
import Testing

/// ``CalibrationSums`` against a brute-force oracle in exact rational arithmetic, the merge
/// laws, bad input and its encodings.
@Suite("Calibration sums")
struct CalibrationSumsTests {
  /// Random rows: scores from the full double range of `0..<1`, the endpoints and bin-edge
  /// doubles (k/10, k/15), labels 0/1, weights in quarters (some 0).
  struct Rows {
    var scores: [Double] = []
    var labels: [Int] = []
    var weights: [Double] = []

    init(seed: UInt64, count: Int) {
      var generator = SplitMix64(seed: seed)
      for _ in 0..<count {
        let score: Double
        switch generator.nextBelow(6) {
        case 0: score = Double(generator.nextBelow(11)) / 10
        case 1: score = Double(generator.nextBelow(16)) / 15
        case 2: score = generator.nextBelow(2) == 0 ? 0 : 1
        default: score = generator.nextUnitDouble()
        }
        scores.append(score)
        labels.append(Int(generator.nextBelow(2)))
        weights.append(Double(generator.nextBelow(13)) / 4)
      }
    }
  }

  /// The values of the rows worked out exactly, with bins found by comparing s·K with k
  /// exactly, then rounded once: independent of the library's arithmetic.
  struct Oracle {
    var brier: Double
    var meanAbsoluteError: Double
    var actualCTR: Double
    var predictedCTR: Double
    var calibrationError: Double
    var binRows: [UInt64]
    var meanScores: [Double?]
    var fractionsPositive: [Double?]

    init(scores: [Double], labels: [Int], weights: [Double], binCount: Int) {
      let one = BigNatural(unitsOfSmallestSubnormal: 1)
      var weight = BigNatural()
      var squares = BigNatural()
      var distances = BigNatural()
      var positives = BigNatural()
      var scoreSum = BigNatural()
      var binWeights = [BigNatural](repeating: BigNatural(), count: binCount)
      var binPositives = binWeights
      var binScores = binWeights
      binRows = [UInt64](repeating: 0, count: binCount)
      for row in scores.indices {
        let units = BigNatural(unitsOfSmallestSubnormal: scores[row])
        let w = BigNatural(unitsOfSmallestSubnormal: weights[row])
        let positive = labels[row] == 1
        let distance = positive ? one - units : units
        weight = weight + w
        squares = squares + w * distance * distance
        distances = distances + w * distance
        scoreSum = scoreSum + w * units
        if positive { positives = positives + w }
        // The bin: the largest k < K with k ≤ s·K, i.e. k · 1 ≤ s · K in units.
        let scaled = units * BigNatural(UInt64(binCount))
        var bin = 0
        while bin + 1 < binCount && one * BigNatural(UInt64(bin + 1)) <= scaled { bin += 1 }
        binRows[bin] += 1
        binWeights[bin] = binWeights[bin] + w
        binScores[bin] = binScores[bin] + w * units
        if positive { binPositives[bin] = binPositives[bin] + w * one }
      }
      func ratio(_ numerator: BigNatural, _ denominator: BigNatural) -> Double {
        ExactFraction(numerator, over: denominator).nearestDouble
      }
      brier = ratio(squares, weight * one * one)
      meanAbsoluteError = ratio(distances, weight * one)
      actualCTR = ratio(positives, weight)
      predictedCTR = ratio(scoreSum, weight * one)
      var gaps = BigNatural()
      meanScores = []
      fractionsPositive = []
      for bin in 0..<binCount {
        let (p, s) = (binPositives[bin], binScores[bin])
        gaps = gaps + (p < s ? s - p : p - s)
        let empty = binWeights[bin].isZero
        meanScores.append(empty ? nil : ratio(s, binWeights[bin] * one))
        fractionsPositive.append(empty ? nil : ratio(p, binWeights[bin] * one))
      }
      calibrationError = ratio(gaps, weight * one)
    }
  }

  @Test("random rows: every value within 1 ulp of the exact one, bins as exact comparison finds them", arguments: [1, 2, 3] as [UInt64])
  func bruteForce(seed: UInt64) throws {
    let rows = Rows(seed: seed, count: 300)
    for binCount in [1, 10, 15, 7] {
      var sums = CalibrationSums(binCount: binCount)
      try sums.record(scores: rows.scores, labels: rows.labels, weights: rows.weights)
      let summary = sums.summary()
      let oracle = Oracle(
        scores: rows.scores, labels: rows.labels, weights: rows.weights, binCount: binCount)
      // The double-double sums and quotients carry ~2^-104 relative error: at most one
      // rounding away from the exact value.
      func close(_ value: Double?, _ exact: Double?, _ what: String) {
        CalibrationReferenceTests.expectClose(value, exact, ulps: 1, "seed \(seed) K \(binCount) \(what)")
      }
      close(summary.brierScore, oracle.brier, "Brier")
      close(summary.meanAbsoluteError, oracle.meanAbsoluteError, "MAE")
      close(summary.actualCTR, oracle.actualCTR, "actual CTR")
      close(summary.predictedCTR, oracle.predictedCTR, "predicted CTR")
      close(summary.expectedCalibrationError, oracle.calibrationError, "ECE")
      #expect(summary.reliabilityBins.map(\.rowCount) == oracle.binRows)
      for (bin, (mean, fraction)) in zip(
        summary.reliabilityBins, zip(oracle.meanScores, oracle.fractionsPositive))
      {
        close(bin.meanScore, mean, "mean score of bin \(bin.index)")
        close(bin.fractionPositive, fraction, "fraction positive of bin \(bin.index)")
      }
    }
  }

  @Test("log loss: the mean of −ln q row by row; +infinity only for a weighted row on the wrong end")
  func logLoss() throws {
    var sums = CalibrationSums()
    try sums.record(scores: [0.25, 0.5, 1.0], labels: [1, 0, 0], weights: [2, 1, 0])
    // The negative at 1.0 weighs 0: it adds nothing, and the loss stays finite.
    let expected = (2 * -Foundation.log(0.25) + -Foundation.log(0.5)) / 3
    CalibrationReferenceTests.expectClose(sums.summary().logLoss, expected, ulps: 2, "log loss")
    try sums.record(scores: [1.0], labels: [0])
    #expect(sums.summary().logLoss == .infinity)
    // scikit-learn's clipping: q = 1 − 1.0 = 0 becomes 2^-52.
    let clipped = (2 * -Foundation.log(0.25) + -Foundation.log(0.5) + 52 * Foundation.log(2.0)) / 4
    CalibrationReferenceTests.expectClose(
      sums.summary().logLossClipped, clipped, ulps: 2, "clipped log loss")
  }

  @Test("no rows, or rows of weight 0 only: every value nil, the bins' means nil")
  func undefined() throws {
    for sums in [CalibrationSums(), try { () throws -> CalibrationSums in
      var sums = CalibrationSums()
      try sums.record(scores: [0.5], labels: [1], weights: [0])
      return sums
    }()] {
      let summary = sums.summary(bucketError: nil)
      #expect(summary.logLoss == nil && summary.logLossClipped == nil)
      #expect(summary.brierScore == nil && summary.expectedCalibrationError == nil)
      #expect(summary.actualCTR == nil && summary.predictedCTR == nil && summary.copc == nil)
      #expect(summary.meanAbsoluteError == nil && summary.rootMeanSquaredError == nil)
      #expect(summary.meanQ == nil)
      #expect(summary.reliabilityBins.allSatisfy { $0.meanScore == nil && $0.fractionPositive == nil })
      #expect(summary.reliabilityBins.count == 15)
    }
  }

  @Test("COPC is nil when the predicted CTR is at most 10^-6, as PaddlePaddle skips it")
  func copcThreshold() throws {
    var sums = CalibrationSums()
    try sums.record(scores: [1e-7, 0], labels: [1, 0])
    #expect(sums.summary().predictedCTR == 5e-8)
    #expect(sums.summary().copc == nil)
    try sums.record(scores: [0.5], labels: [0])
    #expect(sums.summary().copc != nil)
  }

  @Test("the bin of a score: ⌊s·K⌋ with the product exact, 1.0 in the last bin")
  func binEdges() throws {
    var sums = CalibrationSums(binCount: 10)
    // The double 0.3 is below 3/10 (bin 2) though 0.3 · 10 rounds to 3.0; so is 0.7 (bin 6);
    // 0.1 · 3 rounds above 3/10 (bin 3).
    try sums.record(scores: [0.0, 0.3, 0.7, 0.1 * 3, 1.0, 0.9999999999999999], labels: [0, 0, 0, 0, 0, 0])
    let rows = sums.summary().reliabilityBins.map(\.rowCount)
    #expect(rows == [1, 0, 1, 1, 0, 0, 1, 0, 0, 2])
  }

  @Test("shards merged in any order give one stream's values", arguments: [7, 8] as [UInt64])
  func mergeLaws(seed: UInt64) throws {
    // Scores on a grid of 1/64 and whole weights: every bin sum and error sum is exact, so
    // those values agree bit for bit; the log-loss and sigmoid sums round in other orders.
    var generator = SplitMix64(seed: seed)
    let count = 500
    let scores = (0..<count).map { _ in Double(generator.nextBelow(65)) / 64 }
    let labels = (0..<count).map { _ in Int(generator.nextBelow(2)) }
    let weights = (0..<count).map { _ in Double(generator.nextBelow(5)) }
    var whole = CalibrationSums(binCount: 12)
    try whole.record(scores: scores, labels: labels, weights: weights)
    let cuts = [0, 123, 124, 377, count]
    var shards: [CalibrationSums] = []
    for (start, end) in zip(cuts, cuts.dropFirst()) {
      var shard = CalibrationSums(binCount: 12)
      try shard.record(
        scores: scores[start..<end], labels: labels[start..<end], weights: weights[start..<end])
      shards.append(shard)
    }
    for order in [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]] {
      var merged = CalibrationSums(binCount: 12)
      for index in order { try merged.merge(shards[index]) }
      let (a, b) = (merged.summary(), whole.summary())
      #expect(a.reliabilityBins == b.reliabilityBins)
      #expect(a.brierScore == b.brierScore && a.expectedCalibrationError == b.expectedCalibrationError)
      #expect(a.actualCTR == b.actualCTR && a.predictedCTR == b.predictedCTR && a.copc == b.copc)
      #expect(a.meanAbsoluteError == b.meanAbsoluteError)
      #expect(a.rootMeanSquaredError == b.rootMeanSquaredError)
      #expect(a.logLoss == b.logLoss)  // +infinity: rows at 0 and 1 on the wrong class
      CalibrationReferenceTests.expectClose(a.logLossClipped, b.logLossClipped, ulps: 1, "clipped")
      CalibrationReferenceTests.expectClose(a.meanQ, b.meanQ, ulps: 1, "mean Q")
      #expect(merged.rowCount == UInt64(count) && merged.isWeighted)
    }
    // The empty sums are the identity.
    var identity = CalibrationSums(binCount: 12)
    try identity.merge(whole)
    #expect(identity == whole)
    var other = CalibrationSums(binCount: 10)
    #expect(throws: CalibrationSums.MergeError.binCountMismatch(10, 12)) { try other.merge(whole) }
    #expect(other == CalibrationSums(binCount: 10))
  }

  @Test("a bad row throws naming it, and the batch changes nothing")
  func badInput() throws {
    var sums = CalibrationSums()
    try sums.record(scores: [0.25, 0.5], labels: [0, 1])
    let before = sums
    #expect(throws: ScoreInputError.nonFiniteScore(row: 1, score: .infinity)) {
      try sums.record(scores: [0.5, .infinity], labels: [0, 1])
    }
    #expect(throws: ScoreInputError.scoreOutOfRange(row: 1, score: 1.5)) {
      try sums.record(scores: [0.5, 1.5], labels: [0, 1])
    }
    #expect(throws: ScoreInputError.scoreOutOfRange(row: 0, score: -0.25)) {
      try sums.record(scores: [-0.25 as Float], labels: [0])
    }
    #expect(throws: ScoreInputError.invalidLabel(row: 2, label: "2")) {
      try sums.record(scores: [0.5, 0.5, 0.5], labels: [0, 1, 2])
    }
    #expect(throws: ScoreInputError.invalidWeight(row: 1, weight: -1)) {
      try sums.record(scores: [0.5, 0.5], labels: [0, 1], weights: [1, -1])
    }
    #expect(throws: ScoreInputError.weightCountMismatch(rowCount: 2, weightCount: 1)) {
      try sums.record(scores: [0.5, 0.5], labels: [0, 1], weights: [1])
    }
    #expect(throws: ScoreInputError.lengthMismatch(scoreCount: 2, labelCount: 1)) {
      try sums.record(scores: [0.5, 0.5], labels: [0])
    }
    do {
      try sums.record(scores: [0.5, .nan], labels: [0, 1])
      Issue.record("NaN accepted")
    } catch {
      #expect(error.row == 1)
      #expect(error.reason == "score nan is not a finite number")
    }
    #expect(sums == before)
    #expect(!sums.isWeighted)
  }

  @Test("Codable and compact encodings round-trip; damaged bytes are refused")
  func encodings() throws {
    let rows = Rows(seed: 11, count: 200)
    var sums = CalibrationSums(binCount: 9)
    try sums.record(scores: rows.scores, labels: rows.labels, weights: rows.weights)
    var unweighted = CalibrationSums(binCount: 3)
    try unweighted.record(scores: rows.scores, labels: rows.labels)
    for value in [sums, unweighted, CalibrationSums()] {
      let json = try JSONEncoder().encode(value)
      #expect(try JSONDecoder().decode(CalibrationSums.self, from: json) == value)
      let bytes = value.compactEncoding()
      #expect(try CalibrationSums(compactEncoding: bytes) == value)
      for length in 0..<bytes.count {
        #expect(throws: CompactEncodingError.self) {
          try CalibrationSums(compactEncoding: Array(bytes.prefix(length)))
        }
      }
      #expect(throws: CompactEncodingError.self) { try CalibrationSums(compactEncoding: bytes + [0]) }
    }
    var bytes = unweighted.compactEncoding()
    bytes[1] = 2  // an unknown flag
    #expect(throws: CompactEncodingError.self) { try CalibrationSums(compactEncoding: bytes) }
    // A positive weight of 0.5 in unweighted sums (bin 0's first double, after the two row
    // counts).
    bytes = unweighted.compactEncoding()
    var offset = 2
    for _ in 0..<2 { while bytes[offset] & 0x80 != 0 { offset += 1 }; offset += 1 }
    withUnsafeBytes(of: (0.5).bitPattern.littleEndian) { bytes.replaceSubrange(offset..<(offset + 8), with: $0) }
    #expect(throws: CompactEncodingError.self) { try CalibrationSums(compactEncoding: bytes) }
    // A NaN sum.
    bytes = sums.compactEncoding()
    let nan = Double.nan.bitPattern.littleEndian
    withUnsafeBytes(of: nan) { bytes.replaceSubrange((bytes.count - 16)..<(bytes.count - 8), with: $0) }
    #expect(throws: CompactEncodingError.self) { try CalibrationSums(compactEncoding: bytes) }
    // JSON whose arrays disagree with the bin count.
    var object = try #require(
      JSONSerialization.jsonObject(with: JSONEncoder().encode(unweighted)) as? [String: Any])
    object["binCount"] = 4
    let damaged = try JSONSerialization.data(withJSONObject: object)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(CalibrationSums.self, from: damaged) }
  }
}
