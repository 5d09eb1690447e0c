/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sources.c — `dokpamo sources [ID]...`: every source the dataset cites
 * (or the ones named), with publisher, date, title, URL, kind, reliability
 * and what cites it. The columns are the sources catalogue's
 * (src/table/sources.c): TABLE_F_LIST ones for the human formats,
 * TABLE_F_MACHINE ones for TSV, CSV and JSON. */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grid_build.h"
#include "table.h"
#include "vocab.h"

const struct dp_source *cli_find_source(const struct dp_dataset *ds, const char *id)
{
    for (size_t i = 0; id && i < ds->nsources; i++)
        if (strcasecmp(ds->sources[i].id, id) == 0)
            return &ds->sources[i];
    return NULL;
}

int cli_sources(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, char **ids, int nids)
{
    struct table_ctx ctx = {o->lang, o->text_flags, o->korean_units};
    struct table_def *def = table_def_new(&table_sources, ds);
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
        fprintf(stderr, "dokpamo: --sort: %s\n", err);
        status = CLI_USAGE;
        goto done;
    }
    if (o->filter && !(f = table_filter_parse(t->def, o->filter, err, sizeof err))) {
        fprintf(stderr, "dokpamo: --filter: %s\n", err);
        status = CLI_USAGE;
        goto done;
    }
    table_apply(t, f, NULL, &ctx);
    if (nids > 0) {
        /* The named sources, in the order named. */
        size_t n = 0;
        for (int i = 0; i < nids; i++) {
            const struct dp_source *s = cli_find_source(ds, ids[i]);
            if (!s) {
                char *safe = text_display(ids[i], strlen(ids[i]), 0);
                fprintf(stderr, "dokpamo: %s '%s'\n", vocab(V_MSG_NO_SOURCE, o->lang), safe ? safe : "?");
                free(safe);
                status = CLI_NO_MATCH;
                goto done;
            }
            bool kept = false;
            for (size_t r = 0; r < t->nrows && !kept; r++)
                kept = t->rows[r] == s;
            if (kept && n < t->nall)
                t->all[n++] = s;
        }
        memcpy(t->rows, t->all, n * sizeof *t->rows);
        t->nrows = n;
    }
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
