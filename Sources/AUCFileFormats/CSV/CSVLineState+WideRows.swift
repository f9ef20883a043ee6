extension CSVLineState {
  /// Appends a multi-class or multi-label row to the batch: its first score, its label or
  /// class name, its weight, and its additional scores and labels; or throws at the first
  /// field that is not what its column needs.
  mutating func parseWideRow(_ line: UnsafeBufferPointer<UInt8>, quoted: Bool)
    throws(DataError)
  {
    var score: Score?
    var label: UInt8?
    var className: UnsafeBufferPointer<UInt8>?
    var weight: Double?
    let classNames = reader.labelsAreClassNames
    let slots = additionalSlots
    var filled = 0
    // The row buffers are moved out for the field loop and back after it: no copy.
    var scores = rowScores
    var labels = rowLabels
    rowScores = []
    rowLabels = []
    defer {
      rowScores = scores
      rowLabels = labels
    }
    let lastNeeded = max(scoreIndex, labelIndex, weightIndex, slots.count - 1)
    let fieldIndex = try forEachField(line, quoted: quoted) { (index, field) throws(DataError) in
      if index == scoreIndex { score = try parseScore(field) }
      if index == labelIndex {
        if classNames { className = field } else { label = try parseLabel(field) }
      }
      if index == weightIndex { weight = try parseWeight(field) }
      if index < slots.count, slots[index] != -1 {
        let slot = slots[index]
        if slot >= 0 {
          scores[slot] = try parseScore(field)
        } else {
          labels[-2 - slot] = try parseLabel(field)
        }
        filled += 1
      }
      return index < lastNeeded
    }
    guard let score, label != nil || className != nil, weightIndex < 0 || weight != nil,
      filled == additionalScoreIndices.count + additionalLabelIndices.count
    else {
      var names = ["score", classNames ? "class" : "label"]
      if weightIndex >= 0 { names.append("weight") }
      if !slots.isEmpty { names.append("other score and label") }
      throw missingFields(fieldIndex, of: lastNeeded + 1, names: names)
    }
    if let className {
      try Self.appendText(
        className, quoted: quoted, what: "class label", at: location, to: &batch.classBytes)
      batch.classEnds.append(batch.classBytes.count)
    }
    batch.scores.append(score)
    if let label { batch.labels.append(label) }
    if let weight { batch.weights.append(weight) }
    batch.additionalScores.append(contentsOf: scores)
    batch.additionalLabels.append(contentsOf: labels)
    batch.lineNumbers.append(lineNumber)
  }

  /// Fills ``additionalSlots`` and sizes the row buffers once the columns are known.
  mutating func prepareAdditionalSlots() {
    let indices = additionalScoreIndices + additionalLabelIndices
    readsWideRows = reader.labelsAreClassNames || !indices.isEmpty
    guard let last = indices.max() else { return }
    additionalSlots = [Int](repeating: -1, count: last + 1)
    for (slot, index) in additionalScoreIndices.enumerated() { additionalSlots[index] = slot }
    for (slot, index) in additionalLabelIndices.enumerated() { additionalSlots[index] = -2 - slot }
    rowScores = [Score](repeating: 0, count: additionalScoreIndices.count)
    rowLabels = [UInt8](repeating: 0, count: additionalLabelIndices.count)
  }
}
