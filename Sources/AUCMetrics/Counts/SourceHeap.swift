/// A binary min-heap of (key, source) pairs, ordered by key and then by source, so that the
/// groups of one key leave in source order.
internal struct SourceHeap {
  private var keys: [UInt64] = []
  private var sources: [Int] = []

  private func less(_ left: Int, _ right: Int) -> Bool {
    keys[left] < keys[right] || (keys[left] == keys[right] && sources[left] < sources[right])
  }

  private mutating func swapAt(_ left: Int, _ right: Int) {
    keys.swapAt(left, right)
    sources.swapAt(left, right)
  }

  var minimum: (key: UInt64, source: Int)? {
    keys.isEmpty ? nil : (keys[0], sources[0])
  }

  mutating func insert(key: UInt64, source: Int) {
    keys.append(key)
    sources.append(source)
    var child = keys.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard less(child, parent) else { break }
      swapAt(child, parent)
      child = parent
    }
  }

  mutating func removeMinimum() -> (key: UInt64, source: Int)? {
    guard let top = minimum else { return nil }
    swapAt(0, keys.count - 1)
    keys.removeLast()
    sources.removeLast()
    var parent = 0
    while true {
      let left = 2 * parent + 1
      guard left < keys.count else { break }
      let right = left + 1
      let smaller = right < keys.count && less(right, left) ? right : left
      guard less(smaller, parent) else { break }
      swapAt(smaller, parent)
      parent = smaller
    }
    return top
  }
}
