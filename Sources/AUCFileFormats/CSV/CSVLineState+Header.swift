extension CSVLineState {
  /// Reads the header row's column names and finds the columns to read.
  ///
  /// A column to read must be named exactly once: a name that is missing is an error listing
  /// the columns there are (the first 10, then how many more), marked with the column's
  /// ``DataError/missingColumn`` role, and a name given to several
  /// columns is an error naming their positions, instead of silently reading the first.
  /// Names are quoted in messages with their control characters escaped.
  mutating func parseHeader(_ line: UnsafeBufferPointer<UInt8>) throws(DataError) {
    var names: [String] = []
    _ = try forEachField(line, quoted: true) { (_, field) throws(DataError) in
      let name = String(decoding: field, as: UTF8.self).trimmingSpaces()
      names.append(name.replacingOccurrences(of: "\"\"", with: "\""))
      return true
    }
    /// The index of a column, or an error naming the columns there are (marked with the
    /// column's role, so that the caller may say how to choose another).
    func index(of column: String, role: ColumnRole) throws(DataError) -> Int {
      let kind = role == .secondScore ? "score" : role.name
      let positions = names.indices.filter { names[$0] == column }
      let quoted = "\"\(MessageText.escaped(column, limit: 80))\""
      guard let first = positions.first else {
        throw DataError(
          location: location,
          message:
            "no \(kind) column \(quoted) in the header (columns: \(MessageText.quotedList(names)))",
          missingColumn: role)
      }
      guard positions.count == 1 else {
        let numbers = positions.prefix(5).map { String($0 + 1) }
        let shown =
          positions.count > 5
          ? numbers.joined(separator: ", ") + ", …"
          : numbers.dropLast().joined(separator: ", ") + " and " + numbers.last!
        throw DataError(
          location: location,
          message:
            "the \(kind) column \(quoted) is named \(positions.count) times in the header (columns \(shown)); rename all but one"
        )
      }
      return first
    }
    scoreIndex = try index(of: reader.scoreColumn, role: .score)
    labelIndex = try index(of: reader.labelColumn, role: .label)
    if let weightColumn = reader.weightColumn {
      weightIndex = try index(of: weightColumn, role: .weight)
    }
    if let secondScoreColumn = reader.secondScoreColumn {
      secondScoreIndex = try index(of: secondScoreColumn, role: .secondScore)
    }
    if let groupColumn = reader.groupColumn {
      groupIndex = try index(of: groupColumn, role: .group)
    }
    additionalScoreIndices = try reader.additionalScoreColumns.map { (column) throws(DataError) in
      try index(of: column, role: .score)
    }
    additionalLabelIndices = try reader.additionalLabelColumns.map { (column) throws(DataError) in
      try index(of: column, role: .label)
    }
    try checkColumnRoles()
    prepareAdditionalSlots()
    sawHeader = true
  }

  /// Throws when one column is given two roles (score and label, say): its values would be
  /// read as both.
  func checkColumnRoles() throws(DataError) {
    var roles: [(role: String, index: Int)] = [("score", scoreIndex), ("label", labelIndex)]
    if weightIndex >= 0 { roles.append(("weight", weightIndex)) }
    if secondScoreIndex >= 0 { roles.append(("second score", secondScoreIndex)) }
    if groupIndex >= 0 { roles.append(("group", groupIndex)) }
    for index in additionalScoreIndices { roles.append(("score", index)) }
    for index in additionalLabelIndices { roles.append(("label", index)) }
    for (offset, first) in roles.enumerated() {
      for second in roles[(offset + 1)...] where second.index == first.index {
        throw DataError(
          location: fileName,
          message:
            "the \(first.role) and \(second.role) columns are the same column (number \(first.index + 1)); each column has one role"
        )
      }
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = lastIndex(where: { !isSpace($0) })!
    return String(self[first...last])
  }

  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
