import ArgumentParser

extension ArgumentHelp {
  /// The help of `--output` of a command that writes one document (`plot`, `report`):
  /// where it goes, and how a file there is written.
  ///
  /// ```swift
  /// @Option(name: .shortAndLong, help: .documentOutput("SVG"))
  /// var output: String = "-"
  /// ```
  static func documentOutput(_ kind: String) -> ArgumentHelp {
    ArgumentHelp(
      "The \(kind) file to write, - or none for standard output. A file is replaced atomically, a device or FIFO written through, a symbolic link followed; an input is refused.",
      valueName: "path")
  }
}
