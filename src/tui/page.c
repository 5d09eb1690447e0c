/* SPDX-License-Identifier: GPL-2.0-or-later */
/* page.c — a full-screen, scrollable list of labelled lines with sources:
 * the help screen and the detail view share it. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/provide_curses.h"
#include "tui/app.h"

void page_clear(struct page *pg)
{
    for (size_t i = 0; i < pg->nlines; i++) {
        free(pg->lines[i].label);
        free(pg->lines[i].text);
        free(pg->lines[i].src);
        free(pg->lines[i].url);
    }
    free(pg->lines);
    free(pg->title);
    memset(pg, 0, sizeof *pg);
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

void page_title(struct page *pg, const char *title)
{
    free(pg->title);
    pg->title = dup_or_null(title);
}

void page_add(struct page *pg, enum style st, const char *label, const char *text, const char *src)
{
    if (pg->nlines == pg->cap) {
        size_t ncap = pg->cap ? pg->cap * 2 : 64;
        struct page_line *n = realloc(pg->lines, ncap * sizeof *n);
        if (!n)
            return;
        pg->lines = n;
        pg->cap = ncap;
    }
    struct page_line *l = &pg->lines[pg->nlines++];
    l->label = dup_or_null(label);
    l->text = dup_or_null(text ? text : "");
    l->src = dup_or_null(src);
    l->url = NULL;
    l->style = st;
    if (label) {
        int w = text_width(label);
        if (w > pg->label_w)
            pg->label_w = w;
    }
}

void page_line_url(struct page *pg, const char *url)
{
    if (pg->nlines && url) {
        free(pg->lines[pg->nlines - 1].url);
        pg->lines[pg->nlines - 1].url = strdup(url);
    }
}

void page_addf(struct page *pg, enum style st, const char *label, const char *src, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    page_add(pg, st, label, buf, src);
}

/* Bytes of the longest prefix of s that fits in cols, preferring to break
 * after a space. Width is summed per code point (display-safe NFC text, so
 * a code point never straddles a cluster that matters here). */
static size_t wrap_prefix(const char *s, int cols)
{
    size_t i = 0, last_space = 0;
    int w = 0;
    while (s[i]) {
        size_t n = 1;
        while (s[i + n] && ((unsigned char)s[i + n] & 0xC0) == 0x80)
            n++;
        int cw = text_width_n(s + i, n);
        if (w + cw > cols)
            break;
        w += cw;
        i += n;
        if (s[i - 1] == ' ')
            last_space = i;
    }
    if (s[i] && last_space > 0)
        return last_space;
    return i ? i : (s[0] ? 1 : 0);
}

/* Where a page's columns go on this screen. */
struct page_geom {
    int lw, tx, tw, srcw;
};

static struct page_geom page_geom(const struct app *a)
{
    const struct page *pg = &a->page;
    struct page_geom g;
    g.lw = pg->label_w + 2;
    if (g.lw > a->cols / 3)
        g.lw = a->cols / 3;
    g.srcw = 0;
    for (size_t i = 0; i < pg->nlines; i++)
        if (pg->lines[i].src) {
            int w = (int)strlen(pg->lines[i].src) + 2;
            if (w > g.srcw)
                g.srcw = w;
        }
    if (g.srcw > 16)
        g.srcw = 16;
    g.tx = 2 + g.lw;
    g.tw = a->cols - g.tx - 2 - g.srcw;
    if (g.tw < 10) {
        g.srcw = 0;
        g.tw = a->cols - g.tx - 2;
    }
    return g;
}

/* The width a line's text wraps in. */
static int line_width(const struct app *a, const struct page_line *l, const struct page_geom *g)
{
    return l->label ? g->tw : a->cols - 4 - g->srcw;
}

/* Screen rows of one line once wrapped. */
static size_t line_rows(const char *t, int w)
{
    size_t rows = 0;
    do {
        t += wrap_prefix(t, w);
        while (*t == ' ')
            t++;
        rows++;
    } while (*t);
    return rows;
}

/* Every line's screen rows: the page's length as less counts it. */
static size_t page_rows(const struct app *a)
{
    struct page_geom g = page_geom(a);
    size_t n = 0;
    for (size_t i = 0; i < a->page.nlines; i++)
        n += line_rows(a->page.lines[i].text, line_width(a, &a->page.lines[i], &g));
    return n;
}

