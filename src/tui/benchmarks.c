/* SPDX-License-Identifier: GPL-2.0-or-later */
/* benchmarks.c — the Benchmarks view (`b`), two faces of the results
 * catalogue (`dokpamo benchmarks`):
 *
 * - the grid (first): models × benchmarks, the models that have a result
 *   as rows, the models catalogue's `bench.ID` fields as columns (Korean
 *   benchmarks first), each cell the value and a one-letter tag for who
 *   reported it (v / o / t, 자 / 공 / 제: the vocabulary's; colour only
 *   repeats it), the legend on the title. h/l move the cell cursor (the
 *   columns scroll under a frozen name column), `s` sorts by the cursor's
 *   benchmark (again: the other way), Space marks a model (the main
 *   screen's marks), `c` compares the marked models (none: the cursor's
 *   and its nearest peer) and Esc in Compare comes back here, Enter shows
 *   the cell's result (setting, compared with, source) or, on an empty
 *   cell, the model; the line above the hint reads the cell in words.
 * - the list (Tab): every result, one per row: model, benchmark, group,
 *   value and who reported it in words, and from 100 columns the source,
 *   from 120 the setting, from 150 the publisher and the date.
 *
 * The selected model of the main screen carries a text mark (`>`) and the
 * cursor starts on it; `/` searches, Esc goes back. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

struct bench_view {
    struct listview lv;   /* the list: one result per row */
    struct listview grid; /* models × benchmarks */
    bool list;            /* Tab: the list is shown */
    int *bcols;           /* the models catalogue's bench.ID columns, in its order */
    size_t nb;
    size_t bcol, left;               /* the cursor's benchmark, the first one shown */
    const struct dp_model *selected; /* the main screen's model, marked */
    struct view_return ret;          /* a detail page, or the main screen */
};

void bench_close(struct app *a)
{
    if (!a->bmv)
        return;
    listview_fini(&a->bmv->lv);
    listview_fini(&a->bmv->grid);
    free(a->bmv->bcols);
    free(a->bmv);
    a->bmv = NULL;
}

static const char *model_mark(const struct app *a, const void *row)
{
    const struct bench_view *v = a->bmv;
    return v && v->selected && ((const struct dp_result_rec *)row)->model == v->selected ? ">" : NULL;
}

static const char *grid_mark(const struct app *a, const void *row)
{
    const struct dp_model *m = row;
    if (a->mark_model[m->index])
        return a->g->mark;
    return a->bmv && a->bmv->selected == m ? ">" : NULL;
}

/* The grid's rows: the models with a result; its columns: bench.ID. */
static bool grid_new(struct app *a, struct bench_view *v)
{
    if (!listview_open(a, &v->grid, &table_models, V_BM_GRID_NONE, grid_mark, NULL))
        return false;
    struct table *t = v->grid.t;
    const struct table_def *def = t->def;
    v->bcols = calloc(def->ncols + 1, sizeof *v->bcols);
    if (!v->bcols) {
        app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        return false;
    }
    for (size_t i = 0; i < def->ncols; i++)
        if (strncmp(def->cols[i].key, "bench.", 6) == 0)
            v->bcols[v->nb++] = (int)i;
    size_t n = 0;
    for (size_t r = 0; r < t->nall; r++)
        if (((const struct dp_model *)t->all[r])->nresults)
            t->all[n++] = t->all[r];
    t->nall = t->nrows = n;
    memcpy(t->rows, t->all, n * sizeof *t->rows);
    v->grid.sortable = true;
    v->grid.cells = true;
    v->grid.reserve = 1;
    for (size_t r = 0; v->selected && r < n; r++)
        if (t->rows[r] == v->selected)
            v->grid.sel = r;
    return true;
}

enum reaction bench_open(struct app *a)
{
    bench_close(a);
    struct bench_view *v = calloc(1, sizeof *v);
    /* The list in the catalogue's order: Korean benchmarks first. */
    if (!v || !listview_open(a, &v->lv, &table_results, V_BM_NONE, model_mark, detail_result)) {
        if (!v)
            app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        free(v);
        return R_REDRAW;
    }
    const struct table *t = v->lv.t;
    v->lv.sortable = true;
    v->ret = view_return_here(a);
    if (v->ret.fn)
        v->selected = a->detail_base == &table_models ? a->detail_row : NULL;
    else
        v->selected = a->sel_model;
    for (size_t r = 0; v->selected && r < t->nrows; r++)
        if (((const struct dp_result_rec *)t->rows[r])->model == v->selected) {
            v->lv.sel = r;
            break;
        }
    a->bmv = v;
    if (!grid_new(a, v)) {
        bench_close(a);
        return R_REDRAW;
    }
    a->screen = &screen_benchmarks;
    return R_REDRAW;
}

/* The result of the grid's cursor cell, or NULL (an empty cell). */
static const struct dp_result_rec *grid_result(const struct bench_view *v)
{
    const struct dp_model *m = listview_current(&v->grid);
    if (!m || !v->nb)
        return NULL;
    const struct dp_benchmark *b = v->grid.t->def->cols[v->bcols[v->bcol]].arg;
    for (size_t i = 0; i < m->nresults; i++)
        if (m->results[i]->bench == b)
            return m->results[i];
    return NULL;
}

