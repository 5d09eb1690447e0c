/* SPDX-License-Identifier: GPL-2.0-or-later */
/* grid_build.c — table views into output grids (the human formats). */
#include "config.h"
#include "grid_build.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"

int cli_fit_width(FILE *out, const struct cli_opts *o)
{
    if (o->wide || !isatty(fileno(out)))
        return 0;
    const char *env = getenv("COLUMNS");
    if (env && *env) {
        char *end;
        long v = strtol(env, &end, 10);
        if (*end == '\0' && v > 0 && v <= 10000)
            return (int)v;
    }
    struct winsize ws;
    if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

bool cli_grid_value(struct out_grid *g, size_t r, size_t c, const struct table_value *v, enum dp_lang lang)
{
    if (!v->known)
        return out_grid_null(g, r, c, table_value_human(v, lang));
    if (v->type == TABLE_NUM)
        return out_grid_num(g, r, c, v->text, v->num);
    return out_grid_text(g, r, c, v->text, v->raw);
}

struct out_grid *cli_grid_from_table(const struct table *t, const size_t *cols, size_t ncols,
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
            if (!cli_grid_value(g, r, c, &v, ctx->lang))
                goto oom;
        }
    return g;
oom:
    out_grid_free(&g);
    return NULL;
}
