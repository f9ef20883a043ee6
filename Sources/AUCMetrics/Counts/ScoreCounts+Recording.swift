extension ScoreCounts {
  /// Counts a batch of rows of weight 1, or throws and counts nothing.
  ///
  /// Every row is checked before any is counted: a NaN or infinite score (or, with
  /// ``ScoreBinning/linear(thresholdCount:)`` bins, a score outside `0...1`), a label other
  /// than 0/1 or unequal lengths throw a ``ScoreInputError`` naming the first bad row.
  ///
  /// ```swift
  /// var counts = ScoreCounts()
  /// try counts.record(scores: [0.31, 0.82, 0.82] as [Float], labels: [0, 1, 0])
  /// ```
  ///
  /// - Complexity: O(n) amortized for n rows: rows are buffered and radix-sorted in batches.
  @inlinable
  public mutating func record<Scores: Collection, Labels: Collection>(
    scores: Scores, labels: Labels
  ) throws(ScoreInputError)
  where Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel {
    try record(scores: scores, labels: labels, weights: EmptyCollection<Double>())
  }

  /// Counts a batch of weighted rows, or throws and counts nothing.
  ///
  /// A row counts its weight wherever a row would count 1: a row of weight 3 is three equal
  /// rows, a row of weight 0 is no row. Besides the checks of
  /// ``record(scores:labels:)``, a weight that is negative, NaN or infinite throws
  /// ``ScoreInputError/invalidWeight(row:weight:)`` and a weight count other than the row
  /// count throws ``ScoreInputError/weightCountMismatch(rowCount:weightCount:)``. An empty
  /// `weights` collection means every weight is 1. The weights of all rows counted may add
  /// up to ``weightTotalLimit`` (the largest double); the row that would take the total past
  /// it throws ``ScoreInputError/weightTotalOverflow(row:weight:)``. Within that, any
  /// weights give the right areas, subnormal ones included.
  ///
  /// ```swift
  /// var counts = ScoreCounts()
  /// try counts.record(scores: [0.9, 0.4], labels: [1, 0], weights: [2.0, 0.5])
  /// ```
  ///
  /// - Complexity: O(n) amortized for n rows.
  @inlinable
  public mutating func record<Scores: Collection, Labels: Collection, Weights: Collection>(
    scores: Scores, labels: Labels, weights: Weights
  ) throws(ScoreInputError)
  where
    Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel,
    Weights.Element: BinaryFloatingPoint
  {
    try RowBuffers.read(scores: scores, labels: labels, weights: weights) {
      scores, labels, weights in
      recordRows(scores: scores, labels: labels, weights: weights)
    }
  }

  /// Validates every row, then buffers them all; returns the first error instead.
  @inlinable
  internal mutating func recordRows<
    Score: BinaryFloatingPoint, Label: ClassLabel, Weight: BinaryFloatingPoint
  >(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    weights: UnsafeBufferPointer<Weight>
  ) -> ScoreInputError? {
    switch validate(scores: scores, labels: labels, weights: weights) {
    case .failure(let error):
      return error
    case .success(let positiveRows):
      return recordValidatedRows(
        scores: scores, labels: labels, weights: weights, positiveRows: positiveRows)
    }
  }

  /// Buffers rows that ``validate(scores:labels:weights:)`` accepted, `positiveRows` of them
  /// positive, or returns ``ScoreInputError/countOverflow`` and buffers nothing.
  ///
  /// - Precondition: the rows passed `validate` under this binning (or one that bounds scores
  ///   the same way) and have not changed since.
  @inlinable
  internal mutating func recordValidatedRows<
    Score: BinaryFloatingPoint, Label: ClassLabel, Weight: BinaryFloatingPoint
  >(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    weights: UnsafeBufferPointer<Weight>, positiveRows: Int
  ) -> ScoreInputError? {
    let hasWeights = !weights.isEmpty
    if rowCount.addingReportingOverflow(UInt64(scores.count)).overflow { return .countOverflow }
    if hasWeights, let error = weightTotalError(weights) { return error }
    let negativeCount = scores.count - positiveRows
    if hasWeights {
      makeWeighted()  // before the rows are counted: the batch adds its weights, not 1 a row
    } else if weighted {
      positiveTotal += Double(positiveRows)
      negativeTotal += Double(negativeCount)
    }
    self.positiveRows &+= UInt64(positiveRows)
    self.negativeRows &+= UInt64(negativeCount)
    // Without a budget a batch is buffered whole, so an in-memory array takes one radix sort;
    // with one, in pieces no larger than the budget allows, merging between them.
    let pieceSize = memoryBudget == nil ? scores.count : pendingLimit
    var start = 0
    while start < scores.count {
      let end = Swift.min(scores.count, start + pieceSize)
      bufferRows(scores: scores, labels: labels, weights: weights, range: start..<end)
      if pendingPositives.count + pendingNegatives.count >= pendingLimit { mergePending() }
      start = end
    }
    return nil
  }

  /// Appends the keys (and weights) of valid rows to the buffers.
  @inlinable
  internal mutating func bufferRows<
    Score: BinaryFloatingPoint, Label: ClassLabel, Weight: BinaryFloatingPoint
  >(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    weights: UnsafeBufferPointer<Weight>, range: Range<Int>
  ) {
    let hasWeights = !weights.isEmpty
    pendingPositives.prepare(extra: range.count, weighted: hasWeights)
    pendingNegatives.prepare(extra: range.count, weighted: hasWeights)
    let binning = binning
    if hasWeights {
      var positiveSum = DoubleDouble.zero
      var negativeSum = DoubleDouble.zero
      for index in range {
        let key = Self.key(of: scores[index], binning: binning)
        let weight = Double(weights[index])
        if labels[index].isPositiveClass.unsafelyUnwrapped {
          pendingPositives.keys.append(key)
          pendingPositives.weights.append(weight)
          positiveSum += weight
        } else {
          pendingNegatives.keys.append(key)
          pendingNegatives.weights.append(weight)
          negativeSum += weight
        }
      }
      positiveTotal += positiveSum
      negativeTotal += negativeSum
    } else {
      for index in range {
        let key = Self.key(of: scores[index], binning: binning)
        if labels[index].isPositiveClass.unsafelyUnwrapped {
          pendingPositives.keys.append(key)
        } else {
          pendingNegatives.keys.append(key)
        }
      }
      pendingPositives.padWeights()
      pendingNegatives.padWeights()
    }
  }

  /// ``ScoreInputError/weightTotalOverflow(row:weight:)`` for the first row whose weight
  /// takes the total weight, both classes and every row so far, past ``weightTotalLimit``,
  /// else `nil`.
  ///
  /// A plain sum of the batch decides almost every batch in one vectorised pass; only a
  /// total that comes within a factor of 2 of the limit is summed again, row by row.
  @inlinable
  internal func weightTotalError<Weight: BinaryFloatingPoint>(
    _ weights: UnsafeBufferPointer<Weight>
  ) -> ScoreInputError? {
    Self.weightTotalError(weights, adding: positiveTotal + negativeTotal)
  }

  /// ``ScoreInputError/weightTotalOverflow(row:weight:)`` for the first row whose weight
  /// takes `total` past ``weightTotalLimit``, else `nil` (for counts whose weights so far add
  /// up to `total`).
  @inlinable
  internal static func weightTotalError<Weight: BinaryFloatingPoint>(
    _ weights: UnsafeBufferPointer<Weight>, adding total: DoubleDouble
  ) -> ScoreInputError? {
    var batchTotal = 0.0
    for weight in weights { batchTotal += Double(weight) }
    // A plain sum of n weights ≥ 0 is at least (1 − n · 2^-53) times the exact one.
    if total.head + batchTotal < Self.weightTotalLimit / 2 { return nil }
    var runningTotal = total
    for index in weights.indices {
      runningTotal += Double(weights[index])
      if Self.exceedsWeightTotalLimit(runningTotal) {
        return .weightTotalOverflow(row: index, weight: Double(weights[index]))
      }
    }
    return nil
  }

  /// Checks every row; on success returns the number of positive rows.
  @inlinable
  internal func validate<
    Score: BinaryFloatingPoint, Label: ClassLabel, Weight: BinaryFloatingPoint
  >(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    weights: UnsafeBufferPointer<Weight>
  ) -> Result<Int, ScoreInputError> {
    Self.validate(scores: scores, labels: labels, weights: weights, binning: binning)
  }

  /// Checks every row as counts binned by `binning` do; on success returns the number of
  /// positive rows. Only ``ScoreBinning/linear(thresholdCount:)`` bins bound the scores, and
  /// counts never move to or from them, so the binning asked for checks as the current one.
  @inlinable
  internal static func validate<
    Score: BinaryFloatingPoint, Label: ClassLabel, Weight: BinaryFloatingPoint
  >(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    weights: UnsafeBufferPointer<Weight>, binning: ScoreBinning
  ) -> Result<Int, ScoreInputError> {
    let boundedScores: Bool
    if case .linear = binning { boundedScores = true } else { boundedScores = false }
    // Branch-free, so that the loops vectorise; the slow loop below finds the row.
    var invalid: UInt8 = 0
    var positives = 0
    if boundedScores {
      for index in scores.indices {
        let code = RowCheck.labelCode(labels[index])
        invalid |= (code >> 1) | RowCheck.unitIntervalMiss(scores[index])
        positives &+= Int(code & 1)
      }
    } else {
      for index in scores.indices {
        let code = RowCheck.labelCode(labels[index])
        invalid |= (code >> 1) | RowCheck.finiteMiss(scores[index])
        positives &+= Int(code & 1)
      }
    }
    for weight in weights {
      invalid |= RowCheck.finiteMiss(weight) | (weight < 0 ? 1 : 0)
    }
    let allValid = invalid == 0
    if allValid { return .success(positives) }
    for index in scores.indices {
      let score = scores[index]
      if !score.isFinite { return .failure(.nonFiniteScore(row: index, score: Double(score))) }
      if boundedScores && !(score >= 0 && score <= 1) {
        return .failure(.scoreOutOfRange(row: index, score: Double(score)))
      }
      if labels[index].isPositiveClass == nil {
        return .failure(.invalidLabel(row: index, label: String(describing: labels[index])))
      }
      if !weights.isEmpty && !(weights[index] >= 0 && weights[index].isFinite) {
        return .failure(.invalidWeight(row: index, weight: Double(weights[index])))
      }
    }
    preconditionFailure("validation found an error it cannot locate")
  }

  /// The key a valid score is grouped by under `binning`.
  @inlinable @inline(__always)
  internal static func key<Score: BinaryFloatingPoint>(of score: Score, binning: ScoreBinning)
    -> UInt64
  {
    switch binning {
    case .exact:
      return ScoreKey.key(Double(score))
    case .logarithmic:
      return ScoreKey.key(Double(score)) &>> UInt64(binning.keyShift)
    case .linear(let thresholdCount):
      return UInt64(ScoreHistogram.truncated(score * Score(thresholdCount)))
    }
  }

  /// How many buffered rows trigger a merge: half the groups held, at least 2^16, and no
  /// more than an eighth of the entries the memory budget allows.
  @usableFromInline
  internal var pendingLimit: Int {
    let wanted = Swift.max(1 << 16, entryCount / 2)
    guard let memoryBudget else { return wanted }
    return Swift.max(1024, Swift.min(wanted, memoryBudget / 8 / (2 * entryStride)))
  }
}
