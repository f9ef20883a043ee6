extension NumPyArray {
  /// Appends the labels of rows `range` as 0 or 1; a label that is anything else throws
  /// `FILE: byte N: label V is neither 0 nor 1` for the first such row, leaving `buffer` as
  /// it was.
  func appendLabels(_ range: Range<Int>, to buffer: inout [UInt8]) throws(DataError) {
    precondition(range.lowerBound >= 0 && range.upperBound <= rowCount, "rows out of range")
    guard !range.isEmpty else { return }
    let originalCount = buffer.count
    buffer.reserveCapacity(buffer.count + range.count)
    let swap = dataType.needsByteSwap
    // The first row whose label is not 0 or 1, if any.
    let badRow: Int?
    switch (dataType.kind, dataType.size) {
    case (.float, 4):
      badRow = appendLabels(range, to: &buffer) {
        Self.floatLabel(
          bits: element($0, as: UInt32.self, swap: swap), one: (1 as Float).bitPattern)
      }
    case (.float, _):
      badRow = appendLabels(range, to: &buffer) {
        Self.floatLabel(
          bits: element($0, as: UInt64.self, swap: swap), one: (1 as Double).bitPattern)
      }
    case (_, 1):
      badRow = appendLabels(range, to: &buffer) {
        Self.integerLabel(element($0, as: UInt8.self, swap: false))
      }
    case (_, 2):
      badRow = appendLabels(range, to: &buffer) {
        Self.integerLabel(element($0, as: UInt16.self, swap: swap))
      }
    case (_, 4):
      badRow = appendLabels(range, to: &buffer) {
        Self.integerLabel(element($0, as: UInt32.self, swap: swap))
      }
    default:
      badRow = appendLabels(range, to: &buffer) {
        Self.integerLabel(element($0, as: UInt64.self, swap: swap))
      }
    }
    guard let badRow else { return }
    buffer.removeSubrange(originalCount...)
    throw DataError(
      location: "\(path): byte \(byteOffset(ofRow: badRow))",
      message: "label \(labelText(row: badRow)) is neither 0 nor 1")
  }

  /// Appends `label(row)` for each row while it is valid; returns the first row where it is
  /// not, or `nil`.
  @inline(__always)
  private func appendLabels(
    _ range: Range<Int>, to buffer: inout [UInt8], label: (Int) -> (value: UInt8, isValid: Bool)
  ) -> Int? {
    for row in range {
      let (value, isValid) = label(row)
      guard isValid else { return row }
      buffer.append(value)
    }
    return nil
  }

  /// An integer or bool label as 0/1, valid when it is 0 or 1; without a branch on which.
  @inline(__always)
  private static func integerLabel<Bits: FixedWidthInteger>(_ bits: Bits) -> (UInt8, Bool) {
    (UInt8(truncatingIfNeeded: bits), bits <= 1)
  }

  /// A float label, given as its bits, as 0/1: valid when it is 0 (either sign) or 1.
  @inline(__always)
  private static func floatLabel<Bits: FixedWidthInteger & UnsignedInteger>(
    bits: Bits, one: Bits
  ) -> (UInt8, Bool) {
    let isOne = bits == one
    // Bits, not `== 1 || == 0`, keep the loop free of branches on the value: bit 61 of a
    // Double (29 of a Float) is 1 in 1.0 and 0 in ±0.0.
    return (UInt8(truncatingIfNeeded: bits >> (Bits.bitWidth - 3)) & 1, isOne != (bits << 1 == 0))
  }

  /// The label at `row` as NumPy would print it, for messages.
  private func labelText(row: Int) -> String {
    let swap = dataType.needsByteSwap
    switch (dataType.kind, dataType.size) {
    case (.float, 4): return "\(Float(bitPattern: element(row, as: UInt32.self, swap: swap)))"
    case (.float, _): return "\(Double(bitPattern: element(row, as: UInt64.self, swap: swap)))"
    case (_, 1): return integerText(element(row, as: UInt8.self, swap: false))
    case (_, 2): return integerText(element(row, as: UInt16.self, swap: swap))
    case (_, 4): return integerText(element(row, as: UInt32.self, swap: swap))
    default: return integerText(element(row, as: UInt64.self, swap: swap))
    }
  }

  /// `bits` as a signed or unsigned integer, as the element type says.
  private func integerText<Bits: FixedWidthInteger>(_ bits: Bits) -> String {
    guard dataType.kind == .signedInteger else { return "\(bits)" }
    let shift = 64 - Bits.bitWidth
    return "\((Int64(truncatingIfNeeded: bits) << shift) >> shift)"
  }
}
