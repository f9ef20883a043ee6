import ArgumentParser

/// How `auc curve` prints its points.
enum CurveFormat: String, ExpressibleByArgument, CaseIterable {
  /// A header row, then one row per point.
  case csv
  /// One JSON object with an array of points.
  case json
}
