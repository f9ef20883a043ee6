/// The positive and negative weight of every distinct score, or of every bin: the whole state
/// of an exact (or binned) ranking metric that streams and merges.
///
/// Memory grows with the number of distinct scores, not with the number of rows: 10^8 rows
/// of scores rounded to 4 decimals take 10^4 entries. Rows are buffered, radix-sorted and
/// merged into a sorted array of entries, so recording costs O(1) amortized per row. Two
/// counts merge exactly, in any order, with the same result as one stream.
///
/// With a memory budget, exact counting moves to
/// ``ScoreBinning/logarithmic(subBinsPerOctave:)`` bins, as fine as the budget allows, the
/// moment the entries would outgrow it; the ``summary`` then says so and carries the
/// certified bound of the binned ROC area.
///
/// ```swift
/// var counts = ScoreCounts()                    // exact
/// try counts.record(scores: [2.1, -0.4, 0.7], labels: [1, 0, 0])
/// try counts.record(scores: [0.7], labels: [1], weights: [2.5])
/// counts.summary.rocAUC          // Optional(0.8214…): 5.75 of 7 weighted pairs, the tie ½
/// ```
public struct ScoreCounts: Sendable {
  /// How the scores are grouped now; differs from the binning asked for after a switch.
  public var binning: ScoreBinning { currentBinning }

  @usableFromInline
  internal var currentBinning: ScoreBinning

  /// `true` once exact counting has moved to logarithmic bins to stay within the budget.
  public internal(set) var switchedFromExact: Bool

  /// The most bytes the counts may hold, or `nil` for no limit.
  public let memoryBudget: Int?

  /// `true` once a batch with weights was recorded (or weighted counts merged in): the
  /// groups then hold double-double weights, else whole counts.
  public var isWeighted: Bool { weighted }

  @usableFromInline
  internal var weighted: Bool

  /// The merged groups of unweighted counts, ascending by key; empty once ``isWeighted``.
  @usableFromInline
  internal var countEntries: [CountEntry]

  /// The merged groups of weighted counts, ascending by key; empty until ``isWeighted``.
  @usableFromInline
  internal var weightEntries: [WeightEntry]

  /// Rows recorded since the last merge into the entries.
  @usableFromInline
  internal var pendingPositives: PendingRows
  @usableFromInline
  internal var pendingNegatives: PendingRows

  /// The weight totals, kept once ``isWeighted``; unweighted, the row counts are the totals.
  @usableFromInline
  internal var positiveTotal: DoubleDouble
  @usableFromInline
  internal var negativeTotal: DoubleDouble

  /// The most that the weights of all rows, both classes, may add up to: the largest
  /// double, about 1.8e308 (so one row may weigh that much). Up to it every sum of weights,
  /// in any order, is a finite double, and the summaries scale the weights so that no
  /// product of them overflows.
  public static let weightTotalLimit: Double = .greatestFiniteMagnitude

  /// Whether a double-double sum of weights is past ``weightTotalLimit``: above it, or not a
  /// number (a sum that overflowed, whose head and tail turn NaN).
  @usableFromInline
  internal static func exceedsWeightTotalLimit(_ total: DoubleDouble) -> Bool {
    !(total.head < weightTotalLimit || (total.head == weightTotalLimit && total.tail <= 0))
  }

  @usableFromInline
  internal var positiveRows: UInt64
  @usableFromInline
  internal var negativeRows: UInt64

  /// The number of positive rows recorded, whatever their weights.
  ///
  /// - Complexity: O(1)
  public var positiveRowCount: UInt64 { positiveRows }

  /// The number of negative rows recorded, whatever their weights.
  ///
  /// - Complexity: O(1)
  public var negativeRowCount: UInt64 { negativeRows }

  /// The number of rows recorded, whatever their weights.
  ///
  /// - Complexity: O(1)
  public var rowCount: UInt64 { positiveRows &+ negativeRows }

  /// Creates empty counts.
  ///
  /// - Parameters:
  ///   - binning: How to group scores; ``ScoreBinning/exact`` by default.
  ///   - memoryBudget: The most bytes the counts may occupy, buffers included, or `nil`.
  ///     When distinct scores would need more, the counts move to the finest logarithmic bins
  ///     that fit in half the budget (and coarser again if that fills up). At least 64 KiB.
  /// - Precondition: `binning.isValid`, and `memoryBudget` is `nil` or at least 65 536.
  /// - Complexity: O(1)
  public init(binning: ScoreBinning = .exact, memoryBudget: Int? = nil) {
    precondition(binning.isValid, "invalid binning \(binning)")
    precondition(memoryBudget.map { $0 >= 1 << 16 } ?? true, "memoryBudget must be ≥ 64 KiB")
    self.currentBinning = binning
    self.switchedFromExact = false
    self.memoryBudget = memoryBudget
    self.weighted = false
    self.countEntries = []
    self.weightEntries = []
    self.pendingPositives = PendingRows()
    self.pendingNegatives = PendingRows()
    self.positiveTotal = .zero
    self.negativeTotal = .zero
    self.positiveRows = 0
    self.negativeRows = 0
  }

