import AUCMetrics
import ArgumentParser

/// `auc demo`: the example from PaddlePaddle's documentation, reproducibly seeded.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Stream random mini-batches through the metric and print the AUC after each.",
    discussion: """
      PaddlePaddle's documentation example: batches of random two-column predictions \
      [1 - p, p] with random labels, fed to Auc(num_thresholds: 4095). The labels do not \
      depend on the scores, so the AUC ends near 0.5. The generator is SplitMix64, so a seed \
      gives the same numbers on every machine.

      Example:
        auc demo --batches 10 --seed 7
      """
  )

  /// The largest `--batches`.
  static let maximumBatchCount = 1_000_000
  /// The largest `--batch-size`: the batch is held in memory, as PaddlePaddle's `preds`.
  static let maximumBatchSize = 1 << 20

  @Option(help: "The number of mini-batches, 1...\(maximumBatchCount).")
  var batches = 100

  @Option(help: "Rows per mini-batch, 1...\(maximumBatchSize).")
  var batchSize = 128

  @Option(help: "The seed of the random generator.")
  var seed: UInt64 = 2024

  @Option(help: "The number of thresholds T.")
  var thresholds = 4095

  func validate() throws {
    try OptionCheck.require("--batches", batches, in: 1...Self.maximumBatchCount)
    try OptionCheck.require("--batch-size", batchSize, in: 1...Self.maximumBatchSize)
    try OptionCheck.requireThresholdCount(thresholds)
  }

  func run() throws {
    var generator = SplitMix64(seed: seed)
    var metric = StreamingAUC(thresholdCount: thresholds)
    var predictions = [[Float]](repeating: [0, 0], count: batchSize)
    var labels = [Int64](repeating: 0, count: batchSize)
    let width = String(batches).count
    for batch in 1...batches {
      for row in 0..<batchSize {
        let positive = generator.nextUnitFloat()
        predictions[row][0] = 1 - positive
        predictions[row][1] = positive
        labels[row] = generator.next() >> 63 == 1 ? 1 : 0
      }
      try metric.update(predictions: predictions, labels: labels)
      let number = String(batch)
      let padding = String(repeating: " ", count: width - number.count)
      try StandardOutput.writeLine(
        "batch \(padding)\(number)  AUC \(metric.value.map { String($0) } ?? "undefined")")
    }
    if let value = metric.value, let bound = metric.errorBound {
      try StandardOutput.writeLine(
        "after \(metric.histogram.count) rows: ROC AUC \(value) ± \(bound)")
    }
  }
}
