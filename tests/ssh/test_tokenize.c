/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_tokenize.c — the --ssh command tokenizer (include/ssh.h): blanks,
 * quotes, backslash escapes, UTF-8, the shell operators it refuses, empty
 * input, NUL bytes, control characters and input of 100 KB. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ssh.h"
#include "tap.h"

static char err[512];

/* Tokenizes s[0..len) and checks the words (want: NULL-terminated). */
static void words_n(const char *s, size_t len, const char *const *want, const char *name)
{
    struct cli_words w;
    enum cli_tok_status st = cli_tokenize(s, len, &w, err, sizeof err);
    if (!ok(st == CLI_TOK_OK, "%s: accepted", name)) {
        printf("#   error: %s\n", err);
        return;
    }
    int n = 0;
    while (want[n])
        n++;
    is_int(w.argc, n, "%s: %d words", name, n);
    for (int i = 0; i < n && i < w.argc; i++)
        is_str(w.argv[i], want[i], "%s: word %d", name, i + 1);
    ok(w.argv[w.argc] == NULL, "%s: argv[argc] is NULL", name);
    cli_words_free(&w);
}

#define WORDS(s, name, ...)                                                                                  \
    do {                                                                                                     \
        static const char *const want_[] = {__VA_ARGS__, NULL};                                              \
        words_n(s, sizeof s - 1, want_, name);                                                               \
    } while (0)

/* Tokenizes s[0..len) expecting a refusal with this status and message. */
static void refused_n(const char *s, size_t len, enum cli_tok_status want, const char *msg, const char *name)
{
    struct cli_words w;
    enum cli_tok_status st = cli_tokenize(s, len, &w, err, sizeof err);
    is_int(st, want, "%s: refused", name);
    is_str(err, msg, "%s: message", name);
    ok(w.argc == 0 && w.argv == NULL && w.buf == NULL, "%s: no words left behind", name);
}

#define REFUSED(s, want, msg, name) refused_n(s, sizeof s - 1, want, msg, name)

static void test_empty(void)
{
    static const char *const none[] = {NULL};
    words_n("", 0, none, "empty command");
    words_n(" \t\n  ", 5, none, "only blanks");
    words_n("\\\n", 2, none, "only a line continuation");
    WORDS("''", "an empty quoted word", "");
    WORDS("show '' \"\"", "two empty words", "show", "", "");
}

static void test_blanks(void)
{
    WORDS("list", "one word", "list");
    WORDS("  list   --format\ttsv\n", "blanks around and between", "list", "--format", "tsv");
    WORDS("compare kx1 a.x", "three words", "compare", "kx1", "a.x");
}

static void test_quotes(void)
{
    WORDS("show 'A.X K1'", "single quotes keep the blank", "show", "A.X K1");
    WORDS("show \"A.X K1\"", "double quotes keep the blank", "show", "A.X K1");
    WORDS("a'b c'\"d e\"f", "quoted parts join one word", "ab cd ef");
    WORDS("show '$(id)'", "single quotes keep $( literally", "show", "$(id)");
    WORDS("show '`id`; id | x > y'", "single quotes keep operators literally", "show", "`id`; id | x > y");
    WORDS("show 'a\\b'", "no escapes inside single quotes", "show", "a\\b");
    WORDS("show \"it's\"", "a single quote inside double quotes", "show", "it's");
    WORDS("show 'say \"hi\"'", "double quotes inside single quotes", "show", "say \"hi\"");
    WORDS("list --filter 'params_total_b>=100'", "a quoted filter", "list", "--filter",
          "params_total_b>=100");
}

static void test_escapes(void)
{
    WORDS("show A.X\\ K1", "backslash-blank", "show", "A.X K1");
    WORDS("show \\;", "backslash makes ; literal", "show", ";");
    WORDS("show \\$\\(id\\)", "backslash makes $( ) literal", "show", "$(id)");
    WORDS("show \\'x", "backslash-quote", "show", "'x");
    WORDS("show a\\\\", "backslash-backslash", "show", "a\\");
    WORDS("show \"a\\\"b\"", "\\\" inside double quotes", "show", "a\"b");
    WORDS("show \"a\\\\b\"", "\\\\ inside double quotes", "show", "a\\b");
    WORDS("show \"\\$x \\`y\\`\"", "\\$ and \\` inside double quotes", "show", "$x `y`");
    WORDS("show \"a\\nb\"", "other backslashes stay inside double quotes", "show", "a\\nb");
    WORDS("show \\\n배키", "line continuation between words", "show", "배키");
    WORDS("show 배\\\n키", "line continuation inside a word", "show", "배키");
    WORDS("show \"배\\\n키\"", "line continuation inside double quotes", "show", "배키");
}

