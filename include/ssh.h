/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ssh.h — `dokpamo --ssh`, the mode for an OpenSSH ForceCommand: the
 * command tokenizer for $SSH_ORIGINAL_COMMAND and the policy that keeps
 * a remote client to lookups (doc/serving.md).
 *
 * main() calls cli_ssh_wanted() on its own argv before setlocale(), then
 * cli_ssh_clean_env(); after parsing the server's argv it calls
 * cli_ssh_prepare(), which tokenizes the client's command, refuses what is
 * not a lookup and leaves the client's operands in a struct cli_words that
 * main dispatches like any command line. Nothing here runs a shell.
 */
#ifndef DOKPAMO_SSH_H
#define DOKPAMO_SSH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cli.h"

/* ---- the tokenizer (src/cli/tokenize.c) ----
 *
 * Splits a command the way a POSIX shell splits words, and does nothing
 * else a shell does: blanks (space, tab, newline) separate words; '...'
 * keeps everything literally; "..." keeps everything literally except
 * \" \\ \$ \` (the character) and backslash-newline (removed); outside
 * quotes a backslash makes the next character literal. The characters a
 * shell would act on — ; & | < > ( ) $ ` — are refused unless quoted or
 * escaped, and so are $ and ` inside double quotes: this is not a shell,
 * and nothing is expanded, substituted or run. Every word must be valid
 * UTF-8 without NUL, control characters, escape sequences or bidi
 * controls (text_check()). Input longer than CLI_TOKENIZE_MAX bytes is
 * refused. */
#define CLI_TOKENIZE_MAX 65536

enum cli_tok_status {
    CLI_TOK_OK,
    CLI_TOK_TOO_LONG,     /* more than CLI_TOKENIZE_MAX bytes */
    CLI_TOK_UNTERMINATED, /* a quote without its closing quote */
    CLI_TOK_BACKSLASH,    /* a backslash at the very end */
    CLI_TOK_SPECIAL,      /* an unquoted shell operator or expansion */
    CLI_TOK_TEXT,         /* NUL, control, escape, bidi or invalid UTF-8 */
    CLI_TOK_NO_MEMORY,
};

/* The words of one command: argv[0..argc), argv[argc] == NULL; every word
 * points into one buffer. Free with cli_words_free(). */
struct cli_words {
    int argc;
    char **argv;
    char *buf;
};

/* Splits s[0..len) into *w (zeroed first). On failure *w is empty and err
 * holds a one-line message (no trailing newline) that quotes no byte of
 * the input except an offending ASCII operator. */
enum cli_tok_status cli_tokenize(const char *s, size_t len, struct cli_words *w, char *err, size_t errsz);
void cli_words_free(struct cli_words *w);

/* ---- the policy (src/cli/ssh.c) ---- */

/* True when the server's own argv asks for --ssh (before any "--"). */
bool cli_ssh_wanted(int argc, char **argv);
/* Keeps only the environment an SSH session may steer: TERM (a terminfo
 * name, else dropped), LANG and LC_* (locale names without a path, else
 * dropped), NO_COLOR, DOKPAMO_AMBIGUOUS and SSH_ORIGINAL_COMMAND. HOME,
 * XDG_*, DOKPAMO_DATA, TERMINFO*, PATH, EDITOR, PAGER, SHELL ... go, so
 * nothing is read from the account's home and the dataset is the
 * installed one. Also sets RLIMIT_CORE to 0 and, unless stdout or stderr
 * is itself a regular file (someone redirected a test run), RLIMIT_FSIZE
 * to 0: the process cannot write a regular file, not even a core dump. */
void cli_ssh_clean_env(void);
/* The UI language the client's locale names (LC_ALL, LC_MESSAGES, then
 * LANG): DP_LANG_KO for ko / ko_*, DP_LANG_EN for any other language,
 * `fallback` when unset, C or POSIX. */
enum dp_lang cli_ssh_lang(enum dp_lang fallback);
/* True when a remote client may give this option. Unknown options are
 * refused; a refusal writes the reason to err. */
bool cli_ssh_allowed(const struct cli_option *opt, char *err, size_t errsz);

/* Checks the server's own options and operands (there must be none),
 * then tokenizes $SSH_ORIGINAL_COMMAND, applies the client's options to o
 * (refusing what cli_ssh_allowed() refuses) and leaves the client's
 * operands in *w: a lookup command and its names (none of which may look
 * like a path), or nothing for --help, --version and, on a terminal, the
 * browser. Returns 0 to dispatch *w, else the exit status, the reason (or
 * the short usage when there is no command and no terminal) written to
 * err. */
int cli_ssh_prepare(struct cli_opts *o, int server_argc, struct cli_words *w, FILE *err);
/* The help for --ssh sessions: the commands and options a client may use. */
void cli_ssh_usage(FILE *f);

#endif
