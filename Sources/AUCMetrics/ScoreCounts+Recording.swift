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
  /// `weights` collection means every weight is 1.
  ///
  /// ```swift
  /// var counts = ScoreCounts()
  /// try counts.record(scores: [0.9, 0.4], labels: [1, 0], weights: [2.0, 0.5])
  /// ```
  ///
  /// - Complexity: O(n) amortized for n rows.
  public mutating func record<Scores: Collection, Labels: Collection, Weights: Collection>(
    scores: Scores, labels: Labels, weights: Weights
  ) throws(ScoreInputError)
  where
    Scores.Element: BinaryFloatingPoint, Labels.Element: ClassLabel,
    Weights.Element: BinaryFloatingPoint
  {
    let rowCount = scores.count
    guard rowCount == labels.count else {
      throw .lengthMismatch(scoreCount: rowCount, labelCount: labels.count)
    }
    let weightCount = weights.count
    guard weightCount == 0 || weightCount == rowCount else {
      throw .weightCountMismatch(rowCount: rowCount, weightCount: weightCount)
    }
    if rowCount == 0 { return }
    let scoreArray = ContiguousArrayOrBuffer(scores)
    let labelArray = ContiguousArrayOrBuffer(labels)
    let weightArray = ContiguousArrayOrBuffer(weights)
    let failure = scoreArray.withBuffer { scores in
      labelArray.withBuffer { labels in
        weightArray.withBuffer { weights in
          recordRows(scores: scores, labels: labels, weights: weights)
        }
      }
    }
    if let failure { throw failure }
  }

  /// Validates every row, then buffers them all; returns the first error instead.
  @usableFromInline
  internal mutating func recordRows<
    Score: BinaryFloatingPoint, Label: ClassLabel, Weight: BinaryFloatingPoint
  >(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    weights: UnsafeBufferPointer<Weight>
  ) -> ScoreInputError? {
    let weighted = !weights.isEmpty
    let positiveRows: Int
    switch validate(scores: scores, labels: labels, weights: weights) {
    case .failure(let error): return error
    case .success(let count): positiveRows = count
    }
    let (newRowCount, overflow) = rowCount.addingReportingOverflow(UInt64(scores.count))
    if overflow { return .countOverflow }
    pendingPositives.prepare(extra: positiveRows, weighted: weighted)
    pendingNegatives.prepare(extra: scores.count - positiveRows, weighted: weighted)
    var positiveSum = DoubleDouble.zero
    var negativeSum = DoubleDouble.zero
    let binning = binning
    for index in scores.indices {
      let key = Self.key(of: scores[index], binning: binning)
      let positive = labels[index].isPositiveClass.unsafelyUnwrapped
      if positive {
        pendingPositives.keys.append(key)
      } else {
        pendingNegatives.keys.append(key)
      }
      if weighted {
        let weight = Double(weights[index])
        if positive {
          pendingPositives.weights.append(weight)
          positiveSum += weight
        } else {
          pendingNegatives.weights.append(weight)
          negativeSum += weight
        }
      }
    }
    if !weighted {
      positiveSum = DoubleDouble(Double(positiveRows))
      negativeSum = DoubleDouble(Double(scores.count - positiveRows))
      if !pendingPositives.weights.isEmpty {
        pendingPositives.weights.append(
          contentsOf: repeatElement(
            1, count: pendingPositives.keys.count - pendingPositives.weights.count))
      }
      if !pendingNegatives.weights.isEmpty {
        pendingNegatives.weights.append(
          contentsOf: repeatElement(
            1, count: pendingNegatives.keys.count - pendingNegatives.weights.count))
      }
    }
    positiveTotal += positiveSum
    negativeTotal += negativeSum
    rowCount = newRowCount
    if pendingPositives.count + pendingNegatives.count >= pendingLimit { mergePending() }
    return nil
  }

  /// Checks every row; on success returns the number of positive rows.
  @usableFromInline
  internal func validate<
    Score: BinaryFloatingPoint, Label: ClassLabel, Weight: BinaryFloatingPoint
  >(
    scores: UnsafeBufferPointer<Score>, labels: UnsafeBufferPointer<Label>,
    weights: UnsafeBufferPointer<Weight>
  ) -> Result<Int, ScoreInputError> {
    let boundedScores: Bool
    if case .linear = binning { boundedScores = true } else { boundedScores = false }
    var positives = 0
    var allValid = true
    for index in scores.indices {
      let score = scores[index]
      let scoreValid = boundedScores ? (score >= 0 && score <= 1) : score.isFinite
      let labelClass = labels[index].isPositiveClass
      allValid = allValid && scoreValid && labelClass != nil
      positives &+= (labelClass ?? false) ? 1 : 0
    }
    for weight in weights {
      allValid = allValid && weight >= 0 && weight.isFinite
    }
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
      return UInt64(score * Score(thresholdCount))
    }
  }

  /// How many buffered rows trigger a merge: half the groups held, at least 2^16, and no
  /// more than an eighth of the memory budget allows.
  internal var pendingLimit: Int {
    let wanted = Swift.max(1 << 16, entries.count / 2)
    guard let memoryBudget else { return wanted }
    return Swift.max(1024, Swift.min(wanted, memoryBudget / 8 / 32))
  }
}

/// A collection's elements in contiguous memory: the collection's own storage when it has
/// some, else a copy.
@usableFromInline
internal struct ContiguousArrayOrBuffer<Base: Collection> {
  @usableFromInline let base: Base

  @inlinable
  init(_ base: Base) { self.base = base }

  @inlinable
  func withBuffer<Result>(_ body: (UnsafeBufferPointer<Base.Element>) -> Result) -> Result {
    if let result = base.withContiguousStorageIfAvailable(body) { return result }
    return ContiguousArray(base).withUnsafeBufferPointer(body)
  }
}