static void test_utf8(void)
{
    WORDS("show 배키", "Hangul", "show", "배키");
    WORDS("show ㅂㅋ", "초성", "show", "ㅂㅋ");
    WORDS("show \\배키", "backslash before a multi-byte character", "show", "배키");
    WORDS("show '독자 AI 파운데이션 모델'", "quoted Hangul with blanks", "show", "독자 AI 파운데이션 모델");
    WORDS("show 😀 é", "four- and two-byte characters", "show", "😀", "é");
    REFUSED("show \xff", CLI_TOK_TEXT, "word 2: invalid UTF-8", "a stray byte");
    REFUSED("show \xc0\xaf", CLI_TOK_TEXT, "word 2: invalid UTF-8", "an overlong '/'");
    REFUSED("show \xed\xa0\x80", CLI_TOK_TEXT, "word 2: invalid UTF-8", "a surrogate");
    REFUSED("show \xeb\xb0", CLI_TOK_TEXT, "word 2: invalid UTF-8", "a truncated character");
    REFUSED("show '\xe2\x80\xae'", CLI_TOK_TEXT, "word 2: bidi control", "a bidi override, even quoted");
}

static void test_refused(void)
{
    REFUSED("show 배키; id", CLI_TOK_SPECIAL,
            "';' at byte 12: this is not a shell, nothing is expanded or run (quote it to use it in a name)",
            "a command list");
    REFUSED("show $(id)", CLI_TOK_SPECIAL,
            "'$' at byte 6: this is not a shell, nothing is expanded or run (quote it to use it in a name)",
            "command substitution");
    REFUSED("show `id`", CLI_TOK_SPECIAL,
            "'`' at byte 6: this is not a shell, nothing is expanded or run (quote it to use it in a name)",
            "backticks");
    REFUSED("show \"$(id)\"", CLI_TOK_SPECIAL,
            "'$' inside double quotes at byte 7: nothing is expanded or run here (use single quotes)",
            "$( inside double quotes");
    REFUSED("show \"`id`\"", CLI_TOK_SPECIAL,
            "'`' inside double quotes at byte 7: nothing is expanded or run here (use single quotes)",
            "backticks inside double quotes");
    REFUSED("list | sh", CLI_TOK_SPECIAL,
            "'|' at byte 6: this is not a shell, nothing is expanded or run (quote it to use it in a name)",
            "a pipe");
    REFUSED("list&&id", CLI_TOK_SPECIAL,
            "'&' at byte 5: this is not a shell, nothing is expanded or run (quote it to use it in a name)",
            "&&");
    REFUSED("list >/tmp/x", CLI_TOK_SPECIAL,
            "'>' at byte 6: this is not a shell, nothing is expanded or run (quote it to use it in a name)",
            "a redirection");
    REFUSED("list </etc/passwd", CLI_TOK_SPECIAL,
            "'<' at byte 6: this is not a shell, nothing is expanded or run (quote it to use it in a name)",
            "an input redirection");
    REFUSED("(id)", CLI_TOK_SPECIAL,
            "'(' at byte 1: this is not a shell, nothing is expanded or run (quote it to use it in a name)",
            "a subshell");
    REFUSED("show $HOME", CLI_TOK_SPECIAL,
            "'$' at byte 6: this is not a shell, nothing is expanded or run (quote it to use it in a name)",
            "a variable");
    REFUSED("show 'abc", CLI_TOK_UNTERMINATED, "unterminated single quote (opened at byte 6)",
            "unterminated single quote");
    REFUSED("show \"abc", CLI_TOK_UNTERMINATED, "unterminated double quote (opened at byte 6)",
            "unterminated double quote");
    REFUSED("show \"abc\\\"", CLI_TOK_UNTERMINATED, "unterminated double quote (opened at byte 6)",
            "an escaped closing double quote");
    REFUSED("show \\", CLI_TOK_BACKSLASH, "backslash at the end of the command", "a trailing backslash");
}

