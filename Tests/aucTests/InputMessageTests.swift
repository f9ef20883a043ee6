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

  /// A directory given as a CSV input used to say "read failed: Is a directory".
  @Test("a directory as a CSV input: said so when it is opened")
  func directoryAsInput() throws {
    let folder = try Folder()
    try BadInputTableTests.expectRejected(
      [folder.url.path], "\(folder.url.path): is a directory, not a file of rows", in: folder)
  }
}
