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
    free(g->shrink);
    free(g->fit);
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

bool out_grid_shrink(struct out_grid *g, size_t col, int width)
{
    if (!g->shrink && !(g->shrink = calloc(g->ncols ? g->ncols : 1, sizeof *g->shrink)))
        return false;
    g->shrink[col] = width > 0 ? width : 0;
    return true;
}

bool out_grid_hidden(const struct out_grid *g, size_t col)
{
    return g->fit && g->fit[col] < 0;
}

#define FIT_SEP 2 /* the table format's column separator */

static int fit_total(const int *w, size_t n)
{
    int total = 0, shown = 0;
    for (size_t c = 0; c < n; c++)
        if (w[c] >= 0)
            total += w[c] + (shown++ ? FIT_SEP : 0);
    return total;
}

int out_grid_fit(struct out_grid *g, int cols)
{
    size_t n = g->ncols;
    free(g->fit);
    g->fit = NULL;
    if (n == 0 || cols <= 0)
        return 0;
    int *w = calloc(n, sizeof *w), *natural = calloc(n, sizeof *natural);
    if (!w || !natural) {
        free(w);
        free(natural);
        return -1;
    }
    for (size_t c = 0; c < n; c++) {
        natural[c] = text_width(g->titles[c]);
        for (size_t r = 0; r < g->nrows; r++)
            if (g->cells[r * n + c].width > natural[c])
                natural[c] = g->cells[r * n + c].width;
        w[c] = natural[c];
    }
    g->fit = w;
    int hidden = 0;
    if (fit_total(w, n) > cols) {
        /* 1: cut the text columns to their catalogue widths. */
        for (size_t c = 0; c < n; c++) {
            int s = g->shrink ? g->shrink[c] : 0, t = text_width(g->titles[c]);
            if (s > 0 && w[c] > s)
                w[c] = s > t ? s : t;
        }
        /* A wrapped last column takes what is left, at least a third. */
        if (g->wrap_last && n > 1) {
            int min = cols / 3 > 10 ? cols / 3 : 10;
            if (w[n - 1] > min)
                w[n - 1] = min;
        }
        /* 2: hide columns from the last one back. */
        for (size_t c = n - 1 - (g->wrap_last && n > 1); c > 0 && fit_total(w, n) > cols; c--) {
            w[c] = -1;
            hidden++;
        }
        /* 3: still too wide: the wrapped column takes what is left (at
         * least 4), then the first column gives way. */
        if (fit_total(w, n) > cols && g->wrap_last && n > 1) {
            int rest = fit_total(w, n) - w[n - 1];
            w[n - 1] = cols - rest > 4 ? cols - rest : 4;
        }
        if (fit_total(w, n) > cols) {
            int over = fit_total(w, n) - cols;
            w[0] = w[0] - over > 1 ? w[0] - over : 1;
        }
        /* 4: give what is left back to the cut columns, the wrapped one
         * first. */
        int spare = cols - fit_total(w, n);
        if (g->wrap_last && n > 1 && spare > 0) {
            int more = natural[n - 1] - w[n - 1];
            more = more < spare ? more : spare;
            w[n - 1] += more;
            spare -= more;
        }
        for (size_t c = 0; c < n && spare > 0; c++) {
            if (w[c] < 0 || w[c] >= natural[c])
                continue;
            int more = natural[c] - w[c];
            if (more > spare)
                more = spare;
            w[c] += more;
            spare -= more;
        }
    }
    free(natural);
    return hidden;
}
