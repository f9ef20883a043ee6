extension NumPyArray {
  /// Calls `body` with rows `range` straight from the mapped file as `Element`s, when the
  /// array is one column of native-endian, aligned elements of that size and kind (`Float`
  /// scores; `UInt8` for bool or uint8 labels); returns `nil` otherwise, and the caller
  /// converts through ``appendScores(_:to:)`` / ``appendLabels(_:to:)``.
  ///
  /// - Complexity: O(1) besides `body`: nothing is copied.
  func withElements<Element, Result>(
    _ range: Range<Int>, as type: Element.Type,
    _ body: (UnsafeBufferPointer<Element>) throws(DataError) -> Result
  ) throws(DataError) -> Result? {
    let kindMatches: Bool
    if Element.self == Float.self {
      kindMatches = dataType.kind == .float
    } else if Element.self == UInt8.self {
      kindMatches = dataType.kind == .bool || dataType.kind == .unsignedInteger
    } else {
      kindMatches = false
    }
    guard kindMatches, columnCount == 1, dataType.size == MemoryLayout<Element>.size,
      !dataType.needsByteSwap, range.lowerBound >= 0, range.upperBound <= rowCount
    else { return nil }
    guard let base = rawBytes.baseAddress else { return nil }
    let start = base + byteOffset(ofRow: range.lowerBound)
    guard Int(bitPattern: start) % MemoryLayout<Element>.alignment == 0 else { return nil }
    let elements = UnsafeBufferPointer(
      start: start.assumingMemoryBound(to: Element.self), count: range.count)
    return try body(elements)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NumPyArray {
  /// Lets the system drop the mapped pages of rows `from..<to` once they have been read, so
  /// that resident memory stays flat however large the file: the mapping is private and
  /// read-only, so a dropped page would only be read again from the file. Returns the byte
  /// offset up to which pages were dropped, for the next call's start.
  @discardableResult
  func discardPages(fromByte start: Int, beforeRow row: Int) -> Int {
    guard let base = rawBytes.baseAddress else { return start }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let first = start / page * page
    let end = min(byteOffset(ofRow: row), rawBytes.count) / page * page
    guard end > first else { return start }
    _ = madvise(UnsafeMutableRawPointer(mutating: base + first), end - first, MADV_DONTNEED)
    return end
  }
}
