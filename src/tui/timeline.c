/* SPDX-License-Identifier: GPL-2.0-or-later */
/* timeline.c — the Timeline view (`t`): every dated event of the events
 * catalogue in date order (date, kind, what happened, team, model, source
 * and, when it fits, the note); `f` keeps one team's events (each press
 * the next team), `F` every team's; the events of the team selected on
 * the main screen carry a text mark (`>`); Enter shows an event's detail
 * (every field, its note and sources), Esc goes back one step. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

struct timeline_view {
    struct listview lv;
    const struct dp_consortium *team;     /* the filter, or NULL: every team */
    const struct dp_consortium *selected; /* the main screen's team, marked */
    struct view_return ret;               /* a detail page, or the main screen */
};

static const struct dp_consortium *event_team(const struct dp_event *e)
{
    return e->consortium ? e->consortium : e->model ? e->model->consortium : NULL;
}

void timeline_close(struct app *a)
{
    if (!a->tlv)
        return;
    listview_fini(&a->tlv->lv);
    free(a->tlv);
    a->tlv = NULL;
}

static const char *team_mark(const struct app *a, const void *row)
{
    const struct timeline_view *v = a->tlv;
    return v && v->selected && event_team(row) == v->selected ? ">" : NULL;
}

/* The rows: every event, or the filter team's, in date order. */
static void timeline_rows(struct app *a)
{
    struct timeline_view *v = a->tlv;
    struct table *t = v->lv.t;
    size_t n = 0;
    for (size_t i = 0; i < t->nall; i++)
        if (!v->team || event_team(t->all[i]) == v->team)
            t->rows[n++] = t->all[i];
    t->nrows = n;
    table_sort(t, &a->ctx.base);
    if (v->lv.sel >= n)
        v->lv.sel = n ? n - 1 : 0;
}

enum reaction timeline_open(struct app *a)
{
    timeline_close(a);
    struct timeline_view *v = calloc(1, sizeof *v);
    if (!v || !listview_open(a, &v->lv, &table_events, V_TL_NONE, team_mark, detail_event)) {
        if (!v)
            app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        free(v);
        return R_REDRAW;
    }
    struct table *t = v->lv.t;
    int date = table_col_find(t->def, "date");
    if (date >= 0) {
        t->sort[0] = (struct table_sort_key){(size_t)date, false};
        t->nsort = 1;
    }
    v->ret = view_return_here(a);
    v->selected = a->sel_model && a->sel_model->consortium ? a->sel_model->consortium : a->sel_cons;
    a->tlv = v;
    timeline_rows(a);
    /* The cursor on the selected team's first event. */
    for (size_t r = 0; v->selected && r < t->nrows; r++)
        if (event_team(t->rows[r]) == v->selected) {
            v->lv.sel = r;
            break;
        }
    a->screen = &screen_timeline;
    return R_REDRAW;
}

static void timeline_draw(struct app *a)
{
    struct timeline_view *v = a->tlv;
    const struct table_def *def = v ? v->lv.t->def : NULL;
    char title[512];
    snprintf(title, sizeof title, vocab(V_TL_TITLE, a->opt.lang),
             v && v->team ? app_str(a, table_consortium_short(v->team)) : vocab(V_TL_ALL_TEAMS, a->opt.lang),
             v ? v->lv.t->nrows : 0);
    if (!v || !def) {
        draw_box_frame(a, 0, 0, a->rows, a->cols);
        return;
    }
    /* date, kind, event, team, model, source, note; the event takes the
     * rest, the model from 120 columns, the note from 150. */
    static const char *const keys[] = {"date", "kind", "event", "team", "model", "source", "note"};
    int inner = a->cols - 4 - 2;
    int w_date = 10, w_kind = 12, w_team = 8, w_model = a->cols >= 120 ? 16 : 0,
        w_src = a->cols >= 100 ? 9 : 0, w_note = a->cols >= 150 ? inner / 4 : 0;
    int used = w_date + w_kind + w_team + w_model + w_src + w_note;
    int shown = 4 + (w_model > 0) + (w_src > 0) + (w_note > 0);
    int w_event = inner - used - (shown - 1);
    if (w_event < 12) {
        w_kind = 0;
        w_event += 13;
    }
    const int widths[] = {w_date, w_kind, w_event, w_team, w_model, w_src, w_note};
    listview_set_columns(&v->lv, def, keys, widths, sizeof keys / sizeof keys[0]);
    char hint[256];
    snprintf(hint, sizeof hint, vocab(V_TL_HINT, a->opt.lang), v->lv.t->nrows ? v->lv.sel + 1 : 0,
             v->lv.t->nrows, ">");
    listview_draw(a, &v->lv, title, hint);
}

static enum reaction go_back(struct app *a)
{
    return view_go_back(a, a->tlv ? a->tlv->ret : (struct view_return){0}, timeline_close);
}

/* The next team with events after the filter's (NULL after the last). */
static const struct dp_consortium *next_team(const struct app *a, const struct dp_consortium *after)
{
    size_t from = after ? after->index + 1 : 0;
    for (size_t i = from; i < a->ds->nconsortia; i++)
        for (size_t k = 0; k < a->ds->nevents; k++)
            if (event_team(&a->ds->events[k]) == &a->ds->consortia[i])
                return &a->ds->consortia[i];
    return NULL;
}

static enum reaction timeline_action(struct app *a, enum action act)
{
    struct timeline_view *v = a->tlv;
    if (!v)
        return go_back(a);
    enum reaction r = listview_action(a, &v->lv, act);
    if (r != R_UNHANDLED)
        return r;
    switch (act) {
    case ACT_FILTER:
        v->team = next_team(a, v->team);
        v->lv.sel = 0;
        timeline_rows(a);
        return R_REDRAW;
    case ACT_FILTER_CLEAR:
        if (!v->team)
            return R_NONE;
        v->team = NULL;
        timeline_rows(a);
        return R_REDRAW;
    case ACT_BACK:
    case ACT_TIMELINE:
        return go_back(a);
    case ACT_SOURCES: {
        const struct dp_event *e = listview_current(&v->lv);
        return e ? sources_open_record(a, &table_events, e, NULL, e->id, NULL,
                                       (struct view_return){.screen = &screen_timeline})
                 : R_NONE;
    }
    default:
        return R_UNHANDLED;
    }
}

static enum reaction timeline_key(struct app *a, int key, bool is_code)
{
    return a->tlv ? listview_key(a, &a->tlv->lv, key, is_code) : R_UNHANDLED;
}

bool timeline_page_back(struct app *a)
{
    return view_page_back(a, detail_event, a->tlv != NULL, &screen_timeline);
}

const struct screen_ops screen_timeline = {
    .id = "timeline",
    .draw = timeline_draw,
    .action = timeline_action,
    .key = timeline_key,
};