static size_t page_body(const struct app *a)
{
    return a->rows > 2 ? (size_t)(a->rows - 2) : 1;
}

/* The last top row that still fills the screen (nothing past the end). */
static size_t page_max_top(const struct app *a)
{
    size_t total = page_rows(a), body = page_body(a);
    return total > body ? total - body : 0;
}

/* ---- search (less-like) ---- */

static bool page_line_matches(const struct app *a, const struct page_line *l)
{
    return a->query && a->query_screen == &screen_page &&
           ((l->label && text_query_match(a->query, l->label)) || text_query_match(a->query, l->text));
}

/* The first screen row of line i. */
static size_t page_row_of(const struct app *a, size_t line)
{
    struct page_geom g = page_geom(a);
    size_t row = 0;
    for (size_t i = 0; i < line && i < a->page.nlines; i++)
        row += line_rows(a->page.lines[i].text, line_width(a, &a->page.lines[i], &g));
    return row;
}

size_t page_top_line(const struct app *a)
{
    struct page_geom g = page_geom(a);
    size_t row = 0;
    for (size_t i = 0; i < a->page.nlines; i++) {
        row += line_rows(a->page.lines[i].text, line_width(a, &a->page.lines[i], &g));
        if (row > a->page.top)
            return i;
    }
    return 0;
}

/* The next matching line from `from` in direction dir (itself first when
 * include), wrapping; -1 when none matches. Counts the matches and which
 * one it is; *wrapped when it is past the end (or the start). */
static long page_find(struct app *a, size_t from, int dir, bool include, int *wrapped)
{
    const struct page *pg = &a->page;
    size_t n = pg->nlines;
    long found = -1;
    for (size_t k = include ? 0 : 1; n && k <= n && found < 0; k++) {
        long li = ((long)from + (long)dir * (long)k) % (long)n;
        size_t i = (size_t)(li < 0 ? li + (long)n : li);
        if (page_line_matches(a, &pg->lines[i])) {
            found = (long)i;
            *wrapped = dir > 0 ? (i < from || (!include && i == from) ? 1 : 0)
                               : (i > from || (!include && i == from) ? 2 : 0);
        }
    }
    a->search_n = a->search_k = 0;
    for (size_t i = 0; i < n; i++)
        if (page_line_matches(a, &pg->lines[i])) {
            a->search_n++;
            if ((long)i == found)
                a->search_k = a->search_n;
        }
    return found;
}

/* Brings line i to the top (or as near as the end of the page allows). */
static void page_show_line(struct app *a, size_t i)
{
    size_t row = page_row_of(a, i), last = page_max_top(a);
    a->page.top = row < last ? row : last;
    a->page_match = i;
}

enum reaction page_search_live(struct app *a)
{
    text_query_free(&a->query);
    a->search_failed = false;
    a->search_wrapped = 0;
    a->page.top = a->search_origin;
    if (a->input_len == 0)
        return R_REDRAW;
    a->query = text_query_new(a->input);
    if (!a->query)
        return R_REDRAW;
    long i = page_find(a, page_top_line(a), 1, true, &a->search_wrapped);
    if (i < 0) {
        a->search_failed = true;
        return R_REDRAW;
    }
    page_show_line(a, (size_t)i);
    return R_REDRAW;
}

enum reaction page_search_step(struct app *a, int dir)
{
    if (!a->query || a->query_screen != &screen_page) {
        app_set_msg(a, "%s", vocab(V_MSG_NO_SEARCH, a->opt.lang));
        return R_REDRAW;
    }
    long i = page_find(a, a->page_match, dir, false, &a->search_wrapped);
    if (i < 0) {
        search_miss(a);
        return R_REDRAW;
    }
    page_show_line(a, (size_t)i);
    char buf[160];
    search_status(a, buf, sizeof buf);
    app_set_msg(a, "%s", buf);
    return R_REDRAW;
}

