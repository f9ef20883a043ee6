/// Which member of a ``Collective`` reads each whole input, when inputs are dealt out rather
/// than cut into parts.
public enum InputDealing {
  /// The member that reads each input: the largest inputs first, each to the member with the
  /// fewest bytes so far (the lowest rank among equals). An input of unknown size (standard
  /// input, a pipe) goes to member 0, which is the one that has standard input.
  ///
  /// ```swift
  /// InputDealing.members(forSizes: [10, 30, 20, nil], memberCount: 2)   // [1, 0, 1, 0]
  /// ```
  ///
  /// - Complexity: O(n log n + n × members) for n inputs.
  public static func members(forSizes sizes: [Int?], memberCount: Int) -> [Int] {
    precondition(memberCount >= 1, "at least one member")
    var members = [Int](repeating: 0, count: sizes.count)
    var load = [Int](repeating: 0, count: memberCount)
    let order = sizes.indices.sorted { (sizes[$0] ?? .max, $1) > (sizes[$1] ?? .max, $0) }
    for index in order {
      guard let size = sizes[index] else { continue }
      let member = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
      members[index] = member
      load[member] += size
    }
    return members
  }
}
