/* SPDX-License-Identifier: GPL-2.0-or-later */
/* list.c — `dokpamo list`: every model, sorted and filtered. */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "grid_build.h"
#include "table.h"

/* Columns shown by the human formats; machine formats get them all. */
static const char *const human_cols[] = {"name",         "consortium",   "params_total_b", "params_active_b",
                                         "active_share", "architecture", "context_tokens", "license",
                                         "released"};

/* Machine formats stream the view row by row: no grid, no copies. The
 * table values are display-safe already (measured and sanitised at load;
 * numbers formatted here). */
static int stream_rows(FILE *out, const struct table *t, const size_t *cols, size_t n,
                       const struct table_ctx *ctx, enum out_format fmt)
{
    char *keys[32];
    char bufs[32][256];
    struct out_cell cells[32];
    for (size_t c = 0; c < n; c++)
        keys[c] = (char *)t->def->cols[cols[c]].key;
    out_stream_begin(out, fmt, keys, n);
    for (size_t r = 0; r < t->nrows; r++) {
        for (size_t c = 0; c < n; c++) {
            struct table_value v;
            memset(&v, 0, sizeof v);
            t->def->cols[cols[c]].get(t->rows[r], ctx, bufs[c], sizeof bufs[c], &v);
            cells[c] = (struct out_cell){
                .text = (char *)(v.text ? v.text : ""),
                .raw = v.raw && v.text && strcmp(v.raw, v.text) != 0 ? (char *)v.raw : NULL,
                .numeric = v.type == TABLE_NUM,
                .num = v.num,
                .known = v.known,
            };
        }
        out_stream_row(out, fmt, keys, cells, n, r);
    }
    return out_stream_end(out, fmt, t->nrows);
}

int cli_list(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o)
{
    struct table_ctx ctx = {o->lang, o->text_flags, o->korean_units};
    struct table *t = table_new(&table_models, ds);
    struct table_filter *f = NULL;
    char err[512];
    int status = CLI_OK;
    if (!t)
        return CLI_OSERR;
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
    size_t cols[32], n = 0;
    if (o->format == OUT_TABLE || o->format == OUT_MD) {
        for (size_t i = 0; i < sizeof human_cols / sizeof human_cols[0]; i++)
            cols[n++] = (size_t)table_col_find(t->def, human_cols[i]);
    } else {
        cols[n++] = (size_t)table_col_find(t->def, "id");
        for (size_t i = 0; i < t->def->ncols && n < 32; i++)
            if (i != cols[0])
                cols[n++] = i;
    }
    int e;
    if (o->format == OUT_TABLE || o->format == OUT_MD) {
        struct out_grid *g = cli_grid_from_table(t, cols, n, &ctx);
        if (!g) {
            status = CLI_OSERR;
            goto done;
        }
        e = out_render(out, g, o->format);
        out_grid_free(&g);
    } else {
        e = stream_rows(out, t, cols, n, &ctx, o->format);
    }
    if (e)
        status = CLI_IOERR;
    else if (t->nrows == 0)
        status = CLI_NO_MATCH;
done:
    table_filter_free(&f);
    table_free(&t);
    return status;
}
