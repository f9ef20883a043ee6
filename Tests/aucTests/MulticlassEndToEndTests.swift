import Foundation
import Testing

/// `auc multiclass` and `auc multilabel`, run as a user runs them, on the reference's tiny
/// hand-made sets (`mc_tiny_k3`, `ml_tiny_l3`), whose exact values are fractions.
@Suite("Multi-class and multi-label end to end")
struct MulticlassEndToEndTests {
  static let tinyClasses = """
    label,score_0,score_1,score_2
    0,0.7,0.2,0.1
    0,0.5,0.3,0.2
    0,0.4,0.4,0.2
    1,0.3,0.5,0.2
    1,0.2,0.6,0.2
    1,0.4,0.3,0.3
    1,0.1,0.8,0.1
    2,0.2,0.2,0.6
    2,0.3,0.3,0.4
    2,0.5,0.2,0.3

    """

  static let tinyLabels = """
    label_0,label_1,label_2,score_0,score_1,score_2
    1,0,1,0.9,0.2,0.6
    0,1,0,0.3,0.7,0.6
    1,1,0,0.6,0.6,0.3
    0,0,1,0.6,0.1,0.8
    1,0,0,0.4,0.5,0.3
    0,1,1,0.1,0.4,0.6
    1,1,1,0.8,0.5,0.2
    0,0,0,0.3,0.2,0.2

    """

  /// The JSON output's object, and its text: numbers are read from the text, with Swift's
  /// correctly rounding parser (Foundation's JSON parser on Linux is off by a few ulps).
  static func json(_ arguments: [String], input: String) throws -> (object: [String: Any], text: String) {
    let outcome = try CommandRunner.run(arguments + ["--format", "json"], standardInput: input)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    return (object, outcome.standardOutput)
  }

  /// Every number written after `"key":` in `text`, in order (`nil` for null).
  static func numbers(_ key: String, in text: String) -> [Double?] {
    text.split(separator: "\"\(key)\":", omittingEmptySubsequences: false).dropFirst().map {
      Double(String($0.prefix { $0 != "," && $0 != "}" }))
    }
  }

  static func near(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return GroupAUCEndToEndTests.ulps(value, expected) <= 2
  }

