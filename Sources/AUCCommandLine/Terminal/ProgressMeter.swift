#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A progress line on standard error while inputs are read: bytes done of the total, the
/// rate, and the time left. It appears only when standard error is a terminal, and only once
/// the reading has taken a second, so quick runs and pipelines stay silent; standard output
/// never carries it.
struct ProgressMeter {
  /// The bytes of every input, when all are regular files.
  private let totalBytes: Int?
  private let enabled: Bool
  private let start: Double
  private var bytesBefore = 0
  private var lastDrawn = 0.0
  private var drawn = false

  /// - Parameters:
  ///   - totalBytes: The sum of the input sizes, or `nil` when one is a pipe.
  ///   - quiet: `--quiet`: never draw.
  init(totalBytes: Int?, quiet: Bool) {
    self.totalBytes = totalBytes
    self.enabled = !quiet && isatty(STDERR_FILENO) == 1
    self.start = Self.now()
  }

  /// Notes that the current input has reached `position` bytes after `rows` rows in all.
  mutating func update(position: Int, rows: UInt64) {
    guard enabled else { return }
    let time = Self.now()
    guard time - start >= 1, time - lastDrawn >= 0.1 else { return }
    lastDrawn = time
    drawn = true
    let done = bytesBefore + position
    let rate = Double(done) / (time - start)
    var line = "\r\(Self.size(done))"
    if let totalBytes, totalBytes > 0 {
      let fraction = min(1, Double(done) / Double(totalBytes))
      let left = rate > 0 ? Double(totalBytes - done) / rate : 0
      line += " of \(Self.size(totalBytes)) (\(Int(fraction * 100))%)"
      line += ", \(Self.size(Int(rate)))/s, \(Self.duration(left)) left"
    } else {
      line += ", \(rows) rows, \(Self.size(Int(rate)))/s"
    }
    Self.write(line + "\u{1B}[K")
  }

  /// Moves on to the next input, whose positions start again from 0.
  mutating func finishInput(size: Int) { bytesBefore += size }

  /// Clears the line, if one was drawn.
  mutating func finish() {
    if drawn { Self.write("\r\u{1B}[K") }
    drawn = false
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  private static func size(_ bytes: Int) -> String {
    let units = ["B", "KB", "MB", "GB", "TB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1000 && unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    let tenths = Int((value * 10).rounded())
    return unit == 0 ? "\(bytes) B" : "\(tenths / 10).\(tenths % 10) \(units[unit])"
  }

  private static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return whole >= 60 ? "\(whole / 60) min \(whole % 60) s" : "\(whole) s"
  }

  private static func write(_ text: String) { writeToStandardError(text) }
}
