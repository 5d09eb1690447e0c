/* SPDX-License-Identifier: GPL-2.0-or-later */
/* distance.c — how far a mistyped word is from a known one, for "did you
 * mean": the optimal-string-alignment distance (insert, delete, replace,
 * swap two neighbours), ASCII letters compared case-insensitively. Keys,
 * commands and options are ASCII; other bytes compare as they are. */
#include "config.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

static unsigned char fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

size_t text_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > TEXT_DISTANCE_MAX_LEN || m > TEXT_DISTANCE_MAX_LEN)
        return (size_t)-1;
    /* Three rows of the (n+1) x (m+1) matrix: i-2, i-1 and i. */
    size_t rows[3][TEXT_DISTANCE_MAX_LEN + 1];
    for (size_t j = 0; j <= m; j++)
        rows[1][j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t *cur = rows[(i + 1) % 3], *prev = rows[i % 3], *prev2 = rows[(i + 2) % 3];
        cur[0] = i;
        for (size_t j = 1; j <= m; j++) {
            unsigned char ca = fold((unsigned char)a[i - 1]), cb = fold((unsigned char)b[j - 1]);
            size_t best = prev[j - 1] + (ca != cb);
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ca == fold((unsigned char)b[j - 2]) &&
                fold((unsigned char)a[i - 2]) == cb && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
        }
    }
    return rows[(n + 1) % 3][m];
}

bool text_close_enough(const char *typed, const char *known)
{
    size_t len = strlen(typed);
    size_t limit = len < 4 ? 1 : len < 9 ? 2 : 3;
    return text_distance(typed, known) <= limit;
}
