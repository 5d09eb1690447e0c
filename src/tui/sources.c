/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sources.c — the Sources view: `o` on the main screen or in a detail
 * view lists the sources the record cites (id, publisher, date, title and,
 * when it fits, the URL — the sources catalogue's list fields); Enter
 * shows the selected source's detail (every field of the catalogue, what
 * cites it); Esc goes back one step: from the source to the list, from
 * the list to where `o` was pressed. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

struct sources_view {
    struct listview lv;     /* the sources the record cites */
    const dp_text *name;    /* the record's name, or NULL: label */
    char label[256];        /* what the list is of otherwise (a Compare value, an event) */
    struct view_return ret; /* a detail page (and its scroll), a view, or the main screen */
};

void sources_close(struct app *a)
{
    if (!a->srcv)
        return;
    listview_fini(&a->srcv->lv);
    free(a->srcv);
    a->srcv = NULL;
}

/* Every source id of a record's lines (show's lines: each field's
 * sources), joined for table_src_has(). */
struct collect {
    char *ids;
    size_t len, cap;
    bool oom;
};

static void collect_line(void *arg, const struct table_line *l)
{
    struct collect *c = arg;
    if (!l->src || c->oom)
        return;
    size_t n = strlen(l->src);
    if (c->len + n + 3 > c->cap) {
        size_t cap = (c->cap ? c->cap * 2 : 256) + n + 3;
        char *p = realloc(c->ids, cap);
        if (!p) {
            c->oom = true;
            return;
        }
        c->ids = p;
        c->cap = cap;
    }
    memcpy(c->ids + c->len, l->src, n);
    c->len += n;
    memcpy(c->ids + c->len, ", ", 3);
    c->len += 2;
}

static const struct table_def *sources_catalog(const struct app *a)
{
    return app_catalog(a, &table_sources);
}

enum reaction sources_open_ids(struct app *a, const char *ids, const char *at, const dp_text *name,
                               const char *label, struct view_return ret)
{
    const struct table_def *sdef = sources_catalog(a);
    if (!sdef)
        return R_NONE;
    sources_close(a);
    struct sources_view *v = calloc(1, sizeof *v);
    struct table *t = v ? table_new(sdef, a->ds) : NULL;
    if (!t) {
        free(v);
        app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        return R_REDRAW;
    }
    /* The cursor on the first source of `at` (the line or value the user
     * is at), else on the first. */
    char first[64] = "";
    if (at) {
        size_t k = strcspn(at, ", ");
        snprintf(first, sizeof first, "%.*s", (int)(k < sizeof first ? k : sizeof first - 1), at);
    }
    size_t n = 0;
    for (size_t i = 0; i < t->nall && ids; i++) {
        const struct dp_source *s = t->all[i];
        if (!table_src_has(ids, s->id))
            continue;
        if (first[0] && strcmp(s->id, first) == 0)
            v->lv.sel = n;
        t->rows[n++] = t->all[i];
    }
    t->nrows = n;
    v->lv.t = t;
    v->lv.none = V_SRC_NONE;
    v->lv.detail = detail_source;
    v->lv.searchable = true;
    v->lv.sortable = true;
    v->ret = ret;
    v->name = name;
    snprintf(v->label, sizeof v->label, "%s", label ? label : "");
    a->srcv = v;
    a->screen = &screen_sources;
    return R_REDRAW;
}

enum reaction sources_open_record(struct app *a, const struct table_def *base, const void *row,
                                  const dp_text *name, const char *label, const char *at,
                                  struct view_return ret)
{
    const struct table_def *def = app_catalog(a, base);
    if (!def || !row)
        return R_NONE;
    struct collect c = {0};
    table_record_lines(def, row, &a->ctx.base, collect_line, &c);
    if (c.oom) {
        free(c.ids);
        app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        return R_REDRAW;
    }
    enum reaction r = sources_open_ids(a, c.ids, at, name, label, ret);
    free(c.ids);
    return r;
}

/* In a detail view: the sources of the line the user is at — the search's
 * match, else the first line from the top of the screen that has some. */
static const char *page_at(const struct app *a)
{
    size_t from = a->query && a->query_screen == &screen_page ? a->page_match : page_top_line(a);
    for (size_t i = from; i < a->page.nlines; i++)
        if (a->page.lines[i].src)
            return a->page.lines[i].src;
    return NULL;
}

/* What the list is of when the record has no name of its own: an
 * event's or a contradiction's id, a result's model and benchmark. */
static const char *record_label(const struct app *a, char *buf, size_t n)
{
    if (a->detail_base == &table_events)
        return ((const struct dp_event *)a->detail_row)->id;
    if (a->detail_base == &table_contradictions)
        return ((const struct dp_contradiction *)a->detail_row)->id;
    if (a->detail_base == &table_results) {
        const struct dp_result_rec *r = a->detail_row;
        snprintf(buf, n, "%s · %s", r->model ? app_str(a, &r->model->name) : "?",
                 r->bench && r->bench->name.disp ? r->bench->name.disp : "?");
        return buf;
    }
    return NULL;
}

