/// A one-column array in a NumPy `.npy` file, read in place through a memory mapping: the
/// scores or the labels of a model's predictions.
///
/// Scores are float32 or float64, shaped `(n,)`, `(n, 1)` or `(n, 2)`; of two columns, column
/// 1 is the positive class's probability, as in PaddlePaddle's `preds`. Labels are bool,
/// integers or floats, each 0 or 1, shaped `(n,)` or `(n, 1)`. Either byte order is read.
///
/// The file is never copied whole: rows are converted straight from the mapping into the
/// caller's buffer, a range at a time, and the mapping goes when the array does.
///
/// ```swift
/// let scores = try NumPyArray(path: "preds.npy", role: .scores)
/// var batch: [Double] = []
/// scores.appendScores(0..<min(65536, scores.rowCount), to: &batch)
/// ```
public struct NumPyArray: ~Copyable {
  /// What the array holds, which decides the element types and shapes it may have.
  enum Role {
    case scores
    case labels
  }

  /// The file's name as given, for messages.
  let path: String
  let header: NumPyHeader
  let dataType: NumPyDataType
  let rowCount: Int
  /// Columns per row in the file: 1, or 2 for `(n, 2)` predictions.
  let columnCount: Int
  /// Where row 0's element (column 1 of two) is in the file, and the bytes from row to row.
  private let firstElementOffset: Int
  private let rowStride: Int
  private let file: MappedFile

  /// The mapped bytes of the whole file.
  var rawBytes: UnsafeRawBufferPointer { file.bytes }

  /// Maps `path` and checks that its header, element type and shape suit `role` and that
  /// the file holds every byte the shape needs; bytes after those are ignored, as NumPy does.
  init(path: String, role: Role) throws(DataError) {
    let file = try MappedFile(path: path)
    let header = try NumPyHeader(parsing: file.bytes, fileName: path)
    let descriptor = "'\(header.descriptor)'"
    let dataType = NumPyDataType(descriptor: header.descriptor)
    let what = NumPyDataType.kindName(of: header.descriptor).map { " (\($0))" } ?? ""
    switch (role, dataType?.kind) {
    case (.scores, .float?), (.labels, _?):
      break
    case (.scores, _):
      throw DataError(
        location: path,
        message:
          "scores must be float32 or float64 ('<f4', '>f4', '<f8', '>f8'), but the dtype is \(descriptor)\(what)"
      )
    case (.labels, nil):
      throw DataError(
        location: path,
        message:
          "labels must be bool, integers or floats, each 0 or 1, but the dtype is \(descriptor)\(what)"
      )
    }
    let shape = header.shape
    let columnCount: Int
    switch (role, shape.count, shape.count == 2 ? shape[1] : 1) {
    case (_, 1, _), (_, 2, 1): columnCount = 1
    case (.scores, 2, 2): columnCount = 2
    case (.scores, _, _):
      throw DataError(
        location: path,
        message:
          "scores must have shape (n,), (n, 1) or (n, 2), but the shape is \(header.shapeDescription)"
      )
    case (.labels, _, _):
      throw DataError(
        location: path,
        message:
          "labels must have shape (n,) or (n, 1), but the shape is \(header.shapeDescription)"
      )
    }
    if header.isFortranOrder && columnCount > 1 {
      throw DataError(
        location: path,
        message:
          "a \(header.shapeDescription) array in Fortran order (fortran_order: True) is not read; save it in C order, np.ascontiguousarray(a)"
      )
    }
    let elementSize = dataType!.size
    let (rowBytes, _) = elementSize.multipliedReportingOverflow(by: columnCount)
    let (dataBytes, overflow1) = shape[0].multipliedReportingOverflow(by: rowBytes)
    let (neededBytes, overflow2) = header.dataOffset.addingReportingOverflow(dataBytes)
    guard !overflow1, !overflow2 else {
      throw DataError(
        location: path,
        message: "the shape \(header.shapeDescription) of \(descriptor) is too large to read")
    }
    guard file.bytes.count >= neededBytes else {
      throw DataError(
        location: path,
        message:
          "truncated: shape \(header.shapeDescription) of \(descriptor) needs \(neededBytes) bytes (\(header.dataOffset) of header, \(dataBytes) of data), but the file has \(file.bytes.count)"
      )
    }
    self.path = path
    self.header = header
    self.dataType = dataType!
    self.rowCount = shape[0]
    self.columnCount = columnCount
    self.firstElementOffset = header.dataOffset + (columnCount - 1) * elementSize
    self.rowStride = rowBytes
    self.file = file
  }

  /// The `descr` of the elements as the header writes it: `<f4`, `|b1`.
  var descriptor: String { header.descriptor }

  /// Where row `row`'s element (its score, or its label) is in the file, for messages of the
  /// form `FILE: byte N: …`.
  func byteOffset(ofRow row: Int) -> Int { firstElementOffset + row * rowStride }

  /// Where the elements are in the file, for a batch's ``RowOrigin``.
  var elementOffsets: ElementOffsets {
    ElementOffsets(path: path, firstElementOffset: firstElementOffset, rowStride: rowStride)
  }

  /// Appends the scores of rows `range`, column 1 of an `(n, 2)` array, converted to `Score`:
  /// exactly, unless float64 scores go into `Float`, which rounds them to nearest.
  ///
  /// The array must have been opened with the role ``Role/scores``.
  func appendScores<Score: BinaryFloatingPoint>(_ range: Range<Int>, to buffer: inout [Score]) {
    precondition(dataType.kind == .float, "\(path) was not opened for scores")
    precondition(range.lowerBound >= 0 && range.upperBound <= rowCount, "rows out of range")
    guard !range.isEmpty else { return }
    buffer.reserveCapacity(buffer.count + range.count)
    let swap = dataType.needsByteSwap
    if dataType.size == 4 {
      for row in range {
        buffer.append(Score(Float(bitPattern: element(row, as: UInt32.self, swap: swap))))
      }
    } else {
      for row in range {
        buffer.append(Score(Double(bitPattern: element(row, as: UInt64.self, swap: swap))))
      }
    }
  }

  /// Row `row`'s element as `Bits`, in this machine's byte order.
  @inline(__always)
  func element<Bits: FixedWidthInteger>(_ row: Int, as: Bits.Type, swap: Bool) -> Bits {
    let bits = file.bytes.baseAddress!.loadUnaligned(
      fromByteOffset: firstElementOffset + row * rowStride, as: Bits.self)
    return swap ? bits.byteSwapped : bits
  }
}
