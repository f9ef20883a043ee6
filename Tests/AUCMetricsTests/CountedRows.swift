import AUCMetrics
import Foundation
import Testing

/// Seeded rows for the ``ScoreCounts`` properties: scores on a small grid, so that rows tie,
/// of either sign, recorded as `Float` or `Double` with `Int` or `Bool` labels, and optionally
/// with integer weights in `0...4` (so that every brute-force sum is exact in integers).
struct CountedRows {
  /// Where the scores come from.
  enum Grid: CaseIterable {
    /// `k / d` for a small `d`, endpoints included: valid for every binning.
    case unit
    /// Multiples of 15/32 in `-7.5...7.5`, with both zeros.
    case logits
    /// `±(1 + m/4) · 2^e` for a few exponents from 2^-30 to 2^40, with both zeros.
    case wide
  }

  /// The scores exactly as recorded (already rounded to `Float` when `float32`).
  var scores: [Double]
  var labels: [Int]
  /// Integer-valued weights in `0...4`, or `nil` for unweighted rows.
  var weights: [Double]?
  var float32: Bool
  var boolLabels: Bool

  init(
    seed: UInt64, count: Int, grid: Grid, weighted: Bool, float32: Bool? = nil,
    boolLabels: Bool? = nil
  ) {
    var generator = SplitMix64(seed: seed)
    self.float32 = float32 ?? (generator.next() % 2 == 0)
    self.boolLabels = boolLabels ?? (generator.next() % 2 == 0)
    let divisor = [1, 4, 10, 23, 100][Int(generator.next() % 5)]
    let positiveRate = [0.5, 0.2, 0.8][Int(generator.next() % 3)]
    let exponents = [-30, -3, -1, 0, 1, 7, 40]
    var scores: [Double] = []
    for _ in 0..<count {
      let score: Double
      switch grid {
      case .unit:
        score = Double(generator.next() % UInt64(divisor + 1)) / Double(divisor)
      case .logits:
        let step = Int(generator.next() % 33) - 16
        score = step == 0 && generator.next() % 2 == 0 ? -0.0 : Double(step) * 0.468_75
      case .wide:
        let pick = generator.next() % 30
        if pick >= 28 {
          score = pick == 28 ? 0.0 : -0.0
        } else {
          let magnitude = Double(
            sign: .plus, exponent: exponents[Int(pick % 7)],
            significand: 1 + Double(generator.next() % 4) / 4)
          score = generator.next() % 2 == 0 ? magnitude : -magnitude
        }
      }
      scores.append(self.float32 ? Double(Float(score)) : score)
    }
    self.scores = scores
    labels = (0..<count).map { _ in generator.nextUnitDouble() < positiveRate ? 1 : 0 }
    weights = weighted ? (0..<count).map { _ in Double(generator.next() % 5) } : nil
  }

  var count: Int { scores.count }

  /// The weights as integers, 1 for unweighted rows.
  var integerWeights: [Int] {
    weights.map { $0.map { Int($0) } } ?? Array(repeating: 1, count: count)
  }

  /// Records the rows in `range` as one batch, with the score, label and weight types of
  /// these rows.
  func record(into counts: inout ScoreCounts, rows range: Range<Int>) throws(ScoreInputError) {
    let scores = self.scores[range]
    let labels = self.labels[range]
    let bools = labels.map { $0 == 1 }
    switch (float32, boolLabels, weights?[range]) {
    case (false, false, nil): try counts.record(scores: scores, labels: labels)
    case (false, true, nil): try counts.record(scores: scores, labels: bools)
    case (true, false, nil): try counts.record(scores: scores.map { Float($0) }, labels: labels)
    case (true, true, nil): try counts.record(scores: scores.map { Float($0) }, labels: bools)
    case (false, false, let weights?):
      try counts.record(scores: scores, labels: labels, weights: weights)
    case (false, true, let weights?):
      try counts.record(scores: scores, labels: bools, weights: weights.map { Float($0) })
    case (true, false, let weights?):
      try counts.record(scores: scores.map { Float($0) }, labels: labels, weights: weights)
    case (true, true, let weights?):
      try counts.record(
        scores: scores.map { Float($0) }, labels: bools, weights: weights.map { Float($0) })
    }
  }

  /// Every row recorded in one batch.
  func counts(binning: ScoreBinning = .exact, memoryBudget: Int? = nil) throws -> ScoreCounts {
    var counts = ScoreCounts(binning: binning, memoryBudget: memoryBudget)
    try record(into: &counts, rows: 0..<count)
    return counts
  }

  /// The total integer weight of each class.
  var classWeights: (positive: Int, negative: Int) {
    var positive = 0
    var negative = 0
    for (label, weight) in zip(labels, integerWeights) {
      if label == 1 { positive += weight } else { negative += weight }
    }
    return (positive, negative)
  }

  /// Random sorted cut points that split the rows into `pieces` consecutive ranges, some of
  /// them empty.
  func randomRanges(pieces: Int, using generator: inout SplitMix64) -> [Range<Int>] {
    let cuts = (0..<(pieces - 1)).map { _ in Int(generator.next() % UInt64(count + 1)) }.sorted()
    let bounds = [0] + cuts + [count]
    return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
  }
}
