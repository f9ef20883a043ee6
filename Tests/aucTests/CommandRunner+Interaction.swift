import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CommandRunner {
  /// How long a run may take before it is ended: not a timing assertion, but a guard that
  /// turns a hang (the defect some tests look for) into a failed expectation.
  static let hangGuardSeconds = 120.0

  /// Runs `auc` with `arguments` and extra `environment` variables, calling `whileRunning`
  /// once it has started; standard input is `standardInput` written from another thread in
  /// pieces of `pieceSize` bytes, or nothing. A run that outlives ``hangGuardSeconds`` is
  /// killed (its status is then that of SIGKILL) and an issue is recorded.
  static func runGuarded(
    _ arguments: [String], environment: [String: String] = [:], standardInput: Data? = nil,
    pieceSize: Int = 1 << 16, whileRunning: (Process) throws -> Void = { _ in },
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = try executableURL()
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let error = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = standardInput == nil ? FileHandle.nullDevice : input
    try process.run()
    let terminated = Flag()
    DispatchQueue.global().asyncAfter(deadline: .now() + hangGuardSeconds) {
      if process.isRunning {
        terminated.set()
        // SIGKILL: the child may have inherited a mask that blocks SIGTERM.
        kill(process.processIdentifier, SIGKILL)
      }
    }
    if let standardInput {
      let writer = input.fileHandleForWriting
      Thread.detachNewThread {
        var offset = 0
        while offset < standardInput.count {
          let end = min(offset + pieceSize, standardInput.count)
          writer.write(standardInput[offset..<end])
          offset = end
        }
        try? writer.close()
      }
    }
    try whileRunning(process)
    let errorData = Collected()
    let errorReader = Thread { errorData.drain(error.fileHandleForReading) }
    errorReader.start()
    let outputData = Collected()
    outputData.drain(output.fileHandleForReading)
    process.waitUntilExit()
    errorData.waitUntilDrained()
    if terminated.isSet {
      Issue.record(
        "auc \(arguments) still ran after \(hangGuardSeconds) s", sourceLocation: sourceLocation)
    }
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData.bytes, as: UTF8.self),
      standardError: String(decoding: errorData.bytes, as: UTF8.self))
  }

  /// The first MiB that a process writes to a pipe; the rest is read and dropped, so that a
  /// run that prints without end neither blocks nor fills the test's memory.
  final class Collected: @unchecked Sendable {
    static let limit = 1 << 20
    private let lock = NSCondition()
    private var data = Data()
    private var drained = false

    func drain(_ handle: FileHandle) {
      while true {
        let chunk = handle.availableData
        if chunk.isEmpty { break }
        lock.withLock {
          if data.count < Self.limit { data.append(chunk.prefix(Self.limit - data.count)) }
        }
      }
      lock.withLock {
        drained = true
        lock.broadcast()
      }
    }

    func waitUntilDrained() {
      lock.withLock { while !drained { lock.wait() } }
    }

    var bytes: Data { lock.withLock { data } }
  }

  /// Opens the FIFO at `path` for writing once a reader has opened it, runs `body`, then closes
  /// it, so that the reader's `read` sees the end. Gives up (returning `false`) when `process`
  /// ends, or after ``hangGuardSeconds``, without having opened it.
  static func actAsWriter(
    ofFIFO path: String, for process: Process, _ body: () throws -> Void
  ) throws -> Bool {
    let deadline = Date().addingTimeInterval(hangGuardSeconds)
    while Date() < deadline && process.isRunning {
      let descriptor = open(path, O_WRONLY | O_NONBLOCK)  // ENXIO until a reader opens it
      if descriptor >= 0 {
        defer { close(descriptor) }
        try body()
        return true
      }
      usleep(10_000)
    }
    return false
  }

  /// A flag set from one thread and read from another.
  final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
  }
}