enum reaction sources_open(struct app *a)
{
    if (a->screen == &screen_page) {
        /* In a detail view: the record it shows, and back to this very
         * place of its page. */
        if (!a->detail_fn || !a->detail_base || a->detail_fn == detail_source)
            return R_NONE;
        struct view_return ret = {.fn = a->detail_fn, .row = a->detail_row, .top = a->page.top};
        char label[256];
        return sources_open_record(a, a->detail_base, a->detail_row, a->detail_name,
                                   record_label(a, label, sizeof label), page_at(a), ret);
    }
    if (a->screen == &screen_compare) {
        char label[256];
        const char *ids = compare_view_sources(a, label, sizeof label);
        if (!ids) {
            app_set_msg(a, "%s", vocab(V_CMP_NO_SOURCE_RECORDED, a->opt.lang));
            return R_REDRAW;
        }
        return sources_open_ids(a, ids, ids, NULL, label, (struct view_return){.screen = &screen_compare});
    }
    struct pane *p = app_focused(a);
    const void *row = pane_current(p);
    if (!row)
        return R_NONE;
    const struct dp_model *m = p->ops->row_model ? p->ops->row_model(row) : NULL;
    const struct dp_consortium *c = p->ops->row_consortium ? p->ops->row_consortium(row) : NULL;
    const struct view_return main = {0};
    if (p->ops->catalog == &table_partners)
        return sources_open_record(a, &table_partners, row, &((const struct dp_partner *)row)->name, NULL,
                                   NULL, main);
    if (m)
        return sources_open_record(a, &table_models, m, &m->name, NULL, NULL, main);
    if (c)
        return sources_open_record(a, &table_consortia, c, &c->name, NULL, NULL, main);
    return R_NONE;
}

enum reaction sources_copy_url(struct app *a, const struct dp_source *s)
{
    if (!s)
        return R_NONE;
    enum dp_lang lang = a->opt.lang;
    if (!s->url.raw) {
        app_set_msg(a, vocab(V_MSG_NO_URL, lang), s->id);
        return R_REDRAW;
    }
    char uri[TEXT_URI_MAX + 1];
    size_t n = text_uri(uri, sizeof uri, s->url.raw, strlen(s->url.raw));
    if (!n) {
        /* A URL with a control or escape in it never reaches the clipboard. */
        app_set_msg(a, vocab(V_MSG_URL_REFUSED, lang), s->id);
        return R_REDRAW;
    }
    if (app_clipboard(a, uri, n))
        app_set_msg(a, vocab(V_MSG_COPIED_URL, lang), s->id, n, uri);
    return R_REDRAW;
}

/* ---- the list ---- */

/* Column widths for the list fields: id, publisher, date, title, URL. */
static void sources_draw(struct app *a)
{
    struct sources_view *v = a->srcv;
    const struct table_def *def = sources_catalog(a);
    char title[512];
    snprintf(title, sizeof title, vocab(V_SRC_TITLE, a->opt.lang),
             !v        ? ""
             : v->name ? app_str(a, v->name)
                       : v->label,
             v ? v->lv.t->nrows : 0);
    if (!v || !def) {
        draw_box_frame(a, 0, 0, a->rows, a->cols);
        return;
    }
    static const char *const keys[] = {"id", "publisher", "date", "title", "url"};
    int inner = a->cols - 4;
    /* id 5, date 10, publisher a quarter; the URL only when 120+ columns. */
    int w_id = 5, w_date = 10, w_pub = inner / 4, w_url = a->cols >= 120 ? inner / 3 : 0;
    int w_title = inner - w_id - w_date - w_pub - w_url - (w_url ? 4 : 3);
    if (w_title < 8) {
        w_title = 8;
        w_pub = inner - w_id - w_date - w_title - 3;
    }
    const int widths[] = {w_id, w_pub, w_date, w_title, w_url};
    listview_set_columns(&v->lv, def, keys, widths, sizeof keys / sizeof keys[0]);
    char hint[160];
    snprintf(hint, sizeof hint, vocab(V_SRC_HINT, a->opt.lang), v->lv.t->nrows ? v->lv.sel + 1 : 0,
             v->lv.t->nrows);
    listview_draw(a, &v->lv, title, hint);
}

static enum reaction go_back(struct app *a)
{
    return view_go_back(a, a->srcv ? a->srcv->ret : (struct view_return){0}, sources_close);
}

static enum reaction sources_action(struct app *a, enum action act)
{
    struct sources_view *v = a->srcv;
    if (!v)
        return go_back(a);
    enum reaction r = listview_action(a, &v->lv, act);
    if (r != R_UNHANDLED)
        return r;
    if (act == ACT_COPY)
        return sources_copy_url(a, listview_current(&v->lv));
    return act == ACT_BACK || act == ACT_SOURCES ? go_back(a) : R_UNHANDLED;
}

static enum reaction sources_key(struct app *a, int key, bool is_code)
{
    return a->srcv ? listview_key(a, &a->srcv->lv, key, is_code) : R_UNHANDLED;
}

/* Back from a source's detail: the list, as it was. */
bool sources_page_back(struct app *a)
{
    return view_page_back(a, detail_source, a->srcv != NULL, &screen_sources);
}

const struct screen_ops screen_sources = {
    .id = "sources",
    .draw = sources_draw,
    .action = sources_action,
    .key = sources_key,
};
