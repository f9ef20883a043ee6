import AUCFileFormats
import CMPIShim

/// `MPI_COMM_WORLD` as a ``Collective``: the ranks of the job are its members.
struct MPICommunicator: Collective {
  let rank = Int(auc_mpi_rank())
  let size = Int(auc_mpi_size())

  func allGather(_ values: [UInt64]) -> [UInt64] {
    var received = [UInt64](repeating: 0, count: values.count * size)
    values.withUnsafeBufferPointer { values in
      received.withUnsafeMutableBufferPointer { received in
        auc_mpi_all_gather_u64(values.baseAddress, Int32(values.count), received.baseAddress)
      }
    }
    return received
  }

  func allReduceSum(_ values: [UInt64]) -> [UInt64] {
    var sums = [UInt64](repeating: 0, count: values.count)
    values.withUnsafeBufferPointer { values in
      sums.withUnsafeMutableBufferPointer { sums in
        auc_mpi_all_reduce_sum_u64(values.baseAddress, sums.baseAddress, values.count)
      }
    }
    return sums
  }

  /// The sizes are gathered first; then each rank sends its bytes to `root`, which receives
  /// them in rank order.
  func gatherBytes(_ bytes: [UInt8], root: Int) -> [[UInt8]] {
    let sizes = allGather([UInt64(bytes.count)])
    guard rank == root else {
      bytes.withUnsafeBytes { auc_mpi_send_bytes($0.baseAddress, $0.count, Int32(root)) }
      return []
    }
    return (0..<size).map { member in
      if member == root { return bytes }
      var received = [UInt8](repeating: 0, count: Int(sizes[member]))
      received.withUnsafeMutableBytes {
        auc_mpi_receive_bytes($0.baseAddress, $0.count, Int32(member))
      }
      return received
    }
  }
}
