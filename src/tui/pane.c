/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pane.c — what every pane shares: a table view (the table room sorts it),
 * a cursor, column layout for the pane's width, and drawing of the visible
 * rows only. Each pane file supplies its columns and a pane_ops. */
#include "config.h"

#include <fnmatch.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tui/provide_curses.h"
#include "tui/app.h"

#define GAP 1 /* columns between cells */

/* Copies the catalogue fields the pane names into its columns. */
static bool pane_from_catalog(struct pane *p, struct app *a)
{
    const struct table_def *cat = app_catalog(a, p->ops->catalog);
    if (!cat)
        return false;
    p->def = *cat;
    p->def.owned = NULL;
    size_t n = 0;
    for (size_t f = 0; f < p->ops->nfields; f++) {
        const struct pane_field *pf = &p->ops->fields[f];
        int k = 0;
        for (size_t i = 0; i < cat->ncols && n < PANE_MAX_COLS; i++) {
            const char *key = cat->cols[i].key;
            if (fnmatch(pf->key, key, 0) != 0 || (pf->exclude && fnmatch(pf->exclude, key, 0) == 0) ||
                (pf->exclude2 && fnmatch(pf->exclude2, key, 0) == 0))
                continue;
            p->cols[n] = cat->cols[i];
            if (pf->head != V_NOWORD) {
                p->cols[n].head_en = vocab(pf->head, DP_LANG_EN);
                p->cols[n].head_ko = vocab(pf->head, DP_LANG_KO);
            }
            p->layout[n] = pf->layout;
            if (p->layout[n].prio > 0)
                p->layout[n].prio -= k < p->layout[n].prio ? k : p->layout[n].prio - 1;
            k++;
            n++;
        }
    }
    p->def.ncols = n;
    return true;
}

bool pane_init(struct pane *p, const struct pane_ops *ops, struct app *a)
{
    memset(p, 0, sizeof *p);
    p->ops = ops;
    if (!(ops->fields ? pane_from_catalog(p, a) : ops->init(p, a)))
        return false;
    p->def.cols = p->cols;
    p->t = table_new(&p->def, a->ds);
    if (!p->t)
        return false;
    size_t sort = 0;
    for (size_t i = 0; ops->default_sort && i < p->def.ncols; i++)
        if (fnmatch(ops->default_sort, p->cols[i].key, 0) == 0) {
            sort = i;
            break;
        }
    p->t->sort[0].col = sort;
    p->t->sort[0].desc = ops->default_desc;
    p->t->nsort = 1;
    pane_refresh(p, a);
    p->sel = p->top = 0;
    return true;
}

bool pane_sort_try(struct pane *p, struct app *a, const char *spec, char *err, size_t errsz)
{
    struct table_sort_key keep[TABLE_MAX_SORT];
    size_t nkeep = p->t->nsort;
    memcpy(keep, p->t->sort, sizeof keep);
    if (!table_parse_sort(p->t, spec, a->opt.lang, err, errsz)) {
        memcpy(p->t->sort, keep, sizeof keep);
        p->t->nsort = nkeep;
        return false;
    }
    pane_refresh(p, a);
    p->sel = p->top = 0;
    return true;
}

void pane_sort_spec(struct pane *p, struct app *a, const char *spec)
{
    char err[256];
    if (!spec || !*spec)
        return;
    if (!pane_sort_try(p, a, spec, err, sizeof err))
        app_set_msg(a, vocab(V_MSG_SORT, a->opt.lang), err); /* a bad key from the config file: the default */
}

void pane_fini(struct pane *p)
{
    table_free(&p->t);
}

const void *pane_current(const struct pane *p)
{
    return p->t && p->sel < p->t->nrows ? p->t->rows[p->sel] : NULL;
}

int pane_body_rows(const struct pane *p)
{
    return p->h > 2 ? p->h - 2 : 0;
}

static void pane_clamp(struct pane *p)
{
    size_t n = p->t->nrows;
    size_t body = (size_t)pane_body_rows(p);
    if (n == 0) {
        p->sel = p->top = 0;
        return;
    }
    if (p->sel >= n)
        p->sel = n - 1;
    if (p->sel < p->top)
        p->top = p->sel;
    if (body && p->sel >= p->top + body)
        p->top = p->sel - body + 1;
    if (body && p->top + body > n)
        p->top = n > body ? n - body : 0;
}

