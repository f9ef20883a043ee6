import Foundation

/// The committed test data, found in the source tree so that every test target reads the one
/// copy of each file: the fixtures of `Tests/aucTests/Fixtures`, then the reference sets of
/// `Tests/AUCMetricsTests/Stats` (whose CSV files the end-to-end tests read too).
public enum TestFixtures {
  /// `Tests`, from this file's place in the source tree.
  static let tests = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The folders searched, in order.
  public static let folders = [
    tests.appendingPathComponent("aucTests/Fixtures"),
    tests.appendingPathComponent("AUCMetricsTests/Stats"),
  ]

  /// The path of the fixture `relativePath` (e.g. `npy/scores_f8_le.npy` or
  /// `tiny_ties.csv`) in the first folder that has it, or `nil` when none has.
  public static func path(_ relativePath: String) -> String? {
    for folder in folders {
      let path = folder.appendingPathComponent(relativePath).path
      if FileManager.default.fileExists(atPath: path) { return path }
    }
    return nil
  }
}
