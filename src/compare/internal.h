/* SPDX-License-Identifier: GPL-2.0-or-later */
/* internal.h — shared inside the compare room only. */
#ifndef DOKPAMO_COMPARE_INTERNAL_H
#define DOKPAMO_COMPARE_INTERNAL_H

#include "compare.h"

/* Derived fields of every row: differs, bar scale and fractions, deltas,
 * best marks. Returns false on OOM. */
bool cmp_derive(struct compare *c);

/* "×2.2" or "x2.2" without a Unicode-safe terminal. */
const char *cmp_times_sign(unsigned text_flags);
/* "✓" or "*" with TEXT_ASCII. */
const char *cmp_best_mark(unsigned text_flags);

/* Formats a number with the fewest decimals (up to 4) that show it. */
void cmp_format_num(char *buf, size_t bufsz, double v, int decimals);
/* Decimals needed to show v exactly (up to 4). */
int cmp_decimals(double v);

#endif
