import AUCFileFormats

/// Two scores and the label of the same rows, read whole for `auc compare`.
struct PairedRows {
  var first: [Double] = []
  var second: [Double] = []
  var labels: [UInt8] = []

  /// Reads every row the command's inputs hold: its CSV or TSV files (plain or gzip, with or
  /// without a header), or its three `.npy` files. A score that is NaN or infinite stops the
  /// reading with its location.
  init(_ command: CompareCommand) throws(DataError) {
    let options = command.rows
    if let labels = options.labelsArray {
      let source = try NumPyRowSource(
        scores: command.scoreArrays[0], labels: labels, secondScores: command.scoreArrays[1])
      try append(source, float32: options.float32)
      return
    }
    let columns = command.scores
    try options.text.forEachCSVSource(reader: { path in
      options.csvReader(for: path, scoreColumn: columns[0], secondScoreColumn: columns[1])
    }) { (source, _) throws(DataError) in
      try append(source, float32: options.float32)
    }
  }

  private mutating func append(
    _ source: borrowing some ScoredRowSource & ~Copyable, float32: Bool
  ) throws(DataError) {
    if float32 {
      try append(source, as: Float.self)
    } else {
      try append(source, as: Double.self)
    }
  }

  /// Appends every row of `source`, its scores parsed as `Score`.
  private mutating func append<Score: DecimalScore>(
    _ source: borrowing some ScoredRowSource & ~Copyable, as scoreType: Score.Type
  ) throws(DataError) {
    try source.forEachBatch(as: Score.self) { (batch) throws(DataError) in
      for row in 0..<batch.count {
        if !batch.scores[row].isFinite {
          throw batch.dataError(for: .nonFiniteScore(row: row, score: Double(batch.scores[row])))
        }
        if !batch.secondScores[row].isFinite {
          throw batch.dataError(
            for: .nonFiniteScore(row: row, score: Double(batch.secondScores[row])),
            in: .secondScore)
        }
      }
      first.append(contentsOf: batch.scores.lazy.map { Double($0) })
      second.append(contentsOf: batch.secondScores.lazy.map { Double($0) })
      labels.append(contentsOf: batch.labels)
    }
  }
}
