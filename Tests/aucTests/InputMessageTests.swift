import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Inputs that used to give a misleading, unbounded or raw message: each now says what is
/// wrong, names the file, stays short and escapes what it quotes.
@Suite("messages about odd inputs")
struct InputMessageTests {
  typealias Folder = BadInputTableTests.Folder

  /// A state file that is not a regular file: a FIFO used to block or say "You don't have
  /// permission", `/dev/zero` to be read forever, a directory to give NSCocoaErrorDomain 256.
  @Test("state show and merge of a FIFO, /dev/zero and a directory: not a regular file")
  func stateFileThatIsNotAFile() throws {
    let folder = try Folder()
    let fifo = folder.url.appendingPathComponent("f.aucstate").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let purpose = "a state file is a file written by auc accumulate or auc merge"
    for (path, kind) in [
      (fifo, "a FIFO (named pipe)"), ("/dev/zero", "a character device"),
      (folder.url.path, "a directory"),
    ] {
      let message = "\(path): not a regular file but \(kind); \(purpose)"
      BadInputTableTests.expectRejection(
        try CommandRunner.runGuarded(["state", "show", path]), message)
      BadInputTableTests.expectRejection(try CommandRunner.runGuarded(["merge", path]), message)
    }
  }

  @Test("lines that end in CR only: say so, with or without a header")
  func carriageReturnsOnly() throws {
    let folder = try Folder()
    let path = try folder.write("score,label\r0.5,1\r0.2,0\r", to: "d.csv")
    let message =
      "\(path): lines end in CR only (old Mac format); convert them to LF first, e.g. with tr '\\r' '\\n'"
    try BadInputTableTests.expectRejected([path], message, in: folder)
    BadInputTableTests.expectRejection(
      try CommandRunner.run([path, "--no-header", "--score", "1", "--label", "2"]), message)
    BadInputTableTests.expectRejection(
      try CommandRunner.run([], standardInput: "score,label\r0.5,1\r"),
      "<stdin>: lines end in CR only (old Mac format); convert them to LF first, e.g. with tr '\\r' '\\n'"
    )
  }