/* The grid's columns this frame: the name, frozen, then as many
 * benchmarks from `left` as fit, the cursor's among them. */
static void grid_columns(struct app *a, struct bench_view *v)
{
    const struct table_def *def = v->grid.t->def;
    int namec = table_col_find(def, "name");
    int avail = a->cols - 4 - 2, namew = a->cols >= 120 ? 22 : 16;
    int w[LISTVIEW_MAX_COLS];
    for (size_t i = 0; i < v->nb && i < LISTVIEW_MAX_COLS; i++) {
        int hw = text_width(table_col_head(&def->cols[v->bcols[i]], a->opt.lang));
        w[i] = hw < 8 ? 8 : hw > 12 ? 12 : hw;
    }
    size_t nb = v->nb < LISTVIEW_MAX_COLS - 1 ? v->nb : LISTVIEW_MAX_COLS - 1;
    if (v->bcol >= nb)
        v->bcol = nb ? nb - 1 : 0;
    if (v->left > v->bcol)
        v->left = v->bcol;
    for (;;) { /* move right until the cursor's column fits */
        int used = namew;
        for (size_t i = v->left; i <= v->bcol && i < nb; i++)
            used += 1 + w[i];
        if (used <= avail || v->left >= v->bcol)
            break;
        v->left++;
    }
    struct listview *g = &v->grid;
    g->ncols = 0;
    g->cols[g->ncols] = namec;
    g->widths[g->ncols++] = namew;
    int used = namew;
    for (size_t i = v->left; i < nb && used + 1 + w[i] <= avail; i++) {
        if (i == v->bcol)
            g->cell = g->ncols;
        g->cols[g->ncols] = v->bcols[i];
        g->widths[g->ncols++] = w[i];
        used += 1 + w[i];
    }
}

/* The line above the hint: the cursor's cell in words, and which
 * benchmarks are on the screen. */
static void grid_cell_line(struct app *a, struct bench_view *v)
{
    const struct dp_model *m = listview_current(&v->grid);
    char line[1024] = "", buf[2048];
    if (m && v->nb) {
        const struct table_def *def = v->grid.t->def;
        const struct table_col *col = &def->cols[v->bcols[v->bcol]];
        struct table_value val;
        table_get(def, (size_t)v->bcols[v->bcol], m, &a->ctx.base, buf, sizeof buf, &val);
        snprintf(line, sizeof line, "%s · %s · %s%s%s%s", app_str(a, &m->name),
                 table_col_title(col, a->opt.lang), table_value_human(&val, a->opt.lang),
                 val.known && val.note ? " (" : "", val.known && val.note ? val.note : "",
                 val.known && val.note ? ")" : "");
    }
    size_t shown = v->grid.ncols > 1 ? v->grid.ncols - 1 : 0;
    char cols[128];
    snprintf(cols, sizeof cols, vocab(V_BM_GRID_COLS, a->opt.lang), shown ? v->left + 1 : 0, v->left + shown,
             v->nb);
    int y = a->rows - 2, cw = text_width(cols), room = a->cols - 4;
    draw_set(a, ST_NORMAL);
    draw_text(a, y, 1, a->cols - 2, "", 0, TEXT_LEFT);
    draw_clip(a, y, 2, room - cw - 1 > 0 ? room - cw - 1 : 0, line, -1);
    if (cw < room)
        draw_text(a, y, 2 + room - cw, cw, cols, cw, TEXT_LEFT);
}

static void grid_draw(struct app *a, struct bench_view *v)
{
    char legend[256], title[512], hint[256];
    snprintf(legend, sizeof legend, "%s %s · %s %s · %s %s", vocab_claim_tag(DP_CLAIM_VENDOR, a->opt.lang),
             vocab_claim_kind(DP_CLAIM_VENDOR, a->opt.lang), vocab_claim_tag(DP_CLAIM_OFFICIAL, a->opt.lang),
             vocab_claim_kind(DP_CLAIM_OFFICIAL, a->opt.lang),
             vocab_claim_tag(DP_CLAIM_THIRD_PARTY, a->opt.lang),
             vocab_claim_kind(DP_CLAIM_THIRD_PARTY, a->opt.lang));
    snprintf(title, sizeof title, vocab(V_BM_GRID_TITLE, a->opt.lang), v->grid.t->nrows, v->nb, legend);
    grid_columns(a, v);
    snprintf(hint, sizeof hint, vocab(V_BM_GRID_HINT, a->opt.lang), v->grid.t->nrows ? v->grid.sel + 1 : 0,
             v->grid.t->nrows);
    listview_draw(a, &v->grid, title, hint);
    grid_cell_line(a, v);
}

