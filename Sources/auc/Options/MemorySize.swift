import AUCFileFormats
import ArgumentParser

/// A number of bytes given as `65536`, `512K`, `64M` or `2G` (binary units; a trailing `B`
/// or `iB` is allowed: `64MiB`).
struct MemorySize: ExpressibleByArgument, Equatable {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    var text = Substring(argument.uppercased())
    if text.hasSuffix("IB") {
      text = text.dropLast(2)
    } else if text.hasSuffix("B") {
      text = text.dropLast()
    }
    let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
    var shift = 0
    if let last = text.last, let unitShift = shifts[last] {
      shift = unitShift
      text = text.dropLast()
    }
    guard let number = Int(text), number > 0, number <= Int.max >> shift else { return nil }
    bytes = number << shift
  }

  static var defaultCompletionKind: CompletionKind { .default }
}
