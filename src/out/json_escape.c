/* SPDX-License-Identifier: GPL-2.0-or-later */
/* json_escape.c — JSON string bodies that are safe on a terminal. */
#include "config.h"
#include "out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Decodes one UTF-8 sequence (input is valid UTF-8: the loader made it so). */
static unsigned decode(const unsigned char *s, size_t *len)
{
    if (s[0] < 0x80) {
        *len = 1;
        return s[0];
    }
    if ((s[0] & 0xe0) == 0xc0 && s[1]) {
        *len = 2;
        return ((s[0] & 0x1fu) << 6) | (s[1] & 0x3fu);
    }
    if ((s[0] & 0xf0) == 0xe0 && s[1] && s[2]) {
        *len = 3;
        return ((s[0] & 0x0fu) << 12) | ((s[1] & 0x3fu) << 6) | (s[2] & 0x3fu);
    }
    if ((s[0] & 0xf8) == 0xf0 && s[1] && s[2] && s[3]) {
        *len = 4;
        return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3fu) << 12) | ((s[2] & 0x3fu) << 6) | (s[3] & 0x3fu);
    }
    *len = 1;
    return 0xfffd;
}

static bool must_escape(unsigned cp)
{
    return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029 || cp == 0x200e || cp == 0x200f ||
           cp == 0x061c;
}

char *out_json_escape(const char *in)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t cap = strlen(in) * 6 + 1;
    char *out = malloc(cap), *o = out;
    if (!out)
        return NULL;
    while (*s) {
        size_t len;
        unsigned cp = decode(s, &len);
        if (cp == '"' || cp == '\\') {
            *o++ = '\\';
            *o++ = (char)cp;
        } else if (cp == '\n') {
            o += sprintf(o, "\\n");
        } else if (cp == '\t') {
            o += sprintf(o, "\\t");
        } else if (must_escape(cp)) {
            o += sprintf(o, "\\u%04x", cp);
        } else if (cp == 0xfffd && len == 1) {
            o += sprintf(o, "\\ufffd");
        } else {
            memcpy(o, s, len);
            o += len;
        }
        s += len;
    }
    *o = '\0';
    return out;
}
