import Foundation
import Testing

extension CommandRunner {
  /// How a process ended, with its standard output as bytes (state files are binary).
  struct ByteOutcome {
    var reason: Process.TerminationReason
    /// The exit status, or the signal's number when `reason` is `.uncaughtSignal`.
    var status: Int32
    var standardOutput: Data
    var standardError: String

    /// Whether the process was ended by `signal` (not an exit status of 128 + signal).
    func wasKilled(by signal: Int32) -> Bool { reason == .uncaughtSignal && status == signal }
  }

  /// Runs `executable` (the built `auc` when `nil`) with `arguments` in `folder`, standard
  /// input from the file `standardInputPath` (else nothing) and standard output into the
  /// file `standardOutputPath` (else a pipe, returned as bytes).
  static func runCapturingBytes(
    _ arguments: [String], executable: URL? = nil, in folder: URL? = nil,
    standardInputPath: String? = nil, standardOutputPath: String? = nil
  ) throws -> ByteOutcome {
    let process = Process()
    process.executableURL = try executable ?? executableURL()
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    process.standardInput =
      try standardInputPath.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) }
      ?? FileHandle.nullDevice
    let output = Pipe()
    let error = Pipe()
    process.standardOutput =
      try standardOutputPath.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) }
      ?? output
    process.standardError = error
    try process.run()
    let outputData =
      standardOutputPath == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ByteOutcome(
      reason: process.terminationReason, status: process.terminationStatus,
      standardOutput: outputData, standardError: String(decoding: errorData, as: UTF8.self))
  }

  /// Runs `script` with `/bin/sh -c`, where `$0` is the built `auc`.
  static func runShell(_ script: String, in folder: URL) throws -> ByteOutcome {
    try runCapturingBytes(
      ["-c", script, try executableURL().path], executable: URL(fileURLWithPath: "/bin/sh"),
      in: folder)
  }
}
