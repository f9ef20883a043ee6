#ifndef MAPPING_GUARD_H
#define MAPPING_GUARD_H

#include <stddef.h>

// A SIGBUS handler for memory-mapped input files.
//
// Touching a page of a mapped file that another process has cut short (`truncate -s`) raises
// SIGBUS, which would kill the process with no word about which file it was. The handler knows
// the address ranges of the live mappings: a fault inside one of them writes that mapping's
// message, the file's current size and a line break to standard error with write(2), then
// ends the process with _exit(1) (no atexit handlers, no buffered output: the process was only
// reading). A fault anywhere else goes to the handler that was there before, or to the default
// action, as if this one did not exist.
//
// The handler is installed by the first registration. Everything it does is async-signal-safe.

/// Watches `length` bytes from `start`, mapped from the open file `descriptor` (kept open by the
/// caller while registered; used only to fstat its current size). `message` (`message_length`
/// bytes, at most 1024 are kept) is written first, then the size in bytes and a line break.
/// Returns the registration's number for `mapping_guard_unregister`, or -1 when the handler
/// cannot be installed or 16 mappings are registered already.
int mapping_guard_register(
    const void *start, size_t length, int descriptor, const char *message, size_t message_length);

/// Stops watching registration `registration` (a number from `mapping_guard_register`, or -1,
/// which does nothing). Call it before unmapping.
void mapping_guard_unregister(int registration);

#endif
