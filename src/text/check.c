/* SPDX-License-Identifier: GPL-2.0-or-later */
/* check.c — what text_check() reports about raw (loaded) strings. */
#include "config.h"

#include "text.h"
#include "text/internal.h"

enum text_issue text_check(const char *s, size_t len, size_t *offset)
{
    size_t i = 0;

    while (i < len) {
        size_t at = i;
        unsigned char c = (unsigned char)s[i];
        enum text_issue issue = TEXT_OK;

        if (c >= 0x20 && c < 0x7F) {
            i++;
            continue;
        }
        int32_t cp = text_decode_next(s, len, &i);
        if (cp < 0)
            issue = TEXT_BAD_UTF8;
        else if (cp == 0)
            issue = TEXT_NUL;
        else if (cp == 0x1B)
            issue = TEXT_ESCAPE;
        else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
            issue = TEXT_CONTROL;
        else if (text_is_bidi_control(cp))
            issue = TEXT_BIDI;
        if (issue != TEXT_OK) {
            if (offset)
                *offset = at;
            return issue;
        }
    }
    if (offset)
        *offset = len;
    return TEXT_OK;
}

const char *text_issue_name(enum text_issue issue)
{
    switch (issue) {
    case TEXT_OK:
        return "ok";
    case TEXT_BAD_UTF8:
        return "invalid UTF-8";
    case TEXT_NUL:
        return "NUL character";
    case TEXT_ESCAPE:
        return "escape sequence";
    case TEXT_CONTROL:
        return "control character";
    case TEXT_BIDI:
        return "bidi control";
    }
    return "unknown issue";
}
