extension MulticlassScoreCounts {
  /// scikit-learn's test that a row of probabilities sums to 1 (`numpy.allclose`): within
  /// `1e-8 + 1e-5 · |sum|` of it.
  internal static func sumsToOne(_ row: ArraySlice<Double>) -> Bool {
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
    // The rows of each class, in order.
    var rowsOfClass = [[Int]](repeating: [], count: classCount)
    for (row, trueClass) in classes.enumerated() { rowsOfClass[trueClass].append(row) }
    for trueClass in 0..<classCount {
      let rows = rowsOfClass[trueClass]
      guard !rows.isEmpty else { continue }
      let rowWeights = weights.isEmpty ? [] : rows.map { weights[$0] }
      for column in 0..<classCount {
        let columnScores = rows.map { scores[$0 * classCount + column] }
        Self.recordChecked(
          into: &tables[column * classCount + trueClass], scores: columnScores,
          positive: column == trueClass, weights: rowWeights)
      }
    }
    for row in 0..<classes.count {
      let start = row * classCount
      if !Self.sumsToOne(scores[start..<(start + classCount)]) { rowsNotSummingToOne &+= 1 }
    }
  }

  /// Records checked rows of one class into `table`: all positive or all negative.
  private static func recordChecked(
    into table: inout ScoreCounts, scores: [Double], positive: Bool, weights: [Double]
  ) {
    let labels = [UInt8](repeating: positive ? 1 : 0, count: scores.count)
    let error = scores.withUnsafeBufferPointer { scores in
      labels.withUnsafeBufferPointer { labels in
        weights.withUnsafeBufferPointer { weights in
          table.recordValidatedRows(
            scores: scores, labels: labels, weights: weights,
            positiveRows: positive ? scores.count : 0)
        }
      }
    }
    // The checks of `record` cover every error a table can return.
    precondition(error == nil, "a checked row was refused: \(String(describing: error))")
  }
}
