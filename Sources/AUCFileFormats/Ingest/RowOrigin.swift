/// Where the rows of a batch come from, to name a bad row's place in its input.
///
/// ```swift
/// RowOrigin.lines(file: "d.csv", numbers: lineNumbers).location(ofRow: 0, in: .score)   // "d.csv:2"
/// ```
public enum RowOrigin {
  /// Lines of a text file: a row is at `FILE:LINE`, the batch's rows at lines `numbers`.
  case lines(file: String, numbers: UnsafeBufferPointer<Int>)
  /// Elements of arrays (`.npy` files), the batch's row 0 their row `firstRow`: a row is at
  /// `FILE: byte N` of the array of the column at fault.
  case elements(
    firstRow: Int, scores: ElementOffsets, labels: ElementOffsets, secondScores: ElementOffsets?)

  /// `FILE:LINE`, `FILE: byte N`, or the file alone for `nil` (an error of the whole batch).
  ///
  /// - Complexity: O(1).
  public func location(ofRow row: Int?, in column: ColumnRole) -> String {
    switch self {
    case .lines(let file, let numbers):
      return row.map { "\(file):\(numbers[$0])" } ?? file
    case .elements(let firstRow, let scores, let labels, let secondScores):
      let array =
        switch column {
        case .label: labels
        case .secondScore: secondScores ?? scores
        case .score, .weight, .group: scores
        }
      return row.map { "\(array.path): byte \(array.byteOffset(ofRow: firstRow + $0))" }
        ?? array.path
    }
  }
}

/// Where the elements of an array are in its file: row r's at byte
/// `firstElementOffset + r × rowStride`.
public struct ElementOffsets: Sendable {
  /// The file's name as given, for messages.
  public var path: String
  public var firstElementOffset: Int
  public var rowStride: Int

  public init(path: String, firstElementOffset: Int, rowStride: Int) {
    self.path = path
    self.firstElementOffset = firstElementOffset
    self.rowStride = rowStride
  }

  /// The byte of row `row`'s element.
  public func byteOffset(ofRow row: Int) -> Int { firstElementOffset + row * rowStride }
}
