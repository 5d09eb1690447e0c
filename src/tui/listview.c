/* SPDX-License-Identifier: GPL-2.0-or-later */
/* listview.c — the list machinery the record-list views share (Sources,
 * Timeline, Benchmarks, Contradictions): a framed list of one catalogue
 * kind's rows, columns read through table_get(), a cursor, a text mark
 * before each row that wants one, `/` search over the rows' names and
 * sorting by a column. The views choose the rows, the columns and their
 * widths; this file draws and moves. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/provide_curses.h"
#include "tui/app.h"

bool listview_open(struct app *a, struct listview *lv, const struct table_def *base, enum vocab_id none,
                   const char *(*mark)(const struct app *a, const void *row),
                   void (*detail)(struct app *a, const void *row))
{
    const struct table_def *def = app_catalog(a, base);
    lv->t = def ? table_new(def, a->ds) : NULL;
    if (!lv->t) {
        app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        return false;
    }
    lv->none = none;
    lv->mark = mark;
    lv->detail = detail;
    lv->searchable = true;
    return true;
}

void listview_fini(struct listview *lv)
{
    table_free(&lv->t);
    text_query_free(&lv->query);
    memset(lv, 0, sizeof *lv);
}

/* The columns the list can show: widths 0 are left out. */
static int gutter(const struct listview *lv)
{
    return lv->mark ? 2 : 0;
}

void listview_draw(struct app *a, struct listview *lv, const char *title, const char *hint)
{
    const struct table_def *def = lv->t ? lv->t->def : NULL;
    draw_box_frame(a, 0, 0, a->rows, a->cols);
    draw_set(a, ST_TITLE);
    draw_clip(a, 0, 2, a->cols - 4, title, -1);
    draw_set(a, ST_NORMAL);
    if (!def)
        return;
    int inner = a->cols - 4, g = gutter(lv);
    int body = a->rows - 3 - lv->reserve, end = a->rows - 1 - lv->reserve;
    if (lv->sel < lv->top)
        lv->top = lv->sel;
    if (body > 0 && lv->sel >= lv->top + (size_t)body)
        lv->top = lv->sel - (size_t)body + 1;
    /* The heads; the sorted column's with its direction. */
    int x = 2 + g;
    for (size_t i = 0; i < lv->ncols; i++) {
        if (!lv->widths[i] || lv->cols[i] < 0)
            continue;
        bool sorted = lv->t->nsort && lv->t->sort[0].col == (size_t)lv->cols[i] && lv->sortable;
        char head[128];
        snprintf(head, sizeof head, "%s%s", sorted ? (lv->t->sort[0].desc ? a->g->down : a->g->up) : "",
                 table_col_head(&def->cols[lv->cols[i]], a->opt.lang));
        draw_set(a, lv->cells && i == lv->cell ? ST_MATCH : sorted ? ST_HEADER_SORT : ST_HEADER);
        draw_text(a, 1, x, lv->widths[i], head, -1, def->cols[lv->cols[i]].align);
        x += lv->widths[i] + 1;
    }
    draw_set(a, ST_NORMAL);
    char buf[2048];
    int y = 2;
    if (lv->t->nrows == 0)
        draw_clip(a, y++, 2, inner, vocab(lv->none, a->opt.lang), -1);
    for (size_t r = lv->top; r < lv->t->nrows && y < end; r++, y++) {
        const void *row = lv->t->rows[r];
        bool cur = r == lv->sel;
        draw_set(a, cur ? ST_CURSOR : ST_NORMAL);
        draw_text(a, y, 1, a->cols - 2, "", 0, TEXT_LEFT);
        const char *m = lv->mark ? lv->mark(a, row) : NULL;
        if (m) {
            if (!cur)
                draw_set(a, ST_MARKED);
            draw_clip(a, y, 2, g, m, -1);
        }
        x = 2 + g;
        for (size_t i = 0; i < lv->ncols; i++) {
            if (!lv->widths[i] || lv->cols[i] < 0)
                continue;
            struct table_value val;
            table_get(def, (size_t)lv->cols[i], row, &a->ctx.base, buf, sizeof buf, &val);
            bool at = cur && lv->cells && i == lv->cell;
            if (at)
                draw_set(a, ST_MATCH);
            else if (!cur)
                draw_set(a, !val.known                      ? ST_UNKNOWN
                            : val.tone == TABLE_TONE_VENDOR ? ST_VENDOR
                            : val.tone == TABLE_TONE_GOOD   ? ST_GOOD
                            : val.tone == TABLE_TONE_BAD    ? ST_BAD
                                                            : ST_NORMAL);
            /* Not applicable reads as the dash, as in the panes; so does a
             * grid's empty cell (not evaluated). */
            bool dash = val.why == DP_WHY_NOT_APPLICABLE || (lv->cells && val.why == DP_WHY_NOT_EVALUATED);
            const char *s = val.known ? val.text : dash ? a->g->dash : table_value_human(&val, a->opt.lang);
            /* A tag follows the value, one column apart: "67.3 v". */
            int tw = val.known && val.tag ? text_width(val.tag) + 1 : 0;
            if (tw >= lv->widths[i])
                tw = 0;
            draw_value(a, y, x, lv->widths[i] - tw, &def->cols[lv->cols[i]], &val, s,
                       val.known ? val.width : -1);
            if (tw) {
                draw_text(a, y, x + lv->widths[i] - tw, 1, "", 0, TEXT_LEFT);
                draw_text(a, y, x + lv->widths[i] - tw + 1, tw - 1, val.tag, -1, TEXT_LEFT);
            }
            if (at)
                draw_set(a, ST_CURSOR);
            if (val.known && (def->cols[lv->cols[i]].flags & TABLE_F_URL))
                termout_link(a, y, x, val.width < lv->widths[i] ? val.width : lv->widths[i], val.raw);
            x += lv->widths[i] + 1;
        }
    }
    draw_set(a, ST_NORMAL);
    for (; y < end; y++)
        draw_text(a, y, 1, a->cols - 2, "", 0, TEXT_LEFT);
    draw_set(a, ST_HINT);
    if (lv->searching) {
        char line[400];
        snprintf(line, sizeof line, "/%s", lv->input);
        draw_text(a, a->rows - 1, 1, a->cols - 2, "", 0, TEXT_LEFT);
        draw_clip(a, a->rows - 1, 2, a->cols - 4, line, -1);
    } else {
        draw_clip(a, a->rows - 1, 2, a->cols - 4, a->msg[0] ? a->msg : hint, -1);
    }
    draw_set(a, ST_NORMAL);
}

