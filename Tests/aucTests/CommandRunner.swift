import AUCTestSupport
import Foundation
import Testing

/// Runs the built `auc` executable and collects what it printed.
struct CommandRunner {
  struct Outcome {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The `auc` binary next to the test bundle, in the build's products folder.
  static func executableURL() throws -> URL {
    var folder = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("auc")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    Issue.record("no auc executable near \(Bundle.main.bundleURL.path)")
    throw CocoaError(.fileNoSuchFile)
  }

  /// The path of a committed fixture (see `TestFixtures`).
  static func fixture(_ name: String) throws -> String {
    try #require(TestFixtures.path(name), "no fixture \(name)")
  }

  static func run(_ arguments: [String], standardInput: String) throws -> Outcome {
    try run(arguments, standardInputData: Data(standardInput.utf8))
  }

  /// Runs `auc` with `arguments`, feeding `standardInputData` (or nothing) to its input.
  static func run(_ arguments: [String], standardInputData: Data? = nil) throws -> Outcome {
    let process = Process()
    process.executableURL = try executableURL()
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let input = Pipe()
    process.standardInput = standardInputData == nil ? FileHandle.nullDevice : input
    try process.run()
    if let standardInputData {
      input.fileHandleForWriting.write(standardInputData)
      try input.fileHandleForWriting.close()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }
}
