/* SPDX-License-Identifier: GPL-2.0-or-later */
/* collate.c — Korean natural sort order.
 *
 * A string is compared element by element. An element is a number (a run
 * of digits, with a decimal fraction when '.' and a digit follow), or one
 * character. Elements order by class first:
 *   spaces and ASCII punctuation < numbers < Hangul < Latin < others
 * (latin_first swaps Hangul and Latin). Numbers compare by value, Hangul
 * syllables by code point (which is 가나다 order; a lone consonant ㄱ sorts
 * just before 가), Latin letters by their lower-case base letter (é as e).
 * Equal strings by these rules fall back to bytewise order, so a sort
 * with text_collate is a total order. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text.h"
#include "text/internal.h"

enum text_class { TEXT_CL_SEP, TEXT_CL_NUMBER, TEXT_CL_HANGUL, TEXT_CL_LATIN, TEXT_CL_OTHER };

struct text_elem {
    enum text_class cls;
    int32_t weight;
    const char *digits, *frac; /* numbers: integer part without leading zeros */
    size_t ndigits, nfrac;
};

static bool text_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int32_t text_latin_base(int32_t cp)
{
    utf8proc_int32_t d[8];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD, &last);
    if (n >= 1 && n <= 8 && d[0] >= 'a' && d[0] <= 'z')
        return d[0];
    return -1;
}

static int32_t text_hangul_weight(int32_t cp)
{
    int l;

    if (text_is_syllable(cp))
        return (cp - TEXT_SYL_BASE) * 2 + 1;
    if ((l = text_jamo_initial(cp)) >= 0)
        return l * 588 * 2;
    if (cp >= 0x1100 && cp <= 0x1112)
        return (cp - 0x1100) * 588 * 2;
    return TEXT_SYL_COUNT * 2 + cp;
}

/* Reads the element at s[*i] and advances *i. */
static void text_next_elem(const char *s, size_t len, size_t *i, struct text_elem *e)
{
    unsigned char c = (unsigned char)s[*i];

    memset(e, 0, sizeof *e);
    if (text_is_digit((char)c)) {
        size_t j = *i;
        while (j < len && s[j] == '0')
            j++;
        e->digits = s + j;
        while (j < len && text_is_digit(s[j]))
            j++;
        e->ndigits = (size_t)(s + j - e->digits);
        if (j + 1 < len && s[j] == '.' && text_is_digit(s[j + 1])) {
            e->frac = s + j + 1;
            for (j++; j < len && text_is_digit(s[j]); j++)
                ;
            e->nfrac = (size_t)(s + j - e->frac);
        }
        e->cls = TEXT_CL_NUMBER;
        *i = j;
        return;
    }
    if (c < 0x80) {
        (*i)++;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            e->cls = TEXT_CL_LATIN;
            e->weight = c | 0x20;
        } else {
            e->cls = TEXT_CL_SEP;
            e->weight = c;
        }
        return;
    }
    int32_t cp = text_decode_next(s, len, i), base;
    if (cp < 0) {
        e->cls = TEXT_CL_OTHER;
        e->weight = 0x110000;
    } else if (text_is_syllable(cp) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3131 && cp <= 0x318E)) {
        e->cls = TEXT_CL_HANGUL;
        e->weight = text_hangul_weight(cp);
    } else if ((base = text_latin_base(cp)) >= 0) {
        e->cls = TEXT_CL_LATIN;
        e->weight = base;
    } else {
        e->cls = utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS ? TEXT_CL_SEP : TEXT_CL_OTHER;
        e->weight = utf8proc_tolower(cp);
    }
}

static int text_rank(enum text_class cls, bool latin_first)
{
    if (latin_first && cls == TEXT_CL_HANGUL)
        return TEXT_CL_LATIN;
    if (latin_first && cls == TEXT_CL_LATIN)
        return TEXT_CL_HANGUL;
    return (int)cls;
}

