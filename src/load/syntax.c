/* SPDX-License-Identifier: GPL-2.0-or-later */
/* syntax.c — the strict JSON check every load runs before cJSON.
 *
 * cJSON 1.7.15 is lenient: it takes 01 and 1. as numbers, any byte below
 * 0x21 as whitespace, raw control characters in strings, and stops a
 * string at an invalid \u escape (so "2026-01-23\uZZZZ-TAIL" loads as
 * "2026-01-23"). This recursive-descent checker accepts exactly RFC 8259
 * (plus our limits: NUL, \u0000, nesting depth) and rejects
 * duplicate keys, and names the first problem and its byte offset. Depth
 * is counted here (LOAD_MAX_DEPTH), so the recursion is bounded.
 *
 * Duplicate keys: one open-addressing table per nesting level; a slot
 * belongs to the object whose serial number it carries, so a new object
 * starts with an empty table without clearing it, and each key costs O(1). */
#include "config.h"
#include "load_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

struct key_slot {
    uint64_t obj; /* serial of the object this key belongs to; 0 = empty */
    uint64_t hash;
    size_t start, end; /* the key's text between its quotes */
};

struct key_table {
    struct key_slot *slot;
    size_t cap, used; /* used: keys of the current object */
    uint64_t obj;
};

struct scan {
    const char *s;
    size_t len, pos;
    int depth;
    uint64_t objects;
    struct key_table level[LOAD_MAX_DEPTH + 1];
    const char *msg;
    char msgbuf[160];
    bool nomem;
    struct load_progress *prog; /* NULL: none kept */
    size_t told;                /* the bytes added to prog->done */
};

static bool failf(struct scan *p, const char *msg)
{
    if (!p->msg)
        p->msg = msg;
    return false;
}

/* Every megabyte: the bytes checked into prog, and whether to go on. */
static bool tick(struct scan *p)
{
    if (!p->prog || p->pos - p->told < ((size_t)1 << 20))
        return true;
    atomic_fetch_add_explicit(&p->prog->done, p->pos - p->told, memory_order_relaxed);
    p->told = p->pos;
    if (atomic_load_explicit(&p->prog->cancel, memory_order_relaxed))
        return failf(p, "cancelled");
    return true;
}

/* A problem at the current byte: the end of the text and control bytes
 * have their own message whatever was expected there. */
static bool fail(struct scan *p, const char *msg)
{
    if (p->msg)
        return false;
    if (p->pos >= p->len)
        return failf(p, "unexpected end of file");
    unsigned char c = (unsigned char)p->s[p->pos];
    if (c == 0)
        return failf(p, "NUL byte in file");
    if (c < 0x20 || c == 0x7f) {
        snprintf(p->msgbuf, sizeof p->msgbuf, "control byte 0x%02x outside a string", c);
        return failf(p, p->msgbuf);
    }
    return failf(p, msg);
}

