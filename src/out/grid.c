/* SPDX-License-Identifier: GPL-2.0-or-later */
/* grid.c — the cell matrix that every renderer prints. */
#include "config.h"
#include "out.h"

#include <stdlib.h>
#include <string.h>

struct out_grid *out_grid_new(size_t nrows, size_t ncols, unsigned text_flags)
{
    struct out_grid *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->nrows = nrows;
    g->ncols = ncols;
    g->text_flags = text_flags;
    g->titles = calloc(ncols ? ncols : 1, sizeof *g->titles);
    g->keys = calloc(ncols ? ncols : 1, sizeof *g->keys);
    g->align = calloc(ncols ? ncols : 1, sizeof *g->align);
    g->cells = calloc(nrows * ncols > 0 ? nrows * ncols : 1, sizeof *g->cells);
    if (!g->titles || !g->keys || !g->align || !g->cells)
        out_grid_free(&g);
    return g;
}

void out_grid_free(struct out_grid **gp)
{
    if (!gp || !*gp)
        return;
    struct out_grid *g = *gp;
    for (size_t i = 0; g->cells && i < g->nrows * g->ncols; i++) {
        free(g->cells[i].text);
        free(g->cells[i].raw);
    }
    for (size_t c = 0; c < g->ncols; c++) {
        if (g->titles)
            free(g->titles[c]);
        if (g->keys)
            free(g->keys[c]);
    }
    free(g->titles);
    free(g->keys);
    free(g->align);
    free(g->cells);
    free(g);
    *gp = NULL;
}

struct out_cell *out_grid_cell(struct out_grid *g, size_t row, size_t col)
{
    return &g->cells[row * g->ncols + col];
}

bool out_grid_column(struct out_grid *g, size_t col, const char *title, const char *key,
                     enum text_align align)
{
    free(g->titles[col]);
    free(g->keys[col]);
    g->titles[col] = text_display(title, strlen(title), g->text_flags);
    g->keys[col] = strdup(key);
    g->align[col] = align;
    return g->titles[col] && g->keys[col];
}

static bool set_text(struct out_grid *g, struct out_cell *c, const char *text)
{
    free(c->text);
    c->text = text_display(text, strlen(text), g->text_flags);
    if (!c->text)
        return false;
    c->width = text_width(c->text);
    return true;
}

bool out_grid_text(struct out_grid *g, size_t row, size_t col, const char *text, const char *raw)
{
    struct out_cell *c = out_grid_cell(g, row, col);
    if (!text)
        return out_grid_null(g, row, col, NULL);
    c->known = true;
    c->numeric = false;
    free(c->raw);
    c->raw = NULL;
    if (!set_text(g, c, text))
        return false;
    /* Keep the original only where the display form changed it. */
    if (raw && strcmp(raw, c->text) != 0 && !(c->raw = strdup(raw)))
        return false;
    return true;
}

bool out_grid_num(struct out_grid *g, size_t row, size_t col, const char *text, double num)
{
    struct out_cell *c = out_grid_cell(g, row, col);
    c->known = true;
    c->numeric = true;
    c->num = num;
    return set_text(g, c, text);
}

bool out_grid_null(struct out_grid *g, size_t row, size_t col, const char *text)
{
    struct out_cell *c = out_grid_cell(g, row, col);
    c->known = false;
    c->numeric = false;
    return set_text(g, c, text ? text : "-");
}
