#include "mapping_guard.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

enum { slot_count = 16, message_capacity = 1024 };

enum { slot_free = 0, slot_claimed = 1, slot_live = 2 };

struct slot {
  _Atomic int state;
  uintptr_t start;
  uintptr_t end;
  int descriptor;
  size_t message_length;
  char message[message_capacity];
};

static struct slot slots[slot_count];
static struct sigaction previous_action;
static pthread_once_t install_once = PTHREAD_ONCE_INIT;
static int installed;

static void write_all(const char *bytes, size_t count) {
  while (count > 0) {
    ssize_t written = write(STDERR_FILENO, bytes, count);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    bytes += written;
    count -= (size_t)written;
  }
}

/// Writes `value` in decimal into `text`, which holds at least 20 bytes; returns the length.
static size_t format_decimal(unsigned long long value, char *text) {
  char reversed[20];
  size_t count = 0;
  do {
    reversed[count++] = (char)('0' + value % 10);
    value /= 10;
  } while (value > 0);
  for (size_t index = 0; index < count; index++) text[index] = reversed[count - 1 - index];
  return count;
}

static void handle_bus_error(int signal_number, siginfo_t *info, void *context) {
  (void)context;
  uintptr_t address = (uintptr_t)info->si_addr;
  for (int index = 0; index < slot_count; index++) {
    struct slot *slot = &slots[index];
    if (atomic_load_explicit(&slot->state, memory_order_acquire) != slot_live) continue;
    if (address < slot->start || address >= slot->end) continue;
    write_all(slot->message, slot->message_length);
    struct stat status;
    char number[24];
    if (fstat(slot->descriptor, &status) == 0 && status.st_size >= 0) {
      size_t length = format_decimal((unsigned long long)status.st_size, number);
      number[length++] = '\n';
      write_all(number, length);
    } else {
      write_all("fewer\n", 6);
    }
    _exit(1);
  }
  // Not a watched mapping: hand the fault to whoever had it before. Returning re-runs the
  // faulting access, which faults again under the restored action; a SIGBUS sent with kill()
  // is not re-raised by returning, so it is raised again.
  sigaction(signal_number, &previous_action, NULL);
  if (info->si_code <= 0) raise(signal_number);
}

static void install(void) {
  struct sigaction action;
  action.sa_sigaction = handle_bus_error;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  installed = sigaction(SIGBUS, &action, &previous_action) == 0;
}

int mapping_guard_register(
    const void *start, size_t length, int descriptor, const char *message, size_t message_length) {
  pthread_once(&install_once, install);
  if (!installed) return -1;
  for (int index = 0; index < slot_count; index++) {
    struct slot *slot = &slots[index];
    int expected = slot_free;
    if (!atomic_compare_exchange_strong(&slot->state, &expected, slot_claimed)) continue;
    slot->start = (uintptr_t)start;
    slot->end = (uintptr_t)start + length;
    slot->descriptor = descriptor;
    size_t kept = message_length < message_capacity ? message_length : message_capacity;
    for (size_t byte = 0; byte < kept; byte++) slot->message[byte] = message[byte];
    slot->message_length = kept;
    atomic_store_explicit(&slot->state, slot_live, memory_order_release);
    return index;
  }
  return -1;
}

void mapping_guard_unregister(int registration) {
  if (registration < 0 || registration >= slot_count) return;
  atomic_store_explicit(&slots[registration].state, slot_free, memory_order_release);
}
