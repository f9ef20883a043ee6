extension CSVScoreReader {
  /// One batch of rows: parallel arrays of scores, labels (0/1), weights (empty without a
  /// weight column) and the lines they came from.
  public struct Batch<Score: DecimalScore>: ~Copyable {
    public var scores: [Score]
    public var labels: [UInt8]
    public var weights: [Double]
    /// The second score column; empty without one.
    public var secondScores: [Score]
    /// The group ids, one after another (UTF-8, quotes removed); empty without a group column.
    public var groupBytes: [UInt8]
    /// Where each row's group id ends in `groupBytes`; empty without a group column.
    public var groupEnds: [Int]
    /// The ``CSVScoreReader/additionalScoreColumns`` of each row, one row after another.
    public var additionalScores: [Score]
    /// The ``CSVScoreReader/additionalLabelColumns`` of each row, one row after another.
    public var additionalLabels: [UInt8]
    /// The class names, one after another (UTF-8, quotes removed), with
    /// ``CSVScoreReader/labelsAreClassNames``; else empty.
    public var classBytes: [UInt8]
    /// Where each row's class name ends in `classBytes`; empty without class names.
    public var classEnds: [Int]
    public var lineNumbers: [Int]

    init(capacity: Int, weighted: Bool, paired: Bool, grouped: Bool) {
      scores = []
      scores.reserveCapacity(capacity)
      labels = []
      labels.reserveCapacity(capacity)
      weights = []
      weights.reserveCapacity(weighted ? capacity : 0)
      secondScores = []
      secondScores.reserveCapacity(paired ? capacity : 0)
      lineNumbers = []
      lineNumbers.reserveCapacity(capacity)
      groupBytes = []
      groupEnds = []
      groupEnds.reserveCapacity(grouped ? capacity : 0)
      additionalScores = []
      additionalLabels = []
      classBytes = []
      classEnds = []
    }

    public var count: Int { lineNumbers.count }

    mutating func removeAll() {
      scores.removeAll(keepingCapacity: true)
      labels.removeAll(keepingCapacity: true)
      weights.removeAll(keepingCapacity: true)
      secondScores.removeAll(keepingCapacity: true)
      lineNumbers.removeAll(keepingCapacity: true)
      groupBytes.removeAll(keepingCapacity: true)
      groupEnds.removeAll(keepingCapacity: true)
      additionalScores.removeAll(keepingCapacity: true)
      additionalLabels.removeAll(keepingCapacity: true)
      classBytes.removeAll(keepingCapacity: true)
      classEnds.removeAll(keepingCapacity: true)
    }
  }
}
