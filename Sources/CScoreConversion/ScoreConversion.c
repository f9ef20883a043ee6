// The functions are `static inline` in include/score_conversion.h; this file gives the
// target a translation unit.
#include "score_conversion.h"