/* The first row at or after `from` (cyclic, in direction dir) whose names
 * match the query; true when found. */
static bool find_from(struct listview *lv, size_t from, int dir)
{
    size_t n = lv->t->nrows;
    if (!lv->query || !n)
        return false;
    for (size_t k = 0; k < n; k++) {
        size_t r = dir > 0 ? (from + k) % n : (from + n - k % n) % n;
        if (table_row_matches(lv->t->def, lv->t->rows[r], lv->query)) {
            lv->sel = r;
            return true;
        }
    }
    return false;
}

static void search_update(struct app *a, struct listview *lv)
{
    text_query_free(&lv->query);
    lv->query = lv->input[0] ? text_query_new(lv->input) : NULL;
    if (lv->query && !find_from(lv, lv->search_origin, 1))
        app_set_msg(a, "%s", vocab(V_LV_NO_MATCH, a->opt.lang));
}

enum reaction listview_key(struct app *a, struct listview *lv, int key, bool is_code)
{
    if (!lv->searching)
        return R_UNHANDLED;
    size_t len = strlen(lv->input);
    if (key == 27 && !is_code) {
        lv->searching = false;
        lv->input[0] = '\0';
        text_query_free(&lv->query);
        lv->sel = lv->search_origin;
        return R_REDRAW;
    }
    if ((key == '\n' || key == '\r') || (is_code && key == KEY_ENTER)) {
        lv->searching = false;
        return R_REDRAW;
    }
    if ((is_code && key == KEY_BACKSPACE) || key == 127 || key == 8) {
        while (len > 0 && ((unsigned char)lv->input[len - 1] & 0xC0) == 0x80)
            len--;
        if (len > 0)
            len--;
        lv->input[len] = '\0';
        search_update(a, lv);
        return R_REDRAW;
    }
    if (is_code || key < 0x20 || key == 127)
        return R_NONE;
    /* A character (read_key() has decoded its UTF-8): its bytes. */
    char mb[4];
    size_t n = text_encode_cp(key, mb);
    if (n && len + n < sizeof lv->input) {
        memcpy(lv->input + len, mb, n);
        lv->input[len + n] = '\0';
        search_update(a, lv);
    }
    return R_REDRAW;
}

/* The next sortable column after the sorted one (dir 1) or before it. */
static enum reaction sort_step(struct app *a, struct listview *lv, int dir)
{
    size_t n = 0, at = 0;
    int shown[64];
    for (size_t i = 0; i < lv->ncols && n < 64; i++)
        if (lv->widths[i] && lv->cols[i] >= 0) {
            if (lv->t->nsort && lv->t->sort[0].col == (size_t)lv->cols[i])
                at = n;
            shown[n++] = lv->cols[i];
        }
    if (!n)
        return R_NONE;
    size_t next = lv->t->nsort ? (at + n + (size_t)(dir > 0 ? 1 : n - 1)) % n : 0;
    lv->t->sort[0] =
        (struct table_sort_key){(size_t)shown[next], lv->t->def->cols[shown[next]].type == TABLE_NUM};
    lv->t->nsort = 1;
    return listview_resort(a, lv);
}

