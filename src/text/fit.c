/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fit.c — cutting display-safe text to a column budget, between clusters. */
#include "config.h"

#include <string.h>

#include "text.h"
#include "text/internal.h"

/* Writes into a fixed buffer, dropping what does not fit whole. */
struct text_out {
    char *buf;
    size_t size, len;
};

static bool text_out_put(struct text_out *o, const char *s, size_t n)
{
    if (o->len + n + 1 > o->size)
        return false;
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    return true;
}

static void text_out_spaces(struct text_out *o, int n)
{
    while (n-- > 0 && text_out_put(o, " ", 1))
        ;
}

static const char *text_ellipsis(unsigned flags)
{
    return (flags & (TEXT_ASCII | TEXT_AMBIG_WIDE)) ? "~" : "\u2026";
}

/* Writes s, or as many whole clusters of it as fit in cols (and in the
 * buffer) followed by the ellipsis; returns the width written. */
static int text_put_cut(struct text_out *o, const char *s, int cols, unsigned flags)
{
    size_t len = strlen(s);
    bool cut = text_width_n(s, len) > cols;
    int limit = cut ? cols - 1 : cols, w = 0;

    if (cols <= 0)
        return 0;
    if (!cut && text_out_put(o, s, len))
        return text_width_n(s, len);
    for (size_t i = 0; i < len;) {
        size_t end = text_cluster_end(s, len, i);
        int cw = text_width_n(s + i, end - i);
        if (w + cw > limit || !text_out_put(o, s + i, end - i))
            break;
        w += cw;
        i = end;
    }
    if (cut) {
        const char *ell = text_ellipsis(flags);
        if (text_out_put(o, ell, strlen(ell)))
            w++;
    }
    return w;
}

size_t text_fit(char *buf, size_t bufsz, const char *s, int cols, enum text_align align, unsigned flags)
{
    struct text_out o = {buf, bufsz, 0};

    if (!buf || bufsz == 0)
        return 0;
    if (cols < 0)
        cols = 0;
    int w = text_put_cut(&o, s ? s : "", cols, flags);
    int pad = cols - w;
    int left = align == TEXT_RIGHT ? pad : align == TEXT_CENTER ? pad / 2 : 0;
    if (left > 0 && o.len + (size_t)left + 1 <= bufsz) {
        memmove(buf + left, buf, o.len);
        memset(buf, ' ', (size_t)left);
        o.len += (size_t)left;
        pad -= left;
    }
    text_out_spaces(&o, pad);
    buf[o.len] = '\0';
    return o.len;
}

size_t text_truncate(char *buf, size_t bufsz, const char *s, int cols, unsigned flags)
{
    struct text_out o = {buf, bufsz, 0};

    if (!buf || bufsz == 0)
        return 0;
    text_put_cut(&o, s ? s : "", cols < 0 ? 0 : cols, flags);
    buf[o.len] = '\0';
    return o.len;
}

size_t text_wrap_len(const char *s, int cols, size_t *next)
{
    size_t len = strlen(s), i = 0, brk = 0;
    int w = 0;
    while (i < len) {
        size_t end = text_cluster_end(s, len, i);
        int cw = text_width_n(s + i, end - i);
        if (w + cw > cols && i > 0)
            break;
        if (s[i] == ' ')
            brk = i;
        w += cw;
        i = end;
    }
    if (i >= len) {
        *next = len;
        return len;
    }
    size_t cut = brk > 0 ? brk : i;
    size_t n = cut;
    while (n < len && s[n] == ' ')
        n++;
    while (cut > 0 && s[cut - 1] == ' ')
        cut--;
    *next = n;
    return cut;
}
