import AUCMetrics
import Foundation
import Testing

/// PaddlePaddle's behaviour on odd inputs (`Golden/edge_cases.json`) and ours, case by case.
/// Where the two differ, the difference is on purpose and the test says why.
@Suite("Edge cases against PaddlePaddle")
struct EdgeCaseTests {
  struct Case {
    var name: String
    var predictions: [[Double]]
    var labels: [Int]
    var paddleOK: Bool
    var paddleValue: Double?
    var paddlePositives: [[Int]]
    var paddleNegatives: [[Int]]
  }

  static let cases: [String: Case] = {
    let data = try! GoldenFile.data("edge_cases")
    let list = try! JSONSerialization.jsonObject(with: data) as! [[String: Any]]
    var cases: [String: Case] = [:]
    for entry in list {
      let name = entry["case"] as! String
      let python = entry["python_metric"] as! [String: Any]
      let rows = (entry["preds"] as? [Any]) ?? []
      let predictions = rows.map { row -> [Double] in
        let values = (row as? [Any]) ?? [row]
        return values.map { value in
          if let text = value as? String { return Double(text)! }  // "nan", "inf", "-inf"
          return (value as! NSNumber).doubleValue
        }
      }
      let labels = ((entry["labels"] as? [Any]) ?? []).map { label -> Int in
        if let nested = label as? [Any] { return (nested[0] as! NSNumber).intValue }
        return (label as! NSNumber).intValue
      }
      cases[name] = Case(
        name: name, predictions: predictions, labels: labels,
        paddleOK: python["ok"] as! Bool, paddleValue: (python["auc"] as? NSNumber)?.doubleValue,
        paddlePositives: (python["stat_pos"] as? [[Int]]) ?? [],
        paddleNegatives: (python["stat_neg"] as? [[Int]]) ?? [])
    }
    return cases
  }()

  static func edgeCase(_ name: String) throws -> Case {
    try #require(cases[name], "edge case \(name) is in the golden file")
  }

