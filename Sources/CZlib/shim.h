// The system zlib, for reading gzip-compressed inputs and checksumming state files.
#include <zlib.h>
