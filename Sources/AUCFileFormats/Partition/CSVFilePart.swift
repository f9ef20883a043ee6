/// One member's part of a regular CSV file that the members of a ``Collective`` read
/// together: the file's header, and the records that start in one byte range of it.
///
/// The records below the header are cut into one byte range per member, at record starts:
/// each range begins after a line feed that lies outside double quotes, so a quoted field
/// that holds line breaks stays whole. The parts are in the file's order, and together they
/// hold every record once. A part may be empty (fewer records than members). Each part's
/// rows keep the file's line numbers (``skippedLineCount``).
///
/// ```swift
/// let reader = CSVScoreReader(scoreColumn: "score", labelColumn: "label")
/// let part = try CSVFilePart(path: "scores.csv", reader: reader, in: member)
/// var partReader = reader
/// partReader.skippedLineCount = part.skippedLineCount
/// let source = CSVRowSource(reader: partReader, input: try part.openInput())
/// ```
public struct CSVFilePart: Sendable, Hashable {
  /// The file.
  public let path: String
  /// The bytes `0..<headerLength` hold the header (see
  /// ``CSVScoreReader/headerLength(of:)``); 0 without a header.
  public let headerLength: Int
  /// The bytes of this part's records.
  public let records: Range<Int>
  /// The lines between the header and ``records``: what the part's reader numbers its lines
  /// on from (``CSVScoreReader/skippedLineCount``).
  public let skippedLineCount: Int

  /// A part made of its pieces, as ``init(path:reader:in:)`` plans them.
  public init(path: String, headerLength: Int, records: Range<Int>, skippedLineCount: Int) {
    self.path = path
    self.headerLength = headerLength
    self.records = records
    self.skippedLineCount = skippedLineCount
  }

  /// The bytes read: the header and the records.
  public var byteRanges: [Range<Int>] {
    records.lowerBound == headerLength
      ? [0..<records.upperBound] : [0..<headerLength, records]
  }

  /// The part, opened to be read as a file of its own: the header, then the records.
  public func openInput() throws(DataError) -> InputFile {
    try InputFile(path: path, byteRanges: byteRanges)
  }

  /// This member's part of the file at `path`, planned with the other members (each calls it
  /// with the same file and reader): every member reads the header, counts the line feeds and
  /// quotes of one equal share of the bytes below it, and from the counts of the shares
  /// before its own finds where its records start and end.
  ///
  /// - Throws: ``PartitionFailure`` on every member when the file cannot be read or its
  ///   header is bad on one of them (the error the single-process reader gives), or when the
  ///   members see files of different sizes or headers.
  /// - Complexity: O(n / members) bytes scanned per member for a file of n bytes, plus the
  ///   header and the line the cut falls in; three ``Collective/allGather(_:)`` calls.
  public init(path: String, reader: CSVScoreReader, in collective: some Collective)
    throws(PartitionFailure)
  {
    let facts = try collective.agree(
      Result { () throws(DataError) in
        let input = try InputFile(path: path)
        guard let size = input.size else {
          throw DataError(
            location: path, message: "not a regular file: it cannot be cut into parts")
        }
        return [UInt64(try reader.headerLength(of: input)), UInt64(size)]
      }, count: 2)
    let (headerLength, size) = (Int(facts[0]), Int(facts[1]))
    // Every member has every member's facts, so all of them stop here alike.
    for member in 1..<collective.size
    where facts[2 * member] != facts[0] || facts[2 * member + 1] != facts[1] {
      let error = DataError(
        location: path,
        message:
          "member \(member) sees \(facts[2 * member + 1]) bytes and a \(facts[2 * member])-byte header, member 0 \(size) and \(headerLength): the members must read the same file"
      )
      throw PartitionFailure(reportingRank: 0, error: collective.rank == 0 ? error : nil)
    }
    let memberCount = collective.size
    let rank = collective.rank
    /// Where member `k`'s equal share of the records' bytes starts.
    func nominalStart(_ k: Int) -> Int {
      headerLength + Int(Int128(size - headerLength) * Int128(k) / Int128(memberCount))
    }
    let counts = try collective.agree(
      Result { () throws(DataError) in
        let counts = try FileByteScan(path: path).count(in: nominalStart(rank)..<nominalStart(rank + 1))
        return [counts.lineFeeds, counts.quotes]
      }, count: 2)
    /// Line feeds and quotes of the records' bytes before `nominalStart(k)`.
    func countsBefore(_ k: Int) -> (lineFeeds: Int, quotes: UInt64) {
      var lineFeeds = 0
      var quotes: UInt64 = 0
      for member in 0..<k {
        lineFeeds += Int(counts[2 * member])
        quotes &+= counts[2 * member + 1]
      }
      return (lineFeeds, quotes)
    }
    let planned = try collective.agree(
      Result { () throws(DataError) in
        let scan = try FileByteScan(path: path)
        /// Where the first record after member `k`'s nominal start begins, and the line feeds
        /// before it.
        func recordStart(_ k: Int) throws(DataError) -> (offset: Int, lineFeeds: Int) {
          if k == 0 { return (headerLength, 0) }
          if k == memberCount { return (size, 0) }
          let before = countsBefore(k)
          let found = try scan.recordStart(
            from: nominalStart(k), end: size, insideQuotes: before.quotes % 2 == 1)
          return (found.offset, before.lineFeeds + found.lineFeeds)
        }
        let start = try recordStart(rank)
        let end = try recordStart(rank + 1)
        return [UInt64(start.offset), UInt64(end.offset), UInt64(start.lineFeeds)]
      }, count: 3)
    self.init(
      path: path, headerLength: headerLength,
      records: Int(planned[3 * rank])..<Int(planned[3 * rank + 1]),
      skippedLineCount: Int(planned[3 * rank + 2]))
  }
}
