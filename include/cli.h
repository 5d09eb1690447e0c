/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cli.h — the command line: options, and the list/show/compare/validate
 * commands. main.c parses, loads and dispatches; these print to `out`
 * and return the process exit status (0 ok, 1 nothing matched, 2 usage,
 * 65 bad data, 66 file missing).
 */
#ifndef DOKPAMO_CLI_H
#define DOKPAMO_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "model.h"
#include "out.h"

enum cli_exit {
    CLI_OK = 0,
    CLI_NO_MATCH = 1,
    CLI_USAGE = 2,
    CLI_DATAERR = 65,
    CLI_NOINPUT = 66,
    CLI_SOFTWARE = 70,
    CLI_OSERR = 71,
    CLI_IOERR = 74,
};

/* The browser's panes, in the order of the `1`-`4` keys; the config
 * keys sort.params, sort.arch, sort.partners and sort.eval set each
 * pane's initial sort. */
enum cli_pane { CLI_PANE_PARAMS, CLI_PANE_ARCH, CLI_PANE_PARTNERS, CLI_PANE_EVAL, CLI_NPANES };

enum cli_theme { CLI_THEME_DEFAULT, CLI_THEME_MONO };

/* Every option's value. Strings point into argv or into `owned` (the
 * config file's text, freed by cli_opts_free). */
struct cli_opts {
    const char *data;   /* --data FILE; NULL: default lookup */
    const char *config; /* --config FILE; NULL: the default config path */
    bool no_config;     /* --no-config */
    enum out_format format;
    enum dp_lang lang;
    const char *sort;    /* --sort KEY[,KEY] */
    const char *filter;  /* --filter EXPR */
    bool wide;           /* --wide: list/show/compare never fit the terminal */
    bool references;     /* --references: list and the browser show the reference models */
    const char *columns; /* --columns KEY[,KEY]: list's columns */
    unsigned text_flags;
    bool ascii; /* --ascii */
    bool ambiguous_wide;
    bool color; /* false with --color=never, theme=mono or NO_COLOR */
    enum cli_theme theme;
    bool korean_units;           /* --units=kr */
    bool diff;                   /* compare --diff */
    bool plain;                  /* --plain: Markdown/table for pasting */
    const char *headless_script; /* --headless-script FILE (tests) */
    int cols, rows;              /* --size COLSxROWS (headless) */
    unsigned threads;            /* --threads N; 0: one per core */
    /* --preview N: the browser draws its first screen from the file's
     * first N models while the whole file loads; 0 never; -1 (the
     * default) CLI_PREVIEW_MODELS of a file of CLI_PREVIEW_MIN_BYTES or
     * more, except with --headless-script. */
    long preview;
    bool help, version;
    bool ssh;          /* --ssh: serving behind an OpenSSH ForceCommand (ssh.h) */
    long idle_exit_ms; /* --idle-exit MINUTES; 0: never */
    /* Initial sort of each pane, "KEY[,KEY]" with "-KEY" descending; NULL:
     * the pane's default. Only syntax is checked here: the column keys
     * belong to the panes, which check them (tui_options.pane_sort). */
    const char *pane_sort[CLI_NPANES];
    /* --state=WHEN: the browser's saved view ($XDG_STATE_HOME/dokpamo/view)
     * is read at start and written on quit: 0 auto (a terminal session,
     * not --headless-script or --ssh), 1 always, 2 never; the default
     * from $DOKPAMO_STATE. */
    int state;
    /* --hyperlinks=WHEN: source URLs as terminal links (OSC 8): 0 auto, 1
     * always, 2 never. */
    int hyperlinks;
    bool lang_given, units_given, references_given; /* --lang, --units,
                        --references on the command line: over the saved view */
    char *owned;                                    /* config file text; owned */
};

#define CLI_PREVIEW_MODELS 200
#define CLI_PREVIEW_MIN_BYTES ((long long)4 << 20)

/* One entry of the option table, shared by argv and the config file. */
struct cli_option {
    const char *name; /* long name without "--" */
    char short_name;  /* 0: none */
    const char *arg;  /* NULL: flag; else the metavariable shown in help */
    const char *help;
    bool config;      /* also allowed in the config file */
    bool config_only; /* only in the config file (not on the command line) */
    /* Stores value (NULL: a flag given on the command line) in o; false
     * with a message in err when the value is bad. */
    bool (*apply)(struct cli_opts *o, const struct cli_option *opt, const char *value, char *err,
                  size_t errsz);
};

extern const struct cli_option cli_options[];
extern const size_t cli_noptions;

/* Defaults, then the environment (NO_COLOR, DOKPAMO_AMBIGUOUS). */
void cli_opts_init(struct cli_opts *o);
/* Frees what the config file left in o (o->owned). */
void cli_opts_free(struct cli_opts *o);
/* Applies one option (value NULL for flags; from the config file a flag's
 * value is a boolean word: yes/no, true/false, on/off, 1/0). Returns false
 * with a message in err when the value is bad. */
bool cli_apply(struct cli_opts *o, const char *name, const char *value, char *err, size_t errsz);
/* Parses options out of argv (GNU style: --opt=value, --opt value, -x),
 * leaving the operands (command and names) in argv[0..*argc). */
bool cli_parse(struct cli_opts *o, int *argc, char **argv, char *err, size_t errsz);
/* The same, refusing every option for which allow() returns false (it
 * writes the reason into err). */
bool cli_parse_allowed(struct cli_opts *o, int *argc, char **argv,
                       bool (*allow)(const struct cli_option *opt, char *err, size_t errsz), char *err,
                       size_t errsz);
void cli_usage(FILE *f);

