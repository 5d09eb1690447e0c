/* SPDX-License-Identifier: GPL-2.0-or-later */
/* main.c — argument parsing, loading, and choosing the CLI or the browser. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "load.h"
#include "model.h"
#include "out.h"
#include "ssh.h"
#include "text.h"
#include "tui.h"
#include "vocab.h"

/* A usage error: the message (in lang) and the hint to --help, exit 2.
 * The message quotes what was typed (an option's value, a command):
 * display-safe, so that no ESC, BEL, C1 or bidi control reaches the
 * terminal. The option parser's messages are English: lang DP_LANG_EN. */
static int usage_error(const char *msg, enum dp_lang lang)
{
    char *shown = text_display(msg, strlen(msg), 0);
    fprintf(stderr, "dokpamo: %s\n%s\n", shown ? shown : msg, vocab(V_TRY_HELP, lang));
    free(shown);
    return CLI_USAGE;
}

/* The usage error of a command that takes no operands, with its hint. */
static int no_args(const char *cmd, enum dp_lang lang)
{
    static const struct {
        const char *cmd;
        enum vocab_id word;
    } hinted[] = {
        {"timeline", V_USAGE_NO_ARGS_TIMELINE},
        {"benchmarks", V_USAGE_NO_ARGS_BENCHMARKS},
        {"contradictions", V_USAGE_NO_ARGS_CONTRADICTIONS},
    };
    for (size_t i = 0; i < sizeof hinted / sizeof hinted[0]; i++)
        if (strcmp(cmd, hinted[i].cmd) == 0)
            return usage_error(vocab(hinted[i].word, lang), lang);
    char msg[128];
    snprintf(msg, sizeof msg, vocab(V_USAGE_NO_ARGS, lang), cmd);
    return usage_error(msg, lang);
}

/* Says what load_dataset() reported for path: the problems when ds is NULL
 * (*status set), a warning once about strings that will be shown
 * sanitised; then clears the report. */
static void load_said(const char *path, const struct dp_dataset *ds, struct load_report *rep, int *status)
{
    if (!ds && rep->status == LOAD_NO_MEMORY) {
        fprintf(stderr, "dokpamo: %s\n", load_report_nomem(rep));
        *status = CLI_OSERR;
    } else if (!ds) {
        /* The first few problems; validate lists them all. */
        size_t shown = rep->nerrors < 10 ? rep->nerrors : 10,
               more = rep->nerrors - shown + rep->nerrors_dropped;
        for (size_t i = 0; i < shown; i++)
            fprintf(stderr, "dokpamo: %s\n", rep->errors[i]);
        if (more)
            fprintf(stderr, "dokpamo: ... and %zu more problem%s (run 'dokpamo validate')\n", more,
                    more == 1 ? "" : "s");
        *status = rep->status == LOAD_NO_INPUT    ? CLI_NOINPUT
                  : rep->status == LOAD_NO_MEMORY ? CLI_OSERR
                                                  : CLI_DATAERR;
    } else if (rep->nunsafe) {
        char *shown = text_display(path, strlen(path), 0); /* the name may hold escapes */
        fprintf(
            stderr,
            "dokpamo: warning: %s: %zu string%s with control characters, escape sequences, bidi controls or "
            "invalid UTF-8 (first: %s); shown sanitised\n",
            shown ? shown : "?", rep->nunsafe, rep->nunsafe == 1 ? "" : "s",
            rep->first_unsafe ? rep->first_unsafe : "?");
        free(shown);
    }
    load_report_clear(rep);
}

/* Loads the dataset for the commands that browse it. Prints the problems
 * and returns NULL with *status set on failure; warns once about strings
 * that will be shown sanitised. */
static struct dp_dataset *load_for(const char *path, const struct cli_opts *o, int *status)
{
    struct load_options lo = {.strict = false, .text_flags = o->text_flags, .threads = o->threads};
    struct load_report rep;
    struct dp_dataset *ds = load_dataset(path, &lo, &rep);
    load_said(path, ds, &rep, status);
    return ds;
}

/* The browser's whole load on its thread (tui_loader's arg); without a
 * thread (none could start), done at once and loaded by prog_wait(). */
struct progressive {
    const char *path;
    struct load_options lo;
    struct load_job *job;
    struct dp_dataset *ds; /* once waited for */
    struct load_report rep;
    bool waited;
};

static void prog_start(void *arg)
{
    struct progressive *pg = arg;
    if (!pg->job && !pg->waited)
        pg->job = load_job_start(pg->path, &pg->lo);
}