bool pane_select_row(struct pane *p, const void *row)
{
    for (size_t i = 0; row && i < p->t->nrows; i++)
        if (p->t->rows[i] == row) {
            p->sel = i;
            pane_clamp(p);
            return true;
        }
    pane_clamp(p);
    return false;
}

/* A reference model the view leaves out (until r). */
static bool row_left_apart(const struct app *a, const struct pane *p, const void *row)
{
    return p->def.apart && p->def.apart(row) && !table_keeps_apart(&p->def, a->filter, a->show_refs);
}

static bool row_visible(const struct app *a, const struct pane *p, const void *row)
{
    if (row_left_apart(a, p, row))
        return false;
    const struct dp_model *m = p->ops->row_model ? p->ops->row_model(row) : NULL;
    if (m)
        return filter_model_ok(a, m);
    const struct dp_consortium *c = p->ops->row_consortium ? p->ops->row_consortium(row) : NULL;
    return filter_consortium_ok(a, c);
}

/* Widest value of each column over every row (not only the filtered ones,
 * so widths do not jump when a filter changes). Run on language or unit
 * changes, never per frame; dataset strings carry their width. */
static void pane_measure(struct pane *p, struct app *a)
{
    const struct table_ctx *c0 = &a->ctx.base, *m = &p->measured_ctx;
    if (p->measured && m->lang == c0->lang && m->text_flags == c0->text_flags &&
        m->korean_units == c0->korean_units)
        return; /* the same rows in the same context: the same widths */
    p->measured = true;
    p->measured_ctx = *c0;
    char buf[1024];
    for (size_t c = 0; c < p->def.ncols; c++) {
        int w = 0;
        if (p->layout[c].kind != CELL_BAR) {
            for (size_t r = 0; r < p->t->nall; r++) {
                struct table_value v;
                table_get(&p->def, c, p->t->all[r], &a->ctx.base, buf, sizeof buf, &v);
                int vw = v.known ? v.width : 1; /* a reason fits what known values leave */
                if (vw > w)
                    w = vw;
            }
        }
        p->content_w[c] = w;
    }
}

void pane_refresh(struct pane *p, struct app *a)
{
    const void *cur = pane_current(p);
    table_apply(p->t, NULL, NULL, &a->ctx.base);
    size_t k = 0;
    for (size_t i = 0; i < p->t->nrows; i++)
        if (row_visible(a, p, p->t->rows[i]))
            p->t->rows[k++] = p->t->rows[i];
    p->t->nrows = k;
    p->nshowable = 0;
    for (size_t i = 0; i < p->t->nall; i++)
        p->nshowable += !row_left_apart(a, p, p->t->all[i]);
    pane_measure(p, a);
    if (!pane_select_row(p, cur))
        p->sel = 0, p->top = 0;
}

void pane_sort(struct pane *p, struct app *a)
{
    const void *cur = pane_current(p);
    table_sort(p->t, &a->ctx.base);
    pane_select_row(p, cur);
}

enum reaction pane_move_to(struct pane *p, size_t row)
{
    size_t old = p->sel, oldtop = p->top;
    p->sel = row;
    pane_clamp(p);
    return (p->sel != old || p->top != oldtop) ? (R_REDRAW | R_LINK) : R_NONE;
}

enum reaction pane_move(struct pane *p, long delta)
{
    long n = (long)p->t->nrows;
    long s = (long)p->sel + delta;
    if (s >= n)
        s = n - 1;
    if (s < 0)
        s = 0;
    return pane_move_to(p, (size_t)s);
}

static bool col_is_num(const struct pane *p, size_t col)
{
    return p->cols[col].type == TABLE_NUM;
}

enum reaction pane_sort_by(struct pane *p, struct app *a, size_t col, int dir)
{
    struct table_sort_key *k = &p->t->sort[0];
    if (col >= p->def.ncols)
        return R_NONE;
    if (p->t->nsort && k->col == col && dir == 0) {
        k->desc = !k->desc;
    } else {
        /* Keep the old key as the tie breaker. */
        if (p->t->nsort && k->col != col) {
            p->t->sort[1] = *k;
            p->t->nsort = 2;
        } else if (!p->t->nsort) {
            p->t->nsort = 1;
        }
        k->col = col;
        k->desc = dir > 0 ? true : dir < 0 ? false : col_is_num(p, col);
    }
    pane_sort(p, a);
    return R_REDRAW;
}