static void bench_draw(struct app *a)
{
    struct bench_view *v = a->bmv;
    if (v && !v->list) {
        grid_draw(a, v);
        return;
    }
    const struct table_def *def = v ? v->lv.t->def : NULL;
    char title[512];
    snprintf(title, sizeof title, vocab(V_BM_TITLE, a->opt.lang), v ? v->lv.t->nrows : 0);
    if (!v || !def) {
        draw_box_frame(a, 0, 0, a->rows, a->cols);
        return;
    }
    /* model, benchmark (the rest), group, value, who reported it; the
     * source from 100 columns, the setting from 120, the publisher and
     * the date from 150. */
    static const char *const keys[] = {"model",  "benchmark", "group",    "value", "reported_by",
                                       "source", "setting",   "reporter", "date"};
    int inner = a->cols - 4 - 2;
    int w_model = 16, w_group = 7, w_value = 8, w_by = 11, w_src = a->cols >= 100 ? 9 : 0,
        w_setting = a->cols >= 120 ? 18 : 0, w_reporter = a->cols >= 150 ? 18 : 0,
        w_date = a->cols >= 150 ? 10 : 0;
    int used = w_model + w_group + w_value + w_by + w_src + w_setting + w_reporter + w_date;
    int shown = 5 + (w_src > 0) + (w_setting > 0) + (w_reporter > 0) + (w_date > 0);
    int w_bench = inner - used - (shown - 1);
    if (w_bench < 10) { /* a narrow screen: the group goes first */
        w_bench += w_group + 1;
        w_group = 0;
    }
    if (w_bench < 0)
        w_bench = 0;
    const int widths[] = {w_model, w_bench, w_group, w_value, w_by, w_src, w_setting, w_reporter, w_date};
    listview_set_columns(&v->lv, def, keys, widths, sizeof keys / sizeof keys[0]);
    char hint[256];
    snprintf(hint, sizeof hint, vocab(V_BM_HINT, a->opt.lang), v->lv.t->nrows ? v->lv.sel + 1 : 0,
             v->lv.t->nrows, ">");
    listview_draw(a, &v->lv, title, hint);
}

static enum reaction go_back(struct app *a)
{
    return view_go_back(a, a->bmv ? a->bmv->ret : (struct view_return){0}, bench_close);
}

/* s on the grid: by the cursor's benchmark, best first; again, the
 * other way. */
static enum reaction grid_sort(struct app *a, struct bench_view *v)
{
    struct table *t = v->grid.t;
    size_t col = (size_t)v->bcols[v->bcol];
    if (t->nsort && t->sort[0].col == col)
        t->sort[0].desc = !t->sort[0].desc;
    else
        t->sort[0] = (struct table_sort_key){col, t->def->cols[col].best != TABLE_BEST_MIN};
    t->nsort = 1;
    return listview_resort(a, &v->grid);
}

static enum reaction grid_action(struct app *a, struct bench_view *v, enum action act)
{
    const struct dp_model *m = listview_current(&v->grid);
    switch (act) {
    case ACT_COL_LEFT:
    case ACT_COL_RIGHT:
        if (act == ACT_COL_LEFT ? v->bcol == 0 : v->bcol + 1 >= v->nb)
            return R_NONE;
        v->bcol += act == ACT_COL_LEFT ? (size_t)-1 : 1;
        return R_REDRAW;
    case ACT_SORT_NEXT:
    case ACT_SORT_PREV:
        return v->nb ? grid_sort(a, v) : R_NONE;
    case ACT_DETAIL: {
        const struct dp_result_rec *r = grid_result(v);
        if (r)
            detail_result(a, r);
        else if (m)
            detail_model(a, m);
        return m ? R_REDRAW : R_NONE;
    }
    case ACT_MARK:
        if (!m)
            return R_NONE;
        app_mark_model(a, m);
        listview_action(a, &v->grid, ACT_DOWN);
        return R_REDRAW;
    case ACT_COMPARE:
        return compare_open_from(a, m, &screen_benchmarks);
    default:
        return listview_action(a, &v->grid, act);
    }
}

static enum reaction bench_action(struct app *a, enum action act)
{
    struct bench_view *v = a->bmv;
    if (!v)
        return go_back(a);
    if (act == ACT_NEXT_PANE || act == ACT_PREV_PANE) {
        v->list = !v->list;
        return R_REDRAW;
    }
    enum reaction r = v->list ? listview_action(a, &v->lv, act) : grid_action(a, v, act);
    if (r != R_UNHANDLED)
        return r;
    switch (act) {
    case ACT_BACK:
    case ACT_BENCHMARKS:
        return go_back(a);
    default:
        return R_UNHANDLED;
    }
}

static enum reaction bench_key(struct app *a, int key, bool is_code)
{
    struct bench_view *v = a->bmv;
    return v ? listview_key(a, v->list ? &v->lv : &v->grid, key, is_code) : R_UNHANDLED;
}

/* Esc on a result's detail (either face), or on a model's opened from the
 * grid. */
bool bench_page_back(struct app *a)
{
    return view_page_back(a, detail_result, a->bmv != NULL, &screen_benchmarks) ||
           view_page_back(a, detail_model, a->bmv && !a->bmv->list, &screen_benchmarks);
}

const struct screen_ops screen_benchmarks = {
    .id = "benchmarks",
    .draw = bench_draw,
    .action = bench_action,
    .key = bench_key,
};