  /// The total weight of positive rows (their number when unweighted).
  ///
  /// - Complexity: O(1)
  public var positiveWeight: Double { weighted ? positiveTotal.value : Double(positiveRows) }

  /// The total weight of negative rows (their number when unweighted).
  ///
  /// - Complexity: O(1)
  public var negativeWeight: Double { weighted ? negativeTotal.value : Double(negativeRows) }

  /// `true` when no row has been recorded.
  ///
  /// - Complexity: O(1)
  public var isEmpty: Bool { rowCount == 0 }

  /// The number of groups (distinct scores or occupied bins) held, after merging any
  /// buffered rows.
  ///
  /// - Complexity: O(1), or O(m + r) to merge r buffered rows into m groups first.
  public var groupCount: Int { normalized().entryCount }

  /// The number of merged groups held now.
  internal var entryCount: Int { weighted ? weightEntries.count : countEntries.count }

  /// The bytes one merged group takes now: 24 for counts, 40 for weights.
  internal var entryStride: Int {
    weighted ? MemoryLayout<WeightEntry>.stride : MemoryLayout<CountEntry>.stride
  }

  /// Bytes held by the entries and buffers now, by their capacities.
  ///
  /// - Complexity: O(1)
  public var memoryFootprint: Int {
    countEntries.capacity * MemoryLayout<CountEntry>.stride
      + weightEntries.capacity * MemoryLayout<WeightEntry>.stride
      + pendingPositives.memoryFootprint + pendingNegatives.memoryFootprint
  }

  /// Moves the groups to double-double weights, if they are not there yet; the next batch
  /// or merge brings weights.
  ///
  /// - Complexity: O(m) for m groups, once.
  @usableFromInline
  internal mutating func makeWeighted() {
    guard !weighted else { return }
    weightEntries = countEntries.map(WeightEntry.init)
    countEntries = []
    positiveTotal = DoubleDouble(exactly: positiveRows)
    negativeTotal = DoubleDouble(exactly: negativeRows)
    weighted = true
  }

  /// Removes every row, keeping the binning asked for and the budget.
  ///
  /// - Complexity: O(1)
  public mutating func reset() {
    let binning = switchedFromExact ? ScoreBinning.exact : binning
    self = ScoreCounts(binning: binning, memoryBudget: memoryBudget)
  }

  /// Merges the buffered rows into the groups now.
  ///
  /// Reading ``summary`` or ``groups`` merges them into a copy each time, which briefly
  /// holds the groups twice; call this once after the last batch to read both without that
  /// (a program under a tight memory budget should).
  ///
  /// ```swift
  /// counts.flush()
  /// let summary = counts.summary, groups = counts.groups   // no buffered rows left to merge
  /// ```
  ///
  /// - Complexity: O(m + r) for m groups and r buffered rows.
  public mutating func flush() {
    mergePending()
  }

  /// A copy with every buffered row merged into the entries.
  internal func normalized() -> ScoreCounts {
    if pendingPositives.isEmpty && pendingNegatives.isEmpty { return self }
    var copy = self
    copy.mergePending()
    return copy
  }
}

extension ScoreCounts: Hashable {
  /// Counts are equal when they hold the same groups with the same weights (a count equals
  /// the same weight) and the same rows per class under the same binning, however the rows
  /// were split into batches.
  public static func == (left: ScoreCounts, right: ScoreCounts) -> Bool {
    let left = left.normalized()
    let right = right.normalized()
    guard left.binning == right.binning, left.switchedFromExact == right.switchedFromExact,
      left.positiveRows == right.positiveRows, left.negativeRows == right.negativeRows
    else { return false }
    switch (left.weighted, right.weighted) {
    case (false, false): return left.countEntries == right.countEntries
    case (true, true): return left.weightEntries == right.weightEntries
    case (false, true): return left.countEntries.map(WeightEntry.init) == right.weightEntries
    case (true, false): return left.weightEntries == right.countEntries.map(WeightEntry.init)
    }
  }

  public func hash(into hasher: inout Hasher) {
    let normal = normalized()
    hasher.combine(normal.binning)
    hasher.combine(normal.rowCount)
    if normal.weighted {
      for entry in normal.weightEntries { hasher.combine(entry.key) }
    } else {
      for entry in normal.countEntries { hasher.combine(entry.key) }
    }
  }
}