int pane_sort_cols(const struct pane *p, size_t *cols)
{
    int n = 0;
    for (int i = 0; i < p->ncolshown; i++) {
        size_t c = p->colidx[i];
        bool again = false;
        for (int k = 0; k < n && !again; k++)
            again = strcmp(p->cols[cols[k]].key, p->cols[c].key) == 0;
        if (!again)
            cols[n++] = c;
    }
    return n;
}

enum reaction pane_sort_step(struct pane *p, struct app *a, int step)
{
    /* Only the columns on the screen: a sort by a column out of sight
     * (a role, a stage the pane has no room for) would look like none. */
    size_t cols[PANE_MAX_COLS];
    long n = pane_sort_cols(p, cols);
    if (n == 0)
        return R_NONE;
    long at = -1;
    for (long i = 0; p->t->nsort && i < n; i++)
        if (strcmp(p->cols[cols[i]].key, p->cols[p->t->sort[0].col].key) == 0)
            at = i;
    if (at < 0) /* sorted by a column not shown: start from the first */
        at = step > 0 ? -1 : 0;
    size_t c = cols[((at + step) % n + n) % n];
    return pane_sort_by(p, a, c, col_is_num(p, c) ? 1 : -1);
}

/* Column widths for the columns in on[]: each gets its minimum, then the
 * most important grow to what they want, then to their content; what is
 * left goes to bars, else to the first text column. */
static void grow_cols(const struct pane *p, const bool *on, const int *minw, const int *target,
                      const int *pref, int avail, int *width)
{
    int n = 0, sum = 0;
    for (size_t c = 0; c < p->def.ncols; c++)
        if (on[c]) {
            n++;
            sum += minw[c];
        }
    int extra = avail - sum - GAP * (n - 1);
    for (size_t c = 0; c < p->def.ncols; c++)
        width[c] = on[c] ? minw[c] : 0;
    for (int pass = 0; pass < 2; pass++) {
        const int *goal = pass == 0 ? target : pref;
        for (int prio = 100; prio >= 0 && extra > 0; prio--)
            for (size_t c = 0; c < p->def.ncols && extra > 0; c++)
                if (on[c] && p->layout[c].prio == prio && goal[c] > width[c]) {
                    int g = goal[c] - width[c];
                    if (g > extra)
                        g = extra;
                    width[c] += g;
                    extra -= g;
                }
    }
    int nbars = 0;
    for (size_t c = 0; c < p->def.ncols; c++)
        if (on[c] && p->layout[c].kind != CELL_TEXT)
            nbars++;
    for (size_t c = 0; c < p->def.ncols && extra > 0; c++)
        if (on[c] && p->layout[c].kind != CELL_TEXT) {
            int g = extra / nbars--;
            width[c] += g;
            extra -= g;
        }
    for (size_t c = 0; c < p->def.ncols && extra > 0; c++)
        if (on[c] && p->layout[c].kind == CELL_TEXT && p->cols[c].type != TABLE_NUM) {
            width[c] += extra;
            extra = 0;
        }
}

