/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ssh.c — the --ssh policy (include/ssh.h, doc/serving.md): what a remote
 * client may ask for, the environment it may steer, and the usage it sees.
 * Deny by default: an option or command not named in the tables below is
 * refused, so a new option stays off the SSH side until someone allows it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ssh.h"

extern char **environ;

/* Every option of cli_options[] a client may give (why == NULL), and the
 * reason for those it may not. */
static const struct {
    const char *name;
    const char *why;
} ssh_options[] = {
    {"format", NULL},
    {"sort", NULL},
    {"filter", NULL},
    {"lang", NULL},
    {"diff", NULL},
    {"units", NULL},
    {"ascii", NULL},
    {"ambiguous", NULL},
    {"color", NULL},
    {"theme", NULL},
    {"hyperlinks", NULL},
    {"help", NULL},
    {"version", NULL},
    {"data", "it reads a file; the dataset is the one installed on the server"},
    {"config", "it reads a file; no config file is read over SSH"},
    {"no-config", "no config file is read over SSH"},
    {"headless-script", "it reads a file"},
    {"size", "it belongs to --headless-script"},
    {"ssh", "the session is already in --ssh mode"},
    {"idle-exit", "the server sets the idle timeout"},
    {"state", "nothing is saved over SSH"},
};

/* The lookup commands. */
static const struct {
    const char *name;
    const char *usage; /* NULL: not listed in the usage */
} ssh_commands[] = {
    {"list", "  list                   every model (--sort, --filter, --format, --lang)\n"},
    {"show", "  show NAME              a consortium or model, by any name, alias or 초성\n"},
    {"compare", "  compare NAME NAME...   models side by side (--diff, --format)\n"},
    {"sources", "  sources [ID]...        the sources, with publisher, date, title, URL\n"},
    {"timeline", "  timeline               every dated event, with its sources\n"},
    {"benchmarks", "  benchmarks             every benchmark result: who reported it, its source\n"},
    {"contradictions", "  contradictions         every disagreement between sources, both sides\n"},
};

bool cli_ssh_wanted(int argc, char **argv)
{
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (strcmp(argv[i], "--ssh") == 0)
            return true;
    return false;
}

/* A terminfo name: letters, digits and . _ + - (no path), at most 64. */
static bool term_ok(const char *v)
{
    size_t n = strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-");
    return n > 0 && n <= 64 && v[n] == '\0' && v[0] != '.' && v[0] != '-';
}

/* A locale name glibc will not take for a path: no '/', no leading '.'. */
static bool locale_ok(const char *v)
{
    size_t n = strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@+-");
    return n <= 64 && v[n] == '\0' && v[0] != '.';
}

/* Whether the variable "NAME=value" stays. */
static bool env_keep(const char *var)
{
    const char *eq = strchr(var, '=');
    if (!eq)
        return false;
    size_t n = (size_t)(eq - var);
    const char *v = eq + 1;
    if (n == 4 && strncmp(var, "TERM", 4) == 0)
        return term_ok(v);
    if ((n == 4 && strncmp(var, "LANG", 4) == 0) || (n > 3 && strncmp(var, "LC_", 3) == 0))
        return locale_ok(v);
    static const char *const keep[] = {"NO_COLOR", "DOKPAMO_AMBIGUOUS", "SSH_ORIGINAL_COMMAND"};
    for (size_t i = 0; i < sizeof keep / sizeof keep[0]; i++)
        if (strlen(keep[i]) == n && strncmp(var, keep[i], n) == 0)
            return true;
    return false;
}

static bool is_file(int fd)
{
    struct stat st;
    return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

void cli_ssh_clean_env(void)
{
    /* Collect the names first: unsetenv() changes environ. */
    size_t n = 0;
    while (environ && environ[n])
        n++;
    char **drop = calloc(n + 1, sizeof *drop);
    size_t ndrop = 0;
    for (size_t i = 0; drop && i < n; i++) {
        if (env_keep(environ[i]))
            continue;
        const char *eq = strchr(environ[i], '=');
        size_t len = eq ? (size_t)(eq - environ[i]) : strlen(environ[i]);
        drop[ndrop] = strndup(environ[i], len);
        if (drop[ndrop])
            ndrop++;
    }
    for (size_t i = 0; i < ndrop; i++) {
        unsetenv(drop[i]);
        free(drop[i]);
    }
    free(drop);
    if (!drop) /* no memory even for the list: keep nothing */
        environ = NULL;
    struct rlimit zero = {0, 0};
    setrlimit(RLIMIT_CORE, &zero);
    if (!is_file(STDOUT_FILENO) && !is_file(STDERR_FILENO))
        setrlimit(RLIMIT_FSIZE, &zero);
}

enum dp_lang cli_ssh_lang(enum dp_lang fallback)
{
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (!v || !*v)
            continue;
        if (strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0 || strncmp(v, "C.", 2) == 0)
            return fallback;
        if (strncmp(v, "ko", 2) == 0 && strchr("_.@", v[2]))
            return DP_LANG_KO; /* strchr also matches the terminating NUL: "ko" */
        return DP_LANG_EN;
    }
    return fallback;
}

bool cli_ssh_allowed(const struct cli_option *opt, char *err, size_t errsz)
{
    for (size_t i = 0; i < sizeof ssh_options / sizeof ssh_options[0]; i++) {
        if (strcmp(ssh_options[i].name, opt->name) != 0)
            continue;
        if (!ssh_options[i].why)
            return true;
        snprintf(err, errsz, "--%s is refused over SSH: %s", opt->name, ssh_options[i].why);
        return false;
    }
    snprintf(err, errsz, "--%s is not available over SSH", opt->name);
    return false;
}

