/// The number of rows read, per class, whatever their weights.
public struct RowTally: Equatable, Sendable {
  public var positives: UInt64 = 0
  public var negatives: UInt64 = 0

  /// A tally of `positives` positive and `negatives` negative rows.
  public init(positives: UInt64 = 0, negatives: UInt64 = 0) {
    self.positives = positives
    self.negatives = negatives
  }

  public var total: UInt64 { positives + negatives }

  /// Adds the rows of a batch of 0/1 labels.
  ///
  /// - Complexity: O(n) for n labels.
  // Inlinable: ``MetricAccumulator/record(scores:labels:weights:)``, inlined into callers in
  // other modules, reaches it; generic there, it went through the iterator's witnesses per row.
  @inlinable
  public mutating func count<Labels: Collection<UInt8>>(_ labels: Labels) {
    var batchPositives: UInt64 = 0
    for label in labels { batchPositives &+= UInt64(label) }
    positives += batchPositives
    negatives += UInt64(labels.count) - batchPositives
  }
}
