extension MulticlassScoreCounts {
  /// Counts from their stored tables, after checking them: column j's scores among class c's
  /// rows at `tables[j * classCount + c]` (see ``storedTables``).
  ///
  /// The tables must number `classCount²`, share one binning, hold only positives where
  /// j = c and only negatives elsewhere, and agree on each class's rows in every column; the
  /// rows not summing to 1 are at most all rows. Every decoder calls this.
  ///
  /// ```swift
  /// let copy = try MulticlassScoreCounts(
  ///   classCount: counts.classCount, tables: counts.storedTables,
  ///   rowsNotSummingToOne: counts.rowsNotSummingToOne)
  /// ```
  ///
  /// - Throws: ``InvalidClassCounts`` naming the broken invariant.
  /// - Complexity: O(k²) for k classes.
  public init(classCount: Int, tables: [ScoreCounts], rowsNotSummingToOne: UInt64)
    throws(InvalidClassCounts)
  {
    guard classCount >= 2 else {
      throw InvalidClassCounts("a multi-class state has at least 2 classes, not \(classCount)")
    }
    let (squared, overflow) = classCount.multipliedReportingOverflow(by: classCount)
    guard !overflow, tables.count == squared else {
      throw InvalidClassCounts("\(classCount) classes need \(squared) tables, not \(tables.count)")
    }
    let binning = tables[0].binning
    for column in 0..<classCount {
      for trueClass in 0..<classCount {
        let table = tables[column * classCount + trueClass]
        let place = "the table of column \(column) and class \(trueClass)"
        guard table.binning == binning else {
          throw InvalidClassCounts("\(place) is binned \(table.binning), not \(binning)")
        }
        let own = column == trueClass
        guard own ? table.negativeRowCount == 0 : table.positiveRowCount == 0 else {
          throw InvalidClassCounts("\(place) holds \(own ? "negative" : "positive") rows")
        }
        let reference = tables[trueClass]  // column 0's table of the class
        guard table.rowCount == reference.rowCount else {
          throw InvalidClassCounts(
            "\(place) holds \(table.rowCount) rows, column 0's \(reference.rowCount)")
        }
      }
    }
    let rows = (0..<classCount).reduce(UInt64(0)) { $0 &+ tables[$1].rowCount }
    guard rowsNotSummingToOne <= rows else {
      throw InvalidClassCounts(
        "\(rowsNotSummingToOne) rows not summing to 1 is more than the \(rows) rows")
    }
    self.classCount = classCount
    self.tables = tables
    self.rowsNotSummingToOne = rowsNotSummingToOne
  }

  /// The tables as ``init(classCount:tables:rowsNotSummingToOne:)`` takes them.
  ///
  /// - Complexity: O(k²) for k classes.
  public var storedTables: [ScoreCounts] { tables }
}

extension MulticlassScoreCounts: Codable {
  private enum CodingKeys: String, CodingKey {
    case classCount, tables, rowsNotSummingToOne
  }

  /// Decodes counts and checks them with ``init(classCount:tables:rowsNotSummingToOne:)``.
  ///
  /// - Complexity: O(k² · m) for k classes and m groups per table.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(
      classCount: container.decode(Int.self, forKey: .classCount),
      tables: container.decode([ScoreCounts].self, forKey: .tables),
      rowsNotSummingToOne: container.decode(UInt64.self, forKey: .rowsNotSummingToOne))
  }

  /// Encodes the class count, the tables and the rows not summing to 1.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(classCount, forKey: .classCount)
    try container.encode(tables, forKey: .tables)
    try container.encode(rowsNotSummingToOne, forKey: .rowsNotSummingToOne)
  }
}

extension MulticlassScoreCounts {
  /// Adds the rows of `other`, or throws and changes nothing. The result is that of one
  /// stream of both, in either order.
  ///
  /// ```swift
  /// var total = MulticlassScoreCounts(classCount: 3)
  /// for shard in shards { try total.merge(shard) }
  /// ```
  ///
  /// - Throws: ``ClassCountsMergeError``.
  /// - Complexity: O(k² · (m + m′)) for k classes and m, m′ groups per table.
  public mutating func merge(_ other: MulticlassScoreCounts) throws(ClassCountsMergeError) {
    guard other.classCount == classCount else {
      throw .classCountMismatch(classCount, other.classCount)
    }
    var merged = tables
    for index in merged.indices {
      do throws(ScoreCounts.MergeError) {
        try merged[index].merge(other.tables[index])
      } catch {
        throw .counts(error)
      }
    }
    tables = merged
    rowsNotSummingToOne &+= other.rowsNotSummingToOne
  }
}
