import AUCCommandLine
import CMPIShim

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// `auc-mpi`: `auc summary` over inputs that the ranks of an MPI job share (see
/// `DistributedSummaryCommand`). Every rank finalizes MPI and exits with the command's status.
@main
enum EntryPoint {
  static func main() {
    let initialized = auc_mpi_initialize()
    guard initialized == 0 else {
      let message = Array("auc-mpi: MPI_Init failed with error \(initialized)\n".utf8)
      _ = write(STDERR_FILENO, message, message.count)
      exit(1)
    }
    let status = DistributedSummaryCommand.run(
      arguments: Array(CommandLine.arguments.dropFirst()), on: MPICommunicator())
    auc_mpi_finalize()
    exit(status)
  }
}
