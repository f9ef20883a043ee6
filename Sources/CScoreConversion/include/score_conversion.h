#ifndef SCORE_CONVERSION_H
#define SCORE_CONVERSION_H

#include <stdint.h>

// Float-to-integer truncation without Swift's overflow trap.
//
// Swift's `Int(_: Float)` checks that its argument is finite and in range, three compares and
// branches around one `cvttss2si`. The histogram's counting loop converts only products
// `score * T` of scores it has already checked to lie in 0...1, so the check can never fire;
// C's conversion is the bare instruction. Both functions are `static inline`, so the Swift
// compiler inlines them into the loop.
//
// Precondition: `value` is finite and its truncation fits an `intptr_t` (Swift's `Int`).

static inline intptr_t score_conversion_truncate_float(float value) { return (intptr_t)value; }

static inline intptr_t score_conversion_truncate_double(double value) { return (intptr_t)value; }

#endif
