import AUCFileFormats
import AUCMetrics
import AUCTestSupport
import Foundation
import Testing

@testable import AUCCommandLine

/// `auc-mpi`'s command run on a team of threads: member 0's output must equal what one `auc
/// summary` process prints over the same inputs, and a bad row must stop every member with
/// the message that one process gives.
@Suite struct DistributedSummaryTests {
  /// Each member's outcome: the output (member 0) or `nil`, or the error it threw.
  static func evaluate(_ arguments: [String], members: Int) -> [Result<String?, any Error>] {
    ThreadTeam.run(size: members) { member in
      Result { try DistributedSummaryCommand.parse(arguments).evaluate(on: member) }
    }
  }

  /// What one `auc summary` prints, without the final line feed.
  static func summary(_ arguments: [String]) throws -> String {
    let outcome = try CommandRunner.run(["summary"] + arguments)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    return String(outcome.standardOutput.dropLast())
  }

  /// Rows with ties, blank lines, CRLF line ends and quoted ids that hold commas, quotes and
  /// line breaks, so that cuts at line feeds inside quotes would be wrong.
  static func awkwardCSV(rows: Int, seed: UInt64, badLine: Int? = nil) -> String {
    var generator = SplitMix64(seed: seed)
    var text = "id,label,score,w\n"
    var line = 2
    for row in 0..<rows {
      let label = generator.next() % 3 == 0 ? 1 : 0
      var score = (generator.nextUnitDouble() + Double(label) * 0.3) / 1.3
      if row % 4 == 0 { score = (score * 20).rounded() / 20 }
      let weight = [0.5, 1, 2.25][Int(generator.next() % 3)]
      var id = "\(row)"
      var lines = 1
      if row % 7 == 3 {
        id = "\"row \(row), \"\"quoted\"\"\nsecond line\""
        lines = 2
      }
      let end = row % 5 == 1 ? "\r\n" : "\n"
      let shownScore = line == badLine ? "0.5x" : "\(score)"
      text += "\(id),\(label),\(shownScore),\(weight)\(end)"
      line += lines
      if row % 11 == 5 {
        text += "\n"
        line += 1
      }
    }
    return text
  }

  @Test(arguments: [
    [], ["--exact"], ["--bins", "log:64"], ["--weight", "w"], ["--exact", "--weight", "w"],
    ["--exact", "--ci", "0.95", "--max-fpr", "0.3"], ["--thresholds", "7", "--float32"],
  ])
  func oneFileCutIntoPartsEqualsOneProcess(options: [String]) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(Self.awkwardCSV(rows: 3000, seed: 7), to: "rows.csv")
    let arguments = options + ["--format", "json", path]
    let expected = try Self.summary(arguments)
    for members in [1, 2, 3, 4] {
      let outcomes = Self.evaluate(arguments + ["--split", "bytes"], members: members)
      #expect(try outcomes[0].get() == expected, "\(members) members, \(options)")
      for outcome in outcomes.dropFirst() { #expect(try outcome.get() == nil) }
    }
  }

