/* SPDX-License-Identifier: GPL-2.0-or-later */
/* escape.c — controls, escape sequences and bad bytes made visible. */
#include "config.h"

#include <stdio.h>

#include "text.h"
#include "text/internal.h"

/* Byte length of the escape sequence (ECMA-48) starting with ESC at s[i]:
 * CSI up to its final byte; OSC, DCS, SOS, PM and APC up to BEL or ST (or
 * the end of the string); otherwise ESC, intermediates and a final byte. */
static size_t text_escape_end(const unsigned char *s, size_t len, size_t i)
{
    size_t j = i + 1;

    if (j >= len)
        return j;
    if (s[j] == '[') {
        for (j++; j < len && s[j] >= 0x30 && s[j] <= 0x3F; j++)
            ;
        for (; j < len && s[j] >= 0x20 && s[j] <= 0x2F; j++)
            ;
        return j < len && s[j] >= 0x40 && s[j] <= 0x7E ? j + 1 : j;
    }
    if (s[j] == ']' || s[j] == 'P' || s[j] == 'X' || s[j] == '^' || s[j] == '_') {
        for (j++; j < len; j++) {
            if (s[j] == 0x07)
                return j + 1;
            if (s[j] == 0x1B)
                return j + 1 < len && s[j + 1] == '\\' ? j + 2 : j;
            if (s[j] == 0xC2 && j + 1 < len && s[j + 1] == 0x9C)
                return j + 2;
        }
        return len;
    }
    for (; j < len && s[j] >= 0x20 && s[j] <= 0x2F; j++)
        ;
    return j < len && s[j] >= 0x30 && s[j] <= 0x7E ? j + 1 : j;
}

static void text_put_byte_escape(struct text_buf *b, unsigned char c)
{
    char tmp[8];

    if (c == 0x1B) {
        text_buf_put(b, "\\e", 2);
    } else if (c >= 0x20 && c < 0x7F) {
        text_buf_putc(b, (char)c);
    } else {
        snprintf(tmp, sizeof tmp, "\\x%02x", c);
        text_buf_put(b, tmp, 4);
    }
}

void text_render_controls(struct text_buf *b, const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    char tmp[12];

    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        if (c >= 0x20 && c < 0x7F) {
            text_buf_putc(b, (char)c);
            i++;
        } else if (c == 0x1B) {
            size_t end = text_escape_end(s, len, i);
            for (; i < end; i++)
                text_put_byte_escape(b, s[i]);
        } else if (c == '\t' || c == '\n' || c == '\r') {
            text_buf_putc(b, ' ');
            i++;
        } else if (c < 0x80) {
            text_put_byte_escape(b, c);
            i++;
        } else {
            int32_t cp = text_decode_next(str, len, &i);
            if (cp < 0) {
                text_buf_put_cp(b, TEXT_REPLACEMENT);
            } else if (cp == 0x2028 || cp == 0x2029) {
                text_buf_putc(b, ' ');
            } else if (cp <= 0x9F || text_is_bidi_control(cp)) {
                snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)cp);
                text_buf_put(b, tmp, 6);
            } else {
                text_buf_put_cp(b, cp);
            }
        }
    }
}
