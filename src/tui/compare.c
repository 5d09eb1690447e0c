/* SPDX-License-Identifier: GPL-2.0-or-later */
/* compare.c — the Compare screen (issue 5), drawn from include/compare.h.
 *
 * One column per marked record (a marked consortium brings its models), or
 * the selected model and its nearest peer by parameters when nothing is
 * marked (a single marked model, too, gets its nearest peer); up to six columns at a time, more scroll with h/l. One row per
 * attribute; rows that differ carry a mark in the gutter and are drawn
 * bold. Cells come from compare_cell_format(): value, bar on the row's
 * shared scale, delta against the first column, the best mark. `d` shows
 * only differences, `]`/`[` jump between them, `i` opens the source panel
 * of the selected cell, `e` exports through a file-name prompt (a second
 * prompt before overwriting), `y` copies Markdown through OSC 52.
 *
 * The state lives in a->cmpv, built by compare_open() and freed by
 * compare_close(); a language or unit change rebuilds it in place.
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "compare.h"
#include "tui/provide_curses.h"
#include "tui/app.h"
#include "vocab.h"

#define CV_MAX_VISIBLE 6 /* columns shown at a time */
#define CV_MIN_COLW 12   /* narrowest column, gap included: "undisclosed" */
#define CV_MAX_COLW 40
#define CV_INFO_LINES 6 /* source panel lines, rule excluded */

/* CV_INPUT_SSH: the export key of a --ssh session, which writes no file:
 * p prints the comparison on the terminal, y copies it through OSC 52. */
enum cv_input { CV_INPUT_NONE, CV_INPUT_SSH };

struct compare_view {
    struct compare *c;
    enum dp_lang lang; /* what c was built with */
    unsigned tflags;
    bool korean_units;
    struct cmp_record *recs;
    size_t nrecs;

    size_t *shown; /* row indexes shown (all, or differences only) */
    size_t nshown;
    bool diff_only;
    bool info; /* the source panel is open */

    size_t row;  /* selected row (index in c->rows) */
    size_t col;  /* selected column */
    size_t left; /* first visible column */
    size_t top;  /* first visible position in shown[] */

    enum cv_input input;           /* the file name prompt is prompt.c's (PROMPT_EXPORT) */
    const struct screen_ops *back; /* where Esc goes: the screen `c` was pressed on */
};

/* What one frame looks like; computed from the screen size on every draw
 * and every move, never stored. */
struct cv_layout {
    int label_w; /* attribute titles */
    int x0;      /* first value column */
    int colw;    /* per column, the gap included */
    size_t nvis; /* columns visible */
    int body_y, body_h;
    int info_y, info_h; /* the status line, or the source panel */
};

/* ---- building ---- */

static bool rec_add(struct compare_view *cv, size_t cap, const struct dp_model *m,
                    const struct dp_consortium *c)
{
    if (cv->nrecs == cap)
        return false;
    cv->recs[cv->nrecs].model = m;
    cv->recs[cv->nrecs].consortium = c;
    cv->nrecs++;
    return true;
}

/* The records to compare, in dataset order: each marked model, and each
 * marked consortium where its first model would be; one marked model and
 * its nearest peer. Nothing marked: the
 * selected model (or the selected consortium's models) and, when that is
 * a single model, its nearest peer by parameters. */
