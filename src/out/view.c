/* SPDX-License-Identifier: GPL-2.0-or-later */
/* view.c — a table view (rows and catalogue columns) in any format: the
 * human formats through a grid (Markdown ends with the cited sources),
 * the machine formats through out_records(). `dokpamo list` and the
 * browser's pane export and copy print through these. */
#include "config.h"
#include "out.h"

#include <errno.h>
#include <stdlib.h>

bool out_grid_value(struct out_grid *g, size_t r, size_t c, const struct table_value *v, enum dp_lang lang)
{
    if (!v->known)
        return out_grid_null(g, r, c, table_value_human(v, lang));
    if (v->type == TABLE_NUM)
        return out_grid_num(g, r, c, v->text, v->num);
    return out_grid_text(g, r, c, v->text, v->raw);
}

struct out_grid *out_grid_from_table(const struct table *t, const size_t *cols, size_t ncols,
                                     const struct table_ctx *ctx)
{
    struct out_grid *g = out_grid_new(t->nrows, ncols, ctx->text_flags);
    if (!g)
        return NULL;
    for (size_t c = 0; c < ncols; c++) {
        const struct table_col *col = &t->def->cols[cols[c]];
        if (!out_grid_column(g, c, table_col_head(col, ctx->lang), col->key, col->align))
            goto oom;
        if (col->align == TEXT_LEFT && col->width > 0 && !out_grid_shrink(g, c, col->width))
            goto oom;
    }
    char buf[1024];
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < ncols; c++) {
            struct table_value v;
            table_get(t->def, cols[c], t->rows[r], ctx, buf, sizeof buf, &v);
            if (!out_grid_value(g, r, c, &v, ctx->lang))
                goto oom;
        }
    return g;
oom:
    out_grid_free(&g);
    return NULL;
}

int out_view_cited_sources(FILE *f, const struct table *t, const size_t *cols, size_t ncols,
                           const struct table_ctx *ctx)
{
    const char **srcs = malloc((t->nrows * ncols + 1) * sizeof *srcs);
    if (!srcs)
        return ENOMEM;
    size_t n = 0;
    char buf[1024];
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < ncols; c++) {
            struct table_value v;
            table_get(t->def, cols[c], t->rows[r], ctx, buf, sizeof buf, &v);
            if (v.src)
                srcs[n++] = v.src;
        }
    int e = out_cited_sources(f, OUT_MD, t->ds, srcs, n, ctx);
    free(srcs);
    return e;
}

int out_view(FILE *f, enum out_format fmt, const struct table *t, const size_t *cols, size_t ncols,
             const struct table_ctx *ctx)
{
    if (fmt != OUT_TABLE && fmt != OUT_MD)
        return out_records(f, fmt, t, cols, ncols, ctx);
    struct out_grid *g = out_grid_from_table(t, cols, ncols, ctx);
    if (!g)
        return ENOMEM;
    int e = out_render(f, g, fmt);
    out_grid_free(&g);
    if (!e && fmt == OUT_MD)
        e = out_view_cited_sources(f, t, cols, ncols, ctx);
    return e;
}
