#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension OutputPath {
  /// Throws when `path` names the same file as one of `inputs` (the same device and inode,
  /// whatever the names: a symbolic or hard link, `./`), so that writing the output cannot
  /// destroy an input. `-` among the inputs is standard input. A character device (a terminal,
  /// `/dev/null`) may be both, and so may a path that does not exist yet.
  ///
  /// ```swift
  /// try OutputPath.checkNotAnInput("roc.svg", inputs: ["data.csv"])
  /// ```
  ///
  /// - Throws: `DataError` at `path`: `refusing to overwrite the input data.csv`.
  /// - Complexity: one `stat` per input.
  public static func checkNotAnInput(_ path: String, inputs: [String]) throws(DataError) {
    guard let output = try? FileStatus(path: path), output.kind != .characterDevice else {
      return
    }
    for input in inputs {
      let status =
        input == "-" ? try? FileStatus(descriptor: STDIN_FILENO) : try? FileStatus(path: input)
      if status?.identity == output.identity {
        throw DataError(
          location: path,
          message: "refusing to overwrite the input \(input == "-" ? "<stdin>" : input)")
      }
    }
  }
}