static void test_nul_and_controls(void)
{
    REFUSED("show\0id", CLI_TOK_TEXT, "NUL byte at byte 5", "a NUL between words");
    REFUSED("show '\0'", CLI_TOK_TEXT, "NUL byte at byte 7", "a NUL inside quotes");
    REFUSED("\0", CLI_TOK_TEXT, "NUL byte at byte 1", "only a NUL");
    REFUSED("show \x1b[2J", CLI_TOK_TEXT, "word 2: escape sequence", "an escape sequence");
    REFUSED("show '\x1b]52;c;eA==\x07'", CLI_TOK_TEXT, "word 2: escape sequence", "a quoted OSC 52");
    REFUSED("show 'a\tb'", CLI_TOK_TEXT, "word 2: control character", "a tab inside quotes");
    REFUSED("show 'a\nb'", CLI_TOK_TEXT, "word 2: control character", "a newline inside quotes");
    REFUSED("show a\rb", CLI_TOK_TEXT, "word 2: control character", "a carriage return");
    REFUSED("show \x7f", CLI_TOK_TEXT, "word 2: control character", "DEL");
    REFUSED("show \xc2\x9b", CLI_TOK_TEXT, "word 2: control character", "a C1 CSI");
}

static void test_long(void)
{
    size_t big = 100 * 1024;
    char *s = malloc(big + 1);
    if (!s) {
        printf("Bail out! out of memory\n");
        exit(1);
    }
    memset(s, 'a', big);
    s[big] = '\0';
    refused_n(s, big, CLI_TOK_TOO_LONG, "the command is 102400 bytes; at most 65536 are accepted",
              "100 KB of one word");
    for (size_t i = 1; i < big; i += 2)
        s[i] = ' ';
    refused_n(s, big, CLI_TOK_TOO_LONG, "the command is 102400 bytes; at most 65536 are accepted",
              "100 KB of one-letter words");

    /* At the limit: one long word, then the most words possible. */
    struct cli_words w;
    memcpy(s, "show ", 5);
    memset(s + 5, 'a', CLI_TOKENIZE_MAX - 5);
    enum cli_tok_status st = cli_tokenize(s, CLI_TOKENIZE_MAX, &w, err, sizeof err);
    ok(st == CLI_TOK_OK && w.argc == 2 && strlen(w.argv[1]) == CLI_TOKENIZE_MAX - 5,
       "64 KiB: a word of %d bytes is accepted whole", CLI_TOKENIZE_MAX - 5);
    cli_words_free(&w);
    for (size_t i = 0; i < CLI_TOKENIZE_MAX; i++)
        s[i] = i % 2 ? ' ' : "배"[0];
    st = cli_tokenize(s, CLI_TOKENIZE_MAX, &w, err, sizeof err);
    is_int(st, CLI_TOK_TEXT, "64 KiB of lone lead bytes: refused as text");
    for (size_t i = 0; i < CLI_TOKENIZE_MAX; i++)
        s[i] = i % 2 ? ' ' : 'x';
    st = cli_tokenize(s, CLI_TOKENIZE_MAX, &w, err, sizeof err);
    ok(st == CLI_TOK_OK && w.argc == CLI_TOKENIZE_MAX / 2 && w.argv[w.argc] == NULL &&
           strcmp(w.argv[w.argc - 1], "x") == 0,
       "64 KiB: %d one-letter words", CLI_TOKENIZE_MAX / 2);
    cli_words_free(&w);
    s[0] = '\'';
    st = cli_tokenize(s, CLI_TOKENIZE_MAX, &w, err, sizeof err);
    is_int(st, CLI_TOK_UNTERMINATED, "64 KiB with an opening quote only: unterminated");
    st = cli_tokenize(s, CLI_TOKENIZE_MAX + 1, &w, err, sizeof err);
    is_int(st, CLI_TOK_TOO_LONG, "one byte over the limit: refused");
    free(s);
}

int main(void)
{
    test_empty();
    test_blanks();
    test_quotes();
    test_escapes();
    test_utf8();
    test_refused();
    test_nul_and_controls();
    test_long();
    return tap_done();
}
