#if os(Linux)
  import Foundation
  import Testing

  /// A child process started with `posix_spawn`, every signal unblocked and at its default
  /// action, as a shell starts a command.
  ///
  /// Foundation's `Process` hands on the signal mask of the test runner's thread, which blocks
  /// SIGINT, SIGTERM and most others, so a signal sent to such a child stays pending forever.
  struct SignalReadyProcess {
    let processIdentifier: pid_t
    /// The read end of the child's standard error.
    private let standardError: Int32

    /// How the process ended.
    struct Termination {
      var wasSignaled: Bool
      /// The exit status, or the number of the signal that ended the process.
      var status: Int32
      var standardError: String

      func wasKilled(by signal: Int32) -> Bool { wasSignaled && status == signal }
    }

    /// Starts `/bin/sh -c script AUC` in `folder` (`$0` is the built `auc`), standard input from
    /// `standardInput` (else `/dev/null`), standard output to `/dev/null`.
    init(shell script: String, in folder: URL, standardInput: Int32? = nil) throws {
      let auc = try CommandRunner.executableURL().path
      let arguments = ["/bin/sh", "-c", "cd \"$1\" && \(script)", auc, folder.path]
      let errorPipe = try Self.makePipe()
      let null = open("/dev/null", O_RDWR | O_CLOEXEC)
      defer { close(null) }

      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_adddup2(&actions, standardInput ?? null, STDIN_FILENO)
      posix_spawn_file_actions_adddup2(&actions, null, STDOUT_FILENO)
      posix_spawn_file_actions_adddup2(&actions, errorPipe[1], STDERR_FILENO)

      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var noSignals = sigset_t()
      sigemptyset(&noSignals)
      var allSignals = sigset_t()
      sigfillset(&allSignals)
      posix_spawnattr_setsigmask(&attributes, &noSignals)
      posix_spawnattr_setsigdefault(&attributes, &allSignals)
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

      var pointers = arguments.map { strdup($0) } + [nil]
      defer { for pointer in pointers { free(pointer) } }
      var identifier: pid_t = 0
      let spawned = posix_spawn(&identifier, "/bin/sh", &actions, &attributes, &pointers, environ)
      close(errorPipe[1])
      guard spawned == 0 else {
        close(errorPipe[0])
        throw SystemFailure(call: "posix_spawn", code: spawned)
      }
      processIdentifier = identifier
      standardError = errorPipe[0]
    }

    /// A pipe, both ends closed on `exec`, so that no other child the tests start holds it open.
    static func makePipe() throws -> [Int32] {
      var ends: [Int32] = [-1, -1]
      guard pipe(&ends) == 0 else { throw SystemFailure(call: "pipe", code: errno) }
      for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
      return ends
    }

    struct SystemFailure: Error {
      var call: String
      var code: Int32
    }

    /// Reads standard error to its end and waits for the process to end.
    func wait() -> Termination {
      let errorText = FileHandle(fileDescriptor: standardError, closeOnDealloc: true)
        .readDataToEndOfFile()
      var status: Int32 = 0
      while waitpid(processIdentifier, &status, 0) < 0 && errno == EINTR {}
      // The <sys/wait.h> macros, which Swift does not import.
      let signal = status & 0x7f
      let signaled = signal != 0 && signal != 0x7f
      return Termination(
        wasSignaled: signaled, status: signaled ? signal : (status >> 8) & 0xff,
        standardError: String(decoding: errorText, as: UTF8.self))
    }
  }
#endif
