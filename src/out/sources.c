/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sources.c — the cited sources under an export: the sources named by a
 * set of source-id lists, as a table of the sources catalogue's list
 * fields (id, publisher, date, title, URL), in dataset order. Markdown
 * exports of `list` and Compare end with it. */
#include "config.h"
#include "out.h"

#include <errno.h>
#include <stdlib.h>

#include "vocab.h"

int out_cited_sources(FILE *f, enum out_format fmt, const struct dp_dataset *ds, const char *const *srcs,
                      size_t nsrcs, const struct table_ctx *ctx)
{
    struct table_def *def = table_def_new(&table_sources, ds);
    struct table *t = def ? table_new(def, ds) : NULL;
    size_t *cols = def ? malloc(def->ncols * sizeof *cols) : NULL;
    struct out_grid *g = NULL;
    int e = ENOMEM;
    if (!t || !cols)
        goto done;
    size_t n = 0;
    for (size_t r = 0; r < t->nall; r++) {
        const struct dp_source *s = t->all[r];
        bool cited = false;
        for (size_t i = 0; i < nsrcs && !cited; i++)
            cited = table_src_has(srcs[i], s->id);
        if (cited)
            t->rows[n++] = s;
    }
    t->nrows = n;
    e = 0;
    if (n == 0)
        goto done;
    size_t nc = 0;
    for (size_t i = 0; i < def->ncols; i++)
        if (def->cols[i].flags & TABLE_F_LIST)
            cols[nc++] = i;
    if (!(g = out_grid_new(n, nc, ctx->text_flags))) {
        e = ENOMEM;
        goto done;
    }
    char buf[1024];
    for (size_t c = 0; c < nc; c++) {
        const struct table_col *col = &def->cols[cols[c]];
        if (!out_grid_column(g, c, table_col_head(col, ctx->lang), col->key, col->align))
            e = ENOMEM;
    }
    for (size_t r = 0; r < n && !e; r++)
        for (size_t c = 0; c < nc && !e; c++) {
            struct table_value v;
            table_get(def, cols[c], t->rows[r], ctx, buf, sizeof buf, &v);
            bool ok = v.known ? out_grid_text(g, r, c, v.text, v.raw)
                              : out_grid_null(g, r, c, table_value_human(&v, ctx->lang));
            if (!ok)
                e = ENOMEM;
        }
    if (!e) {
        fprintf(f, "\n%s\n\n", vocab(V_CITED_SOURCES, ctx->lang));
        e = out_render(f, g, fmt);
    }
done:
    out_grid_free(&g);
    free(cols);
    table_free(&t);
    table_def_free(&def);
    return e;
}
