#include "temporary_file_cleanup.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

enum { slot_count = 16, path_capacity = 4096 };
enum { slot_free = 0, slot_filling = 1, slot_armed = 2 };

static _Atomic int slot_states[slot_count];
static char slot_paths[slot_count][path_capacity];
static const int cleaned_signals[] = {SIGHUP, SIGINT, SIGTERM, SIGXFSZ};
static pthread_once_t installation = PTHREAD_ONCE_INIT;

// Unlinks every armed path, then ends the process by the same signal with its default action:
// `raise` leaves the signal pending (it is blocked while its handler runs), and the default
// action takes it as soon as the handler returns.
static void remove_temporary_files(int signal_number) {
  int saved_errno = errno;
  for (int slot = 0; slot < slot_count; slot++) {
    if (atomic_load(&slot_states[slot]) == slot_armed) unlink(slot_paths[slot]);
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(signal_number, &action, NULL);
  raise(signal_number);
  errno = saved_errno;
}

static void install_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = remove_temporary_files;
  sigemptyset(&action.sa_mask);
  for (size_t index = 0; index < sizeof cleaned_signals / sizeof *cleaned_signals; index++) {
    sigaddset(&action.sa_mask, cleaned_signals[index]);
  }
  for (size_t index = 0; index < sizeof cleaned_signals / sizeof *cleaned_signals; index++) {
    struct sigaction current;
    if (sigaction(cleaned_signals[index], NULL, &current) != 0) continue;
    if ((current.sa_flags & SA_SIGINFO) || current.sa_handler != SIG_DFL) continue;
    sigaction(cleaned_signals[index], &action, NULL);
  }
}

int temporary_file_cleanup_arm(const char *path) {
  size_t length = strlen(path);
  if (length >= path_capacity) return -1;
  pthread_once(&installation, install_handlers);
  for (int slot = 0; slot < slot_count; slot++) {
    int expected = slot_free;
    if (atomic_compare_exchange_strong(&slot_states[slot], &expected, slot_filling)) {
      memcpy(slot_paths[slot], path, length + 1);
      atomic_store(&slot_states[slot], slot_armed);
      return slot;
    }
  }
  return -1;
}

void temporary_file_cleanup_disarm(int slot) {
  if (slot >= 0 && slot < slot_count) atomic_store(&slot_states[slot], slot_free);
}
