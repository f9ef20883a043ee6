import AUCMetrics
import Foundation
import Testing

/// `--group` on `auc summary` and `auc groups`, run as a user runs them.
@Suite("Group AUC end to end")
struct GroupAUCEndToEndTests {
  /// The reference set's `tiny_groups` rows: group 1 has AUC 1 (3 rows, 2 pairs), group 2
  /// has 4 of 6 pairs ordered (5 rows), groups 3 and 4 hold one class each. So GAUC is
  /// (3 · 1 + 5 · 2/3) / 8 = 19/24, UAUC (1 + 2/3) / 2 = 5/6, by pairs (2 + 4) / 8 = 3/4.
  static let tinyGroups = """
    score,label,group
    0.9,1,1
    0.3,0,1
    0.6,1,1
    0.6,0,2
    0.2,0,2
    0.8,1,2
    0.7,1,3
    0.4,1,3
    0.1,0,4
    0.5,0,4
    0.35,1,2
    0.55,0,2

    """

  static func ulps(_ a: Double, _ b: Double) -> UInt64 {
    let (x, y) = (Int64(bitPattern: a.bitPattern), Int64(bitPattern: b.bitPattern))
    return x > y ? UInt64(x - y) : UInt64(y - x)
  }

  @Test("summary --group: GAUC, UAUC and by pairs in JSON and text, exact and binned")
  func summary() throws {
    for mode in [["--exact"], [], ["--bins", "log:1024"]] {
      let outcome = try CommandRunner.run(
        ["summary", "--group", "group", "--format", "json"] + mode, standardInput: Self.tinyGroups)
      #expect(outcome.status == 0, "\(outcome.standardError)")
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
      let groups = try #require(object["groupAUC"] as? [String: Any])
      #expect(Set(groups.keys) == ["gauc", "uauc", "gaucPairWeighted", "groups", "groupsUsed"])
      let text = outcome.standardOutput
      let gauc = try #require(try EndToEndTests.number("gauc", in: text))
      let uauc = try #require(try EndToEndTests.number("uauc", in: text))
      #expect(Self.ulps(gauc, 19.0 / 24) <= 2, "\(mode)")
      #expect(Self.ulps(uauc, 5.0 / 6) <= 2, "\(mode)")
      #expect(try EndToEndTests.number("gaucPairWeighted", in: text) == 0.75)
      #expect(groups["groups"] as? Int == 4 && groups["groupsUsed"] as? Int == 2)
    }
    let text = try CommandRunner.run(
      ["--group", "group", "--exact"], standardInput: Self.tinyGroups)
    #expect(text.status == 0)
    #expect(text.standardOutput.contains("GAUC by pairs       0.75"))
    #expect(text.standardOutput.contains("2 of 4 groups hold both classes"))
  }

  @Test("a group split by weights: weighted rows weigh their group")
  func weighted() throws {
    // Group a: positive 0.9 (weight 2) over negative 0.1 (weight 1): AUC 1, weight 3.
    // Group b: positive 0.2 (weight 1) under negative 0.8 (weight 3): AUC 0, weight 4.
    let rows = "s,y,w,g\n0.9,1,2,a\n0.1,0,1,a\n0.2,1,1,b\n0.8,0,3,b\n"
    let outcome = try CommandRunner.run(
      ["--score", "s", "--label", "y", "--weight", "w", "--group", "g", "--exact", "--format", "json"],
      standardInput: rows)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(try EndToEndTests.number("gauc", in: outcome.standardOutput) == 3.0 / 7)
    #expect(try EndToEndTests.number("uauc", in: outcome.standardOutput) == 0.5)
    // Pair weights 2 · 1 and 1 · 3: (2 · 1 + 3 · 0) / 5.
    #expect(try EndToEndTests.number("gaucPairWeighted", in: outcome.standardOutput) == 0.4)
  }