static bool prog_done(void *arg)
{
    struct progressive *pg = arg;
    return pg->waited || !pg->job || load_job_done(pg->job);
}

static unsigned prog_permille(void *arg)
{
    struct progressive *pg = arg;
    return pg->waited ? 1000 : pg->job ? load_job_permille(pg->job) : 0;
}

static const struct dp_dataset *prog_wait(void *arg)
{
    struct progressive *pg = arg;
    if (!pg->waited) {
        pg->ds = pg->job ? load_job_finish(&pg->job, &pg->rep) : load_dataset(pg->path, &pg->lo, &pg->rep);
        pg->waited = true;
    }
    return pg->ds;
}

/* The number of models for a first screen drawn while the whole file
 * loads (--preview), 0: load it first. */
static size_t preview_models(const char *path, const struct cli_opts *o)
{
    if (o->preview >= 0)
        return (size_t)o->preview;
    if (o->headless_script)
        return 0; /* a script sees the whole dataset unless asked */
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && (long long)st.st_size >= CLI_PREVIEW_MIN_BYTES
               ? CLI_PREVIEW_MODELS
               : 0;
}

/* The browser over a preview while the whole dataset loads on a thread;
 * *ran false (nothing done) when there is no preview to show. Quitting
 * before the load's end stops it. A load that fails ends the browser and
 * is reported as without the preview. */
static int browse_progressive(const char *path, const struct cli_opts *o, const struct tui_options *t,
                              bool *ran)
{
    *ran = false;
    size_t n = preview_models(path, o);
    if (!n)
        return CLI_OK;
    struct load_options lo = {.strict = false, .text_flags = o->text_flags, .threads = o->threads};
    struct dp_dataset *preview = load_dataset_head(path, &lo, n);
    if (!preview)
        return CLI_OK;
    struct progressive pg = {.path = path, .lo = lo};
    *ran = true;
    struct tui_loader ld = {.arg = &pg,
                            .start = prog_start,
                            .done = prog_done,
                            .permille = prog_permille,
                            .wait = prog_wait,
                            .hold = o->headless_script != NULL};
    struct tui_options tp = *t;
    tp.loader = &ld;
    int status = tui_run(preview, &tp);
    if (pg.job) { /* quit before the end: stop the load, and wait for it to stop */
        load_job_cancel(pg.job);
        pg.ds = load_job_finish(&pg.job, &pg.rep);
        model_free(&pg.ds);
        load_report_clear(&pg.rep);
    } else {
        int st = status;
        load_said(path, pg.ds, &pg.rep, &st);
        if (status == TUI_LOAD_FAILED)
            status = st;
    }
    model_free(&pg.ds);
    model_free(&preview);
    return status;
}

/* Reads the config file (unless --no-config) into o; the command line is
 * parsed first into a scratch copy to find --config and --no-config.
 * Returns CLI_OK, or the exit status for a usage error or a missing
 * --config FILE. */
static int read_config(struct cli_opts *o, int argc, char **argv, FILE *msgs)
{
    struct cli_opts pre;
    char err[512];
    char **copy = malloc(((size_t)argc + 1) * sizeof *copy);
    if (!copy) {
        fputs("dokpamo: out of memory\n", stderr);
        return CLI_OSERR;
    }
    memcpy(copy, argv, (size_t)argc * sizeof *copy);
    cli_opts_init(&pre);
    bool ok = cli_parse(&pre, &argc, copy, err, sizeof err);
    free(copy);
    if (!ok)
        return usage_error(err, DP_LANG_EN);
    if (pre.no_config || pre.help || pre.ssh) /* over SSH, nothing from the account's home */
        return CLI_OK;
    char buf[4096];
    const char *path = pre.config ? pre.config : cli_config_path(buf, sizeof buf);
    if (path && cli_config_load(o, path, pre.config != NULL, msgs) < 0 && pre.config)
        return CLI_NOINPUT;
    return CLI_OK;
}

/* Runs a command that prints to stdout with its output held until it is
 * done (out_buffer): a command that runs out of memory part-way prints
 * nothing on stdout and one "out of memory" on stderr, exit 71. */
