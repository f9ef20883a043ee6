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

  /// `bytes` in the largest binary unit it reaches, whole or with one decimal: `512 bytes`,
  /// `64 KiB`, `31.4 MiB`, `2 GiB`. Rounded down, so that a limit is never overstated.
  static func describe(_ bytes: Int) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    var index = 0
    while index + 1 < units.count, bytes >> (10 * (index + 1)) > 0 { index += 1 }
    guard index > 0 else { return "\(bytes) bytes" }
    let shift = 10 * index
    let whole = bytes >> shift
    let remainder = bytes - (whole << shift)
    let tenths = min(9, Int(Double(remainder) * 10 / Double(1 << shift)))
    return tenths == 0 ? "\(whole) \(units[index])" : "\(whole).\(tenths) \(units[index])"
  }

  /// `bytes` rounded up to whole MiB, for the least budget to ask for.
  static func mebibytesRoundedUp(_ bytes: Int) -> Int { (bytes + (1 << 20) - 1) >> 20 }
}
