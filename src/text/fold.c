/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fold.c — case folded, normalised code points for search and equality. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text.h"
#include "text/internal.h"

static bool text_is_separator(int32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || cp == '-' || cp == '_' || cp == '\t';
    return cp == 0xB7 || utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

int32_t *text_fold_cps(const char *s, size_t len, bool compact, int32_t *stack, size_t stack_n, size_t *n)
{
    int32_t *cps = NULL;
    size_t m = 0;

    /* ASCII and NFC Hangul need neither normalising nor utf8proc's
     * folding: decode them straight into the stack buffer. */
    if (len <= stack_n && text_is_plain(s, len)) {
        cps = stack;
        for (size_t i = 0; i < len;) {
            int32_t c = text_decode_next(s, len, &i);
            cps[m++] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
    } else {
        cps = text_norm_cps(s, len, true, &m);
        if (!cps)
            return NULL;
    }
    if (compact) {
        size_t k = 0;
        for (size_t i = 0; i < m; i++)
            if (!text_is_separator(cps[i]))
                cps[k++] = cps[i];
        m = k;
    }
    *n = m;
    return cps;
}

bool text_equal_fold(const char *a, const char *b)
{
    int32_t sa[128], sb[128];
    size_t na, nb;
    bool eq = false;

    if (!a || !b)
        return a == b;
    int32_t *ca = text_fold_cps(a, strlen(a), false, sa, 128, &na);
    int32_t *cb = text_fold_cps(b, strlen(b), false, sb, 128, &nb);
    if (ca && cb)
        eq = na == nb && memcmp(ca, cb, na * sizeof *ca) == 0;
    if (ca != sa)
        free(ca);
    if (cb != sb)
        free(cb);
    return eq;
}