static void page_draw(struct app *a)
{
    struct page *pg = &a->page;
    int top = 1, bottom = a->rows - 2;
    struct page_geom g = page_geom(a);
    int lw = g.lw, tx = g.tx, tw = g.tw, srcw = g.srcw;

    draw_box_frame(a, 0, 0, a->rows, a->cols);
    draw_set(a, ST_TITLE);
    draw_clip(a, 0, 2, a->cols - 4, pg->title ? pg->title : "", -1);
    draw_set(a, ST_NORMAL);

    size_t total = page_rows(a), maxtop = page_max_top(a);
    if (pg->top > maxtop)
        pg->top = maxtop; /* after a resize */
    int y = top;
    size_t row = 0; /* screen row of the page, counted from its start */
    for (size_t i = 0; i < pg->nlines && y <= bottom; i++) {
        const struct page_line *l = &pg->lines[i];
        int w = line_width(a, l, &g);
        size_t nrows = line_rows(l->text, w);
        if (row + nrows <= pg->top) {
            row += nrows;
            continue;
        }
        const char *t = l->text;
        bool first = true;
        bool match = page_line_matches(a, l); /* a search's lines, highlighted */
        do {
            size_t n = wrap_prefix(t, w);
            if (row >= pg->top) {
                draw_set(a, ST_NORMAL);
                draw_text(a, y, 1, a->cols - 2, "", 0, TEXT_LEFT);
                if (first && l->label) {
                    draw_set(a, match ? ST_MATCH : l->style == ST_NORMAL ? ST_HEADER : l->style);
                    draw_text(a, y, 2, lw - 1, l->label, -1, TEXT_LEFT);
                }
                char buf[1024];
                size_t m = n < sizeof buf ? n : sizeof buf - 1;
                memcpy(buf, t, m);
                buf[m] = '\0';
                draw_set(a, match ? ST_MATCH : l->label ? ST_NORMAL : l->style);
                int used = draw_clip(a, y, l->label ? tx : 2, l->label ? tw : a->cols - 4 - srcw, buf, -1);
                termout_link(a, y, l->label ? tx : 2, used, l->url); /* each row of a wrapped URL */
                if (first && l->src && srcw) {
                    char sb[64];
                    snprintf(sb, sizeof sb, "[%s]", l->src);
                    draw_set(a, ST_UNKNOWN);
                    draw_text(a, y, a->cols - 1 - srcw, srcw, sb, -1, TEXT_RIGHT);
                }
                draw_set(a, ST_NORMAL);
                y++;
            }
            row++;
            t += n;
            while (*t == ' ')
                t++;
            first = false;
        } while (*t && y <= bottom);
    }
    for (; y <= bottom; y++)
        draw_text(a, y, 1, a->cols - 2, "", 0, TEXT_LEFT);

    /* The counter is in screen rows, as less counts: the last row shown
     * of all of them, so the end reads N/N. */
    size_t shown = pg->top + page_body(a);
    char hint[96];
    enum vocab_id hint_id = !a->detail_fn                   ? V_PAGE_HINT
                            : a->detail_fn == detail_source ? V_PAGE_HINT_SOURCE
                                                            : V_PAGE_HINT_DETAIL;
    snprintf(hint, sizeof hint, vocab(hint_id, a->opt.lang), shown < total ? shown : total, total);
    draw_set(a, ST_HINT);
    int used = draw_clip(a, a->rows - 1, 2, a->cols - 4, hint, -1);
    if (a->msg[0]) {
        /* A search's "match 3/7", after the counter. */
        char msg[200];
        snprintf(msg, sizeof msg, " %s ", a->msg);
        draw_set(a, ST_PROMPT);
        draw_clip(a, a->rows - 1, 2 + used, a->cols - 4 - used, msg, -1);
    }
    draw_set(a, ST_NORMAL);
}

static enum reaction page_action(struct app *a, enum action act)
{
    struct page *pg = &a->page;
    long body = (long)page_body(a);
    long top = (long)pg->top, last = (long)page_max_top(a);
    switch (act) {
    case ACT_DOWN:
        top++;
        break;
    case ACT_UP:
        top--;
        break;
    case ACT_PAGE_DOWN:
        top += body;
        break;
    case ACT_PAGE_UP:
        top -= body;
        break;
    case ACT_FIRST:
        top = 0;
        break;
    case ACT_LAST:
        top = last;
        break;
    case ACT_BACK:
    case ACT_DETAIL:
        if (a->query_screen == &screen_page) {
            text_query_free(&a->query); /* the page's search ends with it */
            a->query_screen = NULL;
        }
        if (sources_page_back(a) || timeline_page_back(a) || contra_page_back(a) || bench_page_back(a))
            return R_REDRAW;
        a->screen = &screen_main;
        return R_REDRAW | R_RELAYOUT;
    case ACT_SOURCES:
        return sources_open(a);
    case ACT_COPY:
        return a->detail_fn == detail_source ? sources_copy_url(a, a->detail_row) : R_UNHANDLED;
    case ACT_SEARCH:
        return prompt_open(a, PROMPT_SEARCH);
    case ACT_SEARCH_NEXT:
        return page_search_step(a, 1);
    case ACT_SEARCH_PREV:
        return page_search_step(a, -1);
    case ACT_CONTRADICTIONS:
        return a->detail_fn && a->detail_fn != detail_contradiction ? contra_open(a) : R_NONE;
    case ACT_BENCHMARKS: /* a model's results; Esc comes back here, scrolled as it was */
        return a->detail_fn == detail_model ? bench_open(a) : R_UNHANDLED;
    default:
        return R_UNHANDLED;
    }
    if (top > last)
        top = last;
    if (top < 0)
        top = 0;
    pg->top = (size_t)top;
    return R_REDRAW;
}

