/* SPDX-License-Identifier: GPL-2.0-or-later */
/* display.c — the display-safe form of a string: what is drawn, so that
 * glibc's wcwidth(), ncurses and the terminal agree on its width. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text.h"
#include "text/internal.h"

#define TEXT_CHOSEONG_FILLER 0x115F
#define TEXT_JUNGSEONG_FILLER 0x1160

static bool text_is_vowel_jamo(int32_t cp)
{
    return (cp >= 0x1160 && cp <= 0x11A7) || (cp >= 0xD7B0 && cp <= 0xD7C6);
}

static bool text_is_final_jamo(int32_t cp)
{
    return (cp >= 0x11A8 && cp <= 0x11FF) || (cp >= 0xD7CB && cp <= 0xD7FB);
}

static bool text_is_regional(int32_t cp)
{
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

/* Parts of an emoji cluster that terminals draw differently: VS15/VS16,
 * skin-tone modifiers, ZWJ and tag characters. */
static bool text_is_emoji_part(int32_t cp)
{
    return cp == 0xFE0E || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x200D ||
           (cp >= 0xE0020 && cp <= 0xE007F);
}

/* Zero-width format characters (ZWSP, LRM, BOM, ...): invisible, and some
 * terminals give them a column, so they are dropped. */
static bool text_is_invisible(int32_t cp)
{
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_CF && text_cp_width(cp) == 0;
}

static bool text_is_pictographic(int32_t cp)
{
    int bc = utf8proc_get_property(cp)->boundclass;
    return bc == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC || bc == UTF8PROC_BOUNDCLASS_E_ZWG;
}

/* What is shown for a code point glibc cannot measure. */
static int32_t text_known(int32_t cp)
{
    if (utf8proc_category(cp) == UTF8PROC_CATEGORY_CN || text_cp_unknown(cp))
        return TEXT_REPLACEMENT;
    return cp;
}

struct text_cluster_out {
    struct text_buf *b;
    bool started; /* something of this cluster was written */
};

static void text_cluster_put(struct text_cluster_out *o, int32_t cp)
{
    /* A cluster must not start with a zero-width code point, which would
     * join whatever was drawn before it: give it a space to sit on. */
    if (!o->started && text_cp_width(cp) == 0)
        text_buf_putc(o->b, ' ');
    text_buf_put_cp(o->b, cp);
    o->started = true;
}

static void text_put_cluster(struct text_buf *b, const int32_t *c, size_t n, unsigned flags)
{
    struct text_cluster_out o = {.b = b};
    int32_t first = c[0];

    if (flags & TEXT_ASCII_TEXT) {
        if (n == 1 && first >= 0x20 && first < 0x7F)
            text_buf_putc(b, (char)first);
        else if (!(n == 1 && text_is_invisible(first)))
            text_buf_putc(b, '?');
        return;
    }
    if (text_is_regional(first)) {
        /* A pair is a flag; a lone one would pair with its neighbour. */
        if (n >= 2 && text_is_regional(c[1])) {
            text_buf_put_cp(b, c[0]);
            text_buf_put_cp(b, c[1]);
        }
        return;
    }
    if (text_is_pictographic(first)) {
        text_cluster_put(&o, text_known(first));
        return;
    }
    if ((flags & TEXT_AMBIG_WIDE) && text_cp_ambiguous(first)) {
        text_put_unambiguous(b, first);
        return;
    }
    if (text_is_vowel_jamo(first) || text_is_final_jamo(first)) {
        /* Orphan jamo: complete the syllable with fillers. */
        text_cluster_put(&o, TEXT_CHOSEONG_FILLER);
        if (text_is_final_jamo(first))
            text_cluster_put(&o, TEXT_JUNGSEONG_FILLER);
    }
    for (size_t k = 0; k < n; k++) {
        int32_t cp = c[k];
        if (text_is_invisible(cp) || (k > 0 && text_is_emoji_part(cp)))
            continue;
        text_cluster_put(&o, text_known(cp));
    }
}

bool text_is_plain(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;

    for (size_t i = 0; i < len;) {
        if (u[i] >= 0x20 && u[i] < 0x7F) {
            i++;
            continue;
        }
        if (u[i] < 0xE3 || u[i] > 0xED)
            return false;
        int32_t cp = text_decode_next(s, len, &i);
        /* NFC Hangul syllables and compatibility jamo need nothing. */
        if (!text_is_syllable(cp) && !(cp >= 0x3131 && cp <= 0x318E))
            return false;
    }
    return true;
}

static bool text_is_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7F)
            return false;
    return true;
}

static char *text_copy(const char *s, size_t len)
{
    char *p = malloc(len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

char *text_display(const char *s, size_t len, unsigned flags)
{
    struct text_buf raw = {0}, out = {0};
    size_t n;

    if ((flags & TEXT_ASCII_TEXT) ? text_is_ascii(s, len) : text_is_plain(s, len))
        return text_copy(s, len);
    text_render_controls(&raw, s, len);
    if (raw.failed) {
        free(raw.data);
        return NULL;
    }
    int32_t *cps = text_norm_cps(raw.data ? raw.data : "", raw.len, false, &n);
    free(raw.data);
    if (!cps)
        return NULL;
    for (size_t a = 0; a < n;) {
        utf8proc_int32_t state = 0;
        size_t b = a + 1;
        while (b < n && !utf8proc_grapheme_break_stateful(cps[b - 1], cps[b], &state))
            b++;
        text_put_cluster(&out, cps + a, b - a, flags);
        a = b;
    }
    free(cps);
    if (!out.data && !out.failed)
        return text_copy("", 0);
    return text_buf_finish(&out);
}
