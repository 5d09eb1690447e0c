/* SPDX-License-Identifier: GPL-2.0-or-later */
/* commands.c — the one command table: the dispatcher's names, the
 * Commands of --help, `dokpamo help CMD` and `dokpamo CMD --help`, and
 * the nearest command for a mistyped one. */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "text.h"
#include "vocab.h"

/* `lines`: the command's lines of --help (the synopsis first, the text
 * from column 25); `options`: the options it reads, for CMD --help. */
static int run_list(FILE *out, const struct cli_run *r)
{
    return cli_list(out, r->ds, r->o);
}

static int run_show(FILE *out, const struct cli_run *r)
{
    return cli_show(out, r->ds, r->o, r->argv[1]);
}

static int run_compare(FILE *out, const struct cli_run *r)
{
    return cli_compare(out, r->ds, r->o, r->argv + 1, r->argc - 1);
}

static int run_sources(FILE *out, const struct cli_run *r)
{
    return cli_sources(out, r->ds, r->o, r->argv + 1, r->argc - 1);
}

static int run_timeline(FILE *out, const struct cli_run *r)
{
    return cli_timeline(out, r->ds, r->o);
}

static int run_benchmarks(FILE *out, const struct cli_run *r)
{
    return cli_benchmarks(out, r->ds, r->o);
}

static int run_contradictions(FILE *out, const struct cli_run *r)
{
    return cli_contradictions(out, r->ds, r->o);
}

static int run_validate(FILE *out, const struct cli_run *r)
{
    return cli_validate(out, stderr, r->file, r->o);
}

const struct cli_command cli_commands[] = {
    {"list", "list", "list every model (--sort, --filter, --format, --lang)",
     "format sort filter columns wide references lang units ascii ambiguous color", run_list, true, false},
    {"show", "show NAME", "a consortium or model, by any name, alias or 초성",
     "format wide lang units ascii ambiguous color", run_show, true, false},
    {"compare", "compare NAME NAME...", "models side by side (--diff, --format)",
     "diff format wide lang units ascii ambiguous color", run_compare, true, false},
    {"sources", "sources [ID]...",
     "every source (or those named): publisher, date, title,\nURL, reliability and what cites it (--format, "
     "--sort)",
     "format sort filter lang ascii ambiguous color", run_sources, true, false},
    {"timeline", "timeline",
     "every dated event in date order, with its team, model\nand sources (--filter team=NAME, --format)",
     "format sort filter lang ascii ambiguous color", run_timeline, true, false},
    {"benchmarks", "benchmarks",
     "every benchmark result, Korean benchmarks first:\nvalue, setting, who reported it, source",
     "format sort filter lang ascii ambiguous color", run_benchmarks, true, false},
    {"contradictions", "contradictions",
     "every recorded disagreement between sources: each\nside with its sources (--filter about=ID, --format)",
     "format sort filter lang ascii ambiguous color", run_contradictions, true, false},
    {"validate", "validate [FILE]", "check a dataset, report every problem (--format json)", "format threads",
     run_validate, false, true},
    {"help", "help [COMMAND]", "this help, or a command's", "", NULL, false, true},
};
const size_t cli_ncommands = sizeof cli_commands / sizeof cli_commands[0];

const struct cli_command *cli_command_find(const char *name)
{
    for (size_t i = 0; name && i < cli_ncommands; i++)
        if (strcmp(cli_commands[i].name, name) == 0)
            return &cli_commands[i];
    return NULL;
}

const char *cli_command_suggest(const char *typed, bool ssh)
{
    struct text_suggest sg;
    text_suggest_init(&sg, typed);
    for (size_t i = 0; i < cli_ncommands; i++)
        if (!ssh || !cli_commands[i].no_ssh)
            text_suggest_offer(&sg, cli_commands[i].name, NULL);
    return sg.best;
}

void cli_command_names(char *buf, size_t bufsz, bool ssh)
{
    size_t n = 0;
    if (bufsz)
        buf[0] = '\0';
    for (size_t i = 0; i < cli_ncommands && n < bufsz; i++)
        if (!ssh || !cli_commands[i].no_ssh) {
            int w = snprintf(buf + n, bufsz - n, "%s%s", n ? ", " : "", cli_commands[i].name);
            if (w < 0)
                break;
            n += (size_t)w;
        }
}

/* A command's lines of --help: its synopsis, then its text at column 25. */
static void put_command(FILE *f, const struct cli_command *c)
{
    fprintf(f, "  %-22s", c->synopsis);
    if (strlen(c->synopsis) > 21)
        fprintf(f, "\n  %-22s", "");
    for (const char *p = c->help; *p;) {
        size_t len = strcspn(p, "\n");
        fprintf(f, " %.*s\n", (int)len, p);
        p += len;
        if (*p == '\n' && *++p)
            fprintf(f, "  %-22s", "");
    }
}

void cli_usage_commands(FILE *f)
{
    fputs("  (none)                 open the browser on the dataset\n", f);
    for (size_t i = 0; i < cli_ncommands; i++)
        put_command(f, &cli_commands[i]);
}

void cli_command_usage(FILE *f, const struct cli_command *c)
{
    fprintf(f, "Usage: dokpamo [OPTION]... %s\n", c->synopsis);
    /* Its lines of --help, as a sentence of their own. */
    const char *h = c->help;
    if (*h >= 'a' && *h <= 'z')
        fputc(*h++ - 'a' + 'A', f);
    fprintf(f, "%s.\n", h);
    if (*c->options) {
        fputs("\nOptions:\n", f);
        for (const char *p = c->options; *p;) {
            size_t len = strcspn(p, " ");
            for (size_t i = 0; i < cli_noptions; i++)
                if (strlen(cli_options[i].name) == len && strncmp(cli_options[i].name, p, len) == 0)
                    cli_usage_option(f, &cli_options[i]);
            p += len;
            p += strspn(p, " ");
        }
    }
    fputs("\nEvery command also takes --data, --config, --no-config and --help;\n"
          "'dokpamo --help' lists every option, dokpamo(1) tells more.\n",
          f);
}
