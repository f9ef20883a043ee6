extension MultilabelScoreCounts {
  /// Counts from their stored tables, one per label, after checking them: at least one, one
  /// binning, and the same rows in each. Every decoder calls this.
  ///
  /// ```swift
  /// let copy = try MultilabelScoreCounts(tables: counts.storedTables)
  /// ```
  ///
  /// - Throws: ``InvalidClassCounts`` naming the broken invariant.
  /// - Complexity: O(l) for l labels.
  public init(tables: [ScoreCounts]) throws(InvalidClassCounts) {
    guard let first = tables.first else {
      throw InvalidClassCounts("a multi-label state has at least 1 label")
    }
    for (label, table) in tables.enumerated() {
      guard table.binning == first.binning else {
        throw InvalidClassCounts("label \(label) is binned \(table.binning), not \(first.binning)")
      }
      guard table.rowCount == first.rowCount else {
        throw InvalidClassCounts(
          "label \(label) holds \(table.rowCount) rows, label 0 \(first.rowCount)")
      }
    }
    self.labelCount = tables.count
    self.tables = tables
  }

  /// The tables, one per label, as ``init(tables:)`` takes them.
  ///
  /// - Complexity: O(l) for l labels.
  public var storedTables: [ScoreCounts] { tables }

  /// Adds the rows of `other`, or throws and changes nothing. The result is that of one
  /// stream of both, in either order.
  ///
  /// ```swift
  /// var total = MultilabelScoreCounts(labelCount: 3)
  /// for shard in shards { try total.merge(shard) }
  /// ```
  ///
  /// - Throws: ``ClassCountsMergeError``.
  /// - Complexity: O(l · (m + m′)) for l labels and m, m′ groups per label.
  public mutating func merge(_ other: MultilabelScoreCounts) throws(ClassCountsMergeError) {
    guard other.labelCount == labelCount else {
      throw .classCountMismatch(labelCount, other.labelCount)
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
  }
}

extension MultilabelScoreCounts: Codable {
  private enum CodingKeys: String, CodingKey {
    case tables
  }

  /// Decodes counts and checks them with ``init(tables:)``.
  ///
  /// - Complexity: O(l · m) for l labels and m groups per label.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(tables: container.decode([ScoreCounts].self, forKey: .tables))
  }

  /// Encodes the tables.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(tables, forKey: .tables)
  }
}
