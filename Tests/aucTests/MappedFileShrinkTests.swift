import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `.npy` inputs are memory-mapped: a file that another process shortens while `auc` reads it
/// must end the run with a message naming it (exit 1, no state written), not with `SIGBUS`.
///
/// The truncation is made deterministic with `auc`'s test pause (`AUC_TEST_PAUSE_FIFO`): `auc`
/// maps and checks both files, then waits on a FIFO; the test truncates the scores file and
/// closes the FIFO, and only then does `auc` read the rows. Without the pause, the test would
/// race a running process: truncate too early and the shape check rejects the file before it
/// is mapped, too late and every row has been read.
@Suite("mapped .npy files that shrink, and FIFOs as inputs")
struct MappedFileShrinkTests {
  typealias Folder = BadInputTableTests.Folder

  /// 2^20 float64 scores (8 MiB past the 128-byte header) and their uint8 labels.
  static let rowCount = 1 << 20

  static func writeArrays(in folder: Folder) throws -> (scores: String, labels: String) {
    let scores = (0..<rowCount).flatMap { (row: Int) -> [UInt8] in
      withUnsafeBytes(of: (Double(row % 1000) / 1000).bitPattern.littleEndian) { Array($0) }
    }
    let labels = (0..<rowCount).map { UInt8($0 % 2) }
    let shape = "(\(rowCount),)"
    return (
      try folder.write(
        BadInputTableTests.numPyFile(descriptor: "<f8", shape: shape, data: scores), to: "s.npy"),
      try folder.write(
        BadInputTableTests.numPyFile(descriptor: "|u1", shape: shape, data: labels), to: "l.npy")
    )
  }

  /// Runs `auc` with `arguments`, truncating `path` to `size` bytes while `auc` has it mapped.
  static func runTruncating(_ path: String, to size: Int, _ arguments: [String], in folder: Folder)
    throws -> CommandRunner.Outcome
  {
    let fifo = folder.url.appendingPathComponent("pause.fifo").path
    unlink(fifo)
    #expect(mkfifo(fifo, 0o600) == 0)
    var reachedPause = false
    let outcome = try CommandRunner.runGuarded(
      arguments, environment: ["AUC_TEST_PAUSE_FIFO": fifo]
    ) { process in
      reachedPause = try CommandRunner.actAsWriter(ofFIFO: fifo, for: process) {
        #expect(truncate(path, off_t(size)) == 0)
      }
    }
    unlink(fifo)
    #expect(reachedPause, "auc never reached its pause")
    return outcome
  }

  @Test("a scores file cut to one page while mapped: its name and sizes, exit 1")
  func shrinkWhileReading() throws {
    let folder = try Folder()
    let (scores, labels) = try Self.writeArrays(in: folder)
    let fullSize = 128 + Self.rowCount * 8
    for options in [[], ["--exact"], ["--float32"]] {
      // The test writes the file anew each time: the previous run cut it.
      _ = try Self.writeArrays(in: folder)
      let outcome = try Self.runTruncating(
        scores, to: 4096, ["--scores", scores, "--labels", labels] + options, in: folder)
      BadInputTableTests.expectRejection(
        outcome,
        "\(scores): the file shrank while it was read: it had \(fullSize) bytes, now 4096")
    }
  }

  @Test("a labels file cut while mapped, in accumulate: exit 1, the old state kept, no temporary")
  func shrinkDuringAccumulate() throws {
    let folder = try Folder()
    let (scores, labels) = try Self.writeArrays(in: folder)
    let state = try folder.write("old contents", to: "kept.aucstate")
    let filesBefore = try folder.fileNames()
    let outcome = try Self.runTruncating(
      labels, to: 1000,
      ["accumulate", "--scores", scores, "--labels", labels, "--state-out", state], in: folder)
    BadInputTableTests.expectRejection(
      outcome,
      "\(labels): the file shrank while it was read: it had \(128 + Self.rowCount) bytes, now 1000")
    #expect(try String(contentsOfFile: state, encoding: .utf8) == "old contents")
    #expect(try folder.fileNames() == filesBefore)
  }

  @Test("the pause alone changes nothing: all rows counted")
  func pauseWithoutTruncation() throws {
    let folder = try Folder()
    let (scores, labels) = try Self.writeArrays(in: folder)
    let fifo = folder.url.appendingPathComponent("pause.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let outcome = try CommandRunner.runGuarded(
      ["--scores", scores, "--labels", labels, "--format", "json"],
      environment: ["AUC_TEST_PAUSE_FIFO": fifo]
    ) { process in
      let reachedPause = try CommandRunner.actAsWriter(ofFIFO: fifo, for: process) {}
      #expect(reachedPause)
    }
    let half = Self.rowCount / 2
    #expect(try BadInputTableTests.rowCounts(outcome) == [Self.rowCount, half, half])
  }

  /// A FIFO used to block `open` forever, before the check that the file is regular.
  @Test("a FIFO as --scores or --labels is refused at once, by name")
  func fifoAsNumPy() throws {
    let folder = try Folder()
    let good = try folder.write(BadInputTableTests.goodScores, to: "good-s.npy")
    let goodLabels = try folder.write(BadInputTableTests.goodLabels, to: "good-l.npy")
    let fifo = folder.url.appendingPathComponent("f.npy").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let message =
      "\(fifo): not a regular file but a FIFO (named pipe); a .npy input must be a file that can be mapped"
    BadInputTableTests.expectRejection(
      try CommandRunner.runGuarded(["--scores", fifo, "--labels", goodLabels]), message)
    BadInputTableTests.expectRejection(
      try CommandRunner.runGuarded(["--scores", good, "--labels", fifo]), message)
    let state = try folder.write("old contents", to: "kept.aucstate")
    BadInputTableTests.expectRejection(
      try CommandRunner.runGuarded([
        "accumulate", "--scores", fifo, "--labels", goodLabels, "--state-out", state,
      ]), message)
    #expect(try String(contentsOfFile: state, encoding: .utf8) == "old contents")
  }

  /// A FIFO is a valid CSV input, read as a stream. Measuring the inputs' total size for the
  /// progress line used to open the FIFO and close it again: depending on timing, its writer
  /// got SIGPIPE and `auc` then waited in `open` for a writer that never came.
  @Test("a FIFO as a CSV input: every row its writer writes")
  func fifoAsCSV() throws {
    signal(SIGPIPE, SIG_IGN)  // a writer whose reader left gets EPIPE, not a dead test process
    let folder = try Folder()
    let fifo = folder.url.appendingPathComponent("rows.csv").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let rows = Array(("score,label\n" + String(repeating: "0.75,1\n0.25,0\n", count: 50_000)).utf8)
    Thread.detachNewThread {
      let descriptor = open(fifo, O_WRONLY)
      guard descriptor >= 0 else { return }
      rows.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {  // in small writes, as a program writing rows does
          let written = write(descriptor, bytes.baseAddress! + offset, min(4096, bytes.count - offset))
          guard written > 0 else { break }
          offset += written
        }
      }
      close(descriptor)
    }
    let outcome = try CommandRunner.runGuarded([fifo, "--format", "json"])
    #expect(try BadInputTableTests.rowCounts(outcome) == [100_000, 50_000, 50_000])
    if outcome.status != 0 {  // unblock the writer, should it still wait for a reader
      let reader = open(fifo, O_RDONLY | O_NONBLOCK)
      if reader >= 0 { close(reader) }
    }
  }
}
