/* SPDX-License-Identifier: GPL-2.0-or-later */
/* distance.c — how far a mistyped word is from a known one, for "did you
 * mean": the optimal-string-alignment distance (insert, delete, replace,
 * swap two neighbours) over code points, ASCII letters compared
 * case-insensitively, so that a Hangul syllable is one edit (솔러, 솔라),
 * not the two or three bytes it differs by. */
#include "config.h"
#include "text.h"

#include <string.h>

#include "internal.h"

/* Decodes s into at most TEXT_DISTANCE_MAX_LEN code points (an invalid
 * byte stands for itself, apart from every code point); returns the
 * count, or (size_t)-1 when s is longer. */
static size_t decode(const char *s, int32_t *out)
{
    size_t len = strlen(s), n = 0;
    for (size_t i = 0; i < len; n++) {
        if (n == TEXT_DISTANCE_MAX_LEN)
            return (size_t)-1;
        size_t at = i;
        int32_t cp = text_decode_next(s, len, &i);
        if (cp < 0)
            cp = 0x110000 + (unsigned char)s[at];
        else if (cp >= 'A' && cp <= 'Z')
            cp += 'a' - 'A';
        out[n] = cp;
    }
    return n;
}

size_t text_distance(const char *a, const char *b)
{
    int32_t ca[TEXT_DISTANCE_MAX_LEN], cb[TEXT_DISTANCE_MAX_LEN];
    size_t n = decode(a, ca), m = decode(b, cb);
    if (n == (size_t)-1 || m == (size_t)-1)
        return (size_t)-1;
    /* Three rows of the (n+1) x (m+1) matrix: i-2, i-1 and i. */
    size_t rows[3][TEXT_DISTANCE_MAX_LEN + 1];
    for (size_t j = 0; j <= m; j++)
        rows[1][j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t *cur = rows[(i + 1) % 3], *prev = rows[i % 3], *prev2 = rows[(i + 2) % 3];
        cur[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t best = prev[j - 1] + (ca[i - 1] != cb[j - 1]);
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1] && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
        }
    }
    return rows[(n + 1) % 3][m];
}

/* The edits a word of len code points may be away and still be a typo. */
static size_t limit_for(const char *typed)
{
    int32_t cps[TEXT_DISTANCE_MAX_LEN];
    size_t len = decode(typed, cps);
    return len == (size_t)-1 ? 0 : len < 4 ? 1 : len < 9 ? 2 : 3;
}

bool text_close_enough(const char *typed, const char *known)
{
    size_t d = text_distance(typed, known);
    return d != (size_t)-1 && d <= limit_for(typed);
}

void text_suggest_init(struct text_suggest *s, const char *typed)
{
    s->typed = typed;
    s->best = NULL;
    s->best_d = (size_t)-1;
    s->limit = limit_for(typed);
}

bool text_suggest_offer(struct text_suggest *s, const char *candidate, const char *shown)
{
    if (!candidate)
        return false;
    size_t d = text_distance(s->typed, candidate);
    if (d == (size_t)-1 || d > s->limit || d >= s->best_d)
        return false;
    s->best = shown ? shown : candidate;
    s->best_d = d;
    return true;
}
