#ifndef TEMPORARY_FILE_CLEANUP_H
#define TEMPORARY_FILE_CLEANUP_H

// Removal of half-written temporary files when a signal ends the process.
//
// A file that is written whole and then renamed into place first exists under a temporary
// name. When SIGHUP, SIGINT, SIGTERM or SIGXFSZ ends the process while such a file exists,
// the handler installed here unlinks every temporary path armed at that moment and then
// raises the signal again with its default action, so the process ends as it would have
// without the handler (killed by that signal, the same exit status for its parent).
//
// The paths live in preallocated static buffers: the handler only reads them and calls
// unlink, sigaction and raise, which are async-signal-safe. Handlers are installed on the
// first call of `temporary_file_cleanup_arm`, and only for signals whose disposition is then
// the default one: an ignored signal stays ignored, and a program's own handler is kept
// (that signal then removes nothing). SIGKILL cannot be caught: it leaves the temporary file.

// Records `path` (shorter than 4096 bytes) for removal should a signal end the process.
// Returns the slot to pass to `temporary_file_cleanup_disarm`, or -1 when the path is too long
// or 16 temporary files are already armed (the file is then not removed on a signal).
int temporary_file_cleanup_arm(const char *path);

// Forgets the path of `slot` (a value from `temporary_file_cleanup_arm`; -1 is ignored).
void temporary_file_cleanup_disarm(int slot);

#endif
