/* SPDX-License-Identifier: GPL-2.0-or-later */
/* nfc.c — NFC and case folding through utf8proc. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text.h"
#include "text/internal.h"

/* utf8proc before 2.11.2 composes <LV syllable, U+11A7> into the syllable
 * and drops the U+11A7 (it takes it for "no final"). U+11A7 is a starter
 * that composes with nothing, so normalising the runs between them apart
 * gives the correct NFC. */
#define TEXT_JUNG_O_YAE 0x11A7

static ptrdiff_t text_norm_run(int32_t *cps, size_t n, utf8proc_option_t opt)
{
    size_t out = 0, start = 0;

    for (size_t i = 0; i <= n; i++) {
        if (i < n && !(cps[i] == TEXT_JUNG_O_YAE && i > start))
            continue;
        utf8proc_ssize_t m = utf8proc_normalize_utf32(cps + start, (utf8proc_ssize_t)(i - start), opt);
        if (m < 0)
            return -1;
        memmove(cps + out, cps + start, (size_t)m * sizeof *cps);
        out += (size_t)m;
        start = i;
    }
    return (ptrdiff_t)out;
}

int32_t *text_norm_cps(const char *s, size_t len, bool fold, size_t *n)
{
    utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    size_t cap = len + 8, used = 0;
    int32_t *cps;

    if (fold)
        opt |= UTF8PROC_CASEFOLD;
    cps = malloc(cap * sizeof *cps);
    if (!cps)
        return NULL;
    for (size_t i = 0; i < len;) {
        int32_t cp = text_decode_next(s, len, &i);
        if (cp < 0)
            cp = TEXT_REPLACEMENT;
        for (;;) {
            int last = 0;
            utf8proc_ssize_t m =
                utf8proc_decompose_char(cp, cps + used, (utf8proc_ssize_t)(cap - used), opt, &last);
            if (m < 0) {
                cps[used] = TEXT_REPLACEMENT;
                m = 1;
            }
            if ((size_t)m <= cap - used) {
                used += (size_t)m;
                break;
            }
            int32_t *p = realloc(cps, (cap * 2 + (size_t)m) * sizeof *cps);
            if (!p) {
                free(cps);
                return NULL;
            }
            cps = p;
            cap = cap * 2 + (size_t)m;
        }
    }
    ptrdiff_t m = text_norm_run(cps, used, opt);
    if (m < 0) {
        free(cps);
        return NULL;
    }
    *n = (size_t)m;
    return cps;
}

char *text_nfc(const char *s, size_t len)
{
    struct text_buf b = {0};
    size_t n;
    int32_t *cps = text_norm_cps(s, len, false, &n);

    if (!cps)
        return NULL;
    for (size_t i = 0; i < n; i++)
        text_buf_put_cp(&b, cps[i]);
    free(cps);
    return text_buf_finish(&b);
}
