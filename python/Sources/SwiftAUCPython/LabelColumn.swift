/// Labels read from a NumPy array of bools or integers of any width and stride, checked to be
/// 0 or 1, into one-byte labels (a batch's labels are copied once: they are 1/8 of the bytes of
/// float64 scores).
struct LabelColumn {
  let values: [UInt8]

  init(base: UnsafeRawPointer?, size: Int, kind: UInt8, stride: Int, count: Int) throws {
    guard count >= 0 else { throw MessageError("a negative row count \(count)") }
    guard [1, 2, 4, 8].contains(size), [UInt8(ascii: "b"), UInt8(ascii: "i"), UInt8(ascii: "u")].contains(kind)
    else {
      throw MessageError("labels must be bool or integers, not kind \(kind) of \(size) bytes")
    }
    guard count > 0, let base else {
      values = []
      return
    }
    var values = [UInt8](repeating: 0, count: count)
    for row in 0..<count {
      let offset = row * stride
      let value: Int64
      switch (size, kind) {
      case (1, UInt8(ascii: "i")): value = Int64(base.loadUnaligned(fromByteOffset: offset, as: Int8.self))
      case (1, _): value = Int64(base.loadUnaligned(fromByteOffset: offset, as: UInt8.self))
      case (2, UInt8(ascii: "i")): value = Int64(base.loadUnaligned(fromByteOffset: offset, as: Int16.self))
      case (2, _): value = Int64(base.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
      case (4, UInt8(ascii: "i")): value = Int64(base.loadUnaligned(fromByteOffset: offset, as: Int32.self))
      case (4, _): value = Int64(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
      case (8, UInt8(ascii: "u")):
        let unsigned = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        value = unsigned > 1 ? 2 : Int64(unsigned)
      default: value = base.loadUnaligned(fromByteOffset: offset, as: Int64.self)
      }
      guard value == 0 || value == 1 else {
        throw MessageError("row \(row): label \(value) is neither 0 nor 1")
      }
      values[row] = UInt8(value)
    }
    self.values = values
  }
}