  @Test func moreMembersThanRecordsLeavesSomeEmpty() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("score,label\n0.25,1\n0.75,0\n0.5,1\n", to: "three.csv")
    let arguments = ["--exact", "--format", "json", path]
    let outcomes = Self.evaluate(arguments, members: 7)
    #expect(try outcomes[0].get() == Self.summary(arguments))
    let part = ThreadTeam.run(size: 7) { member in
      try! CSVFilePart(
        path: path, reader: CSVScoreReader(scoreColumn: "score", labelColumn: "label"),
        in: member)
    }
    #expect(part.filter { !$0.records.isEmpty }.count <= 3)
  }

  @Test func partsHoldEveryRecordOnceAndCutOutsideQuotes() throws {
    let folder = try TemporaryFolder()
    let text = Self.awkwardCSV(rows: 500, seed: 3)
    let path = try folder.write(text, to: "rows.csv")
    let bytes = Array(text.utf8)
    for members in 1...6 {
      let parts = ThreadTeam.run(size: members) { member in
        try! CSVFilePart(
          path: path, reader: CSVScoreReader(scoreColumn: "score", labelColumn: "label"),
          in: member)
      }
      #expect(parts[0].records.lowerBound == parts[0].headerLength)
      #expect(parts[0].headerLength == "id,label,score,w\n".utf8.count)
      #expect(parts.last!.records.upperBound == bytes.count)
      for (part, next) in zip(parts, parts.dropFirst()) {
        #expect(part.records.upperBound == next.records.lowerBound)
      }
      for part in parts where !part.records.isEmpty {
        let before = bytes[..<part.records.lowerBound]
        // A cut follows a line feed outside quotes, and the lines before it are counted.
        #expect(before.last == UInt8(ascii: "\n"))
        #expect(before.filter { $0 == UInt8(ascii: "\"") }.count % 2 == 0)
        let lines = before.filter { $0 == UInt8(ascii: "\n") }.count
        #expect(part.skippedLineCount == lines - 1)
      }
    }
  }

  @Test(arguments: [["--split", "bytes"], ["--split", "files"], []])
  func badRowIsReportedAsOneProcessReportsIt(split: [String]) throws {
    let folder = try TemporaryFolder()
    let first = try folder.write(Self.awkwardCSV(rows: 1500, seed: 1), to: "a.csv")
    let second = try folder.write(
      Self.awkwardCSV(rows: 1500, seed: 2, badLine: 1234), to: "b.csv")
    let third = try folder.write(Self.awkwardCSV(rows: 1500, seed: 4, badLine: 17), to: "c.csv")
    let arguments = ["--exact", first, second, third]
    let single = try CommandRunner.run(["summary"] + arguments)
    #expect(single.status == 1)
    #expect(single.standardError.hasPrefix("\(second):1234: "))
    for members in [2, 4] {
      let outcomes = Self.evaluate(arguments + split, members: members)
      var reported: [String] = []
      for outcome in outcomes {
        guard case .failure(let error) = outcome, let failure = error as? PartitionFailure else {
          Issue.record("a member did not fail: \(outcome)")
          continue
        }
        if let error = failure.error as? DataError { reported.append(error.description) }
      }
      #expect(reported == [String(single.standardError.dropLast())], "\(members) members")
    }
  }

  @Test func wholeFilesDealtOutEqualOneProcess() throws {
    let folder = try TemporaryFolder()
    let paths = try (0..<5).map { index in
      try folder.write(
        Self.awkwardCSV(rows: 200 * (index + 1), seed: UInt64(index)), to: "p\(index).csv")
    }
    let gzip = try CommandRunner.fixture("random_1000.csv.gz")
    let arguments = ["--bins", "log:16", "--format", "json"] + paths + [gzip]
    let expected = try Self.summary(arguments)
    for members in [2, 3, 8] {
      let outcomes = Self.evaluate(arguments + ["--split", "files"], members: members)
      #expect(try outcomes[0].get() == expected, "\(members) members")
    }
  }

  @Test(arguments: [["--exact"], []])
  func arraysCutByRowsEqualOneProcess(options: [String]) throws {
    let scores = try CommandRunner.fixture("npy/scores_f8_le.npy")
    let labels = try CommandRunner.fixture("npy/labels_u1_n1.npy")
    let arguments = options + ["--scores", scores, "--labels", labels, "--format", "json"]
    let expected = try Self.summary(arguments)
    for members in [2, 3, 5] {
      #expect(try Self.evaluate(arguments, members: members)[0].get() == expected)
    }
  }

  @Test func noHeaderPartsKeepTheFilesLineNumbers() throws {
    let folder = try TemporaryFolder()
    var text = ""
    for line in 1...400 { text += line == 333 ? "0.5,7\n" : "0.\(line % 97),\(line % 2)\n" }
    let path = try folder.write(text, to: "plain.csv")
    let arguments = ["--no-header", "--score", "1", "--label", "2", path]
    let single = try CommandRunner.run(["summary"] + arguments)
    #expect(single.standardError.hasPrefix("\(path):333: "))
    let outcomes = Self.evaluate(arguments, members: 4)
    let reported = outcomes.compactMap { outcome -> String? in
      guard case .failure(let error) = outcome else { return nil }
      return ((error as? PartitionFailure)?.error as? DataError)?.description
    }
    #expect(reported == [String(single.standardError.dropLast())])
  }

  @Test func dealingGivesTheLargestFirstToTheLeastLoaded() {
    #expect(InputDealing.members(forSizes: [10, 30, 20, nil], memberCount: 2) == [1, 0, 1, 0])
    #expect(InputDealing.members(forSizes: [5, 5, 5], memberCount: 3) == [0, 1, 2])
  }

  @Test func teamExchangesInRankOrder() {
    let gathered = ThreadTeam.run(size: 3) { member in member.allGather([UInt64(member.rank)]) }
    #expect(gathered == [[0, 1, 2], [0, 1, 2], [0, 1, 2]])
    let sums = ThreadTeam.run(size: 4) { member in member.allReduceSum([UInt64(member.rank), 1]) }
    #expect(sums == Array(repeating: [6, 4], count: 4))
    let bytes = ThreadTeam.run(size: 3) { member in
      member.gatherBytes(Array(repeating: UInt8(member.rank), count: member.rank), root: 1)
    }
    #expect(bytes == [[], [[], [1], [2, 2]], []])
  }
}
