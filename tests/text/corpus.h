/* SPDX-License-Identifier: GPL-2.0-or-later */
/* corpus.h — reading tests/text/corpus.txt (header-only, for the tests).
 *
 * One string a line; '#' starts a comment line, blank lines are skipped.
 * Escapes keep the file itself clean: \u{HEX} a code point (UTF-8),
 * \xHH a raw byte, \e ESC, \t TAB, \n LF, \r CR, \\ a backslash.
 */
#ifndef DOKPAMO_TESTS_CORPUS_H
#define DOKPAMO_TESTS_CORPUS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CORPUS_MAX 512

struct corpus {
    char *line[CORPUS_MAX]; /* as written in the file */
    char *text[CORPUS_MAX]; /* unescaped */
    size_t len[CORPUS_MAX];
    int n;
};

static size_t corpus_put_cp(char *o, unsigned long cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Unescapes s into a malloc'd buffer; *len receives its length. */
static __attribute__((unused)) char *corpus_unescape(const char *s, size_t *len)
{
    char *out = malloc(strlen(s) * 4 + 1), *o = out;

    if (!out)
        abort();
    while (*s) {
        if (*s != '\\' || !s[1]) {
            *o++ = *s++;
            continue;
        }
        char c = s[1];
        s += 2;
        if (c == 'u' && *s == '{') {
            char *end;
            unsigned long cp = strtoul(s + 1, &end, 16);
            o += corpus_put_cp(o, cp);
            s = *end == '}' ? end + 1 : end;
        } else if (c == 'x') {
            char hex[3] = {s[0], s[0] ? s[1] : 0, 0};
            *o++ = (char)strtoul(hex, NULL, 16);
            s += strlen(hex);
        } else {
            *o++ = c == 'e' ? '\033' : c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
        }
    }
    *o = '\0';
    *len = (size_t)(o - out);
    return out;
}

static __attribute__((unused)) int corpus_read(struct corpus *c, const char *path)
{
    char buf[4096];
    FILE *f = fopen(path, "r");

    c->n = 0;
    if (!f)
        return -1;
    while (fgets(buf, sizeof buf, f) && c->n < CORPUS_MAX) {
        buf[strcspn(buf, "\n")] = '\0';
        if (buf[0] == '#' || buf[0] == '\0')
            continue;
        c->line[c->n] = strdup(buf);
        c->text[c->n] = corpus_unescape(buf, &c->len[c->n]);
        c->n++;
    }
    fclose(f);
    return c->n;
}

static __attribute__((unused)) void corpus_free(struct corpus *c)
{
    for (int i = 0; i < c->n; i++) {
        free(c->line[i]);
        free(c->text[i]);
    }
    c->n = 0;
}

#endif
