/* SPDX-License-Identifier: GPL-2.0-or-later */
/* list.c — `dokpamo list`: every model, sorted and filtered. The columns
 * are the catalogue's: TABLE_F_LIST ones for the human formats, the
 * TABLE_F_MACHINE ones (stable, whatever --lang) for TSV, CSV and JSON. */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grid_build.h"
#include "table.h"
#include "text.h"

/* The message quotes the typed key or filter: display-safe. */
static void usage_msg(const char *opt, const char *err)
{
    char *shown = text_display(err, strlen(err), 0);
    fprintf(stderr, "dokpamo: %s: %s\n", opt, shown ? shown : err);
    free(shown);
}

int cli_list(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o)
{
    struct table_ctx ctx = {o->lang, o->text_flags, o->korean_units};
    struct table_def *def = table_def_new(&table_models, ds);
    struct table *t = def ? table_new(def, ds) : NULL;
    struct table_filter *f = NULL;
    size_t *cols = NULL;
    char err[2048];
    int status = CLI_OK;
    if (!t) {
        status = CLI_OSERR;
        goto done;
    }
    if (o->sort && !table_parse_sort(t, o->sort, err, sizeof err)) {
        usage_msg("--sort", err);
        status = CLI_USAGE;
        goto done;
    }
    if (o->filter && !(f = table_filter_parse(t->def, o->filter, err, sizeof err))) {
        usage_msg("--filter", err);
        status = CLI_USAGE;
        goto done;
    }
    table_apply(t, f, NULL, &ctx);
    bool human = o->format == OUT_TABLE || o->format == OUT_MD;
    unsigned want = human ? TABLE_F_LIST : TABLE_F_MACHINE;
    size_t n = 0;
    if (!(cols = malloc(def->ncols * sizeof *cols))) {
        status = CLI_OSERR;
        goto done;
    }
    for (size_t i = 0; i < def->ncols; i++)
        if (def->cols[i].flags & want)
            cols[n++] = i;
    int e;
    if (human) {
        struct out_grid *g = cli_grid_from_table(t, cols, n, &ctx);
        if (!g) {
            status = CLI_OSERR;
            goto done;
        }
        e = out_render(out, g, o->format);
        out_grid_free(&g);
    } else {
        e = out_records(out, o->format, t, cols, n, &ctx);
    }
    if (e)
        status = CLI_IOERR;
    else if (t->nrows == 0)
        status = CLI_NO_MATCH;
done:
    free(cols);
    table_filter_free(&f);
    table_free(&t);
    table_def_free(&def);
    return status;
}
