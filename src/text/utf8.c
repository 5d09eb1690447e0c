/* SPDX-License-Identifier: GPL-2.0-or-later */
/* utf8.c — strict UTF-8 decoding and encoding, and a growable buffer. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "text/internal.h"

int32_t text_decode_next(const char *str, size_t len, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str + *i;
    size_t left = len - *i;
    unsigned char c = s[0];
    int32_t cp, min;
    size_t n;

    if (c < 0x80) {
        *i += 1;
        return c;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, cp = c & 0x07, min = 0x10000;
    } else {
        *i += 1;
        return -1;
    }
    if (left < n) {
        *i += 1;
        return -1;
    }
    for (size_t k = 1; k < n; k++) {
        if ((s[k] & 0xC0) != 0x80) {
            *i += 1;
            return -1;
        }
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *i += 1;
        return -1;
    }
    *i += n;
    return cp;
}

size_t text_encode_cp(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;

    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = TEXT_REPLACEMENT;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

static bool text_buf_grow(struct text_buf *b, size_t n)
{
    if (b->failed)
        return false;
    if (b->len + n + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void text_buf_put(struct text_buf *b, const char *s, size_t n)
{
    if (n && text_buf_grow(b, n)) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
    }
}

void text_buf_putc(struct text_buf *b, char c)
{
    text_buf_put(b, &c, 1);
}

void text_buf_put_cp(struct text_buf *b, int32_t cp)
{
    char tmp[4];
    text_buf_put(b, tmp, text_encode_cp(cp, tmp));
}

char *text_buf_finish(struct text_buf *b)
{
    if (!text_buf_grow(b, 0)) {
        free(b->data);
        b->data = NULL;
        return NULL;
    }
    b->data[b->len] = '\0';
    char *p = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}