/* Chooses the columns that fit in the pane's width and their widths. */
static void pane_layout_cols(struct pane *p, struct app *a)
{
    int avail = p->w - 1; /* the mark gutter */
    bool on[PANE_MAX_COLS];
    int minw[PANE_MAX_COLS], pref[PANE_MAX_COLS], target[PANE_MAX_COLS], width[PANE_MAX_COLS];
    int n = 0, sum = 0;

    for (size_t c = 0; c < p->def.ncols; c++) {
        const struct pane_col *l = &p->layout[c];
        const struct table_col *col = &p->cols[c];
        on[c] = l->prio >= 0;
        const char *title = table_col_head(col, a->opt.lang);
        bool sorted = p->t->nsort && p->t->sort[0].col == c;
        int tw = text_width(title) + (sorted ? 1 : 0); /* the sort arrow */
        minw[c] = l->min;
        if (sorted && minw[c] < tw)
            minw[c] = tw; /* the arrow and title of the sort key stay readable */
        int want = p->content_w[c];
        if (l->kind == CELL_TEXTBAR)
            want += 1 + l->min;
        if (want < tw)
            want = tw;
        if (l->max && want > l->max)
            want = l->max;
        if (want < minw[c])
            want = minw[c];
        pref[c] = want;
        target[c] = l->want > minw[c] ? (l->want < pref[c] ? l->want : pref[c]) : minw[c];
        if (on[c]) {
            n++;
            sum += minw[c];
        }
    }
    /* Drop the least important columns until the minimums fit. */
    while (n > 1 && sum + GAP * (n - 1) > avail) {
        int drop = -1;
        for (size_t c = 0; c < p->def.ncols; c++)
            if (on[c] && (drop < 0 || p->layout[c].prio <= p->layout[drop].prio))
                drop = (int)c;
        on[drop] = false;
        n--;
        sum -= minw[drop];
    }
    /* Then while an important column is narrower than it wants, drop a
     * less important one. */
    for (;;) {
        grow_cols(p, on, minw, target, pref, avail, width);
        int starved = -1, drop = -1;
        for (size_t c = 0; c < p->def.ncols; c++)
            if (on[c] && width[c] < target[c] && (starved < 0 || p->layout[c].prio > p->layout[starved].prio))
                starved = (int)c;
        if (starved < 0)
            break;
        for (size_t c = 0; c < p->def.ncols; c++)
            if (on[c] && p->layout[c].prio < p->layout[starved].prio &&
                (drop < 0 || p->layout[c].prio <= p->layout[drop].prio))
                drop = (int)c;
        if (drop < 0)
            break;
        on[drop] = false;
    }

    int x = p->x + 1;
    p->ncolshown = 0;
    p->mark_first = p->def.apart != NULL;
    for (size_t c = 0; c < p->def.ncols; c++)
        if (on[c]) {
            if (strcmp(p->cols[c].key, "consortium") == 0)
                p->mark_first = false; /* the team cell starts with the mark */
            int i = p->ncolshown++;
            p->colidx[i] = c;
            p->colx[i] = x;
            p->colw[i] = width[c];
            x += width[c] + GAP;
        }
}

void pane_layout(struct pane *p, struct app *a, int y, int x, int h, int w)
{
    p->y = y;
    p->x = x;
    p->h = h;
    p->w = w;
    pane_layout_cols(p, a);
    pane_clamp(p);
}

int pane_col_at(const struct pane *p, int x)
{
    for (int i = 0; i < p->ncolshown; i++)
        if (x >= p->colx[i] && x < p->colx[i] + p->colw[i] + GAP)
            return (int)p->colidx[i];
    return -1;
}

bool pane_row_linked(const struct pane *p, const struct app *a, const void *row)
{
    const struct dp_model *m = p->ops->row_model ? p->ops->row_model(row) : NULL;
    const struct dp_consortium *c = p->ops->row_consortium ? p->ops->row_consortium(row) : NULL;
    if (m && a->sel_model)
        return m == a->sel_model;
    return c && c == a->sel_cons;
}

/* The linked rows come into view from the first of their run (selecting
 * 배키 shows NC AI's partners from the first one down, not the rows above
 * it with NC AI's first partner last). */
void pane_scroll_to_linked(struct pane *p, const struct app *a)
{
    const void *cur = pane_current(p);
    if (cur && pane_row_linked(p, a, cur))
        return;
    for (size_t i = 0; i < p->t->nrows; i++)
        if (pane_row_linked(p, a, p->t->rows[i])) {
            size_t end = i + 1, body = (size_t)pane_body_rows(p);
            while (end < p->t->nrows && pane_row_linked(p, a, p->t->rows[end]))
                end++;
            p->sel = i;
            if (body && (i < p->top || end > p->top + body))
                p->top = i; /* pane_clamp keeps the last page full */
            pane_clamp(p);
            return;
        }
}

static bool row_marked(const struct pane *p, const struct app *a, const void *row)
{
    const struct dp_model *m = p->ops->row_model ? p->ops->row_model(row) : NULL;
    if (m)
        return a->mark_model[m->index];
    const struct dp_consortium *c = p->ops->row_consortium ? p->ops->row_consortium(row) : NULL;
    return c && a->mark_cons[c->index];
}