static bool cv_records(struct compare_view *cv, const struct app *a, const struct dp_model *cursor)
{
    const struct dp_dataset *ds = a->ds;
    size_t cap = ds->nmodels + ds->nconsortia + 2;
    cv->recs = calloc(cap, sizeof *cv->recs);
    if (!cv->recs)
        return false;
    bool *cons_done = calloc(ds->nconsortia + 1, sizeof *cons_done);
    if (!cons_done)
        return false;
    for (size_t i = 0; i < ds->nmodels; i++) {
        const struct dp_model *m = ds->models[i];
        const struct dp_consortium *c = m->consortium;
        if (c && a->mark_cons[c->index] && !cons_done[c->index]) {
            cons_done[c->index] = true;
            rec_add(cv, cap, NULL, c);
        }
        if (a->mark_model[m->index])
            rec_add(cv, cap, m, NULL);
    }
    free(cons_done);
    if (cv->nrecs == 1) {
        /* One marked model (or a consortium of one): it and its nearest
         * peer, as with nothing marked; nothing to compare it with alone. */
        const struct dp_model *one = cv->recs[0].model;
        const struct dp_consortium *c = cv->recs[0].consortium;
        if (!one && c && c->nmodels == 1)
            one = &c->models[0];
        const struct dp_model *peer = one ? compare_nearest_peer(ds, one) : NULL;
        if (peer)
            rec_add(cv, cap, peer, NULL);
    }
    if (cv->nrecs)
        return true;
    const struct dp_model *m = cursor ? cursor : a->sel_model;
    if (!m && a->sel_cons && a->sel_cons->nmodels == 1)
        m = &a->sel_cons->models[0];
    if (m) {
        rec_add(cv, cap, m, NULL);
        const struct dp_model *peer = compare_nearest_peer(ds, m);
        if (peer)
            rec_add(cv, cap, peer, NULL);
    } else if (a->sel_cons) {
        rec_add(cv, cap, NULL, a->sel_cons);
    }
    return true;
}

static void cv_reshow(struct compare_view *cv)
{
    cv->nshown = 0;
    for (size_t r = 0; r < cv->c->nrows; r++)
        if (compare_row_shown(cv->c, r, cv->diff_only))
            cv->shown[cv->nshown++] = r;
}

/* Position of the selected row in shown[], moving the selection to the
 * nearest shown row below it (or above) when it is hidden. */
static size_t cv_pos(struct compare_view *cv)
{
    size_t best = 0;
    for (size_t i = 0; i < cv->nshown; i++) {
        if (cv->shown[i] == cv->row)
            return i;
        if (cv->shown[i] < cv->row)
            best = i + 1 < cv->nshown ? i + 1 : i;
    }
    if (cv->nshown)
        cv->row = cv->shown[best];
    return best;
}

static bool cv_build(struct compare_view *cv, const struct app *a)
{
    struct compare_opts o = {
        .lang = a->opt.lang,
        .text_flags = a->tflags,
        .korean_units = a->ctx.base.korean_units,
    };
    struct compare *c = compare_new(a->ds, cv->recs, cv->nrecs, &o);
    if (!c)
        return false;
    size_t *shown = calloc(c->nrows + 1, sizeof *shown);
    if (!shown) {
        compare_free(&c);
        return false;
    }
    compare_free(&cv->c);
    free(cv->shown);
    cv->c = c;
    cv->shown = shown;
    cv->lang = o.lang;
    cv->tflags = o.text_flags;
    cv->korean_units = o.korean_units;
    if (cv->row >= c->nrows)
        cv->row = c->nrows ? c->nrows - 1 : 0;
    if (cv->col >= c->ncols)
        cv->col = c->ncols - 1;
    cv_reshow(cv);
    cv_pos(cv);
    return true;
}

/* Rebuilds after `L` or `u` (the global actions change the options). */
static void cv_sync(struct app *a)
{
    struct compare_view *cv = a->cmpv;
    if (cv &&
        (cv->lang != a->opt.lang || cv->korean_units != a->ctx.base.korean_units || cv->tflags != a->tflags))
        cv_build(cv, a);
}

void compare_close(struct app *a)
{
    struct compare_view *cv = a->cmpv;
    if (!cv)
        return;
    compare_free(&cv->c);
    free(cv->shown);
    free(cv->recs);
    free(cv);
    a->cmpv = NULL;
}

enum reaction compare_open(struct app *a)
{
    return compare_open_from(a, NULL, &screen_main);
}

enum reaction compare_open_from(struct app *a, const struct dp_model *cursor, const struct screen_ops *back)
{
    compare_close(a);
    struct compare_view *cv = calloc(1, sizeof *cv);
    if (!cv || !cv_records(cv, a, cursor)) {
        a->cmpv = cv;
        compare_close(a);
        app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        return R_REDRAW;
    }
    a->cmpv = cv;
    cv->back = back;
    cv->diff_only = a->cmp_diff_only; /* kept from the last Compare */
    if (cv->nrecs == 0 || !cv_build(cv, a)) {
        compare_close(a);
        app_set_msg(a, "%s", vocab(V_MSG_COMPARE_NONE, a->opt.lang));
        return R_REDRAW;
    }
    a->screen = &screen_compare;
    return R_REDRAW;
}

