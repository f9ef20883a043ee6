import AUCMetrics
import Testing

@Suite struct StreamingAUCFromHistogramTests {
  @Test func documentationExample() throws {
    let histogram = try ScoreHistogram(
      thresholdCount: 1, positiveCounts: [0, 2], negativeCounts: [1, 0])
    let metric = StreamingAUC(histogram: histogram)
    #expect(metric.value == 1.0)
    #expect(metric.histogram == histogram)
    #expect(metric.window == nil)
  }

  @Test func equalsTheMetricThatCountedTheRows() throws {
    var counted = StreamingAUC(thresholdCount: 200)
    try counted.update(scores: [0.1, 0.7, 0.7, 0.95] as [Float], labels: [0, 1, 0, 1])
    let restored = StreamingAUC(histogram: counted.histogram)
    #expect(restored == counted)
    #expect(restored.value == counted.value)
  }
}
