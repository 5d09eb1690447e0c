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

struct cli_opts {
    const char *data;   /* --data FILE; NULL: default lookup */
    enum out_format format;
    enum dp_lang lang;
    const char *sort;   /* --sort KEY[,KEY] */
    const char *filter; /* --filter EXPR */
    unsigned text_flags;
    bool ascii;         /* --ascii */
    bool ambiguous_wide;
    bool color;         /* false with --color=never or NO_COLOR */
    bool korean_units;  /* --units=kr */
    bool diff;          /* compare --diff */
    const char *headless_script; /* --headless-script FILE (tests) */
    int cols, rows;              /* --size COLSxROWS (headless) */
    bool help, version;
};

/* One entry of the option table, shared by argv and the config file. */
struct cli_option {
    const char *name;  /* long name without "--" */
    char short_name;   /* 0: none */
    const char *arg;   /* NULL: flag; else the metavariable shown in help */
    const char *help;
    bool config;       /* also allowed in the config file */
};

extern const struct cli_option cli_options[];
extern const size_t cli_noptions;

void cli_opts_init(struct cli_opts *o);
/* Applies one option (value NULL for flags). Returns false with a message
 * in err when the value is bad. */
bool cli_apply(struct cli_opts *o, const char *name, const char *value, char *err, size_t errsz);
/* Parses options out of argv (GNU style: --opt=value, --opt value, -x),
 * leaving the operands (command and names) in argv[0..*argc). */
bool cli_parse(struct cli_opts *o, int *argc, char **argv, char *err, size_t errsz);
void cli_usage(FILE *f);

int cli_list(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o);
int cli_show(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, const char *name);
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
/* Finds name among models and consortia: exact name/alias/id hits first,
 * then the search matcher (substring, 초성). On ambiguity the candidates
 * are written to err (may be NULL). */
struct cli_hit cli_resolve(const struct dp_dataset *ds, const char *name, enum dp_lang lang, FILE *err);

#endif