/* ---- layout ---- */

static int cv_info_lines(const struct app *a);

static struct cv_layout cv_layout(const struct app *a)
{
    const struct compare *c = a->cmpv->c;
    struct cv_layout l;
    int widest = 0;
    for (size_t r = 0; r < c->nrows; r++)
        if (c->rows[r].title_width > widest)
            widest = c->rows[r].title_width;
    int cap = a->cols / 5;
    if (cap < 10)
        cap = 10;
    l.label_w = widest < cap ? widest : cap;
    l.x0 = 4 + l.label_w + 1; /* border, gutter mark, space, titles, gap */
    int avail = a->cols - 1 - l.x0;
    size_t fit = avail > 0 ? (size_t)(avail / CV_MIN_COLW) : 0;
    if (fit < 1)
        fit = 1;
    l.nvis = c->ncols < CV_MAX_VISIBLE ? c->ncols : CV_MAX_VISIBLE;
    if (l.nvis > fit)
        l.nvis = fit;
    l.colw = avail / (int)l.nvis;
    if (l.colw > CV_MAX_COLW)
        l.colw = CV_MAX_COLW;
    l.body_y = 3;
    l.info_h = a->cmpv->info ? cv_info_lines(a) + 1 : 1;
    l.info_y = a->rows - 1 - l.info_h;
    l.body_h = l.info_y - l.body_y;
    if (l.body_h < 1)
        l.body_h = 1;
    return l;
}

/* Keeps the selected row and column on screen. */
static void cv_scroll(struct app *a, const struct cv_layout *l)
{
    struct compare_view *cv = a->cmpv;
    size_t pos = cv_pos(cv);
    size_t body = (size_t)l->body_h;
    if (pos < cv->top)
        cv->top = pos;
    if (pos >= cv->top + body)
        cv->top = pos - body + 1;
    if (cv->top + body > cv->nshown)
        cv->top = cv->nshown > body ? cv->nshown - body : 0;
    if (cv->col < cv->left)
        cv->left = cv->col;
    if (cv->col >= cv->left + l->nvis)
        cv->left = cv->col - l->nvis + 1;
    if (cv->left + l->nvis > cv->c->ncols)
        cv->left = cv->c->ncols > l->nvis ? cv->c->ncols - l->nvis : 0;
}

/* ---- drawing ---- */

static void cv_title(struct app *a, const struct cv_layout *l, char *buf, size_t bufsz)
{
    const struct compare_view *cv = a->cmpv;
    const struct compare *c = cv->c;
    const char *sep = a->g->sep;
    enum dp_lang lang = a->opt.lang;
    size_t len = 0;
    int n = snprintf(buf, bufsz, vocab(V_CMP_TITLE, lang), sep, c->ncols, sep, c->ndiffer, c->nrows);
    len = n > 0 && (size_t)n < bufsz ? (size_t)n : 0;
    if (l->nvis < c->ncols && len < bufsz) {
        n = snprintf(buf + len, bufsz - len, vocab(V_CMP_COLUMNS, lang), sep, cv->left + 1,
                     cv->left + l->nvis, c->ncols);
        len = n > 0 && (size_t)n < bufsz - len ? len + (size_t)n : len;
    }
    if (cv->diff_only && len < bufsz) {
        n = snprintf(buf + len, bufsz - len, "%s%s", sep, vocab(V_CMP_DIFF_ONLY, lang));
        len = n > 0 && (size_t)n < bufsz - len ? len + (size_t)n : len;
    }
    if (len + 2 < bufsz) {
        buf[len++] = ' ';
        buf[len] = '\0';
    }
}

