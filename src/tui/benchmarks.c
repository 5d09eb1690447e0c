/* SPDX-License-Identifier: GPL-2.0-or-later */
/* benchmarks.c — the Benchmarks view (`b`): every model's result on every
 * benchmark, from the results catalogue (`dokpamo benchmarks`): Korean
 * benchmarks first, then the global ones and the indexes; model,
 * benchmark, group, value and who reported it in words (vendor / official
 * / third party, the vocabulary's, as the command prints them — colour
 * only repeats it), and from 100 columns the source, from 120 the
 * setting, from 150 the publisher and the date. The results of the model
 * selected on the main screen carry a text mark (`>`) and the cursor
 * starts on its first; `s`/`S`/`<` sort by a shown column, `/` searches
 * models and benchmarks, Enter shows a result's detail (setting, what it
 * was compared with, publisher, date, note, source), Esc goes back. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

struct bench_view {
    struct listview lv;
    const struct dp_model *selected; /* the main screen's model, marked */
    struct view_return ret;          /* a detail page, or the main screen */
};

void bench_close(struct app *a)
{
    if (!a->bmv)
        return;
    listview_fini(&a->bmv->lv);
    free(a->bmv);
    a->bmv = NULL;
}

static const char *model_mark(const struct app *a, const void *row)
{
    const struct bench_view *v = a->bmv;
    return v && v->selected && ((const struct dp_result_rec *)row)->model == v->selected ? ">" : NULL;
}

enum reaction bench_open(struct app *a)
{
    const struct table_def *def = app_catalog(a, &table_results);
    if (!def)
        return R_NONE;
    bench_close(a);
    struct bench_view *v = calloc(1, sizeof *v);
    struct table *t = v ? table_new(def, a->ds) : NULL;
    if (!t) {
        free(v);
        app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        return R_REDRAW;
    }
    v->lv.t = t; /* the catalogue's order: Korean benchmarks first */
    v->lv.none = V_BM_NONE;
    v->lv.mark = model_mark;
    v->lv.detail = detail_result;
    v->lv.searchable = true;
    v->lv.sortable = true;
    if (a->screen == &screen_page && a->detail_fn) {
        v->ret.fn = a->detail_fn;
        v->ret.row = a->detail_row;
        if (a->detail_base == &table_models)
            v->selected = a->detail_row;
    } else {
        v->selected = a->sel_model;
    }
    for (size_t r = 0; v->selected && r < t->nrows; r++)
        if (((const struct dp_result_rec *)t->rows[r])->model == v->selected) {
            v->lv.sel = r;
            break;
        }
    a->bmv = v;
    a->screen = &screen_benchmarks;
    return R_REDRAW;
}

static void bench_draw(struct app *a)
{
    struct bench_view *v = a->bmv;
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

static enum reaction bench_action(struct app *a, enum action act)
{
    struct bench_view *v = a->bmv;
    if (!v)
        return go_back(a);
    enum reaction r = listview_action(a, &v->lv, act);
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
    return a->bmv ? listview_key(a, &a->bmv->lv, key, is_code) : R_UNHANDLED;
}

bool bench_page_back(struct app *a)
{
    return view_page_back(a, detail_result, a->bmv != NULL, &screen_benchmarks);
}

const struct screen_ops screen_benchmarks = {
    .id = "benchmarks",
    .draw = bench_draw,
    .action = bench_action,
    .key = bench_key,
};
