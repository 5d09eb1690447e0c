/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_syntax.c — the strict JSON check every load runs (RFC 8259 plus
 * duplicate keys and the limits): what it accepts, what it refuses, where
 * and with which message. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load_internal.h"
#include "tap.h"

static void accepts(const char *text, const char *name)
{
    size_t off = 0;
    char msg[200] = "";
    enum load_syntax r = load_syntax_check(text, strlen(text), &off, msg, sizeof msg);
    if (!ok(r == LOAD_SYNTAX_OK, "accepts %s", name))
        printf("#   at %zu: %s\n", off, msg);
}

static void refuses(const char *text, size_t len, size_t want_off, const char *want_msg, const char *name)
{
    size_t off = 0;
    char msg[200] = "";
    enum load_syntax r = load_syntax_check(text, len, &off, msg, sizeof msg);
    ok(r == LOAD_SYNTAX_BAD, "refuses %s", name);
    is_int(off, want_off, "%s: at byte %zu", name, want_off);
    is_str(msg, want_msg, "%s: message", name);
}
#define REFUSES(text, off, msg, name) refuses(text, sizeof text - 1, off, msg, name)

int main(void)
{
    accepts("{}", "an empty object");
    accepts(" \t\r\n[ ]\n", "an empty array between the four whitespace bytes");
    accepts("[0, -0, 0.5, -1.5e-3, 1E+5, 1e5, 10, 123456789012345678901234567890.25]", "every number form");
    accepts("[true, false, null, \"\"]", "literals and the empty string");
    accepts("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\"",
            "every escape and a surrogate pair");
    accepts("\"\xed\x95\x9c \xf0\x9f\x98\x80\"", "raw UTF-8 in a string");
    accepts("\xef\xbb\xbf{\"a\": 1}", "a leading UTF-8 byte-order mark");
    accepts("{\"a\": 1, \"b\": {\"a\": 2}, \"c\": [{\"a\": 3}, {\"a\": 4}]}",
            "the same key in different objects");
    accepts("{\"a\": 1, \"\\u0062\": 2, \"ab\": 3, \"a\\u0063\": 4}", "escaped keys that differ");
    accepts("{\"x\": {\"k\": 1}, \"k\": 2}", "an inner object's key again in the outer one");

    REFUSES("[01]", 1, "invalid number (leading zero)", "a leading zero");
    REFUSES("[-01]", 1, "invalid number (leading zero)", "a negative leading zero");
    REFUSES("[1.]", 1, "invalid number (no digit after '.')", "a trailing dot");
    REFUSES("[1.e5]", 1, "invalid number (no digit after '.')", "a dot before the exponent");
    REFUSES("[1e]", 1, "invalid number (no digit in the exponent)", "an empty exponent");
    REFUSES("[1e+]", 1, "invalid number (no digit in the exponent)", "a signed empty exponent");
    REFUSES("[-]", 2, "invalid number (no digit after '-')", "a lone minus");
    REFUSES("[.5]", 1, "expected a value", "a leading dot");
    REFUSES("[+1]", 1, "expected a value", "a plus sign");
    REFUSES("[0x10]", 2, "expected ',' or ']'", "hexadecimal");
    REFUSES("\"2026-01-23\\uZZZZ-TAIL\"", 11, "invalid \\u escape in string (expected 4 hex digits)",
            "an invalid \\u escape");
    REFUSES("\"\\u12\"", 1, "invalid \\u escape in string (expected 4 hex digits)", "a short \\u escape");
    REFUSES("\"a\\qb\"", 2, "invalid escape '\\q' in string", "an unknown escape");
    REFUSES("\"\\ud800\"", 1, "lone surrogate \\uD800 in string (no low half follows)",
            "a lone high surrogate");
    REFUSES("\"\\uD800\\u0041\"", 1, "lone surrogate \\uD800 in string (no low half follows)",
            "a high surrogate before a non-surrogate");
    REFUSES("\"x\\uDC00\"", 2, "lone surrogate \\uDC00 in string (a low half with no high half before it)",
            "a lone low surrogate");
    REFUSES("\"\\u0000\"", 1, "NUL character (\\u0000) in string", "\\u0000");
    REFUSES("\"a\x01z\"", 2, "control character 0x01 in string (write it as \\u0001)",
            "a raw control character");
    REFUSES("\"a\tz\"", 2, "control character 0x09 in string (write it as \\u0009)", "a raw TAB in a string");
    REFUSES("\"a\nz\"", 2, "control character 0x0a in string (write it as \\u000a)",
            "a raw newline in a string");
    REFUSES("[1,\x1b 2]", 3, "control byte 0x1b outside a string", "ESC between tokens");
    REFUSES("[1,\a2]", 3, "control byte 0x07 outside a string", "BEL between tokens");
    REFUSES("\x0c[]", 0, "control byte 0x0c outside a string", "a form feed before the value");
    REFUSES("[1]\x7f", 3, "unexpected data after the JSON value", "DEL after the value");
    REFUSES("[1] x", 4, "unexpected data after the JSON value", "trailing garbage");
    REFUSES("[1][2]", 3, "unexpected data after the JSON value", "two values");
    REFUSES("[1\0]", 2, "NUL byte in file", "a NUL byte");
    REFUSES("[\"a\0\"]", 3, "NUL byte in file", "a NUL byte in a string");
    REFUSES("{\"a\": 1, \"a\": 2}", 9, "duplicate key \"a\"", "a duplicate key");
    REFUSES("{\"a\": 1, \"\\u0061\": 2}", 9, "duplicate key \"\\u0061\"",
            "a duplicate key spelled with an escape");
    REFUSES("{\"ab\": 1, \"a\\u0062\": 2}", 10, "duplicate key \"a\\u0062\"",
            "a duplicate with an escape inside");
    REFUSES("{\"\\uD83D\\uDE00\": 1, \"\xf0\x9f\x98\x80\": 2}", 20, "duplicate key \"\xf0\x9f\x98\x80\"",
            "a surrogate pair and its UTF-8");
    REFUSES("[{\"x\": 1}, {\"k\": 1, \"k\": 2}]", 20, "duplicate key \"k\"", "a duplicate in a later object");
    REFUSES("{\"a\": 1,}", 8, "expected a string key", "a trailing comma");
    REFUSES("{\"a\": 1", 7, "unexpected end of file", "a truncated object");
    REFUSES("{\"\xe2\x80\xae\": 1, \"\xe2\x80\xae\": 2}", 11, "duplicate key \"\\u202e\"",
            "a duplicate key is shown display-safe");

    /* Depth: 64 levels are fine, the 65th is refused where it opens. */
    char deep[200];
    memset(deep, '[', 64);
    memset(deep + 64, ']', 64);
    deep[128] = '\0';
    accepts(deep, "64 nested arrays");
    memset(deep, '[', 65);
    memset(deep + 65, ']', 65);
    refuses(deep, 130, 64, "nesting deeper than 64 levels (limit: max depth)", "65 nested arrays");

    /* Many keys in one object: the table grows, every key stays found. */
    size_t n = 100000, cap = n * 24 + 64, len = 0;
    char *big = malloc(cap);
    if (!big)
        return tap_done();
    big[len++] = '{';
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(big + len, cap - len, "%s\"k%zu\": %zu", i ? ", " : "", i, i);
    size_t before_dup = len;
    len += (size_t)snprintf(big + len, cap - len, "}");
    size_t off;
    char msg[200];
    ok(load_syntax_check(big, len, &off, msg, sizeof msg) == LOAD_SYNTAX_OK, "100,000 distinct keys");
    len = before_dup;
    len += (size_t)snprintf(big + len, cap - len, ", \"k1\": 0}");
    ok(load_syntax_check(big, len, &off, msg, sizeof msg) == LOAD_SYNTAX_BAD && off == before_dup + 2,
       "100,000 keys, then the second one again: refused at its position");
    is_str(msg, "duplicate key \"k1\"", "and named");
    free(big);
    return tap_done();
}