static void cv_draw_header(struct app *a, const struct cv_layout *l)
{
    const struct compare_view *cv = a->cmpv;
    const struct compare *c = cv->c;
    draw_set(a, ST_NORMAL);
    draw_text(a, 1, 1, a->cols - 2, "", 0, TEXT_LEFT);
    draw_text(a, 2, 1, a->cols - 2, "", 0, TEXT_LEFT);
    for (size_t k = 0; k < l->nvis; k++) {
        size_t j = cv->left + k;
        int x = l->x0 + (int)k * l->colw;
        const struct cmp_col *col = &c->cols[j];
        draw_set(a, j == cv->col ? ST_HEADER_SORT : ST_HEADER);
        /* A model's name: cut in the middle, as in the panes. */
        draw_text_cut(a, 1, x, l->colw - 1, col->title, col->title_width, TEXT_LEFT, true);
        draw_set(a, ST_UNKNOWN);
        draw_text(a, 2, x, l->colw - 1, col->sub ? col->sub : "", col->sub ? col->sub_width : 0, TEXT_LEFT);
    }
    draw_set(a, ST_PROMPT);
    if (cv->left > 0)
        mvaddstr(1, l->x0 - 1, "<");
    if (cv->left + l->nvis < c->ncols)
        mvaddstr(1, a->cols - 2, ">");
    draw_set(a, ST_NORMAL);
}

/* Room for the bars of row r in the visible columns, with (pass 0) or
 * without (pass 1) deltas: the same width in every column so the row's
 * bars compare by length. */
static int cv_row_room(const struct compare_view *cv, const struct cv_layout *l, size_t r, int pass)
{
    const struct compare *c = cv->c;
    const struct cmp_row *row = &c->rows[r];
    int bar = 16;
    for (size_t k = 0; k < l->nvis; k++) {
        size_t j = cv->left + k;
        const struct cmp_cell *cell = &row->cells[j];
        if (!cell->known || cell->bar < 0)
            continue;
        int need = c->cols[j].value_width + 1 + (cell->best ? 2 : 0);
        if (pass == 0 && cell->delta)
            need += cell->delta_width + 1;
        if (l->colw - 1 - need < bar)
            bar = l->colw - 1 - need;
    }
    return bar;
}

/* The bar width of row r and whether its deltas fit; deltas give way
 * before bars do (the source panel still shows them). Rows on the log
 * scale (parameters) share one width, as they share one scale. Returns 0
 * when no bar fits. */
static int cv_bar_room(const struct compare_view *cv, const struct cv_layout *l, size_t r, bool *deltas)
{
    const struct compare *c = cv->c;
    bool log = c->rows[r].scale == CMP_SCALE_LOG;
    for (int pass = 0; pass < 2; pass++) {
        int bar = cv_row_room(cv, l, r, pass);
        for (size_t k = 0; log && k < c->nrows; k++)
            if (c->rows[k].scale == CMP_SCALE_LOG) {
                int b = cv_row_room(cv, l, k, pass);
                if (b < bar)
                    bar = b;
            }
        if (bar >= (pass == 0 ? 3 : 2)) {
            *deltas = pass == 0;
            return bar;
        }
    }
    *deltas = false;
    return 0;
}

/* One cell in exactly colw - 1 columns: numbers are composed here (value
 * aligned in its column, bar of the row's common width, delta, best
 * mark); text and unknowns come from compare_cell_format(). */
static void cv_cell(const struct app *a, const struct cv_layout *l, size_t r, size_t j, int bar, bool deltas,
                    char *buf, size_t bufsz)
{
    const struct compare *c = a->cmpv->c;
    const struct cmp_row *row = &c->rows[r];
    const struct cmp_cell *cell = &row->cells[j];
    const struct cmp_col *col = &c->cols[j];
    int full = l->colw - 1;
    if (row->kind != CMP_ROW_NUM || !cell->known || cell->bar < 0) {
        compare_cell_format(c, r, j, full, buf, bufsz);
        return;
    }
    char tmp[8 * CV_MAX_COLW + 128];
    size_t used = text_fit(tmp, sizeof tmp, cell->text, col->value_width, TEXT_RIGHT, c->text_flags);
    if (bar > 0) {
        tmp[used++] = ' ';
        compare_bar(tmp + used, sizeof tmp - used, cell->bar, bar, c->text_flags);
        used += strlen(tmp + used);
    }
    if (deltas && cell->delta)
        used += (size_t)snprintf(tmp + used, sizeof tmp - used, " %s", cell->delta);
    if (cell->best)
        snprintf(tmp + used, sizeof tmp - used, " %s", c->text_flags & TEXT_ASCII ? "*" : "✓");
    else
        tmp[used] = '\0';
    text_fit(buf, bufsz, tmp, full, TEXT_LEFT, c->text_flags);
}

