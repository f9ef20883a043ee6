extension MulticlassScoreCounts {
  /// scikit-learn's test that a row of probabilities sums to 1 (`numpy.allclose`): within
  /// `1e-8 + 1e-5 · |sum|` of it.
  internal static func sumsToOne(_ row: UnsafeBufferPointer<Double>.SubSequence) -> Bool {
    var sum = 0.0
    for score in row { sum += score }
    return abs(1 - sum) <= 1e-8 + 1e-5 * abs(sum)
  }

  /// Counts a batch of rows, or throws and counts nothing.
  ///
  /// `scores` holds the rows one after another, `classCount` scores each (column j the score
  /// of class j); `classes` holds each row's class. Every row is checked first: a NaN or
  /// infinite score (binned: one outside `0...1`), a class outside `0..<classCount`, a bad
  /// weight or unequal lengths throw a ``ScoreInputError`` naming the row (for a score, its
  /// value). Rows whose scores do not sum to 1 are counted, and told in
  /// ``rowsNotSummingToOne``.
  ///
  /// ```swift
  /// var counts = MulticlassScoreCounts(classCount: 2)
  /// try counts.record(scores: [0.8, 0.2, 0.4, 0.6], classes: [0, 1], weights: [1, 2.5])
  /// ```
  ///
  /// - Complexity: O(n · k) amortized for n rows of k classes.
  public mutating func record(
    scores: [Double], classes: [Int], weights: [Double] = []
  ) throws(ScoreInputError) {
    let classCount = classCount
    let rowCount = classes.count
    guard scores.count == rowCount * classCount else {
      throw .lengthMismatch(scoreCount: scores.count / classCount, labelCount: rowCount)
    }
    guard weights.isEmpty || weights.count == rowCount else {
      throw .weightCountMismatch(rowCount: rowCount, weightCount: weights.count)
    }
    for (row, trueClass) in classes.enumerated() where !(0..<classCount).contains(trueClass) {
      throw .invalidLabel(row: row, label: String(trueClass))
    }
    // Each column is checked as its own counts would check it, rows in order.
    var column = [Double](repeating: 0, count: rowCount)
    var indicator = [UInt8](repeating: 0, count: rowCount)
    try weights.withUnsafeBufferPointer { (weights) throws(ScoreInputError) in
      for columnIndex in 0..<classCount {
        for row in 0..<rowCount {
          column[row] = scores[row * classCount + columnIndex]
          indicator[row] = classes[row] == columnIndex ? 1 : 0
        }
        let result = column.withUnsafeBufferPointer { column in
          indicator.withUnsafeBufferPointer { indicator in
            ScoreCounts.validate(
              scores: column, labels: indicator, weights: weights, binning: binning)
          }
        }
        if case .failure(let error) = result { throw error }
      }
      let total = tables.prefix(classCount).reduce(DoubleDouble.zero) {
        $0 + $1.positiveTotal + $1.negativeTotal
      }
      if let error = ScoreCounts.weightTotalError(weights, adding: total) { throw error }
      if self.rowCount.addingReportingOverflow(UInt64(rowCount)).overflow {
        throw .countOverflow
      }
    }
    countValidated(scores: scores, classes: classes, weights: weights)
  }

  /// Counts rows that passed the checks of ``record(scores:classes:weights:)``.
  private mutating func countValidated(scores: [Double], classes: [Int], weights: [Double]) {
    let classCount = classCount
    // The rows of each class, in order: a counting sort by class.
    var starts = [Int](repeating: 0, count: classCount + 1)
    for trueClass in classes { starts[trueClass + 1] += 1 }
    for index in 0..<classCount { starts[index + 1] += starts[index] }
    var order = [Int](repeating: 0, count: classes.count)
    var next = starts
    for (row, trueClass) in classes.enumerated() {
      order[next[trueClass]] = row
      next[trueClass] += 1
    }
    let largest = (0..<classCount).map { starts[$0 + 1] - starts[$0] }.max() ?? 0
    var gathered = [Double](repeating: 0, count: largest)
    var gatheredWeights = [Double](repeating: 0, count: weights.isEmpty ? 0 : largest)
    let ones = [UInt8](repeating: 1, count: largest)
    let zeros = [UInt8](repeating: 0, count: largest)
    scores.withUnsafeBufferPointer { scores in
      for trueClass in 0..<classCount {
        let rows = order[starts[trueClass]..<starts[trueClass + 1]]
        for column in 0..<classCount {
          for (offset, row) in rows.enumerated() {
            gathered[offset] = scores[row * classCount + column]
            if !weights.isEmpty { gatheredWeights[offset] = weights[row] }
          }
          let positive = column == trueClass
          let error = gathered.withUnsafeBufferPointer { gathered in
            gatheredWeights.withUnsafeBufferPointer { gatheredWeights in
              (positive ? ones : zeros).withUnsafeBufferPointer { labels in
                tables[column * classCount + trueClass].recordValidatedRows(
                  scores: UnsafeBufferPointer(rebasing: gathered[..<rows.count]),
                  labels: UnsafeBufferPointer(rebasing: labels[..<rows.count]),
                  weights: weights.isEmpty
                    ? gatheredWeights : UnsafeBufferPointer(rebasing: gatheredWeights[..<rows.count]),
                  positiveRows: positive ? rows.count : 0)
              }
            }
          }
          // The checks above cover every error a table can return.
          precondition(error == nil, "a checked row was refused: \(String(describing: error))")
        }
      }
      for row in 0..<classes.count
      where !Self.sumsToOne(scores[(row * classCount)..<((row + 1) * classCount)]) {
        rowsNotSummingToOne &+= 1
      }
    }
  }
}