  /// Feeds the case to a fresh metric: it must throw `error` and count nothing.
  static func expectRejected(_ edge: Case, with error: ScoreInputError) {
    var metric = StreamingAUC()
    #expect(throws: error, Comment(rawValue: edge.name)) {
      try metric.update(predictions: edge.predictions, labels: edge.labels)
    }
    #expect(metric.histogram.isEmpty, Comment(rawValue: edge.name))
  }

  @Test("every case in the golden table is covered here")
  func tableIsCovered() {
    let covered: Set = [
      "pred 1.0 pos / 0.0 neg", "pred 1.0 neg / 0.0 pos", "pred 1.1",
      "pred 1.0001 (in (1, 1+1/nt))",
      "pred -0.0001 (in (-1/nt, 0))", "pred -0.5", "pred -1.0", "pred -1.1", "pred NaN",
      "pred +inf",
      "label 2", "label -1", "all positive", "all negative", "empty batch", "preds shape (n,)",
      "preds shape (n,1)", "preds shape (n,3)", "labels shape (n,)", "labels longer than preds",
      "preds longer than labels", "curve='PR'", "num_thresholds=0", "no update at all",
    ]
    #expect(Set(Self.cases.keys) == covered)
  }

  @Test(
    "scores 0.0 and 1.0 land in bins 0 and T, as in Paddle",
    arguments: ["pred 1.0 pos / 0.0 neg", "pred 1.0 neg / 0.0 pos", "labels shape (n,)"])
  func agreesWithPaddle(name: String) throws {
    let edge = try Self.edgeCase(name)
    var metric = StreamingAUC()
    try metric.update(predictions: edge.predictions, labels: edge.labels)
    #expect(metric.value == edge.paddleValue)
    #expect(metric.histogram.sparsePositives == edge.paddlePositives)
    #expect(metric.histogram.sparseNegatives == edge.paddleNegatives)
  }

  @Test(
    "finite scores outside 0...1 are rejected; Paddle accepts some into wrong bins",
    arguments: [
      ("pred 1.1", 1.1), ("pred 1.0001 (in (1, 1+1/nt))", 1.0001),
      ("pred -0.0001 (in (-1/nt, 0))", -0.0001), ("pred -0.5", -0.5), ("pred -1.0", -1.0),
      ("pred -1.1", -1.1),
    ])
  func outOfRange(name: String, score: Double) throws {
    let edge = try Self.edgeCase(name)
    Self.expectRejected(edge, with: .scoreOutOfRange(row: 0, score: score))
    // With the opt-in clamp, the score counts as 0 or 1. That is where Paddle puts 1.0001 and
    // −0.0001, but not −0.5 (Paddle: bin 2049) or −1.0 (Paddle: bin 1), which wrap.
    var clamped = StreamingAUC(outOfRangeScores: .clamp)
    try clamped.update(predictions: edge.predictions, labels: edge.labels)
    let bin = score > 1 ? 4095 : 0
    #expect(clamped.histogram.sparsePositives == [[bin, 1]])
    if [1.0001, -0.0001].contains(score) {
      #expect(clamped.histogram.sparsePositives == edge.paddlePositives)
    }
  }

  @Test("NaN and infinities are rejected under every policy", arguments: ["pred NaN", "pred +inf"])
  func nonFinite(name: String) throws {
    let edge = try Self.edgeCase(name)
    #expect(!edge.paddleOK)
    for policy in OutOfRangeScorePolicy.allCases {
      var metric = StreamingAUC(outOfRangeScores: policy)
      #expect {
        try metric.update(predictions: edge.predictions, labels: edge.labels)
      } throws: { error in
        guard case .nonFiniteScore(let row, let score) = error as? ScoreInputError else {
          return false
        }
        return row == 0 && !score.isFinite
      }
      #expect(metric.histogram.isEmpty)
    }
  }

  @Test(
    "labels other than 0/1 are rejected; Paddle counts 2 and −1 as positive",
    arguments: [("label 2", "2"), ("label -1", "-1")])
  func oddLabels(name: String, label: String) throws {
    let edge = try Self.edgeCase(name)
    #expect(edge.paddleOK && edge.paddlePositives.count == 1)
    Self.expectRejected(edge, with: .invalidLabel(row: 0, label: label))
  }

  @Test(
    "one class is undefined (nil); Paddle says 0.0",
    arguments: ["all positive", "all negative"])
  func oneClass(name: String) throws {
    let edge = try Self.edgeCase(name)
    #expect(edge.paddleValue == 0)
    var metric = StreamingAUC()
    try metric.update(predictions: edge.predictions, labels: edge.labels)
    #expect(metric.value == nil)
    #expect(metric.histogram.sparsePositives == edge.paddlePositives)
    #expect(metric.histogram.sparseNegatives == edge.paddleNegatives)
  }

  @Test("no update, or only an empty batch, is undefined; Paddle says 0.0")
  func nothingSeen() throws {
    #expect(try Self.edgeCase("no update at all").paddleValue == 0)
    #expect(try Self.edgeCase("empty batch").paddleValue == 0)
    var metric = StreamingAUC()
    #expect(metric.value == nil)
    try metric.update(predictions: [[Double]](), labels: [Int]())
    #expect(metric.value == nil)
    #expect(metric.histogram.isEmpty)
  }

  @Test("one score per row is the primary form; Paddle needs two columns")
  func singleColumn() throws {
    let edge = try Self.edgeCase("preds shape (n,)")
    #expect(!edge.paddleOK)
    var metric = StreamingAUC()
    try metric.update(scores: edge.predictions.map { $0[0] }, labels: edge.labels)
    #expect(metric.value == 1.0)
  }

  @Test(
    "prediction rows must have two columns; Paddle reads column 1 of wider rows",
    arguments: [("preds shape (n,1)", 1), ("preds shape (n,3)", 3)])
  func predictionWidth(name: String, width: Int) throws {
    let edge = try Self.edgeCase(name)
    Self.expectRejected(edge, with: .predictionWidth(row: 0, width: width))
  }

  @Test(
    "scores and labels must have equal lengths; Paddle ignores extra predictions",
    arguments: ["labels longer than preds", "preds longer than labels"])
  func lengthMismatch(name: String) throws {
    let edge = try Self.edgeCase(name)
    Self.expectRejected(
      edge,
      with: .lengthMismatch(scoreCount: edge.predictions.count, labelCount: edge.labels.count))
  }

  @Test("curve: .precisionRecall reports average precision; Paddle ignores the curve")
  func precisionRecallCurve() throws {
    let edge = try Self.edgeCase("curve='PR'")
    var roc = StreamingAUC(curve: .roc)
    var precisionRecall = StreamingAUC(curve: .precisionRecall)
    try roc.update(predictions: edge.predictions, labels: edge.labels)
    try precisionRecall.update(predictions: edge.predictions, labels: edge.labels)
    #expect(roc.value == edge.paddleValue)
    let bins = BruteForce.bins(
      scores: edge.predictions.map { $0[1] }, thresholdCount: 4095, float32: false)
    #expect(precisionRecall.value == BruteForce.averagePrecision(keys: bins, labels: edge.labels))
  }

  @Test("zero thresholds is a programming error; Paddle makes one bin and answers 0.5")
  func zeroThresholds() async throws {
    #expect(try Self.edgeCase("num_thresholds=0").paddleValue == 0.5)
    await #expect(processExitsWith: .failure) {
      _ = StreamingAUC(thresholdCount: 0)
    }
  }
}