static void cv_draw_row(struct app *a, const struct cv_layout *l, int y, size_t r)
{
    const struct compare_view *cv = a->cmpv;
    const struct compare *c = cv->c;
    const struct cmp_row *row = &c->rows[r];
    bool sel = r == cv->row;
    char buf[4 * CV_MAX_COLW + 64];
    bool deltas;
    int bar = cv_bar_room(cv, l, r, &deltas);
    draw_set(a, ST_NORMAL);
    draw_text(a, y, 1, a->cols - 2, "", 0, TEXT_LEFT);
    if (row->differs) {
        draw_set(a, ST_LINKED);
        mvaddstr(y, 2, a->g->ascii ? "*" : "≠");
    }
    draw_set(a, sel ? ST_CURSOR : row->differs ? ST_LINKED : ST_HEADER);
    draw_text(a, y, 4, l->label_w, row->title, row->title_width, TEXT_LEFT);
    for (size_t k = 0; k < l->nvis; k++) {
        size_t j = cv->left + k;
        const struct cmp_cell *cell = &row->cells[j];
        int x = l->x0 + (int)k * l->colw;
        cv_cell(a, l, r, j, bar, deltas, buf, sizeof buf);
        enum style st = ST_NORMAL;
        if (sel && j == cv->col)
            st = ST_CURSOR;
        else if (sel)
            st = ST_CURSOR_DIM;
        else if (!cell->known)
            st = ST_UNKNOWN;
        else if (cell->best)
            st = ST_GOOD;
        else if (row->differs)
            st = ST_LINKED;
        draw_set(a, st);
        draw_text(a, y, x, l->colw - 1, buf, -1, TEXT_LEFT);
    }
    draw_set(a, ST_NORMAL);
}

/* ---- the source panel ---- */

struct cv_info_line {
    char text[1024];
    enum style st;
};

static int info_add(struct cv_info_line *lines, int n, enum style st, const char *s)
{
    if (n >= CV_INFO_LINES)
        return n;
    if (lines) {
        snprintf(lines[n].text, sizeof lines[n].text, "%s", s);
        lines[n].st = st;
    }
    return n + 1;
}

/* The lines of the source panel of the selected cell (lines may be NULL
 * to count them): the value (why, when unknown; the delta), each source
 * with its publisher, date and title, and the note. */