enum reaction listview_resort(struct app *a, struct listview *lv)
{
    const void *cur = lv->t->nrows ? lv->t->rows[lv->sel] : NULL;
    table_sort(lv->t, &a->ctx.base);
    for (size_t r = 0; cur && r < lv->t->nrows; r++)
        if (lv->t->rows[r] == cur)
            lv->sel = r;
    return R_REDRAW;
}

void listview_set_columns(struct listview *lv, const struct table_def *def, const char *const *keys,
                          const int *widths, size_t n)
{
    lv->ncols = n < LISTVIEW_MAX_COLS ? n : LISTVIEW_MAX_COLS;
    for (size_t i = 0; i < lv->ncols; i++) {
        lv->cols[i] = table_col_find(def, keys[i]);
        lv->widths[i] = widths[i];
    }
}

enum reaction listview_action(struct app *a, struct listview *lv, enum action act)
{
    long n = (long)lv->t->nrows, sel = (long)lv->sel,
         body = a->rows - 3 - lv->reserve > 1 ? a->rows - 4 - lv->reserve : 1;
    switch (act) {
    case ACT_DETAIL:
        if (!lv->detail)
            return R_UNHANDLED;
        if (listview_current(lv))
            lv->detail(a, listview_current(lv));
        return listview_current(lv) ? R_REDRAW : R_NONE;
    case ACT_BACK:
        if (!lv->query)
            return R_UNHANDLED;
        text_query_free(&lv->query);
        return R_REDRAW;
    case ACT_DOWN:
        sel++;
        break;
    case ACT_UP:
        sel--;
        break;
    case ACT_PAGE_DOWN:
        sel += body;
        break;
    case ACT_PAGE_UP:
        sel -= body;
        break;
    case ACT_FIRST:
        sel = 0;
        break;
    case ACT_LAST:
        sel = n - 1;
        break;
    case ACT_SEARCH:
        if (!lv->searchable)
            return R_UNHANDLED;
        lv->searching = true;
        lv->input[0] = '\0';
        lv->search_origin = lv->sel;
        text_query_free(&lv->query);
        return R_REDRAW;
    case ACT_SEARCH_NEXT:
    case ACT_SEARCH_PREV:
        if (!lv->searchable || !lv->query || !n)
            return lv->searchable ? R_NONE : R_UNHANDLED;
        if (!find_from(lv, (size_t)((sel + (act == ACT_SEARCH_NEXT ? 1 : n - 1)) % n),
                       act == ACT_SEARCH_NEXT ? 1 : -1))
            app_set_msg(a, "%s", vocab(V_LV_NO_MATCH, a->opt.lang));
        return R_REDRAW;
    case ACT_SORT_NEXT:
    case ACT_SORT_PREV:
        return lv->sortable ? sort_step(a, lv, act == ACT_SORT_NEXT ? 1 : -1) : R_UNHANDLED;
    case ACT_SORT_REVERSE:
        if (!lv->sortable || !lv->t->nsort)
            return lv->sortable ? R_NONE : R_UNHANDLED;
        lv->t->sort[0].desc = !lv->t->sort[0].desc;
        return listview_resort(a, lv);
    default:
        return R_UNHANDLED;
    }
    if (sel >= n)
        sel = n - 1;
    if (sel < 0)
        sel = 0;
    lv->sel = (size_t)sel;
    return R_REDRAW;
}

const void *listview_current(const struct listview *lv)
{
    return lv->t && lv->t->nrows ? lv->t->rows[lv->sel] : NULL;
}

enum reaction view_go_back(struct app *a, struct view_return ret, void (*close)(struct app *a))
{
    close(a);
    if (ret.fn) {
        ret.fn(a, ret.row); /* the detail it was opened from, scrolled as it was */
        a->page.top = ret.top;
        return R_REDRAW;
    }
    a->screen = ret.screen ? ret.screen : &screen_main;
    return R_REDRAW | R_RELAYOUT;
}

struct view_return view_return_here(const struct app *a)
{
    if (a->screen == &screen_page) /* help has no detail_fn: its text would be gone */
        return a->detail_fn
                   ? (struct view_return){.fn = a->detail_fn, .row = a->detail_row, .top = a->page.top}
                   : (struct view_return){0};
    if (a->screen != &screen_main)
        return (struct view_return){.screen = a->screen};
    return (struct view_return){0};
}

bool view_page_back(struct app *a, void (*detail)(struct app *a, const void *row), bool open,
                    const struct screen_ops *screen)
{
    if (a->detail_fn != detail || !open)
        return false;
    a->detail_fn = NULL;
    a->screen = screen;
    return true;
}