const struct screen_ops screen_page = {
    .id = "page",
    .draw = page_draw,
    .action = page_action,
};

/* ---- help ---- */

static void help_line(void *arg, const char *keys, const char *help)
{
    struct page *pg = arg;
    if (!keys) {
        if (pg->nlines)
            page_add(pg, ST_NORMAL, NULL, "", NULL);
        page_add(pg, ST_TITLE, NULL, help, NULL);
    } else {
        page_add(pg, ST_NORMAL, keys, help, NULL);
    }
}

static void abbrev_line(void *arg, const char *abbr, const char *meaning)
{
    page_add(arg, ST_NORMAL, abbr, meaning, NULL);
}

void help_open(struct app *a)
{
    page_clear(&a->page);
    enum dp_lang lang = a->opt.lang;
    page_title(&a->page, vocab(V_HELP_TITLE, lang));
    keys_help(lang, help_line, &a->page);
    page_add(&a->page, ST_NORMAL, NULL, "", NULL);
    page_add(&a->page, ST_TITLE, NULL, vocab(V_HELP_MOUSE, lang), NULL);
    page_add(&a->page, ST_NORMAL, vocab(V_HELP_WHEEL_KEY, lang), vocab(V_HELP_WHEEL, lang), NULL);
    page_add(&a->page, ST_NORMAL, vocab(V_HELP_CLICK_KEY, lang), vocab(V_HELP_CLICK, lang), NULL);
    page_add(&a->page, ST_NORMAL, NULL, "", NULL);
    page_add(&a->page, ST_TITLE, NULL, vocab(V_HELP_MARKS, lang), NULL);
    page_add(&a->page, ST_NORMAL, "?", vocab(V_WHY_UNDISCLOSED, lang), NULL);
    page_add(&a->page, ST_NORMAL, a->g->dash, vocab(V_HELP_MARK_DASH, lang), NULL);
    page_add(&a->page, ST_NORMAL, "i o io", vocab(V_HELP_MARK_MOD, lang), NULL);
    page_add(&a->page, ST_NORMAL, table_contra_mark(&a->ctx.base), vocab(V_HELP_MARK_CONTRA, lang), NULL);
    page_add(&a->page, ST_NORMAL, ">", vocab(V_HELP_MARK_TEAM, lang), NULL);
    char tags[64];
    snprintf(tags, sizeof tags, "%s %s %s", vocab_claim_tag(DP_CLAIM_VENDOR, lang),
             vocab_claim_tag(DP_CLAIM_OFFICIAL, lang), vocab_claim_tag(DP_CLAIM_THIRD_PARTY, lang));
    page_add(&a->page, ST_NORMAL, tags, vocab(V_HELP_MARK_TAG, lang), NULL);
    page_add(&a->page, ST_NORMAL, NULL, "", NULL);
    page_add(&a->page, ST_TITLE, NULL, vocab(V_HELP_ABBREV, lang), NULL);
    pane_arch_legend(lang, abbrev_line, &a->page);
    const struct table_def *models = app_catalog(a, &table_models);
    int share = models ? table_col_find(models, "active_share") : -1;
    if (share >= 0)
        page_add(&a->page, ST_NORMAL, table_col_head(&models->cols[share], lang), vocab(V_ABBR_ACTIVE, lang),
                 NULL);
    page_add(&a->page, ST_NORMAL, vocab(V_CLAIM_VENDOR, lang), vocab(V_HELP_MARK_REPORTED, lang), NULL);
    a->screen = &screen_page;
}
