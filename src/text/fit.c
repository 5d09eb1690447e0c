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

/* Pads what o holds (w columns) to cols per align and ends it. */
static size_t text_out_align(struct text_out *o, int w, int cols, enum text_align align)
{
    int pad = cols - w;
    int left = align == TEXT_RIGHT ? pad : align == TEXT_CENTER ? pad / 2 : 0;
    if (left > 0 && o->len + (size_t)left + 1 <= o->size) {
        memmove(o->buf + left, o->buf, o->len);
        memset(o->buf, ' ', (size_t)left);
        o->len += (size_t)left;
        pad -= left;
    }
    text_out_spaces(o, pad);
    o->buf[o->len] = '\0';
    return o->len;
}

size_t text_fit(char *buf, size_t bufsz, const char *s, int cols, enum text_align align, unsigned flags)
{
    struct text_out o = {buf, bufsz, 0};

    if (!buf || bufsz == 0)
        return 0;
    if (cols < 0)
        cols = 0;
    int w = text_put_cut(&o, s ? s : "", cols, flags);
    return text_out_align(&o, w, cols, align);
}

/* Where the end of s that fits in `budget` columns starts (a cluster
 * boundary), and its width in *w. */
static size_t tail_start(const char *s, size_t len, int total, int budget, int *w)
{
    int before = 0;
    for (size_t i = 0; i < len;) {
        if (total - before <= budget) {
            *w = total - before;
            return i;
        }
        size_t end = text_cluster_end(s, len, i);
        before += text_width_n(s + i, end - i);
        i = end;
    }
    *w = 0;
    return len;
}

size_t text_fit_middle(char *buf, size_t bufsz, const char *s, int cols, enum text_align align,
                       unsigned flags)
{
    if (!s)
        s = "";
    size_t len = strlen(s);
    int total = text_width_n(s, len);
    if (cols < 5 || total <= cols)
        return text_fit(buf, bufsz, s, cols, align, flags);
    if (!buf || bufsz == 0)
        return 0;
    int budget = cols - 1, tw; /* one column for the ellipsis */
    size_t t = tail_start(s, len, total, budget / 2, &tw);
    /* The end from the start of its word when that costs the start at
     * most three columns. */
    size_t word = t;
    while (word > 0 && s[word - 1] != ' ')
        word--;
    if (word > 0 && word < t) {
        int ww = tw + text_width_n(s + word, t - word);
        int keep = ww - 3 < 4 ? ww - 3 : 4; /* what the start must keep */
        if (ww - tw <= 3 && budget - ww >= keep) {
            t = word;
            tw = ww;
        }
    }
    /* Else, from mid-word, the next word when three columns or more of
     * the end are left ("K-EXAON…2.0", not "K-EXA…E 2.0"). */
    if (t > 0 && s[t - 1] != ' ') {
        const char *sp = memchr(s + t, ' ', len - t);
        if (sp && text_width_n(sp + 1, len - (size_t)(sp + 1 - s)) >= 3) {
            t = (size_t)(sp + 1 - s);
            tw = text_width_n(s + t, len - t);
        }
    }
    while (t < len && s[t] == ' ') {
        t++;
        tw--;
    }
    /* The start: whole clusters in what the end leaves, no trailing space. */
    struct text_out o = {buf, bufsz, 0};
    int head = budget - tw, w = 0;
    size_t hl = 0;
    for (size_t i = 0; i < t;) {
        size_t end = text_cluster_end(s, len, i);
        int cw = text_width_n(s + i, end - i);
        if (w + cw > head)
            break;
        w += cw;
        i = end;
        hl = i;
    }
    while (hl > 0 && s[hl - 1] == ' ') {
        hl--;
        w--;
    }
    const char *ell = text_ellipsis(flags);
    if (!text_out_put(&o, s, hl) || !text_out_put(&o, ell, strlen(ell)) ||
        !text_out_put(&o, s + t, len - t)) {
        o.len = 0; /* the buffer is too small: the plain cut */
        return text_fit(buf, bufsz, s, cols, align, flags);
    }
    return text_out_align(&o, w + 1 + tw, cols, align);
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
