#ifndef CROSSCHECK_CPCRE2_SHIM_H
#define CROSSCHECK_CPCRE2_SHIM_H

/* Crosscheck matches UTF-8 bytes, so only the 8-bit library is used. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* These are macros Swift cannot import; expose them as functions. */
static inline size_t cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }

#endif