static void ws(struct scan *p)
{
    while (p->pos < p->len) {
        char c = p->s[p->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->pos++;
    }
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The code unit of the \uXXXX escape whose backslash is at i, or -1. */
static long hex4(const struct scan *p, size_t i)
{
    if (p->len - i < 6)
        return -1;
    long v = 0;
    for (size_t k = 2; k < 6; k++) {
        int h = hexval(p->s[i + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static uint64_t hash_bytes(uint64_t h, const unsigned char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * FNV_PRIME;
    return h;
}

/* Appends code point cp as UTF-8 to out (at least 4 bytes); returns its length. */
static size_t put_utf8(unsigned char *out, unsigned long cp)
{
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xc0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xe0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (unsigned char)(0xf0 | (cp >> 18));
    out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Decodes the next unit of an already checked string body at *i (a byte
 * or a whole escape, a surrogate pair as one) into out; returns its length. */
static size_t next_unit(const char *s, size_t *i, unsigned char *out)
{
    if (s[*i] != '\\') {
        out[0] = (unsigned char)s[(*i)++];
        return 1;
    }
    char e = s[*i + 1];
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    if (e != 'u') {
        *i += 2;
        out[0] = (unsigned char)to[strchr(from, e) - from];
        return 1;
    }
    unsigned long cp = 0;
    for (int k = 2; k < 6; k++)
        cp = cp * 16 + (unsigned long)hexval(s[*i + (size_t)k]);
    *i += 6;
    if (cp >= 0xd800 && cp <= 0xdbff) {
        unsigned long lo = 0;
        for (int k = 2; k < 6; k++)
            lo = lo * 16 + (unsigned long)hexval(s[*i + (size_t)k]);
        *i += 6;
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
    }
    return put_utf8(out, cp);
}

/* Whether two checked string bodies decode to the same text. */
static bool same_text(const char *s, size_t a, size_t a_end, size_t b, size_t b_end)
{
    if (!memchr(s + a, '\\', a_end - a) && !memchr(s + b, '\\', b_end - b))
        return a_end - a == b_end - b && memcmp(s + a, s + b, a_end - a) == 0;
    unsigned char ua[4], ub[4];
    size_t na = 0, nb = 0, ia = 0, ib = 0;
    while (a < a_end || ia < na) {
        if (ia == na) {
            na = next_unit(s, &a, ua);
            ia = 0;
        }
        if (ib == nb) {
            if (b >= b_end)
                return false;
            nb = next_unit(s, &b, ub);
            ib = 0;
        }
        if (ua[ia++] != ub[ib++])
            return false;
    }
    return ib == nb && b >= b_end;
}

/* At the opening quote: checks the string up to its closing quote.
 * *hash receives the FNV-1a hash of its decoded text when hash != NULL. */
static bool string(struct scan *p, uint64_t *hash)
{
    uint64_t h = FNV_OFFSET;
    p->pos++;
    size_t run = p->pos; /* start of the bytes not yet hashed */
    while (p->pos < p->len) {
        unsigned char c = (unsigned char)p->s[p->pos];
        if (c == '"') {
            if (hash)
                *hash = hash_bytes(h, (const unsigned char *)p->s + run, p->pos - run);
            p->pos++;
            return true;
        }
        if (c == 0)
            return failf(p, "NUL byte in file");
        if (c < 0x20) {
            snprintf(p->msgbuf, sizeof p->msgbuf, "control character 0x%02x in string (write it as \\u%04x)",
                     c, c);
            return failf(p, p->msgbuf);
        }
        if (c != '\\') {
            p->pos++;
            continue;
        }
        if (hash)
            h = hash_bytes(h, (const unsigned char *)p->s + run, p->pos - run);
        if (p->pos + 1 >= p->len) {
            p->pos = p->len;
            return failf(p, "unexpected end of file");
        }
        char e = p->s[p->pos + 1];
        size_t at = p->pos;
        if (e == 'u') {
            long cp = hex4(p, at);
            if (cp < 0)
                return failf(p, "invalid \\u escape in string (expected 4 hex digits)");
            if (cp == 0)
                return failf(p, "NUL character (\\u0000) in string");
            p->pos += 6;
            if (cp >= 0xdc00 && cp <= 0xdfff) {
                p->pos = at;
                snprintf(p->msgbuf, sizeof p->msgbuf,
                         "lone surrogate \\u%04lX in string (a low half with no high half before it)", cp);
                return failf(p, p->msgbuf);
            }
            if (cp >= 0xd800 && cp <= 0xdbff) {
                long lo = p->pos + 1 < p->len && p->s[p->pos] == '\\' && p->s[p->pos + 1] == 'u'
                              ? hex4(p, p->pos)
                              : -1;
                if (lo < 0xdc00 || lo > 0xdfff) {
                    p->pos = at;
                    snprintf(p->msgbuf, sizeof p->msgbuf,
                             "lone surrogate \\u%04lX in string (no low half follows)", cp);
                    return failf(p, p->msgbuf);
                }
                p->pos += 6;
            }
        } else if (e && strchr("\"\\/bfnrt", e)) {
            p->pos += 2;
        } else {
            if ((unsigned char)e >= 0x21 && (unsigned char)e < 0x7f)
                snprintf(p->msgbuf, sizeof p->msgbuf, "invalid escape '\\%c' in string", e);
            else
                snprintf(p->msgbuf, sizeof p->msgbuf,
                         "invalid escape (backslash before byte 0x%02x) in string", (unsigned char)e);
            return failf(p, p->msgbuf);
        }
        if (hash) {
            unsigned char u[4] = {0};
            size_t i = at;
            h = hash_bytes(h, u, next_unit(p->s, &i, u));
        }
        run = p->pos;
    }
    return failf(p, "unexpected end of file");
}

static bool number(struct scan *p)
{
    size_t start = p->pos;
    if (p->s[p->pos] == '-')
        p->pos++;
    if (p->pos >= p->len || p->s[p->pos] < '0' || p->s[p->pos] > '9')
        return fail(p, "invalid number (no digit after '-')");
    if (p->s[p->pos] == '0' && p->pos + 1 < p->len && p->s[p->pos + 1] >= '0' && p->s[p->pos + 1] <= '9') {
        p->pos = start;
        return failf(p, "invalid number (leading zero)");
    }
    while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
        p->pos++;
    if (p->pos < p->len && p->s[p->pos] == '.') {
        p->pos++;
        size_t f = p->pos;
        while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
            p->pos++;
        if (p->pos == f) {
            p->pos = start;
            return failf(p, "invalid number (no digit after '.')");
        }
    }
    if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
        p->pos++;
        if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-'))
            p->pos++;
        size_t e = p->pos;
        while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
            p->pos++;
        if (p->pos == e) {
            p->pos = start;
            return failf(p, "invalid number (no digit in the exponent)");
        }
    }
    return true;
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

/* Records the key s[start, end) (hash h) in the open object's table;
 * false when the object already has it. */
static bool key_new(struct scan *p, struct key_table *t, uint64_t h, size_t start, size_t end)
{
    if (2 * (t->used + 1) > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        struct key_slot *ns = calloc(cap, sizeof *ns);
        if (!ns) {
            p->nomem = true;
            return failf(p, "out of memory");
        }
        for (size_t i = 0; i < t->cap; i++) {
            if (t->slot[i].obj != t->obj)
                continue;
            size_t j = (size_t)t->slot[i].hash & (cap - 1);
            while (ns[j].obj)
                j = (j + 1) & (cap - 1);
            ns[j] = t->slot[i];
        }
        free(t->slot);
        t->slot = ns;
        t->cap = cap;
    }
    size_t j = (size_t)h & (t->cap - 1);
    for (; t->slot[j].obj == t->obj; j = (j + 1) & (t->cap - 1))
        if (t->slot[j].hash == h && same_text(p->s, t->slot[j].start, t->slot[j].end, start, end))
            return false;
    t->slot[j] = (struct key_slot){t->obj, h, start, end};
    t->used++;
    return true;
}

static bool value(struct scan *p);

static bool container(struct scan *p, char close)
{
    if (++p->depth > LOAD_MAX_DEPTH) {
        snprintf(p->msgbuf, sizeof p->msgbuf, "nesting deeper than %d levels (limit: max depth)",
                 LOAD_MAX_DEPTH);
        return failf(p, p->msgbuf);
    }
    struct key_table *t = &p->level[p->depth];
    if (close == '}') {
        t->obj = ++p->objects;
        t->used = 0;
    }
    p->pos++;
    ws(p);
    if (p->pos < p->len && p->s[p->pos] == close) {
        p->pos++;
        p->depth--;
        return true;
    }
    for (;;) {
        ws(p);
        if (close == '}') {
            if (p->pos >= p->len || p->s[p->pos] != '"')
                return fail(p, "expected a string key");
            size_t kpos = p->pos;
            uint64_t h;
            if (!string(p, &h))
                return false;
            if (!key_new(p, t, h, kpos + 1, p->pos - 1)) {
                if (p->msg)
                    return false;
                char *shown = text_display(p->s + kpos + 1, p->pos - 1 - (kpos + 1), 0);
                snprintf(p->msgbuf, sizeof p->msgbuf, "duplicate key \"%.100s\"", shown ? shown : "?");
                free(shown);
                p->pos = kpos;
                return failf(p, p->msgbuf);
            }
            ws(p);
            if (p->pos >= p->len || p->s[p->pos] != ':')
                return fail(p, "expected ':' after the key");
            p->pos++;
        }
        if (!value(p) || !tick(p))
            return false;
        ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == close) {
            p->pos++;
            p->depth--;
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
        return string(p, NULL);
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

/* A text in UTF-16 or UTF-32 (with or without a byte-order mark): its
 * encoding's name, else NULL. JSON's first character is ASCII, so the
 * zero bytes around it tell. */
static const char *not_utf8(const char *buf, size_t len)
{
    const unsigned char *b = (const unsigned char *)buf;
    if (len >= 4 && b[0] == 0 && b[1] == 0 && ((b[2] == 0xfe && b[3] == 0xff) || (b[2] == 0 && b[3])))
        return "UTF-32BE";
    if (len >= 4 && b[2] == 0 && b[3] == 0 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] && b[1] == 0)))
        return "UTF-32LE";
    if (len >= 2 && ((b[0] == 0xfe && b[1] == 0xff) || (b[0] == 0 && b[1])))
        return "UTF-16BE";
    if (len >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] && b[1] == 0)))
        return "UTF-16LE";
    return NULL;
}

enum load_syntax load_syntax_check(const char *buf, size_t len, size_t *off, char *msg, size_t msgsz)
{
    return load_syntax_check_progress(buf, len, off, msg, msgsz, NULL);
}

enum load_syntax load_syntax_check_progress(const char *buf, size_t len, size_t *off, char *msg, size_t msgsz,
                                            struct load_progress *prog)
{
    struct scan *p = calloc(1, sizeof *p);
    if (!p) {
        *off = 0;
        snprintf(msg, msgsz, "out of memory");
        return LOAD_SYNTAX_NOMEM;
    }
    p->s = buf;
    p->len = len;
    p->prog = prog;
    const char *wide = not_utf8(buf, len);
    if (wide) {
        *off = 0;
        snprintf(msg, msgsz, "not UTF-8 (%s); JSON must be UTF-8 (iconv -f %s -t UTF-8)", wide, wide);
        free(p);
        return LOAD_SYNTAX_BAD;
    }
    if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
        p->pos = 3; /* a UTF-8 byte-order mark: RFC 8259 lets parsers ignore it, cJSON does */
    bool good = value(p);
    if (good) {
        ws(p);
        if (p->pos < len)
            good = failf(p, "unexpected data after the JSON value");
    }
    if (prog && good)
        atomic_fetch_add_explicit(&prog->done, len - p->told, memory_order_relaxed);
    enum load_syntax r = good ? LOAD_SYNTAX_OK : p->nomem ? LOAD_SYNTAX_NOMEM : LOAD_SYNTAX_BAD;
    if (!good) {
        *off = p->pos < len ? p->pos : len;
        snprintf(msg, msgsz, "%s", p->msg ? p->msg : "invalid JSON");
    }
    for (size_t i = 0; i <= LOAD_MAX_DEPTH; i++)
        free(p->level[i].slot);
    free(p);
    return r;
}