static int cv_info(const struct app *a, struct cv_info_line *lines)
{
    const struct compare_view *cv = a->cmpv;
    const struct compare *c = cv->c;
    const struct cmp_row *row = &c->rows[cv->row];
    const struct cmp_cell *cell = &row->cells[cv->col];
    enum dp_lang lang = a->opt.lang;
    char buf[1024];
    int n = 0;

    int k = snprintf(buf, sizeof buf, "%s%s%s: %s", c->cols[cv->col].title, a->g->sep, row->title,
                     cell->text ? cell->text : "");
    if (!cell->known)
        snprintf(buf, sizeof buf, vocab(V_CMP_UNKNOWN, lang), c->cols[cv->col].title, a->g->sep, row->title,
                 vocab_why(cell->why, c->lang));
    else if (k > 0 && cell->delta && (size_t)k < sizeof buf)
        snprintf(buf + k, sizeof buf - (size_t)k, vocab(V_CMP_AGAINST, lang), cell->delta, c->cols[0].title);
    n = info_add(lines, n, ST_NORMAL, buf);

    if (!cell->src)
        n = info_add(lines, n, ST_UNKNOWN, vocab(V_CMP_NO_SOURCE_RECORDED, lang));
    for (const char *p = cell->src; p && *p && n < CV_INFO_LINES - (cell->note ? 1 : 0);) {
        size_t idl = strcspn(p, ", ");
        char id[64];
        snprintf(id, sizeof id, "%.*s", (int)(idl < sizeof id ? idl : sizeof id - 1), p);
        const struct dp_source *s = model_find_source(a->ds, id);
        if (s)
            snprintf(buf, sizeof buf, "%s %-4s %s%s%s%s%s", vocab(V_CMP_SOURCE, lang), id, s->publisher.disp,
                     s->date.disp[0] ? a->g->sep : "", s->date.disp, s->title.disp[0] ? a->g->sep : "",
                     s->title.disp);
        else
            snprintf(buf, sizeof buf, "%s %s", vocab(V_CMP_SOURCE, lang), id);
        n = info_add(lines, n, ST_UNKNOWN, buf);
        p += idl;
        p += strspn(p, ", ");
    }
    if (cell->note) {
        snprintf(buf, sizeof buf, "%s %s", vocab(V_CMP_NOTE, lang), cell->note);
        n = info_add(lines, n, ST_NORMAL, buf);
    }
    return n;
}

static int cv_info_lines(const struct app *a)
{
    return cv_info(a, NULL);
}

static void cv_draw_status(struct app *a, const struct cv_layout *l)
{
    const struct compare_view *cv = a->cmpv;
    const struct compare *c = cv->c;
    const struct cmp_row *row = &c->rows[cv->row];
    const struct cmp_cell *cell = &row->cells[cv->col];
    enum dp_lang lang = a->opt.lang;
    char buf[512];
    size_t pos = cv_pos(a->cmpv);
    int k = snprintf(buf, sizeof buf, vocab(V_CMP_STATUS, lang), pos + 1, cv->nshown, a->g->sep, cv->col + 1,
                     c->ncols, a->g->sep);
    if (k > 0 && (size_t)k < sizeof buf) {
        if (cell->src)
            snprintf(buf + k, sizeof buf - (size_t)k, vocab(V_CMP_SOURCE_IDS, lang), cell->src);
        else
            snprintf(buf + k, sizeof buf - (size_t)k, "%s", vocab(V_CMP_NO_SOURCE, lang));
    }
    draw_set(a, ST_UNKNOWN);
    draw_text(a, l->info_y, 2, a->cols - 4, buf, -1, TEXT_LEFT);
    draw_set(a, ST_NORMAL);
}

static void cv_draw_bottom(struct app *a)
{
    const struct compare_view *cv = a->cmpv;
    enum dp_lang lang = a->opt.lang;
    char buf[640];
    int y = a->rows - 1;
    if (cv->input == CV_INPUT_SSH) {
        snprintf(buf, sizeof buf, "%s ", vocab(V_SSH_EXPORT_CHOICES, a->opt.lang));
        draw_set(a, ST_PROMPT);
        int used = draw_clip(a, y, 0, a->cols, buf, -1);
        draw_set(a, ST_NORMAL);
        if (used < a->cols)
            draw_text(a, y, used, a->cols - used, "", 0, TEXT_LEFT);
        move(y, used < a->cols ? used : a->cols - 1);
        return;
    }
    if (a->msg[0]) {
        snprintf(buf, sizeof buf, " %s ", a->msg);
        draw_set(a, ST_PROMPT);
    } else {
        snprintf(buf, sizeof buf, "%s", vocab(V_CMP_HINT, lang));
        draw_set(a, ST_HINT);
    }
    draw_clip(a, y, 1, a->cols - 2, buf, -1);
    draw_set(a, ST_NORMAL);
}

