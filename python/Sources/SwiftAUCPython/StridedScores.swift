/// Scores read in place from a NumPy array of any stride: a column of an (n, 2) array of
/// predictions, or a one-dimensional array.
struct StridedScores<Score: BinaryFloatingPoint>: RandomAccessCollection {
  let base: UnsafeRawPointer
  let count: Int
  /// Bytes from one score to the next.
  let stride: Int

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> Score {
    base.loadUnaligned(fromByteOffset: position * stride, as: Score.self)
  }

  /// The scores as one buffer, when they are contiguous and aligned (a one-dimensional array,
  /// as NumPy usually hands them over), so the library reads them with no copy.
  func withContiguousStorageIfAvailable<Result>(
    _ body: (UnsafeBufferPointer<Score>) throws -> Result
  ) rethrows -> Result? {
    guard stride == MemoryLayout<Score>.stride,
      Int(bitPattern: base) % MemoryLayout<Score>.alignment == 0
    else { return nil }
    return try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: Score.self), count: count))
  }
}