/* An absolute, home-relative or dot-relative name ("/etc/passwd", "~x",
 * "./a", "../a", "a/../b"). Hugging Face names such as "skt/A.X-K1" are
 * not paths. */
static bool looks_like_path(const char *s)
{
    if (s[0] == '/' || s[0] == '~' || strcmp(s, ".") == 0 || strcmp(s, "..") == 0 ||
        strncmp(s, "./", 2) == 0 || strncmp(s, "../", 3) == 0 || strstr(s, "/./") || strstr(s, "/../"))
        return true;
    size_t n = strlen(s);
    return (n >= 2 && strcmp(s + n - 2, "/.") == 0) || (n >= 3 && strcmp(s + n - 3, "/..") == 0);
}

/* A client's word in a message: whole when short (the tokenizer has made
 * it display-safe), else not at all. */
static const char *shown(const char *word)
{
    return strlen(word) <= 64 ? word : "(a long word)";
}

void cli_ssh_usage(FILE *f)
{
    fputs("Usage: ssh [-t] HOST [COMMAND [ARG]...]\n"
          "Korea's sovereign AI foundation-model project (독자 AI 파운데이션 모델), served over SSH:\n"
          "lookups only; nothing else runs here and no file is read or written.\n"
          "\n"
          "Commands:\n"
          "  (none)                 the browser (ssh HOST from a terminal)\n",
          f);
    for (size_t i = 0; i < sizeof ssh_commands / sizeof ssh_commands[0]; i++)
        if (ssh_commands[i].usage)
            fputs(ssh_commands[i].usage, f);
    fputs("\nOptions:\n", f);
    for (size_t i = 0; i < cli_noptions; i++) {
        char err[8];
        if (!cli_options[i].config_only && cli_ssh_allowed(&cli_options[i], err, sizeof err))
            cli_usage_option(f, &cli_options[i]);
    }
    fputs("\n"
          "Quote for the remote side: ssh HOST \"show 'A.X K1'\"   ssh HOST \"list --filter "
          "'params_total_b>=100'\"\n"
          "Refused: --data, --config, validate, file paths, and ; | & < > ( ) $ ` unless quoted.\n",
          f);
}

static int refuse(FILE *err, const char *msg)
{
    fprintf(err, "dokpamo: %s\nTry 'ssh HOST --help' for what is available.\n", msg);
    return CLI_USAGE;
}

/* The server's own command line (the ForceCommand): options that read a
 * file cannot be combined with --ssh, and it takes no operands. */
static int check_server(const struct cli_opts *o, int server_argc, FILE *err)
{
    const char *bad = o->data              ? "--data"
                      : o->config          ? "--config"
                      : o->headless_script ? "--headless-script"
                                           : NULL;
    if (bad) {
        fprintf(err,
                "dokpamo: --ssh cannot be combined with %s: over SSH no file is read but the installed "
                "dataset\n",
                bad);
        return CLI_USAGE;
    }
    if (server_argc > 0) {
        fputs("dokpamo: --ssh takes no command on its own command line: the client's command comes from "
              "SSH_ORIGINAL_COMMAND\n",
              err);
        return CLI_USAGE;
    }
    return CLI_OK;
}

static int check_operands(const struct cli_words *w, FILE *err)
{
    char msg[256];
    const char *cmd = w->argv[0];
    size_t i = 0;
    while (i < sizeof ssh_commands / sizeof ssh_commands[0] && strcmp(ssh_commands[i].name, cmd) != 0)
        i++;
    if (i == sizeof ssh_commands / sizeof ssh_commands[0]) {
        snprintf(msg, sizeof msg,
                 "'%s' is not available over SSH%s (lookups only: list, show, compare, sources, timeline, "
                 "benchmarks, contradictions)",
                 shown(cmd), strcmp(cmd, "validate") == 0 ? ": it reads files" : "");
        return refuse(err, msg);
    }
    for (int k = 1; k < w->argc; k++) {
        if (looks_like_path(w->argv[k])) {
            snprintf(msg, sizeof msg, "'%s' looks like a file path: over SSH no file is read or written",
                     shown(w->argv[k]));
            return refuse(err, msg);
        }
    }
    return CLI_OK;
}

int cli_ssh_prepare(struct cli_opts *o, int server_argc, struct cli_words *w, FILE *err)
{
    char msg[512];
    memset(w, 0, sizeof *w);
    int st = check_server(o, server_argc, err);
    if (st != CLI_OK)
        return st;
    o->lang = cli_ssh_lang(o->lang);
    const char *cmd = getenv("SSH_ORIGINAL_COMMAND");
    if (!cmd)
        cmd = "";
    if (cli_tokenize(cmd, strlen(cmd), w, msg, sizeof msg) != CLI_TOK_OK)
        return refuse(err, msg);
    if (!cli_parse_allowed(o, &w->argc, w->argv, cli_ssh_allowed, msg, sizeof msg)) {
        cli_words_free(w);
        return refuse(err, msg);
    }
    if (w->argc > 0) {
        st = check_operands(w, err);
        if (st != CLI_OK)
            cli_words_free(w);
        return st;
    }
    if (o->help || o->version || (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)))
        return CLI_OK;
    cli_words_free(w);
    cli_ssh_usage(err);
    return CLI_USAGE;
}
