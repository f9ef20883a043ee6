import AUCFileFormats
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command writes a document: standard output for `-`, else the path as
/// `OutputPath` writes it (a regular file replaced atomically, a device or FIFO straight
/// through, a symbolic link followed).
enum OutputFile {
  /// Writes `text` to `path`, or to standard output for `-`; a failure prints the reason and
  /// exits with status 1.
  static func write(_ text: String, to path: String) throws {
    if path == "-" {
      try StandardOutput.write(text)
      return
    }
    do {
      try OutputPath.write(text, to: path)
    } catch {
      printToStandardError(error.description)
      throw ExitCode(1)
    }
  }

  /// Writes `payload` as a state file to `path` (as ``write(_:to:)`` places a document), or
  /// only the state's bytes to standard output for `-`; a failure prints the reason and
  /// exits with status 1.
  static func writeState(_ payload: StatePayload, to path: String) throws {
    guard path == "-" else {
      do {
        try StateFile.write(payload, to: path)
      } catch {
        printToStandardError(error.description)
        throw ExitCode(1)
      }
      return
    }
    let bytes: [UInt8]
    do {
      bytes = try StateFile.encode(payload)
    } catch {
      printToStandardError("<stdout>: cannot encode the state: \(error)")
      throw ExitCode(1)
    }
    try StandardOutput.write(bytes: bytes)
  }

  /// Exits with status 1 and the reason when `path` is one of `inputs` (the same file, by
  /// device and inode), before anything is read; `-` (standard output) is never refused.
  static func checkNotAnInput(_ path: String, inputs: [String]) throws {
    guard path != "-" else { return }
    do {
      try OutputPath.checkNotAnInput(path, inputs: inputs)
    } catch {
      printToStandardError(error.description)
      throw ExitCode(1)
    }
  }
}
