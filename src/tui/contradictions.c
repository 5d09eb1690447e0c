/* SPDX-License-Identifier: GPL-2.0-or-later */
/* contradictions.c — the Contradictions view (`x`): every recorded
 * disagreement of the contradictions catalogue (topic, what it is about,
 * every side with its sources, the note). Opened from the main screen, a
 * detail view or Compare, the cursor starts on the contradiction of the
 * record there (a contested value's own first) and those of that record
 * carry a text mark (`>`); Enter shows one with each side on its own line
 * with its sources; Esc goes back one step. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

struct contra_view {
    struct listview lv;
    const char *about;      /* the id of the record it was opened for, or NULL */
    struct view_return ret; /* a detail page, Compare, or the main screen */
};

void contra_close(struct app *a)
{
    if (!a->cxv)
        return;
    listview_fini(&a->cxv->lv);
    free(a->cxv);
    a->cxv = NULL;
}

static const char *about_mark(const struct app *a, const void *row)
{
    const struct contra_view *v = a->cxv;
    const struct dp_contradiction *x = row;
    return v && v->about && x->about && strcmp(x->about, v->about) == 0 ? ">" : NULL;
}

/* The record the view is for: the detail page's, else the selection's
 * model, else its consortium. */
static const char *record_id(const struct app *a)
{
    if (a->screen == &screen_page && a->detail_fn) {
        if (a->detail_base == &table_models)
            return ((const struct dp_model *)a->detail_row)->id;
        if (a->detail_base == &table_consortia)
            return ((const struct dp_consortium *)a->detail_row)->id;
        return NULL;
    }
    return a->sel_model ? a->sel_model->id : a->sel_cons ? a->sel_cons->id : NULL;
}

enum reaction contra_open_at(struct app *a, const char *about, const struct dp_contradiction *at)
{
    contra_close(a);
    struct contra_view *v = calloc(1, sizeof *v);
    if (!v || !listview_open(a, &v->lv, &table_contradictions, V_CX_NONE, about_mark, detail_contradiction)) {
        if (!v)
            app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        free(v);
        return R_REDRAW;
    }
    const struct table *t = v->lv.t;
    v->about = about;
    v->ret = view_return_here(a);
    /* The cursor: the value's own contradiction, else the record's first
     * contested field's, else the record's first. */
    size_t best = 0;
    int rank = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        const struct dp_contradiction *x = t->rows[r];
        int k = x == at ? 3 : about && x->about && strcmp(x->about, about) == 0 ? (x->nfields ? 2 : 1) : 0;
        if (k > rank) {
            rank = k;
            best = r;
        }
    }
    v->lv.sel = best;
    a->cxv = v;
    a->screen = &screen_contradictions;
    return R_REDRAW;
}

enum reaction contra_open(struct app *a)
{
    return contra_open_at(a, record_id(a), NULL);
}

static void contra_draw(struct app *a)
{
    struct contra_view *v = a->cxv;
    const struct table_def *def = v ? v->lv.t->def : NULL;
    const struct dp_model *m = v && v->about ? model_find_model(a->ds, v->about) : NULL;
    const struct dp_consortium *c = v && v->about && !m ? model_find_consortium(a->ds, v->about) : NULL;
    char title[512];
    snprintf(title, sizeof title, vocab(V_CX_TITLE, a->opt.lang),
             m   ? app_str(a, &m->name)
             : c ? app_str(a, table_consortium_short(c))
                 : vocab(V_CX_ALL, a->opt.lang),
             v ? v->lv.t->nrows : 0);
    if (!v || !def) {
        draw_box_frame(a, 0, 0, a->rows, a->cols);
        return;
    }
    /* topic, about, the sides (the rest), the note from 120 columns. */
    static const char *const keys[] = {"topic", "about", "values", "note"};
    int inner = a->cols - 4 - 2;
    int w_topic = a->cols >= 120 ? 28 : 20, w_about = 12, w_note = a->cols >= 120 ? inner / 4 : 0;
    int w_values = inner - w_topic - w_about - w_note - (w_note ? 3 : 2);
    const int widths[] = {w_topic, w_about, w_values, w_note};
    listview_set_columns(&v->lv, def, keys, widths, sizeof keys / sizeof keys[0]);
    char hint[256];
    snprintf(hint, sizeof hint, vocab(V_CX_HINT, a->opt.lang), v->lv.t->nrows ? v->lv.sel + 1 : 0,
             v->lv.t->nrows);
    listview_draw(a, &v->lv, title, hint);
}

static enum reaction go_back(struct app *a)
{
    return view_go_back(a, a->cxv ? a->cxv->ret : (struct view_return){0}, contra_close);
}

static enum reaction contra_action(struct app *a, enum action act)
{
    struct contra_view *v = a->cxv;
    if (!v)
        return go_back(a);
    enum reaction r = listview_action(a, &v->lv, act);
    if (r != R_UNHANDLED)
        return r;
    if (act == ACT_SOURCES) {
        const struct dp_contradiction *x = listview_current(&v->lv);
        return x ? sources_open_record(a, &table_contradictions, x, &x->topic, NULL, NULL,
                                       (struct view_return){.screen = &screen_contradictions})
                 : R_NONE;
    }
    return act == ACT_BACK || act == ACT_CONTRADICTIONS ? go_back(a) : R_UNHANDLED;
}

static enum reaction contra_key(struct app *a, int key, bool is_code)
{
    return a->cxv ? listview_key(a, &a->cxv->lv, key, is_code) : R_UNHANDLED;
}

bool contra_page_back(struct app *a)
{
    return view_page_back(a, detail_contradiction, a->cxv != NULL, &screen_contradictions);
}

const struct screen_ops screen_contradictions = {
    .id = "contradictions",
    .draw = contra_draw,
    .action = contra_action,
    .key = contra_key,
};