static void pane_draw_title(struct pane *p, struct app *a, bool focused)
{
    const char *title = vocab(p->ops->title, a->opt.lang);
    char count[48];
    int y = p->y;

    draw_set(a, ST_NORMAL);
    draw_text(a, y, p->x, p->w, "", 0, TEXT_LEFT);
    draw_set(a, focused ? ST_PANE_FOCUS : ST_PANE_TITLE);
    int used = draw_clip(a, y, p->x, p->w, title, -1);
    draw_set(a, ST_NORMAL);
    if (p->t->nrows)
        snprintf(count, sizeof count, " %zu/%zu", p->sel + 1, p->t->nrows);
    else
        snprintf(count, sizeof count, " 0/0");
    if (p->t->nrows != p->nshowable) {
        size_t l = strlen(count);
        snprintf(count + l, sizeof count - l, vocab(V_COUNT_OF, a->opt.lang), p->nshowable);
    }
    used += draw_clip(a, y, p->x + used, p->w - used, count, (int)strlen(count));

    /* The sort key and direction, right-aligned. */
    int sw = 0;
    if (p->t->nsort) {
        const struct table_col *col = &p->cols[p->t->sort[0].col];
        const char *ct = table_col_head(col, a->opt.lang);
        char sortbuf[96];
        snprintf(sortbuf, sizeof sortbuf, "%s%s", p->t->sort[0].desc ? a->g->down : a->g->up, ct);
        sw = text_width(sortbuf);
        if (used + 2 + sw <= p->w) {
            draw_set(a, ST_HEADER_SORT);
            draw_clip(a, y, p->x + p->w - sw, sw, sortbuf, sw);
            draw_set(a, ST_NORMAL);
        } else {
            sw = -2;
        }
    }
    /* Rows out of view above and below ("↑ 2 more  ↓ 7 more", or "↑2 ↓7"
     * when that does not fit), between the count and the sort key. */
    char more[128];
    if (pane_more_rows(p, a, more, sizeof more, p->w - used - sw - 2))
        draw_clip(a, y, p->x + used, p->w - used, more, -1);
}

size_t pane_rows_above(const struct pane *p)
{
    return p->t->nrows ? p->top : 0;
}

size_t pane_rows_below(const struct pane *p)
{
    size_t shown = p->top + (size_t)pane_body_rows(p);
    return p->t->nrows > shown ? p->t->nrows - shown : 0;
}

bool pane_more_rows(const struct pane *p, const struct app *a, char *buf, size_t bufsz, int avail)
{
    size_t up = pane_rows_above(p), down = pane_rows_below(p);
    const char *fmt = vocab(V_MORE_ROWS, a->opt.lang);
    char u[48] = "", d[48] = "";
    buf[0] = '\0';
    if (!up && !down)
        return false;
    for (int shortform = 0; shortform < 2; shortform++) {
        if (up)
            snprintf(u, sizeof u, shortform ? "%s%zu" : fmt, a->g->above, up);
        if (down)
            snprintf(d, sizeof d, shortform ? "%s%zu" : fmt, a->g->below, down);
        snprintf(buf, bufsz, "  %s%s%s", u, up && down ? (shortform ? " " : "  ") : "", d);
        if (text_width(buf) <= avail)
            return true;
    }
    buf[0] = '\0';
    return false;
}

static void pane_draw_header(struct pane *p, struct app *a)
{
    int y = p->y + 1;
    draw_set(a, ST_HEADER);
    draw_text(a, y, p->x, p->w, "", 0, TEXT_LEFT);
    for (int i = 0; i < p->ncolshown; i++) {
        size_t c = p->colidx[i];
        const struct table_col *col = &p->cols[c];
        const char *t = table_col_head(col, a->opt.lang);
        bool sorted = p->t->nsort && p->t->sort[0].col == c;
        char buf[96];
        snprintf(buf, sizeof buf, "%s%s", sorted ? (p->t->sort[0].desc ? a->g->down : a->g->up) : "", t);
        draw_set(a, sorted ? ST_HEADER_SORT : ST_HEADER);
        enum text_align al = p->layout[c].kind == CELL_TEXT ? col->align : TEXT_LEFT;
        draw_text(a, y, p->colx[i], p->colw[i], buf, -1, al);
    }
    draw_set(a, ST_NORMAL);
}

static enum style value_style(const struct table_value *v)
{
    return v->known ? ST_NORMAL : ST_UNKNOWN;
}

/* True when the cell repeats the one above in a grouped view. */
static bool cell_repeats(const struct pane *p, struct app *a, size_t c, size_t idx)
{
    if (!p->ops->group_col || c != p->ops->group_col - 1 || idx == p->top || !p->t->nsort ||
        p->t->sort[0].col != c)
        return false;
    char b1[256], b2[256];
    struct table_value v1 = {0}, v2 = {0};
    table_get(&p->def, c, p->t->rows[idx], &a->ctx.base, b1, sizeof b1, &v1);
    table_get(&p->def, c, p->t->rows[idx - 1], &a->ctx.base, b2, sizeof b2, &v2);
    return v1.known && v2.known && v1.text && v2.text && strcmp(v1.text, v2.text) == 0;
}

