import AUCFileFormats

/// Where a command writes a document: standard output for `-`, else the path as
/// `OutputPath` writes it (a regular file replaced atomically, a device or FIFO straight
/// through, a symbolic link followed). A failure throws its reason (exit status 1).
enum OutputFile {
  /// Writes `text` to `path`, or to standard output for `-`.
  static func write(_ text: String, to path: String) throws {
    if path == "-" {
      try StandardOutput.write(text)
    } else {
      try OutputPath.write(text, to: path)
    }
  }

  /// Writes `payload` as a state file to `path` (as ``write(_:to:)`` places a document), or
  /// only the state's bytes to standard output for `-`.
  static func writeState(_ payload: StatePayload, to path: String) throws {
    guard path == "-" else {
      try StateFile.write(payload, to: path)
      return
    }
    let bytes: [UInt8]
    do {
      bytes = try StateFile.encode(payload)
    } catch {
      throw CommandFailure("<stdout>: cannot encode the state: \(error)")
    }
    try StandardOutput.write(bytes: bytes)
  }

  /// Throws the reason when `path` is one of `inputs` (the same file, by device and inode),
  /// before anything is read; `-` (standard output) is never refused.
  static func checkNotAnInput(_ path: String, inputs: [String]) throws {
    guard path != "-" else { return }
    try OutputPath.checkNotAnInput(path, inputs: inputs)
  }
}
