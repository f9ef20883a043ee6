#if os(Linux)
  import Foundation
  import Testing

  @testable import AUCFileFormats

  /// A signal that ends `auc` while it writes a state file removes the temporary file and ends
  /// the process by that same signal; the old state stays as it was.
  ///
  /// The signals come at fixed points, never after a delay: while `auc` waits for standard input
  /// (before any write), inside the `write(2)` of the temporary file or the `fsync(2)` after it
  /// (injected there by `strace -e inject=SYSCALL:signal=SIG`, when strace can trace), and as
  /// SIGXFSZ, which the kernel raises inside `write(2)` past a file-size limit.
  @Suite("auc signal cleanup")
  struct SignalCleanupTests {
    typealias Folder = BadInputTableTests.Folder

    static let rows = OutputPathTests.rows

    /// Whether `strace` is installed and may trace a child here (containers may forbid ptrace).
    /// Whether the suite runs under a sanitizer (`.ci/run` sets `SWIFT_AUC_SANITIZER`).
    static let underSanitizer = ProcessInfo.processInfo.environment["SWIFT_AUC_SANITIZER"] != nil

    static let canTrace: Bool = {
      guard let strace = straceURL else { return false }
      let outcome = try? CommandRunner.runCapturingBytes(
        ["-qq", "-e", "trace=none", "/bin/true"], executable: strace)
      return outcome?.status == 0 && outcome?.reason == .exit
    }()

    static let straceURL: URL? = ["/usr/bin/strace", "/bin/strace"].map(URL.init(fileURLWithPath:))
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// A folder with the rows in `d.csv` and an old state file `s.aucstate` holding "old".
    static func prepared() throws -> Folder {
      let folder = try Folder()
      _ = try folder.write(rows, to: "d.csv")
      _ = try folder.write("old", to: "s.aucstate")
      return folder
    }

    /// Expects the old state kept and no other file than the two of `prepared()`.
    static func expectUntouched(_ folder: Folder, sourceLocation: SourceLocation = #_sourceLocation)
      throws
    {
      #expect(try folder.fileNames() == ["d.csv", "s.aucstate"], sourceLocation: sourceLocation)
      let old = try String(
        contentsOf: folder.url.appendingPathComponent("s.aucstate"), encoding: .utf8)
      #expect(old == "old", sourceLocation: sourceLocation)
    }

    @Test(
      "SIGTERM or SIGINT while auc reads standard input ends it by that signal, nothing written",
      arguments: [SIGTERM, SIGINT])
    func signalWhileReading(signal: Int32) throws {
      let folder = try Self.prepared()
      let input = try SignalReadyProcess.makePipe()
      let process = try SignalReadyProcess(
        shell: "exec \"$0\" accumulate - --state-out s.aucstate", in: folder.url,
        standardInput: input[0])
      close(input[0])
      // Some rows, and the pipe held open: auc has not reached the end of its input, so it
      // cannot have started the state, whenever the signal arrives.
      try DescriptorOutput.write(Self.rows, to: input[1])
      #expect(kill(process.processIdentifier, signal) == 0)
      let termination = process.wait()
      close(input[1])
      #expect(termination.wasKilled(by: signal), "\(termination)")
      try Self.expectUntouched(folder)
    }

    /// A signal and the system call of the state write that strace delivers it in.
    struct Injection: Sendable, CustomTestStringConvertible {
      var signal: Int32
      var signalName: String
      var systemCall: String
      var testDescription: String { "\(signalName) in \(systemCall)" }
    }

    /// Runs `auc accumulate d.csv --state-out s.aucstate` under strace, which sends `signal` to
    /// it when it enters the first `systemCall` (the first `write` of accumulate is the state's).
    static func runInjecting(_ injection: Injection, in folder: Folder, shellPrefix: String = "")
      throws -> SignalReadyProcess.Termination
    {
      let strace = try #require(straceURL).path
      let call = injection.systemCall
      return try SignalReadyProcess(
        shell: "\(shellPrefix)exec \(strace) -qq -e trace=\(call) "
          + "-e inject=\(call):signal=\(injection.signalName):when=1 "
          + "\"$0\" accumulate d.csv --state-out s.aucstate",
        in: folder.url
      ).wait()
    }

    @Test(
      "a signal inside the state's write or fsync removes the temporary file and ends auc by it",
      .enabled(if: canTrace, "needs strace, allowed to trace"),
      arguments: [
        Injection(signal: SIGTERM, signalName: "SIGTERM", systemCall: "write"),
        Injection(signal: SIGINT, signalName: "SIGINT", systemCall: "write"),
        Injection(signal: SIGTERM, signalName: "SIGTERM", systemCall: "fsync"),
        Injection(signal: SIGINT, signalName: "SIGINT", systemCall: "fsync"),
        Injection(signal: SIGHUP, signalName: "SIGHUP", systemCall: "fsync"),
      ])
    func signalDuringWrite(injection: Injection) throws {
      // A sanitizer's runtime makes write(2) calls of its own, which the injection would hit.
      if Self.underSanitizer && injection.systemCall == "write" { return }
      let folder = try Self.prepared()
      let outcome = try Self.runInjecting(injection, in: folder)
      // strace ends itself by the signal that ended the traced process.
      #expect(outcome.wasKilled(by: injection.signal), "\(outcome)")
      #expect(outcome.standardError.contains("+++ killed by \(injection.signalName) +++"))
      if injection.systemCall == "write" {
        #expect(outcome.standardError.contains("write(3, \"AUCSTATE"), "\(outcome.standardError)")
      }
      try Self.expectUntouched(folder)
    }

    @Test(
      "SIGKILL inside the fsync leaves the whole temporary file S.tmp-XXXXXXXXXXXX, S untouched",
      .enabled(if: canTrace, "needs strace, allowed to trace"))
    func killLeavesTemporaryFile() throws {
      let folder = try Self.prepared()
      let reference = folder.url.appendingPathComponent("reference.aucstate").path
      #expect(
        try CommandRunner.run([
          "accumulate", folder.url.appendingPathComponent("d.csv").path, "--state-out", reference,
        ]).status == 0)
      let expected = try Data(contentsOf: URL(fileURLWithPath: reference))
      try FileManager.default.removeItem(atPath: reference)
      let outcome = try Self.runInjecting(
        Injection(signal: SIGKILL, signalName: "SIGKILL", systemCall: "fsync"), in: folder)
      #expect(outcome.wasKilled(by: SIGKILL))
      let names = try folder.fileNames()
      #expect(names.count == 3 && names.prefix(2) == ["d.csv", "s.aucstate"])
      let left = try #require(names.last)
      #expect(left.wholeMatch(of: /s\.aucstate\.tmp-[A-Za-z0-9]{12}/) != nil, "\(left)")
      #expect(try Data(contentsOf: folder.url.appendingPathComponent(left)) == expected)
      #expect(
        try String(contentsOf: folder.url.appendingPathComponent("s.aucstate"), encoding: .utf8)
          == "old")
    }

    @Test(
      "an ignored SIGTERM stays ignored: the state is written",
      .enabled(if: canTrace, "needs strace, allowed to trace"))
    func ignoredSignalStaysIgnored() throws {
      let folder = try Self.prepared()
      let outcome = try Self.runInjecting(
        Injection(signal: SIGTERM, signalName: "SIGTERM", systemCall: "fsync"), in: folder,
        shellPrefix: "trap '' TERM; ")
      #expect(!outcome.wasSignaled && outcome.status == 0, "\(outcome)")
      #expect(try folder.fileNames() == ["d.csv", "s.aucstate"])
      #expect(
        try StateFile.read(folder.url.appendingPathComponent("s.aucstate").path).rows.total == 4)
    }

    @Test("with SIGPIPE ignored, a closed pipe is a failed write: the reason, exit status 1")
    func closedPipe() throws {
      let folder = try Folder()
      // head exits after its first read; demo's next write finds the pipe closed.
      let outcome = try SignalReadyProcess(
        shell: "trap '' PIPE; { \"$0\" demo --batches 100000; echo \"status $?\" >&2; } "
          + "| head -c 1 > /dev/null",
        in: folder.url
      ).wait()
      #expect(
        outcome.standardError
          == "auc: cannot write to standard output: Broken pipe\nstatus 1\n", "\(outcome)")
    }

    @Test(
      "SIGXFSZ inside write(2), past a file-size limit, removes the partial temporary file",
      .disabled(if: underSanitizer, "a sanitizer's runtime fails to start under ulimit -f"))
    func fileSizeLimitSignal() throws {
      let folder = try Self.prepared()
      // 8 blocks (4 or 8 KiB, as the shell counts) of the state's 16 KiB.
      let outcome = try SignalReadyProcess(
        shell: "ulimit -f 8 && exec \"$0\" accumulate d.csv --state-out s.aucstate", in: folder.url
      ).wait()
      #expect(outcome.wasKilled(by: SIGXFSZ), "\(outcome)")
      try Self.expectUntouched(folder)
    }
  }
#endif