static void pane_draw_cell(struct pane *p, struct app *a, int i, const void *row, int y, int base)
{
    size_t c = p->colidx[i];
    const struct table_col *col = &p->cols[c];
    const struct pane_col *l = &p->layout[c];
    int x = p->colx[i], w = p->colw[i];
    char buf[1024];
    struct table_value v = {0};

    if (l->kind == CELL_BAR) {
        double f = p->ops->bar_scale ? p->ops->bar_scale(a, c, row) : NAN;
        draw_bar(a, y, x, w, f);
        return;
    }
    if (cell_repeats(p, a, c, p->top + (size_t)(y - p->y - 2))) {
        draw_text(a, y, x, w, "", 0, TEXT_LEFT);
        return;
    }
    if (i == 0 && p->mark_first && p->def.apart(row)) {
        /* A reference model's first cell ends with its text mark (참고 /
         * ref), whatever the cut, where no team cell shows it. */
        const char *mk = vocab(V_REFERENCE_MARK, a->opt.lang);
        int mw = text_width(mk) + 1;
        if (w >= mw + 4) {
            w -= mw;
            draw_text(a, y, x + w, mw, mk, mw - 1, TEXT_RIGHT);
            move(y, x);
        }
    }
    table_get(&p->def, c, row, &a->ctx.base, buf, sizeof buf, &v);
    const char *s = v.text ? v.text : "";
    int sw = v.width;
    if (!v.known) {
        /* Not applicable reads as a dash; other unknowns say why. */
        s = v.why == DP_WHY_NOT_APPLICABLE ? a->g->dash : table_value_human(&v, a->opt.lang);
        sw = -1;
    }
    if (!base && !v.known)
        attron(draw_attr(a, value_style(&v)));
    if (l->kind == CELL_TEXTBAR) {
        int tw = p->content_w[c] < w ? p->content_w[c] : w;
        draw_text(a, y, x, tw, s, sw, TEXT_RIGHT);
        if (w > tw + 1) {
            addch(' ');
            double f = p->ops->bar_scale      ? p->ops->bar_scale(a, c, row)
                       : v.known && v.max > 0 ? v.num / v.max
                                              : NAN;
            draw_bar(a, y, x + tw + 1, w - tw - 1, f);
        }
    } else {
        draw_value(a, y, x, w, col, &v, s, sw);
    }
    if (!base && !v.known)
        attroff(draw_attr(a, value_style(&v)));
}

void pane_draw(struct pane *p, struct app *a, bool focused)
{
    pane_draw_title(p, a, focused);
    pane_draw_header(p, a);
    int body = pane_body_rows(p);
    for (int r = 0; r < body; r++) {
        int y = p->y + 2 + r;
        size_t idx = p->top + (size_t)r;
        draw_set(a, ST_NORMAL);
        if (idx >= p->t->nrows) {
            draw_text(a, y, p->x, p->w, "", 0, TEXT_LEFT);
            continue;
        }
        const void *row = p->t->rows[idx];
        int base = 0;
        if (idx == p->sel)
            base = draw_attr(a, focused ? ST_CURSOR : ST_CURSOR_DIM);
        else if (!focused && pane_row_linked(p, a, row))
            base = draw_attr(a, ST_LINKED);
        else if (p->ops->row_model && p->ops->row_model(row)->reference)
            base = draw_attr(a, ST_UNKNOWN); /* reference models, outside the programme */
        attrset(base);
        draw_text(a, y, p->x, p->w, "", 0, TEXT_LEFT);
        if (row_marked(p, a, row)) {
            attrset(base ? base : draw_attr(a, ST_MARKED));
            mvaddstr(y, p->x, a->g->mark);
            attrset(base);
        }
        /* A search's matches: the first column highlighted (less-like),
         * the cursor's row excepted. */
        bool match = idx != p->sel && a->query && a->query_screen == &screen_main &&
                     table_row_matches(&p->def, row, a->query);
        for (int i = 0; i < p->ncolshown; i++) {
            if (i == 0 && match) {
                int m = draw_attr(a, ST_MATCH);
                attrset(m);
                pane_draw_cell(p, a, i, row, y, m);
                attrset(base);
                continue;
            }
            pane_draw_cell(p, a, i, row, y, base);
        }
    }
    draw_set(a, ST_NORMAL);
}