  @Test("multiclass: every key, with the exact fractions, exact and binned")
  func multiclass() throws {
    for mode in [["--exact"], []] {
      let (object, text) = try Self.json(
        ["multiclass", "--scores", "score_0,score_1,score_2"] + mode, input: Self.tinyClasses)
      #expect(object["classes"] as? [String] == ["0", "1", "2"])
      #expect(Set(object.keys) == [
        "rows", "classes", "binning", "ovr", "ovo", "averagePrecision", "rowsNotSummingToOne",
        "perClass",
      ])
      // ovr, then ovo, then averagePrecision: macro, weighted (and micro) in that order.
      let macro = Self.numbers("macro", in: text)
      let weighted = Self.numbers("weighted", in: text)
      #expect(Self.near(macro[0], 235.0 / 252), "\(mode)")
      #expect(Self.near(weighted[0], 391.0 / 420))
      #expect(Self.near(Self.numbers("micro", in: text)[0], 23.0 / 25))
      #expect(Self.near(macro[1], 67.0 / 72))
      #expect(Self.near(weighted[1], 149.0 / 160))
      let perClass = try #require(object["perClass"] as? [[String: Any]])
      let areas = Self.numbers("rocAUC", in: text)
      let precisions = Self.numbers("averagePrecision", in: text).suffix(3)
      #expect(perClass.map { $0["class"] as? String } == ["0", "1", "2"])
      let expected: [(Double, Double)] = [
        (19.0 / 21, 34.0 / 45), (11.0 / 12, 25.0 / 28), (41.0 / 42, 11.0 / 12),
      ]
      for (index, (area, precision)) in expected.enumerated() {
        #expect(Self.near(areas[index], area))
        #expect(Self.near(precisions[precisions.startIndex + index], precision))
      }
      #expect(perClass.map { $0["rows"] as? Int } == [3, 4, 3])
      #expect(object["rowsNotSummingToOne"] as? Int == 0)
    }
  }

  @Test("string classes in unsorted columns are listed as scikit-learn sorts them")
  func stringClasses() throws {
    // Classes 0, 1, 2 renamed cat, dog, ant: sorted ant, cat, dog, so the per-class list is
    // class 2's values, then 0's, then 1's.
    var input = Self.tinyClasses.replacing("score_0,score_1,score_2", with: "score_cat,score_dog,score_ant")
    for (number, name) in [("0,", "cat,"), ("1,", "dog,"), ("2,", "ant,")] {
      input = input.split(separator: "\n").map { $0.hasPrefix(number) ? name + $0.dropFirst(2) : String($0) }
        .joined(separator: "\n") + "\n"
    }
    let (object, text) = try Self.json(
      ["multiclass", "--scores", "score_cat,score_dog,score_ant", "--exact"], input: input)
    #expect(object["classes"] as? [String] == ["ant", "cat", "dog"])
    let expected: [Double] = [41.0 / 42, 19.0 / 21, 11.0 / 12]
    for (area, expected) in zip(Self.numbers("rocAUC", in: text), expected) {
      #expect(Self.near(area, expected))
    }
    // --classes names the columns instead of their names.
    let renamed = input.replacing("score_cat,score_dog,score_ant", with: "p1,p2,p3")
    let named = try Self.json(
      ["multiclass", "--scores", "p1,p2,p3", "--classes", "cat,dog,ant", "--exact"], input: renamed)
    #expect(named.text == text)
  }

  @Test("a row of weight 2 counts as that row twice")
  func weights() throws {
    var lines = Self.tinyClasses.split(separator: "\n").map(String.init)
    let doubled = lines + [lines[4]]
    lines[0] += ",weight"
    for index in 1..<lines.count { lines[index] += index == 4 ? ",2" : ",1" }
    let weighted = try Self.json(
      ["multiclass", "--scores", "score_0,score_1,score_2", "--weight", "weight", "--exact"],
      input: lines.joined(separator: "\n") + "\n")
    let repeated = try Self.json(
      ["multiclass", "--scores", "score_0,score_1,score_2", "--exact"],
      input: doubled.joined(separator: "\n") + "\n")
    for key in ["macro", "weighted", "micro", "rocAUC", "averagePrecision"] {
      #expect(Self.numbers(key, in: weighted.text) == Self.numbers(key, in: repeated.text), "\(key)")
    }
  }

  @Test("multilabel: every key, with the exact fractions")
  func multilabel() throws {
    let (object, text) = try Self.json(
      ["multilabel", "--labels", "label_0,label_1,label_2", "--scores", "score_0,score_1,score_2",
       "--exact"], input: Self.tinyLabels)
    #expect(object["labels"] as? [String] == ["label_0", "label_1", "label_2"])
    #expect(Set(object.keys) == [
      "rows", "labels", "binning", "macro", "micro", "weighted", "averagePrecision", "perLabel",
    ])
    #expect(Self.near(Self.numbers("macro", in: text)[0], 27.0 / 32))
    #expect(Self.near(Self.numbers("weighted", in: text)[0], 27.0 / 32))
    #expect(Self.near(Self.numbers("micro", in: text)[0], 41.0 / 48))
    let perLabel = try #require(object["perLabel"] as? [[String: Any]])
    let areas = Self.numbers("rocAUC", in: text)
    let precisions = Self.numbers("averagePrecision", in: text).suffix(3)
    let expected: [(Double, Double)] = [
      (29.0 / 32, 71.0 / 80), (29.0 / 32, 71.0 / 80), (23.0 / 32, 3.0 / 4),
    ]
    for (index, (area, precision)) in expected.enumerated() {
      #expect(Self.near(areas[index], area))
      #expect(Self.near(precisions[precisions.startIndex + index], precision))
    }
    #expect(perLabel.map { $0["rows"] as? Int } == [4, 4, 4])
    let plain = try CommandRunner.run(
      ["multilabel", "--labels", "label_0,label_1,label_2", "--scores", "score_0,score_1,score_2"],
      standardInput: Self.tinyLabels)
    #expect(plain.status == 0)
    #expect(plain.standardOutput.contains("ROC AUC             macro 0.84375, weighted 0.84375"))
  }

  @Test("bad input: its line, value and column; bad options: usage errors")
  func badInput() throws {
    let scores = ["--scores", "score_0,score_1,score_2"]
    let cases: [(input: String, arguments: [String], message: String)] = [
      (Self.tinyClasses.replacing("2,0.5,0.2,0.3", with: "3,0.5,0.2,0.3"), [],
       "<stdin>:11: class label \"3\" is not one of the classes of the score columns (0, 1, 2)"),
      (Self.tinyClasses.replacing("1,0.2,0.6,0.2", with: "1,0.2,1.5,0.2"), [],
       "<stdin>:6: score 1.5 is outside 0...1 in column score_1"),
      (Self.tinyClasses.replacing("1,0.2,0.6,0.2", with: "1,0.2,nan,0.2"), ["--exact"],
       "<stdin>:6: score nan is not a finite number in column score_1"),
      (Self.tinyClasses.replacing("1,0.2,0.6,0.2", with: "1,0.2,0.6"), [],
       "<stdin>:6: row has 3 fields, but the score, class and other score and label columns need 4"),
      (Self.tinyClasses.replacing("1,0.2,0.6,0.2", with: ",0.2,0.6,0.2"), [],
       "<stdin>:6: the class label is empty"),
    ]
    for (input, arguments, message) in cases {
      let outcome = try CommandRunner.run(["multiclass", "--quiet"] + scores + arguments, standardInput: input)
      #expect(outcome.status == 1)
      #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
    }
    let label = try CommandRunner.run(
      ["multilabel", "--quiet", "--labels", "label_0,label_1,label_2"] + scores,
      standardInput: Self.tinyLabels.replacing("0,0,0,0.3", with: "0,2,0,0.3"))
    #expect(label.status == 1)
    #expect(label.standardError.contains("<stdin>:9: label \"2\" is neither 0 nor 1"), "\(label.standardError)")
    for arguments in [
      ["multiclass", "--scores", "a,b"],
      ["multiclass", "--scores", "score_0,score_1", "--classes", "0"],
      ["multiclass", "--scores", "score_0,score_0"],
      ["multiclass", "--scores", "score_0"],
      ["multilabel", "--labels", "label_0", "--scores", "score_0,score_1"],
    ] {
      let outcome = try CommandRunner.run(arguments, standardInput: Self.tinyClasses)
      #expect(outcome.status == 64, "\(arguments): \(outcome.standardError)")
    }
  }
}
