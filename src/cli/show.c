/* SPDX-License-Identifier: GPL-2.0-or-later */
/* show.c — `dokpamo show NAME`: every field of a model or consortium,
 * each with its source. The lines are the catalogue's (table_record_lines),
 * the same the browser's detail view shows; machine formats print the
 * record as typed data (out_records). */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "vocab.h"

/* Rows of a field/source/value grid, grown as needed. */
struct rows {
    struct out_grid *g;
    size_t n;
    bool oom;
};

static void add(struct rows *r, const char *field, const char *value, const char *src)
{
    if (r->oom)
        return;
    if (r->n == r->g->nrows) {
        size_t cap = r->g->nrows ? r->g->nrows * 2 : 32;
        struct out_cell *cells = realloc(r->g->cells, cap * r->g->ncols * sizeof *cells);
        if (!cells) {
            r->oom = true;
            return;
        }
        memset(cells + r->g->nrows * r->g->ncols, 0, (cap - r->g->nrows) * r->g->ncols * sizeof *cells);
        r->g->cells = cells;
        r->g->nrows = cap;
    }
    size_t i = r->n++;
    /* Value last: it is the long column, and the last one is not padded. */
    bool ok = out_grid_text(r->g, i, 0, field, NULL) &&
              (src ? out_grid_text(r->g, i, 1, src, NULL) : out_grid_null(r->g, i, 1, "")) &&
              out_grid_text(r->g, i, 2, value ? value : "", NULL);
    if (!ok)
        r->oom = true;
}

static void line_cb(void *arg, const struct table_line *l)
{
    struct rows *r = arg;
    if (!l->note) {
        add(r, l->label, l->text, l->src);
        return;
    }
    char *both = NULL;
    if (asprintf(&both, "%s (%s)", l->text, l->note) < 0) {
        r->oom = true;
        return;
    }
    add(r, l->label, both, l->src);
    free(both);
}

static int show_lines(FILE *out, const struct table_def *def, const void *row, const struct cli_opts *o,
                      const struct table_ctx *ctx)
{
    struct rows r = {out_grid_new(0, 3, o->text_flags), 0, false};
    if (!r.g)
        return CLI_OSERR;
    if (!out_grid_column(r.g, 0, vocab(V_FIELD, o->lang), "field", TEXT_LEFT) ||
        !out_grid_column(r.g, 1, vocab(V_SOURCE, o->lang), "source", TEXT_LEFT) ||
        !out_grid_column(r.g, 2, vocab(V_VALUE, o->lang), "value", TEXT_LEFT))
        r.oom = true;
    else
        table_record_lines(def, row, ctx, line_cb, &r);
    int status = CLI_OK;
    if (r.oom) {
        status = CLI_OSERR;
    } else {
        r.g->nrows = r.n;
        int width = o->format == OUT_TABLE ? cli_fit_width(out, o) : 0;
        if (width) {
            r.g->wrap_last = true;
            if (!out_grid_shrink(r.g, 0, 24) || !out_grid_shrink(r.g, 1, 8) || out_grid_fit(r.g, width) < 0)
                status = CLI_OSERR;
        }
        if (status == CLI_OK)
            status = cli_write_status(out_render(out, r.g, o->format));
    }
    out_grid_free(&r.g);
    return status;
}

/* The record as data: one object (JSON) or one row (TSV, CSV). */
static int show_record(FILE *out, const struct table_def *def, const void *row, const struct cli_opts *o,
                       const struct table_ctx *ctx, const struct dp_dataset *ds)
{
    struct table *t = table_new(def, ds);
    size_t *cols = malloc(def->ncols * sizeof *cols), n = 0;
    int status = CLI_OK;
    if (!t || !cols) {
        status = CLI_OSERR;
        goto done;
    }
    for (size_t i = 0; i < def->ncols; i++)
        if (def->cols[i].flags & (TABLE_F_MACHINE | TABLE_F_DETAIL))
            cols[n++] = i;
    t->rows[0] = row;
    t->nrows = 1;
    status = cli_write_status(out_records(out, o->format, t, cols, n, ctx));
done:
    free(cols);
    table_free(&t);
    return status;
}

int cli_show(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, const char *name)
{
    struct table_ctx ctx = {o->lang, o->text_flags, o->korean_units, o->plain, false};
    const struct dp_source *src = cli_find_source(ds, name);
    if (src) {
        /* A source id ("S5", "p11"): the source's fields. */
        struct table_def *sdef = table_def_new(&table_sources, ds);
        if (!sdef)
            return CLI_OSERR;
        int st = o->format == OUT_TABLE || o->format == OUT_MD ? show_lines(out, sdef, src, o, &ctx)
                                                               : show_record(out, sdef, src, o, &ctx, ds);
        table_def_free(&sdef);
        return st;
    }
    struct cli_hit hit = cli_resolve(ds, name, o->lang, stderr);
    if (hit.kind == CLI_HIT_NONE) {
        cli_no_match(stderr, ds, name, o->lang);
        return CLI_NO_MATCH;
    }
    if (hit.kind == CLI_HIT_AMBIGUOUS)
        return CLI_NO_MATCH;
    bool model = hit.kind == CLI_HIT_MODEL;
    struct table_def *def = table_def_new(model ? &table_models : &table_consortia, ds);
    if (!def)
        return CLI_OSERR;
    const void *row = model ? (const void *)hit.model : (const void *)hit.consortium;
    int status = o->format == OUT_TABLE || o->format == OUT_MD ? show_lines(out, def, row, o, &ctx)
                                                               : show_record(out, def, row, o, &ctx, ds);
    table_def_free(&def);
    return status;
}