/* The locale (src/cli/locale.c). cli_locale_init() sets it from the
 * environment; one the system lacks falls back to C.UTF-8 so that Hangul
 * still draws, or to C when its name says another codeset (EUC-KR);
 * over SSH always C.UTF-8 (doc/serving.md). */
void cli_locale_init(bool ssh);
/* Whether the locale can show Hangul: a UTF-8 codeset. */
bool cli_locale_utf8(void);
/* The locale the environment names (LC_ALL, LC_CTYPE, LANG), "C" if none. */
const char *cli_locale_name(void);
/* The one rule for the language a run starts in: o->lang, or English when
 * the locale cannot show Hangul — always in the browser, for a command
 * unless --lang was given (its output is UTF-8 whatever the locale, and a
 * script asked for it). *switched: Korean was wanted, English it is. */
enum dp_lang cli_locale_lang(const struct cli_opts *o, bool browser, bool *switched);

/* The commands (src/cli/commands.c), one table for the dispatcher, the
 * Commands of --help, `dokpamo help CMD` and `dokpamo CMD --help`. */
/* What a command runs on: the dataset (NULL for validate), the options,
 * validate's FILE, and the command line's operands (argv[0] the command). */
struct cli_run {
    const struct dp_dataset *ds;
    const struct cli_opts *o;
    const char *file;
    int argc;
    char **argv;
};
struct cli_command {
    const char *name;
    const char *synopsis; /* "show NAME" */
    const char *help;     /* lines joined by '\n' */
    const char *options;  /* the options it reads, by name, space-separated */
    /* Prints the command's output to out; NULL for help. */
    int (*run)(FILE *out, const struct cli_run *r);
    bool loads;  /* it needs the dataset loaded (all but validate and help) */
    bool no_ssh; /* not offered over --ssh (validate, help) */
};
extern const struct cli_command cli_commands[];
extern const size_t cli_ncommands;
const struct cli_command *cli_command_find(const char *name);
/* The command nearest a mistyped one (text_suggest), or NULL; over SSH
 * neither validate nor help. */
const char *cli_command_suggest(const char *typed, bool ssh);
/* The Commands section of --help. */
void cli_usage_commands(FILE *f);
/* The commands' names, ", " between them (without validate and help over
 * --ssh): the unknown-command message's list. */
void cli_command_names(char *buf, size_t bufsz, bool ssh);
/* `dokpamo help CMD`, `dokpamo CMD --help`: its synopsis, what it does,
 * the options it reads. */
void cli_command_usage(FILE *f, const struct cli_command *c);
/* One option's line of --help. */
void cli_usage_option(FILE *f, const struct cli_option *opt);
/* --version: the version, the dataset's date (NULL: unknown), copyright
 * and licences, as GNU programs print them. */
void cli_version(FILE *f, const char *as_of);

/* The config file: $XDG_CONFIG_HOME/dokpamo/config, else
 * $HOME/.config/dokpamo/config. Writes the path into buf and returns buf,
 * or NULL when neither variable is set (or the path does not fit). */
const char *cli_config_path(char *buf, size_t bufsz);
/* Reads the config file at path into o: "key = value" lines, "#" comments
 * and blank lines; keys are the long option names marked `config` in
 * cli_options[]. A bad line is reported on err as "FILE:LINE: message" and
 * skipped. Returns the number of bad lines, or -1 when the file cannot be
 * read (reported on err unless it is missing and !required). o->owned
 * takes the file's text. Apply the command line after this call. */
int cli_config_load(struct cli_opts *o, const char *path, bool required, FILE *err);

/* The width to fit human output to: 0 when out is not a terminal (or
 * --wide), else $COLUMNS when it is a number, else the terminal's width,
 * else 80. */
int cli_fit_width(FILE *out, const struct cli_opts *o);
/* The exit status for a writer's result (0, ENOMEM, another errno):
 * CLI_OK, CLI_OSERR, CLI_IOERR. */
int cli_write_status(int e);

int cli_list(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o);
int cli_show(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, const char *name);
/* `sources [ID]...`: every source, or the ones named (ids, any case). */
int cli_sources(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, char **ids, int nids);
/* `timeline`: every dated event in date order, with its sources. */
int cli_timeline(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o);
/* `benchmarks`: every benchmark result, Korean benchmarks first. */
int cli_benchmarks(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o);
/* `contradictions`: every recorded disagreement, each side with its sources. */
int cli_contradictions(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o);
/* A source by its id, any case ("p11"); NULL when none. */
const struct dp_source *cli_find_source(const struct dp_dataset *ds, const char *id);
int cli_compare(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, char **names, int n);
/* Loads `path` strictly and prints every problem to err. */
int cli_validate(FILE *out, FILE *err, const char *path, const struct cli_opts *o);

/* Resolving a name: a model or a consortium. */
enum cli_hit_kind { CLI_HIT_NONE, CLI_HIT_MODEL, CLI_HIT_CONSORTIUM, CLI_HIT_AMBIGUOUS };
struct cli_hit {
    enum cli_hit_kind kind;
    const struct dp_model *model;
    const struct dp_consortium *consortium;
};
/* Finds name among models and consortia: an exact model id, then an exact
 * consortium id, then exact name/alias/id hits,
 * then the search matcher (substring, 초성). On ambiguity the candidates
 * are written to err (may be NULL). */
struct cli_hit cli_resolve(const struct dp_dataset *ds, const char *name, enum dp_lang lang, FILE *err);
/* Says on err that nothing matches name, with the nearest name of a
 * model or consortium when one is close (did you mean). */
void cli_no_match(FILE *err, const struct dp_dataset *ds, const char *name, enum dp_lang lang);

#endif
