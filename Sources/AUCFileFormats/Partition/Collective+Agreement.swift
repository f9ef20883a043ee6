extension Collective {
  /// The values of a step that every member took, once each member has said whether its step
  /// succeeded: every member's `values` in rank order (`count` from each) when all did.
  /// Otherwise every member throws a ``PartitionFailure`` that names one failed member, the
  /// one whose `order` is least (the rank, by default; the position of its input, when the
  /// error that comes first in the inputs must be the one reported), and carries its error
  /// on that member.
  ///
  /// Each member calls it at the same point, so a member whose step failed still meets the
  /// others there: none of them waits for it in a later step.
  ///
  /// ```swift
  /// let sizes = try member.agree(Result { [try sizeOfMyShare()] }, count: 1)
  /// ```
  ///
  /// - Complexity: one ``allGather(_:)`` of `count + 2` values.
  public func agree<Failure: Error>(
    _ outcome: Result<[UInt64], Failure>, count: Int, order: UInt64? = nil
  ) throws(PartitionFailure) -> [UInt64] {
    var contribution = [UInt64](repeating: 0, count: count + 2)
    contribution[1] = order ?? UInt64(rank)
    switch outcome {
    case .success(let values):
      precondition(values.count == count, "each member gives \(count) values")
      contribution.replaceSubrange(2..., with: values)
    case .failure:
      contribution[0] = 1
    }
    let all = allGather(contribution)
    let width = count + 2
    var reporter: Int? = nil
    for member in 0..<size where all[member * width] == 1 {
      if reporter == nil || all[member * width + 1] < all[reporter! * width + 1] {
        reporter = member
      }
    }
    if let reporter {
      var error: (any Error)? = nil
      if reporter == rank, case .failure(let failure) = outcome { error = failure }
      throw PartitionFailure(reportingRank: reporter, error: error)
    }
    var values: [UInt64] = []
    values.reserveCapacity(count * size)
    for member in 0..<size {
      values += all[(member * width + 2)..<((member + 1) * width)]
    }
    return values
  }
}
