import AUCFileFormats
import ArgumentParser
import Foundation

/// Where a command writes a document: standard output for `-`, else a file replaced whole.
enum OutputFile {
  /// Writes `text` to `path` (through a temporary file renamed into place), or prints it for
  /// `-`; a failure prints the reason and exits with status 1.
  static func write(_ text: String, to path: String) throws {
    if path == "-" {
      print(text, terminator: "")
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      printToStandardError("\(path): cannot write: \(error.localizedDescription)")
      throw ExitCode(1)
    }
  }
}
