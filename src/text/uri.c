/* SPDX-License-Identifier: GPL-2.0-or-later */
/* uri.c — text_uri(): a URL from the data as the bytes a terminal link
 * (OSC 8) or the clipboard (OSC 52) may carry: http or https, printable
 * ASCII only, non-ASCII text percent-encoded; anything that could end or
 * start a terminal sequence (ESC, BEL, C0/C1 controls, DEL) or hide text
 * (bidi controls, spaces) refuses the whole URL. */
#include "config.h"

#include <string.h>

#include "text.h"

static bool scheme_ok(const char *s, size_t len)
{
    static const char *const schemes[] = {"http://", "https://"};
    for (size_t k = 0; k < sizeof schemes / sizeof schemes[0]; k++) {
        size_t n = strlen(schemes[k]);
        if (len <= n)
            continue;
        size_t i = 0;
        while (i < n && (s[i] | 0x20) == schemes[k][i])
            i++;
        if (i == n)
            return true;
    }
    return false;
}

size_t text_uri(char *buf, size_t bufsz, const char *s, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    if (!buf || !bufsz)
        return 0;
    buf[0] = '\0';
    if (!s || len > TEXT_URI_MAX || !scheme_ok(s, len) || text_check(s, len, NULL) != TEXT_OK)
        return 0;
    size_t w = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c == 0x7F)
            return buf[0] = '\0', 0; /* a space or a control: not a URL */
        size_t need = c < 0x80 ? 1 : 3;
        if (w + need >= bufsz || w + need > TEXT_URI_MAX)
            return buf[0] = '\0', 0;
        if (c < 0x80) {
            buf[w++] = (char)c;
        } else {
            buf[w++] = '%';
            buf[w++] = hex[c >> 4];
            buf[w++] = hex[c & 15];
        }
    }
    buf[w] = '\0';
    return w;
}
