#include "mpi_shim.h"

#include <mpi.h>

enum { chunk_bytes = 1 << 30, chunk_values = 1 << 27, bytes_tag = 7 };

int auc_mpi_initialize(void) { return MPI_Init(NULL, NULL); }

void auc_mpi_finalize(void) { MPI_Finalize(); }

int auc_mpi_rank(void) {
  int rank = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  return rank;
}

int auc_mpi_size(void) {
  int size = 1;
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  return size;
}

void auc_mpi_all_gather_u64(const uint64_t *values, int count, uint64_t *received) {
  MPI_Allgather(values, count, MPI_UINT64_T, received, count, MPI_UINT64_T, MPI_COMM_WORLD);
}

void auc_mpi_all_reduce_sum_u64(const uint64_t *values, uint64_t *sums, size_t count) {
  for (size_t start = 0; start < count; start += chunk_values) {
    size_t left = count - start;
    int chunk = left < chunk_values ? (int)left : chunk_values;
    MPI_Allreduce(values + start, sums + start, chunk, MPI_UINT64_T, MPI_SUM, MPI_COMM_WORLD);
  }
}

void auc_mpi_send_bytes(const void *bytes, size_t count, int destination) {
  const char *start = bytes;
  for (size_t sent = 0; sent < count; sent += chunk_bytes) {
    size_t left = count - sent;
    int chunk = left < chunk_bytes ? (int)left : chunk_bytes;
    MPI_Send(start + sent, chunk, MPI_BYTE, destination, bytes_tag, MPI_COMM_WORLD);
  }
}

void auc_mpi_receive_bytes(void *bytes, size_t count, int source) {
  char *start = bytes;
  for (size_t received = 0; received < count; received += chunk_bytes) {
    size_t left = count - received;
    int chunk = left < chunk_bytes ? (int)left : chunk_bytes;
    MPI_Recv(start + received, chunk, MPI_BYTE, source, bytes_tag, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
  }
}
