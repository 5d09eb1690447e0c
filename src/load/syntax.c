/* SPDX-License-Identifier: GPL-2.0-or-later */
/* syntax.c — finds where a JSON text first goes wrong, for messages.
 *
 * cJSON only says that parsing failed and roughly where; this small
 * recursive-descent checker runs after such a failure and names the
 * first problem and its exact offset. Depth is already bounded by the
 * prescan (LOAD_MAX_DEPTH), so the recursion is too. */
#include "config.h"
#include "load_internal.h"

#include <string.h>

struct scan {
    const char *s;
    size_t len, pos;
    const char *msg;
};

static bool fail(struct scan *p, const char *msg)
{
    if (!p->msg)
        p->msg = p->pos >= p->len ? "unexpected end of file" : msg;
    return false;
}

static void ws(struct scan *p)
{
    while (p->pos < p->len && strchr(" \t\r\n", p->s[p->pos]) && p->s[p->pos])
        p->pos++;
}

static bool value(struct scan *p);

static bool string(struct scan *p)
{
    p->pos++; /* opening quote */
    while (p->pos < p->len) {
        char c = p->s[p->pos];
        if (c == '"') {
            p->pos++;
            return true;
        }
        if (c == '\\') {
            p->pos++;
            if (p->pos >= p->len)
                break;
            c = p->s[p->pos];
            if (c == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (p->pos + (size_t)i >= p->len ||
                        !strchr("0123456789abcdefABCDEF", p->s[p->pos + (size_t)i]) ||
                        !p->s[p->pos + (size_t)i]) {
                        p->pos += (size_t)i;
                        return fail(p, "invalid \\u escape in string");
                    }
                p->pos += 4;
            } else if (!strchr("\"\\/bfnrt", c) || !c) {
                return fail(p, "invalid escape in string");
            }
        }
        p->pos++;
    }
    return fail(p, "unterminated string");
}

static bool number(struct scan *p)
{
    size_t start = p->pos;
    if (p->s[p->pos] == '-')
        p->pos++;
    size_t digits = p->pos;
    while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
        p->pos++;
    if (p->pos == digits)
        return fail(p, "invalid number");
    if (p->pos < p->len && p->s[p->pos] == '.') {
        p->pos++;
        size_t f = p->pos;
        while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
            p->pos++;
        if (p->pos == f)
            return fail(p, "invalid number");
    }
    if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
        p->pos++;
        if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-'))
            p->pos++;
        size_t e = p->pos;
        while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
            p->pos++;
        if (p->pos == e)
            return fail(p, "invalid number");
    }
    return p->pos > start;
}

static bool literal(struct scan *p, const char *word)
{
    size_t n = strlen(word);
    if (p->len - p->pos >= n && memcmp(p->s + p->pos, word, n) == 0) {
        p->pos += n;
        return true;
    }
    return fail(p, "expected a value");
}

static bool container(struct scan *p, char close)
{
    p->pos++;
    ws(p);
    if (p->pos < p->len && p->s[p->pos] == close) {
        p->pos++;
        return true;
    }
    for (;;) {
        ws(p);
        if (close == '}') {
            if (p->pos >= p->len || p->s[p->pos] != '"')
                return fail(p, "expected a string key");
            if (!string(p))
                return false;
            ws(p);
            if (p->pos >= p->len || p->s[p->pos] != ':')
                return fail(p, "expected ':' after the key");
            p->pos++;
        }
        if (!value(p))
            return false;
        ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == close) {
            p->pos++;
            return true;
        }
        return fail(p, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static bool value(struct scan *p)
{
    ws(p);
    if (p->pos >= p->len)
        return fail(p, "expected a value");
    switch (p->s[p->pos]) {
    case '{':
        return container(p, '}');
    case '[':
        return container(p, ']');
    case '"':
        return string(p);
    case 't':
        return literal(p, "true");
    case 'f':
        return literal(p, "false");
    case 'n':
        return literal(p, "null");
    default:
        if (p->s[p->pos] == '-' || (p->s[p->pos] >= '0' && p->s[p->pos] <= '9'))
            return number(p);
        return fail(p, "expected a value");
    }
}

bool load_syntax_locate(const char *buf, size_t len, size_t *off, const char **msg)
{
    struct scan p = {buf, len, 0, NULL};
    if (value(&p))
        return false;
    *off = p.pos < len ? p.pos : len;
    *msg = p.msg ? p.msg : "invalid JSON";
    return true;
}