static void compare_draw(struct app *a)
{
    cv_sync(a);
    struct compare_view *cv = a->cmpv;
    char buf[512];
    draw_box_frame(a, 0, 0, a->rows, a->cols);
    if (!cv || !cv->c) {
        draw_set(a, ST_NORMAL);
        draw_text(a, 2, 2, a->cols - 4, vocab(V_CMP_EMPTY, a->opt.lang), -1, TEXT_LEFT);
        return;
    }
    struct cv_layout l = cv_layout(a);
    cv_scroll(a, &l);
    cv_title(a, &l, buf, sizeof buf);
    draw_set(a, ST_TITLE);
    draw_clip(a, 0, 2, a->cols - 4, buf, -1);
    cv_draw_header(a, &l);
    for (int i = 0; i < l.body_h; i++) {
        size_t p = cv->top + (size_t)i;
        if (p < cv->nshown)
            cv_draw_row(a, &l, l.body_y + i, cv->shown[p]);
        else
            draw_text(a, l.body_y + i, 1, a->cols - 2, "", 0, TEXT_LEFT);
    }
    if (cv->info) {
        draw_set(a, ST_BORDER);
        mvaddstr(l.info_y, 0, a->g->lt);
        draw_hline(a, l.info_y, 1, a->cols - 2, a->g->h);
        mvaddstr(l.info_y, a->cols - 1, a->g->rt);
        draw_set(a, ST_NORMAL);
        for (int i = 1; i < l.info_h; i++)
            draw_text(a, l.info_y + i, 1, a->cols - 2, "", 0, TEXT_LEFT);
        struct cv_info_line lines[CV_INFO_LINES];
        int n = cv_info(a, lines);
        for (int i = 0; i < n; i++) {
            draw_set(a, lines[i].st);
            draw_text(a, l.info_y + 1 + i, 2, a->cols - 4, lines[i].text, -1, TEXT_LEFT);
        }
        draw_set(a, ST_NORMAL);
    } else {
        draw_set(a, ST_NORMAL);
        draw_text(a, l.info_y, 1, a->cols - 2, "", 0, TEXT_LEFT);
        cv_draw_status(a, &l);
    }
    cv_draw_bottom(a);
}

const char *compare_view_sources(const struct app *a, char *label, size_t labelsz)
{
    const struct compare_view *cv = a->cmpv;
    if (!cv || !cv->c || cv->row >= cv->c->nrows || cv->col >= cv->c->ncols)
        return NULL;
    const struct cmp_row *row = &cv->c->rows[cv->row];
    snprintf(label, labelsz, "%s%s%s", cv->c->cols[cv->col].title, a->g->sep, row->title);
    return row->cells[cv->col].src;
}

/* ---- export and copy ---- */

enum compare_export_status compare_view_export(struct app *a, const char *path, bool overwrite, char *err,
                                               size_t errsz, size_t *nrows)
{
    struct compare_view *cv = a->cmpv;
    *nrows = cv->nshown;
    return compare_export(cv->c, path, overwrite, cv->diff_only, err, errsz);
}

/* y: the comparison as Markdown through OSC 52 (app_clipboard()). */
static enum reaction cv_copy(struct app *a)
{
    struct compare_view *cv = a->cmpv;
    size_t len = 0;
    char *md = compare_markdown(cv->c, cv->diff_only, &len);
    bool sent = app_clipboard(a, md, len);
    free(md);
    if (sent)
        app_copied(a, vocab(V_MSG_COPIED, a->opt.lang), cv->nshown, len);
    return R_REDRAW;
}

/* --ssh: the Markdown export printed on the terminal instead of a file. */
static enum reaction cv_print(struct app *a)
{
    struct compare_view *cv = a->cmpv;
    size_t len = 0;
    char *md = compare_markdown(cv->c, cv->diff_only, &len);
    enum reaction r = app_print_text(a, md, len, "Markdown");
    free(md);
    return r;
}

/* --ssh: p prints, y copies, anything else cancels. */
static enum reaction compare_key(struct app *a, int key, bool is_code)
{
    struct compare_view *cv = a->cmpv;
    if (!cv || cv->input == CV_INPUT_NONE)
        return R_UNHANDLED;
    cv->input = CV_INPUT_NONE;
    if (!is_code && key == 'p')
        return cv_print(a);
    if (!is_code && key == 'y')
        return cv_copy(a);
    return R_REDRAW;
}