  @Test("auc groups: one row per group in id order, CSV and JSON; quoted ids")
  func groupsCommand() throws {
    let csv = try CommandRunner.run(
      ["groups", "--group", "group", "--exact"], standardInput: Self.tinyGroups)
    #expect(csv.status == 0, "\(csv.standardError)")
    #expect(
      csv.standardOutput == """
        group,rows,positives,negatives,rocAUC
        1,3,2,1,1.0
        2,5,2,3,\(2.0 / 3)
        3,2,2,0,
        4,2,0,2,

        """)
    let quoted = "score,label,user\r\n0.5,1,\"a,\"\"b\"\"\"\r\n0.4,0,\"a,\"\"b\"\"\"\r\n0.3,1,x\r\n"
    let json = try CommandRunner.run(
      ["groups", "--group", "user", "--format", "json"], standardInput: quoted)
    #expect(json.status == 0, "\(json.standardError)")
    #expect(
      json.standardOutput
        == #"{"groups":[{"group":"a,\"b\"","rows":2,"positives":1,"negatives":1,"rocAUC":1.0},{"group":"x","rows":1,"positives":1,"negatives":0,"rocAUC":null}]}"#
        + "\n")
    let back = try CommandRunner.run(["groups", "--group", "user"], standardInput: quoted)
    #expect(back.standardOutput.contains("\n\"a,\"\"b\"\"\",2,1,1,1.0\n"))
  }

  @Test("shards accumulated with --group and merged give one pass's bytes, in either order")
  func statesMergeByGroup() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "group-states-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // Seeded rows, each group's rows spread over both shards.
    var generator = SplitMix64(seed: 4)
    var lines: [String] = []
    for _ in 0..<3000 {
      let group = generator.next() % 97
      let label = generator.next() % 3 == 0 ? 1 : 0
      let score = Double(generator.next() % 1000) / 1000
      let weight = [0.5, 1, 2.25][Int(generator.next() % 3)]
      lines.append("\(score),\(label),\(weight),g\(group)")
    }
    let header = "score,label,w,user\n"
    let whole = header + lines.joined(separator: "\n") + "\n"
    let shards = [0, 1].map { shard in
      header + lines.enumerated().filter { $0.offset % 2 == shard }.map(\.element)
        .joined(separator: "\n") + "\n"
    }
    for (index, shard) in shards.enumerated() {
      try shard.write(to: folder.appendingPathComponent("\(index).csv"), atomically: true, encoding: .utf8)
    }
    for mode in [["--exact"], [], ["--exact", "--weight", "w"], ["--bins", "log:64", "--weight", "w"]] {
      let options = ["--group", "user", "--format", "json"] + mode
      let one = try CommandRunner.run(options, standardInput: whole)
      #expect(one.status == 0, "\(one.standardError)")
      var states: [String] = []
      for index in 0..<2 {
        let state = folder.appendingPathComponent("\(index)-\(mode.joined()).aucstate").path
        let accumulated = try CommandRunner.run(
          ["accumulate", folder.appendingPathComponent("\(index).csv").path, "--group", "user",
           "--state-out", state] + mode)
        #expect(accumulated.status == 0, "\(accumulated.standardError)")
        states.append(state)
      }
      for order in [states, states.reversed()] {
        let merged = try CommandRunner.run(["merge"] + order + ["--format", "json"])
        #expect(merged.status == 0, "\(merged.standardError)")
        #expect(merged.standardOutput == one.standardOutput, "\(mode)")
      }
    }
    let plain = folder.appendingPathComponent("plain.aucstate").path
    _ = try CommandRunner.run(
      ["accumulate", folder.appendingPathComponent("0.csv").path, "--exact", "--state-out", plain])
    let grouped = folder.appendingPathComponent("1---exact.aucstate").path
    let mixed = try CommandRunner.run(["merge", grouped, plain])
    #expect(mixed.status == 1)
    #expect(mixed.standardError.contains("cannot merge a state with groups and one without"))
  }

  @Test("the README's example, its stated lines")
  func readmeExample() throws {
    let rows = "score,label,user\n0.9,1,u1\n0.3,0,u1\n0.6,1,u1\n0.8,0,u2\n0.2,1,u2\n0.7,1,u2\n0.1,0,u2\n0.5,1,u3\n"
    let summary = try CommandRunner.run(["--group", "user", "--exact"], standardInput: rows)
    for line in [
      "GAUC                0.7142857142857143 (groups weighted by rows; 2 of 3 groups hold both classes)",
      "UAUC                0.75 (groups weighted equally)",
      "GAUC by pairs       0.6666666666666666 (groups weighted by positive-negative pairs)",
    ] {
      #expect(summary.standardOutput.contains(line + "\n"), "\(line)")
    }
    // (3 · 1 + 4 · 0.5) / 7 and (2 · 1 + 4 · 0.5) / 6, each one rounding of the exact ratio.
    #expect(0.7142857142857143 == 5.0 / 7 && 0.6666666666666666 == 4.0 / 6)
    let groups = try CommandRunner.run(["groups", "--group", "user", "--exact"], standardInput: rows)
    #expect(
      groups.standardOutput
        == "group,rows,positives,negatives,rocAUC\nu1,3,2,1,1.0\nu2,4,2,2,0.5\nu3,1,1,0,\n")
  }

  @Test("bad group input: an empty id, a missing column, arrays, no --group")
  func badInput() throws {
    let empty = try CommandRunner.run(
      ["--group", "g"], standardInput: "score,label,g\n0.5,1,a\n0.4,0,  \n")
    #expect(empty.status == 1)
    #expect(empty.standardError == "<stdin>:3: the group id is empty\n")
    let missing = try CommandRunner.run(["--group", "g"], standardInput: "score,label\n0.5,1\n")
    #expect(missing.status == 1)
    #expect(
      missing.standardError
        == "<stdin>:1: no group column \"g\" in the header (columns: \"score\", \"label\"); choose one with --group\n"
    )
    let short = try CommandRunner.run(
      ["--group", "g"], standardInput: "score,label,g\n0.5,1,a\n0.4,0\n")
    #expect(short.status == 1)
    #expect(short.standardError.contains("<stdin>:3: row has 2 fields"))
    let arrays = try CommandRunner.run(["--scores", "s.npy", "--labels", "l.npy", "--group", "g"])
    #expect(arrays.status == 64)
    #expect(arrays.standardError.contains("--group reads a column of CSV or TSV inputs"))
    let same = try CommandRunner.run(["--group", "score"], standardInput: "score,label\n0.5,1\n")
    #expect(same.status == 64)
    let noGroup = try CommandRunner.run(["groups"], standardInput: Self.tinyGroups)
    #expect(noGroup.status == 64)
    #expect(noGroup.standardError.contains("auc groups needs --group NAME"))
  }
}