static int text_number_cmp(const struct text_elem *a, const struct text_elem *b)
{
    if (a->ndigits != b->ndigits)
        return a->ndigits < b->ndigits ? -1 : 1;
    int r = memcmp(a->digits, b->digits, a->ndigits);
    if (r)
        return r < 0 ? -1 : 1;
    /* Fractions digit by digit, the shorter padded with zeros. */
    for (size_t k = 0; k < a->nfrac || k < b->nfrac; k++) {
        char da = k < a->nfrac ? a->frac[k] : '0';
        char db = k < b->nfrac ? b->frac[k] : '0';
        if (da != db)
            return da < db ? -1 : 1;
    }
    return 0;
}

int text_collate(const char *a, const char *b, bool latin_first)
{
    size_t la = a ? strlen(a) : 0, lb = b ? strlen(b) : 0, i = 0, j = 0;
    struct text_elem ea, eb;

    if (!a || !b)
        return a ? 1 : b ? -1 : 0;
    while (i < la && j < lb) {
        text_next_elem(a, la, &i, &ea);
        text_next_elem(b, lb, &j, &eb);
        int ra = text_rank(ea.cls, latin_first), rb = text_rank(eb.cls, latin_first);
        if (ra != rb)
            return ra < rb ? -1 : 1;
        int r = ea.cls == TEXT_CL_NUMBER ? text_number_cmp(&ea, &eb)
                                         : (ea.weight > eb.weight) - (ea.weight < eb.weight);
        if (r)
            return r;
    }
    if (i < la || j < lb)
        return i < la ? 1 : -1;
    int r = strcmp(a, b);
    return (r > 0) - (r < 0);
}

/* Key bytes of one element; returns the bytes written (at most
 * 9 + ndigits + nfrac). */
static size_t text_key_elem(unsigned char *out, const struct text_elem *e, bool latin_first)
{
    size_t n = 0;
    out[n++] = (unsigned char)(text_rank(e->cls, latin_first) + 1); /* 1..5: after the 0 that ends */
    if (e->cls != TEXT_CL_NUMBER) {
        uint32_t w = (uint32_t)e->weight; /* < 2^24 */
        out[n++] = (unsigned char)(w >> 16);
        out[n++] = (unsigned char)(w >> 8);
        out[n++] = (unsigned char)w;
        return n;
    }
    /* The length of the integer part first, then its digits; then the
     * fraction without trailing zeros and a 0x01 below any digit, which
     * orders it as text_number_cmp's zero padding does. */
    uint32_t nd = (uint32_t)e->ndigits;
    for (int sh = 24; sh >= 0; sh -= 8)
        out[n++] = (unsigned char)(nd >> sh);
    if (e->ndigits) /* memcpy from NULL is undefined even for 0 bytes */
        memcpy(out + n, e->digits, e->ndigits);
    n += e->ndigits;
    size_t nf = e->nfrac;
    while (nf && e->frac[nf - 1] == '0')
        nf--;
    if (nf)
        memcpy(out + n, e->frac, nf);
    n += nf;
    out[n++] = 1;
    return n;
}

unsigned char *text_collate_key(const char *s, bool latin_first, size_t *lenp)
{
    size_t len = s ? strlen(s) : 0, i = 0, n = 0;
    /* At most 7 key bytes per byte of s (a one-digit number), then the 0
     * and s itself. */
    unsigned char *key = malloc(len * 8 + 16);
    if (!key)
        return NULL;
    struct text_elem e;
    while (i < len) {
        text_next_elem(s, len, &i, &e);
        n += text_key_elem(key + n, &e, latin_first);
    }
    /* Equal elements: the bytes decide, as in text_collate. */
    key[n++] = 0;
    memcpy(key + n, s ? s : "", len);
    *lenp = n + len;
    return key;
}

int text_collate_key_cmp(const unsigned char *a, size_t alen, const unsigned char *b, size_t blen)
{
    int r = memcmp(a, b, alen < blen ? alen : blen);
    if (r)
        return r < 0 ? -1 : 1;
    return (alen > blen) - (alen < blen);
}
