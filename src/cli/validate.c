/* SPDX-License-Identifier: GPL-2.0-or-later */
/* validate.c — `dokpamo validate [FILE]`: report every problem. */
#include "config.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "table.h"
#include "text.h"

struct bad_fields {
    FILE *err;
    const struct dp_dataset *ds;
};

/* As the loader says a problem: the data path, then what is wrong. */
static void bad_field(const struct dp_contradiction *x, size_t k, void *arg)
{
    const struct bad_fields *b = arg;
    const char *field = x->fields[k].raw;
    char *shown = text_display(field, strlen(field), 0);
    fprintf(b->err,
            "contradictions[%zu].fields[%zu]: \"%s\" is not a field of \"%s\" (its mark would never show)\n",
            (size_t)(x - b->ds->contradictions), k, shown ? shown : "?", x->about);
    free(shown);
}

int cli_validate(FILE *out, FILE *err, const char *path, const struct cli_opts *o)
{
    struct load_options lo = {.strict = true, .text_flags = o->text_flags, .threads = o->threads};
    struct load_report rep;
    struct dp_dataset *ds = load_dataset(path, &lo, &rep);
    int status;
    char *shown = text_display(path, strlen(path), 0); /* the name may hold escapes */
    if (shown)
        path = shown;
    for (size_t i = 0; i < rep.nerrors; i++)
        fprintf(err, "%s\n", rep.errors[i]);
    if (rep.nerrors_dropped)
        fprintf(err, "... and %zu more problems\n", rep.nerrors_dropped);
    for (size_t i = 0; i < rep.nwarnings; i++)
        fprintf(err, "warning: %s\n", rep.warnings[i]);
    /* Fields a contradiction names must exist, or its marker never shows. */
    size_t nbad = ds ? table_contradiction_check(ds, bad_field, &(struct bad_fields){err, ds}) : 0;
    if (nbad == (size_t)-1) {
        fputs("dokpamo: out of memory\n", err);
        status = CLI_OSERR;
    } else if (nbad) {
        fprintf(err, "%s: %zu problem%s\n", path, nbad, nbad == 1 ? "" : "s");
        status = CLI_DATAERR;
    } else if (ds) {
        fprintf(out, "%s: ok (%zu consortia, %zu models, %zu partners, %zu sources)\n", path, ds->nconsortia,
                ds->nmodels, ds->npartners, ds->nsources);
        status = CLI_OK;
    } else {
        status = rep.status == LOAD_NO_INPUT    ? CLI_NOINPUT
                 : rep.status == LOAD_NO_MEMORY ? CLI_OSERR
                                                : CLI_DATAERR;
        if (status == CLI_DATAERR)
            fprintf(err, "%s: %zu problem%s\n", path, rep.nerrors + rep.nerrors_dropped,
                    rep.nerrors + rep.nerrors_dropped == 1 ? "" : "s");
    }
    model_free(&ds);
    load_report_clear(&rep);
    free(shown);
    return status;
}