static int run_buffered(const struct cli_opts *o, const struct cli_command *c, const struct dp_dataset *ds,
                        const char *file, int argc, char **argv)
{
    if (!c || !c->run)
        return CLI_USAGE; /* dispatch() has refused an unknown command already */
    struct out_buffer *b = out_buffer_open(stdout);
    if (!b) {
        fputs("dokpamo: out of memory\n", stderr);
        return CLI_OSERR;
    }
    const struct cli_run run = {.ds = ds, .o = o, .file = file, .argc = argc, .argv = argv};
    int status = c->run(out_buffer_file(b), &run);
    /* validate has said why the dataset could not be held (the load's
     * message); every other way to run out of memory is said here, once. */
    bool said = !c->loads && status == CLI_OSERR;
    int e = out_buffer_close(&b, status != CLI_OSERR);
    if (e == ENOMEM)
        status = CLI_OSERR;
    else if (e)
        status = CLI_IOERR; /* stdout's error: main() says which */
    if (status == CLI_OSERR && !said)
        fputs("dokpamo: out of memory\n", stderr);
    return status;
}

/* Runs the command in argv[0..argc) (the operands; options are in o). */
static int dispatch(struct cli_opts *o, int argc, char **argv, const char *config_msgs)
{
    char err[512];
    const char *cmd = argc > 0 ? argv[0] : NULL;
    if (config_msgs && (cmd || o->help || o->version)) { /* the browser says them on its status line */
        fputs(config_msgs, stderr);
        config_msgs = NULL;
    }
    /* A locale that cannot show Hangul: English (every message from here
     * on), said once (on the status line; for a command on a terminal's
     * stderr, never into a script's). */
    bool browse = !cmd && !o->help && !o->version, switched;
    o->lang = cli_locale_lang(o, browse, &switched);
    const struct cli_command *known = cli_command_find(cmd);
    if (known && strcmp(known->name, "help") == 0 && !o->ssh) {
        if (argc > 2)
            return usage_error(vocab(V_USAGE_HELP_ONE, o->lang), o->lang);
        o->help = true;
        cmd = argc == 2 ? argv[1] : NULL;
        known = cli_command_find(cmd);
    }
    if (o->help && (!cmd || known)) {
        if (o->ssh)
            cli_ssh_usage(stdout);
        else if (known && strcmp(known->name, "help") != 0)
            cli_command_usage(stdout, known);
        else
            cli_usage(stdout);
        return fflush(stdout) == 0 ? CLI_OK : CLI_IOERR;
    }
    const char *path = o->data ? o->data : load_default_path();
    if (o->version) {
        int ignored = 0;
        struct dp_dataset *ds = load_for(path, o, &ignored);
        cli_version(stdout, ds ? ds->as_of : NULL);
        model_free(&ds);
        return CLI_OK;
    }
    if (cmd && strcmp(cmd, "validate") == 0) {
        if (argc > 2)
            return usage_error(vocab(V_USAGE_VALIDATE_ONE, o->lang), o->lang);
        return run_buffered(o, known, NULL, argc == 2 ? argv[1] : path, argc, argv);
    }
    if (cmd && (!known || strcmp(known->name, "help") == 0)) {
        char cmds[256];
        cli_command_names(cmds, sizeof cmds, o->ssh);
        int w = snprintf(err, sizeof err, vocab(V_USAGE_UNKNOWN_COMMAND, o->lang), cmd, cmds);
        const char *near = cli_command_suggest(cmd, o->ssh);
        if (near && w > 0 && (size_t)w < sizeof err)
            snprintf(err + w, sizeof err - (size_t)w, vocab(V_ERR_DID_YOU_MEAN, o->lang), near);
        return usage_error(err, o->lang);
    }
    if (cmd && argc > 1 &&
        (strcmp(cmd, "list") == 0 || strcmp(cmd, "timeline") == 0 || strcmp(cmd, "benchmarks") == 0 ||
         strcmp(cmd, "contradictions") == 0))
        return no_args(cmd, o->lang);
    if (cmd && strcmp(cmd, "show") == 0 && argc != 2)
        return usage_error(vocab(V_USAGE_SHOW_ONE, o->lang), o->lang);
    char hint[320] = "", notice[1024] = "";
    if (!cli_locale_utf8()) {
        char *name = text_display(cli_locale_name(), strlen(cli_locale_name()), TEXT_ASCII | TEXT_ASCII_TEXT);
        snprintf(hint, sizeof hint, vocab(V_LOCALE_NO_HANGUL, DP_LANG_EN), name ? name : "?");
        free(name);
    }
    if (switched && !browse && isatty(STDERR_FILENO))
        fprintf(stderr, "dokpamo: %s\n", hint);
    /* The browser's first status line: the config file's first problem
     * (the screen would erase stderr), then the locale's hint. */
    size_t nl = config_msgs ? strcspn(config_msgs, "\n") : 0;
    if (browse && (nl || switched))
        snprintf(notice, sizeof notice, "%.*s%s%s", (int)nl, nl ? config_msgs : "",
                 nl && switched ? " · " : "", switched ? hint : "");
    if (browse && !cli_locale_utf8())
        o->text_flags |= TEXT_ASCII | TEXT_ASCII_TEXT;

    int status = CLI_OK;
    struct tui_options t = {0};
    if (browse) {
        t = (struct tui_options){
            .lang = o->lang,
            .text_flags = o->text_flags,
            .color = o->color,
            .korean_units = o->korean_units,
            .references = o->references,
            .pane_sort = {o->pane_sort[CLI_PANE_PARAMS], o->pane_sort[CLI_PANE_ARCH],
                          o->pane_sort[CLI_PANE_PARTNERS], o->pane_sort[CLI_PANE_EVAL]},
            .script = o->headless_script,
            .cols = o->cols,
            .rows = o->rows,
            .ssh = o->ssh,
            .idle_exit_ms = o->idle_exit_ms,
            .state = o->state == 1 || (o->state == 0 && !o->headless_script && !o->ssh),
            .hyperlinks = o->hyperlinks,
            .lang_given = o->lang_given,
            .units_given = o->units_given,
            .references_given = o->references_given,
            .lang_locked = hint[0] != '\0',
            .locale_notice = hint,
            .notice = notice[0] ? notice : NULL,
        };
        if (o->ssh)
            t.state = false; /* no file is read or written for a remote client */
        bool ran;
        status = browse_progressive(path, o, &t, &ran);
        if (ran)
            return status;
    }
    struct dp_dataset *ds = load_for(path, o, &status);
    if (!ds)
        return status;
    if (browse) {
        status = tui_run(ds, &t);
    } else {
        status = run_buffered(o, known, ds, NULL, argc, argv);
    }
    model_free(&ds);
    return status;
}

