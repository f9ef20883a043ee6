#ifndef AUC_MPI_SHIM_H
#define AUC_MPI_SHIM_H

#include <stddef.h>
#include <stdint.h>

// Open MPI defines MPI_COMM_WORLD, MPI_UINT64_T, MPI_SUM and MPI_BYTE as macros over the
// addresses of its globals, which Swift cannot import: these functions use them on Swift's
// behalf. Every call is on MPI_COMM_WORLD, whose error handler aborts the job on failure.

/// MPI_Init; returns MPI_SUCCESS (0) or the error code.
int auc_mpi_initialize(void);
/// MPI_Finalize.
void auc_mpi_finalize(void);
/// This process's rank in MPI_COMM_WORLD.
int auc_mpi_rank(void);
/// The number of ranks in MPI_COMM_WORLD.
int auc_mpi_size(void);
/// MPI_Allgather of `count` 64-bit unsigned integers from each rank into `received`, which
/// holds count × size.
void auc_mpi_all_gather_u64(const uint64_t *values, int count, uint64_t *received);
/// MPI_Allreduce (MPI_SUM) of `count` 64-bit unsigned integers, in chunks that fit an int.
void auc_mpi_all_reduce_sum_u64(const uint64_t *values, uint64_t *sums, size_t count);
/// MPI_Send of `count` bytes to `destination`, in chunks of at most 1 GiB.
void auc_mpi_send_bytes(const void *bytes, size_t count, int destination);
/// MPI_Recv of `count` bytes from `source`, in chunks of at most 1 GiB.
void auc_mpi_receive_bytes(void *bytes, size_t count, int source);

#endif