/* A paste never chooses: it cancels the --ssh choice. */
static enum reaction compare_paste(struct app *a, const char *s, size_t n)
{
    struct compare_view *cv = a->cmpv;
    (void)s, (void)n;
    if (!cv || cv->input == CV_INPUT_NONE)
        return R_UNHANDLED;
    cv->input = CV_INPUT_NONE; /* a paste never answers the print/copy choice */
    app_set_msg(a, "%s", vocab(V_MSG_PASTE_IGNORED, a->opt.lang));
    return R_REDRAW;
}

/* ---- actions ---- */

static enum reaction cv_move(struct app *a, long delta)
{
    struct compare_view *cv = a->cmpv;
    if (!cv->nshown)
        return R_NONE;
    long p = (long)cv_pos(cv) + delta;
    if (p < 0)
        p = 0;
    if (p >= (long)cv->nshown)
        p = (long)cv->nshown - 1;
    cv->row = cv->shown[p];
    return R_REDRAW;
}

static enum reaction cv_next_diff(struct app *a, int dir)
{
    struct compare_view *cv = a->cmpv;
    long r = compare_next_diff(cv->c, (long)cv->row, dir);
    if (r < 0) {
        app_set_msg(a, "%s", vocab(dir > 0 ? V_MSG_NO_DIFF_BELOW : V_MSG_NO_DIFF_ABOVE, a->opt.lang));
        return R_REDRAW;
    }
    cv->row = (size_t)r;
    return R_REDRAW;
}

static enum reaction compare_action(struct app *a, enum action act)
{
    struct compare_view *cv = a->cmpv;
    if (act == ACT_BACK && cv && cv->info) {
        cv->info = false; /* Esc closes the innermost panel only */
        return R_REDRAW;
    }
    if (act == ACT_BACK || act == ACT_COMPARE || !cv || !cv->c) {
        if (act != ACT_BACK && act != ACT_COMPARE)
            return R_UNHANDLED;
        const struct screen_ops *back = cv && cv->back ? cv->back : &screen_main;
        compare_close(a);
        a->screen = back;
        return R_REDRAW | R_RELAYOUT;
    }
    cv_sync(a);
    struct cv_layout l = cv_layout(a);
    long page = l.body_h > 1 ? l.body_h - 1 : 1;
    switch (act) {
    case ACT_DOWN:
        return cv_move(a, 1);
    case ACT_UP:
        return cv_move(a, -1);
    case ACT_PAGE_DOWN:
        return cv_move(a, page);
    case ACT_PAGE_UP:
        return cv_move(a, -page);
    case ACT_FIRST:
        return cv_move(a, -(long)cv->nshown);
    case ACT_LAST:
        return cv_move(a, (long)cv->nshown);
    case ACT_COL_LEFT:
        if (cv->col > 0)
            cv->col--;
        return R_REDRAW;
    case ACT_COL_RIGHT:
        if (cv->col + 1 < cv->c->ncols)
            cv->col++;
        return R_REDRAW;
    case ACT_DIFF_ONLY:
        cv->diff_only = !cv->diff_only;
        a->cmp_diff_only = cv->diff_only;
        cv_reshow(cv);
        cv_pos(cv);
        cv->top = 0;
        return R_REDRAW;
    case ACT_DIFF_NEXT:
        return cv_next_diff(a, 1);
    case ACT_DIFF_PREV:
        return cv_next_diff(a, -1);
    case ACT_SOURCE:
    case ACT_DETAIL:
        cv->info = !cv->info;
        return R_REDRAW;
    case ACT_EXPORT:
        if (a->opt.ssh) {
            cv->input = CV_INPUT_SSH;
            return R_REDRAW;
        }
        return prompt_open(a, PROMPT_EXPORT);
    case ACT_COPY:
        return cv_copy(a);
    case ACT_SOURCES:
        return sources_open(a); /* the selected value's sources; Esc comes back here */
    default:
        return R_UNHANDLED;
    }
}

const struct screen_ops screen_compare = {
    .id = "compare",
    .draw = compare_draw,
    .action = compare_action,
    .key = compare_key,
    .paste = compare_paste,
};
