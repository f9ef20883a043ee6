import ArgumentParser

/// How the members of a collective share CSV inputs (`.npy` arrays are always cut by rows).
enum InputSplit: String, ExpressibleByArgument, CaseIterable {
  /// `bytes` when there are fewer inputs than members, else `files`.
  case auto
  /// Whole inputs dealt out: the largest first, each to the member with the fewest bytes.
  case files
  /// Every plain regular file cut into one part per member at record starts; gzip files and
  /// standard input dealt out whole.
  case bytes

  /// The split for `inputCount` inputs among `memberCount` members.
  func resolved(inputCount: Int, memberCount: Int) -> InputSplit {
    guard self == .auto else { return self }
    return inputCount < memberCount ? .bytes : .files
  }
}