  /// A CR-only file longer than the longest record used to say "a quote left open?".
  @Test("a CR-only file longer than the record limit is still called CR-only")
  func longCarriageReturnsOnly() throws {
    let folder = try Folder()
    let rows = String(repeating: "0.5,1\r", count: 12_000_000)  // 72 MB, past 64 MiB
    let path = try folder.write("score,label\r" + rows, to: "d.csv")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([path]),
      "\(path): lines end in CR only (old Mac format); convert them to LF first, e.g. with tr '\\r' '\\n'"
    )
  }

  @Test("UTF-16 and UTF-32, with a byte order mark or without: the encoding, not NUL bytes")
  func utf16() throws {
    let folder = try Folder()
    let text = BadInputTableTests.goodRows
    let cases: [(String.Encoding, String)] = [
      (.utf16LittleEndian, "UTF-16 or UTF-32: NUL bytes lie between its characters"),
      (.utf16BigEndian, "UTF-16 or UTF-32: NUL bytes lie between its characters"),
    ]
    for (encoding, what) in cases {
      let path = try folder.write(try #require(text.data(using: encoding)), to: "n.csv")
      try BadInputTableTests.expectRejected(
        [path], "\(path): the file is \(what); convert it to UTF-8 first, e.g. with iconv -f UTF-16 -t UTF-8",
        in: folder)
    }
    let marked: [([UInt8], String, String)] = [
      ([0xFF, 0xFE], "UTF-16 (little-endian: it starts with the byte order mark FF FE)", "UTF-16"),
      ([0xFE, 0xFF], "UTF-16 (big-endian: it starts with the byte order mark FE FF)", "UTF-16"),
      (
        [0xFF, 0xFE, 0, 0], "UTF-32 (little-endian: it starts with the byte order mark FF FE 00 00)",
        "UTF-32"
      ),
      (
        [0, 0, 0xFE, 0xFF], "UTF-32 (big-endian: it starts with the byte order mark 00 00 FE FF)",
        "UTF-32"
      ),
    ]
    for (mark, what, source) in marked {
      let body = try #require(text.data(using: source == "UTF-16" ? .utf16LittleEndian : .utf32LittleEndian))
      let path = try folder.write(Data(mark) + body, to: "m.csv")
      let message =
        "\(path): the file is \(what); convert it to UTF-8 first, e.g. with iconv -f \(source) -t UTF-8"
      BadInputTableTests.expectRejection(try CommandRunner.run([path]), message)
      BadInputTableTests.expectRejection(
        try CommandRunner.run([path, "--no-header", "--score", "1", "--label", "2"]), message)
    }
  }

  /// A missing column in a header of 10^5 columns used to print all of them: 989 KB.
  @Test("a missing column among 100 000: the first 10 names, then how many more")
  func wideHeader() throws {
    let folder = try Folder()
    let names = (0..<100_000).map { "c\($0)" }
    let path = try folder.write(
      names.joined(separator: ",") + "\n" + Array(repeating: "0", count: 100_000).joined(separator: ",")
        + "\n", to: "d.csv")
    let shown = (0..<10).map { "\"c\($0)\"" }.joined(separator: ", ")
    // Guarded: the old message of 989 KB filled the pipe that the plain runner reads last.
    BadInputTableTests.expectRejection(
      try CommandRunner.runGuarded([path]),
      "\(path):1: no score column \"score\" in the header (columns: \(shown) … and 99990 more); choose one with --score"
    )
  }

  /// Escape sequences in names (and a name of 10 000 characters) are quoted escaped and cut.
  @Test("header names with escape sequences are escaped, long names cut")
  func escapedHeaderNames() throws {
    let folder = try Folder()
    let path = try folder.write("\u{1B}[31mred,label\n0.5,1\n", to: "d.csv")
    let outcome = try CommandRunner.run([path])
    try BadInputTableTests.expectRejected(
      [path],
      "\(path):1: no score column \"score\" in the header (columns: \"\\u{1B}[31mred\", \"label\"); choose one with --score",
      in: folder)
    #expect(!outcome.standardError.contains("\u{1B}"))
    let long = String(repeating: "n", count: 10_000)
    let longPath = try folder.write("\u{1B}[2J,\(long),label\n0.5,1\n", to: "l.csv")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([longPath]),
      "\(longPath):1: no score column \"score\" in the header (columns: \"\\u{1B}[2J\", \"\(String(repeating: "n", count: 40))…\", \"label\"); choose one with --score"
    )
    let option = try CommandRunner.run([path, "--score", "\u{1B}]0;title\u{07}"])
    #expect(option.status == 1)
    #expect(!option.standardError.contains("\u{1B}") && !option.standardError.contains("\u{07}"))
    #expect(option.standardError.hasPrefix("\(path):1: no score column \"\\u{1B}]0;title\\u{7}\""))
  }

  /// A file name with control characters is escaped in every message.
  @Test("a file name with a line break and an escape is escaped")
  func escapedFileName() throws {
    let folder = try Folder()
    let path = try folder.write(BadInputTableTests.goodRows + "x,1\n", to: "a\nb\u{1B}.csv")
    let escaped = path.replacingOccurrences(of: "\n", with: "\\u{A}")
      .replacingOccurrences(of: "\u{1B}", with: "\\u{1B}")
    BadInputTableTests.expectRejection(
      try CommandRunner.run([path]), "\(escaped):4: score \"x\" is not a number")
  }

  /// A directory given as a CSV input used to say "read failed: Is a directory".
  @Test("a directory as a CSV input: said so when it is opened")
  func directoryAsInput() throws {
    let folder = try Folder()
    try BadInputTableTests.expectRejected(
      [folder.url.path], "\(folder.url.path): is a directory, not a file of rows", in: folder)
  }
}
