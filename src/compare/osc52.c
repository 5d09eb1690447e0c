/* SPDX-License-Identifier: GPL-2.0-or-later */
/* osc52.c — the OSC 52 "set clipboard" sequence (pure; no terminal I/O). */
#include "config.h"
#include "compare.h"

#include <stdlib.h>

char *compare_osc52(const char *data, size_t len, size_t *outlen)
{
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static const char head[] = "\033]52;c;";
    if (len > COMPARE_OSC52_MAX || (!data && len))
        return NULL;
    size_t enc = 4 * ((len + 2) / 3);
    size_t total = sizeof head - 1 + enc + 1;
    char *out = malloc(total + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < sizeof head - 1; i++)
        out[k++] = head[i];
    const unsigned char *p = (const unsigned char *)data;
    size_t i = 0;
    for (; i + 3 <= len; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
        out[k++] = b64[v >> 18 & 63];
        out[k++] = b64[v >> 12 & 63];
        out[k++] = b64[v >> 6 & 63];
        out[k++] = b64[v & 63];
    }
    if (len - i == 1) {
        unsigned v = (unsigned)p[i] << 16;
        out[k++] = b64[v >> 18 & 63];
        out[k++] = b64[v >> 12 & 63];
        out[k++] = '=';
        out[k++] = '=';
    } else if (len - i == 2) {
        unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8;
        out[k++] = b64[v >> 18 & 63];
        out[k++] = b64[v >> 12 & 63];
        out[k++] = b64[v >> 6 & 63];
        out[k++] = '=';
    }
    out[k++] = '\a';
    out[k] = '\0';
    if (outlen)
        *outlen = k;
    return out;
}
