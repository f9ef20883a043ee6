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
}
