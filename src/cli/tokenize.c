/* SPDX-License-Identifier: GPL-2.0-or-later */
/* tokenize.c — splits $SSH_ORIGINAL_COMMAND into words (include/ssh.h):
 * quotes and backslashes as a POSIX shell reads them, and nothing else a
 * shell does. Works on bytes: every byte that means something here is
 * ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so UTF-8
 * passes through whole; each finished word is then checked as text. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ssh.h"
#include "text.h"

/* The output buffer and the words' starts while splitting. */
struct tok {
    char *out;
    size_t nout;
    size_t *starts;
    size_t nwords, cap;
    bool in_word;
    char *err;
    size_t errsz;
};

static bool word_begin(struct tok *t)
{
    if (t->in_word)
        return true;
    if (t->nwords == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        size_t *n = realloc(t->starts, cap * sizeof *n);
        if (!n)
            return false;
        t->starts = n;
        t->cap = cap;
    }
    t->starts[t->nwords++] = t->nout;
    t->in_word = true;
    return true;
}

static void word_end(struct tok *t)
{
    if (t->in_word)
        t->out[t->nout++] = '\0';
    t->in_word = false;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

/* What a shell would act on outside quotes: lists, pipes, redirections,
 * subshells, expansions and command substitution. */
static bool is_special(char c)
{
    return c != '\0' && strchr(";&|<>()$`", c) != NULL;
}

static enum cli_tok_status refuse_special(struct tok *t, char c, size_t at, bool in_dquote)
{
    if (in_dquote)
        snprintf(t->err, t->errsz,
                 "'%c' inside double quotes at byte %zu: nothing is expanded or run here (use single quotes)",
                 c, at + 1);
    else
        snprintf(t->err, t->errsz,
                 "'%c' at byte %zu: this is not a shell, nothing is expanded or run (quote it to use it in a "
                 "name)",
                 c, at + 1);
    return CLI_TOK_SPECIAL;
}

/* "..." starting at s[*i] == '"'. */
static enum cli_tok_status dquote(struct tok *t, const char *s, size_t len, size_t *i)
{
    size_t open = *i, j = *i + 1;
    for (;;) {
        if (j >= len) {
            snprintf(t->err, t->errsz, "unterminated double quote (opened at byte %zu)", open + 1);
            return CLI_TOK_UNTERMINATED;
        }
        char d = s[j];
        if (d == '"')
            break;
        if (d == '\\' && j + 1 < len && strchr("\"\\$`\n", s[j + 1])) {
            if (s[j + 1] != '\n')
                t->out[t->nout++] = s[j + 1];
            j += 2;
            continue;
        }
        if (d == '$' || d == '`')
            return refuse_special(t, d, j, true);
        t->out[t->nout++] = d;
        j++;
    }
    *i = j + 1;
    return CLI_TOK_OK;
}

static enum cli_tok_status split(struct tok *t, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        char c = s[i];
        if (is_blank(c)) {
            word_end(t);
            i++;
            continue;
        }
        if (c == '\\' && i + 1 < len && s[i + 1] == '\n') {
            i += 2; /* a line continuation joins, it starts no word */
            continue;
        }
        if (is_special(c))
            return refuse_special(t, c, i, false);
        if (!word_begin(t))
            return CLI_TOK_NO_MEMORY;
        if (c == '\'') {
            const char *close = memchr(s + i + 1, '\'', len - i - 1);
            if (!close) {
                snprintf(t->err, t->errsz, "unterminated single quote (opened at byte %zu)", i + 1);
                return CLI_TOK_UNTERMINATED;
            }
            size_t n = (size_t)(close - (s + i + 1));
            memcpy(t->out + t->nout, s + i + 1, n);
            t->nout += n;
            i += n + 2;
        } else if (c == '"') {
            enum cli_tok_status st = dquote(t, s, len, &i);
            if (st != CLI_TOK_OK)
                return st;
        } else if (c == '\\') {
            if (i + 1 >= len) {
                snprintf(t->err, t->errsz, "backslash at the end of the command");
                return CLI_TOK_BACKSLASH;
            }
            t->out[t->nout++] = s[i + 1];
            i += 2;
        } else {
            t->out[t->nout++] = c;
            i++;
        }
    }
    word_end(t);
    return CLI_TOK_OK;
}

void cli_words_free(struct cli_words *w)
{
    free(w->argv);
    free(w->buf);
    memset(w, 0, sizeof *w);
}

enum cli_tok_status cli_tokenize(const char *s, size_t len, struct cli_words *w, char *err, size_t errsz)
{
    memset(w, 0, sizeof *w);
    err[0] = '\0';
    if (len > CLI_TOKENIZE_MAX) {
        snprintf(err, errsz, "the command is %zu bytes; at most %d are accepted", len, CLI_TOKENIZE_MAX);
        return CLI_TOK_TOO_LONG;
    }
    const char *nul = memchr(s, '\0', len);
    if (nul) {
        snprintf(err, errsz, "NUL byte at byte %zu", (size_t)(nul - s) + 1);
        return CLI_TOK_TEXT;
    }
    /* A word is never longer than its input, and each input byte ends at
     * most one word. */
    struct tok t = {.out = malloc(2 * len + 1), .err = err, .errsz = errsz};
    if (!t.out) {
        snprintf(err, errsz, "out of memory");
        return CLI_TOK_NO_MEMORY;
    }
    enum cli_tok_status st = split(&t, s, len);
    for (size_t k = 0; st == CLI_TOK_OK && k < t.nwords; k++) {
        const char *word = t.out + t.starts[k];
        enum text_issue issue = text_check(word, strlen(word), NULL);
        if (issue != TEXT_OK) {
            snprintf(err, errsz, "word %zu: %s", k + 1, text_issue_name(issue));
            st = CLI_TOK_TEXT;
        }
    }
    if (st == CLI_TOK_OK) {
        w->argv = malloc((t.nwords + 1) * sizeof *w->argv);
        if (!w->argv) {
            snprintf(err, errsz, "out of memory");
            st = CLI_TOK_NO_MEMORY;
        }
    }
    if (st == CLI_TOK_NO_MEMORY && !err[0])
        snprintf(err, errsz, "out of memory");
    if (st != CLI_TOK_OK) {
        free(t.out);
        free(t.starts);
        free(w->argv);
        memset(w, 0, sizeof *w);
        return st;
    }
    for (size_t k = 0; k < t.nwords; k++)
        w->argv[k] = t.out + t.starts[k];
    w->argv[t.nwords] = NULL;
    w->argc = (int)t.nwords;
    w->buf = t.out;
    free(t.starts);
    return CLI_TOK_OK;
}
