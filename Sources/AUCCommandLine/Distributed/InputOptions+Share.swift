import AUCFileFormats
import AUCMetrics

extension InputOptions {
  /// This member's share of the inputs, read into counts, once every member has read its own:
  /// rows of the `.npy` arrays, or parts of the CSV files and whole files, as `split` says.
  ///
  /// - Throws: ``PartitionFailure`` on every member when an input is bad on one of them; the
  ///   reporting member is the one whose bad row comes first in the inputs, as one `auc
  ///   summary` would report it.
  func readShare(in collective: some Collective, split: InputSplit) throws -> MetricAccumulator {
    // The budget depends on this process's memory: every member must have one before any
    // goes on.
    let budget = Result { try countsBudget() }
    _ = try collective.agree(budget.map { _ in [] }, count: 0)
    var accumulator = MetricAccumulator(
      binning: binning, weighted: weight != nil, memoryBudget: try budget.get())
    if let scoresArray, let labelsArray = rows.labelsArray {
      let counted = try collective.agree(
        Result { () throws(DataError) in
          [UInt64(try NumPyRowSource(scores: scoresArray, labels: labelsArray).rowCount)]
        }, count: 1)
      try Self.checkSame(counted, of: scoresArray, what: "rows", in: collective)
      let rowCount = Int(counted[0])
      let share = collective.rank * rowCount / collective.size
      let end = (collective.rank + 1) * rowCount / collective.size
      let outcome = Result { () throws(DataError) in
        var source = try NumPyRowSource(scores: scoresArray, labels: labelsArray)
        source.rows = share..<end
        try count(source, into: &accumulator)
      }
      _ = try collective.agree(outcome.map { [] }, count: 0)
    } else {
      let failure = try readCSVShare(in: collective, split: split, into: &accumulator)
      _ = try collective.agree(
        failure.map { Result<[UInt64], DataError>.failure($0.error) } ?? .success([]), count: 0,
        order: failure?.order ?? .max)
    }
    accumulator.flush()
    return accumulator
  }

  /// Reads this member's CSV pieces in the inputs' order, and returns the first error, with
  /// where its piece lies in the inputs.
  private func readCSVShare(
    in collective: some Collective, split: InputSplit, into accumulator: inout MetricAccumulator
  ) throws(PartitionFailure) -> (error: DataError, order: UInt64)? {
    let paths = rows.text.csvPaths
    let sizes = paths.map { InputFile.size(ofPath: $0) }
    let gathered = try collective.agree(
      Result<[UInt64], DataError>.success(sizes.map { $0.map(UInt64.init) ?? .max }),
      count: paths.count)
    for (index, path) in paths.enumerated() {
      try Self.checkSame(
        stride(from: index, to: gathered.count, by: paths.count).map { gathered[$0] },
        of: path, what: "bytes", in: collective)
    }
    let cut =
      split.resolved(inputCount: paths.count, memberCount: collective.size) == .bytes
      && collective.size > 1
    /// The pieces this member reads, in the inputs' order: a part of a file, or a whole one.
    var pieces: [(order: UInt64, path: String, part: CSVFilePart?)] = []
    var dealt: [Int] = []
    for (index, path) in paths.enumerated() {
      if cut, sizes[index] != nil, !rows.text.format(of: path).isCompressed {
        let part = try CSVFilePart(path: path, reader: reader(for: path), in: collective)
        pieces.append((UInt64(index) << 32 | UInt64(collective.rank), path, part))
      } else {
        dealt.append(index)
      }
    }
    let members = InputDealing.members(
      forSizes: dealt.map { sizes[$0] }, memberCount: collective.size)
    for (index, member) in zip(dealt, members) where member == collective.rank {
      pieces.append((UInt64(index) << 32, paths[index], nil))
    }
    pieces.sort { $0.order < $1.order }
    for piece in pieces {
      do throws(DataError) {
        var reader = reader(for: piece.path)
        let input: InputFile
        if let part = piece.part {
          reader.skippedLineCount = part.skippedLineCount
          input = try part.openInput()
        } else {
          input = try InputFile(path: piece.path, gzip: rows.text.format(of: piece.path).isCompressed)
        }
        try count(CSVRowSource(reader: reader, input: input), into: &accumulator)
      } catch {
        return (error, piece.order)
      }
    }
    return nil
  }

  private func reader(for path: String) -> CSVScoreReader {
    rows.csvReader(for: path, scoreColumn: score, weightColumn: weight)
  }

  /// Throws on every member when the members saw different values of one input (`values`,
  /// one a member): they must read the same files.
  private static func checkSame(
    _ values: [UInt64], of path: String, what: String, in collective: some Collective
  ) throws(PartitionFailure) {
    guard let member = values.indices.first(where: { values[$0] != values[0] }) else { return }
    func shown(_ value: UInt64) -> String { value == .max ? "no size" : "\(value) \(what)" }
    let error = DataError(
      location: path,
      message:
        "member \(member) sees \(shown(values[member])), member 0 \(shown(values[0])): every member must read the same files"
    )
    throw PartitionFailure(reportingRank: 0, error: collective.rank == 0 ? error : nil)
  }
}