/* Command line beats config file beats environment beats defaults. With
 * --ssh the client's command (SSH_ORIGINAL_COMMAND) is dispatched instead,
 * once ssh.c has let it through. */
static int run(struct cli_opts *o, int argc, char **argv)
{
    char err[512];
    argc--, argv++;
    /* The config file's problems are kept for the browser's status line
     * (the screen would erase them from stderr); a command prints them. */
    char *msgs = NULL;
    size_t nmsgs = 0;
    FILE *mem = open_memstream(&msgs, &nmsgs);
    int st = read_config(o, argc, argv, mem ? mem : stderr);
    if (mem && fclose(mem) != 0)
        nmsgs = 0;
    const char *config_msgs = nmsgs ? msgs : NULL;
    if (st != CLI_OK || !cli_parse(o, &argc, argv, err, sizeof err)) {
        if (config_msgs)
            fputs(config_msgs, stderr);
        free(msgs);
        return st != CLI_OK ? st : usage_error(err, DP_LANG_EN);
    }
    if (!o->ssh) {
        st = dispatch(o, argc, argv, config_msgs);
        free(msgs);
        return st;
    }
    free(msgs); /* none: no config file over SSH */
    struct cli_words words;
    st = cli_ssh_prepare(o, argc, &words, stderr);
    if (st != CLI_OK)
        return st;
    st = dispatch(o, words.argc, words.argv, NULL);
    cli_words_free(&words);
    return st;
}

int main(int argc, char **argv)
{
    bool ssh = cli_ssh_wanted(argc, argv);
    if (ssh)
        cli_ssh_clean_env(); /* before setlocale() reads LANG and LC_* */
    cli_locale_init(ssh);
    /* The user's locale decides the character set (and so UTF-8 or ASCII
     * drawing) only. Numbers are read and written with '.' in every
     * format (JSON, CSV, filters), and system error texts stay in the
     * language of the program's own messages. */
    setlocale(LC_NUMERIC, "C");
    setlocale(LC_MESSAGES, "C");
    struct cli_opts o;
    cli_opts_init(&o);
    int status = run(&o, argc, argv);
    int e = errno; /* a failed write to stdout left its reason here */
    cli_opts_free(&o);
    if (fflush(stdout) != 0)
        e = errno;
    else if (!ferror(stdout))
        return status;
    /* Every command that wrote to stdout ends here on a write error: say
     * so, exit 74; a reader that went away (SIGPIPE ignored) quietly. */
    if (e == EPIPE)
        return CLI_IOERR;
    fprintf(stderr, "dokpamo: write error: %s\n", strerror(e ? e : EIO));
    return CLI_IOERR;
}
