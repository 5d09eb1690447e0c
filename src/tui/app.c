/* SPDX-License-Identifier: GPL-2.0-or-later */
/* app.c — tui_run(): terminal setup and restore, the main loop, layout of
 * the four panes, the title and hint lines, and the main screen's actions.
 *
 * The loop: read a key (or a script line in headless mode), map it to an
 * action through the key table, let the current screen act, then apply the
 * returned reaction (refilter, resort, relink, relayout, redraw, quit).
 */
#include "config.h"
#include "tui.h"

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "tui/provide_curses.h"
#include "tui/app.h"
#include "compare.h"

/* Signal state: a handler can only set a flag, and the terminal must be
 * restored from exit paths that do not see the app. */
static volatile sig_atomic_t got_signal;
static bool curses_active;

/* Bracketed paste (xterm mode 2004): the terminal wraps a paste in
 * ESC [ 200 ~ ... ESC [ 201 ~, so that it arrives as text, not keys. */
static const char paste_on[] = "\033[?2004h", paste_off[] = "\033[?2004l";
static bool paste_mode;

static void restore_terminal(void)
{
    if (curses_active) {
        curses_active = false;
        endwin();
    }
    if (paste_mode) {
        paste_mode = false;
        ssize_t w = write(STDOUT_FILENO, paste_off, sizeof paste_off - 1);
        (void)w;
    }
}

static void on_signal(int sig)
{
    got_signal = sig;
}

int app_signal(void)
{
    return got_signal;
}

/* Signals that end the program by default (and crashes): the terminal
 * back as it was, no temporary export file left, then the default action. */
static void on_crash(int sig)
{
    compare_export_abort();
    restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_signal; /* no SA_RESTART: the read returns EINTR */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    sigaction(SIGABRT, &sa, NULL);
    static const int fatal[] = {SIGQUIT, SIGUSR1, SIGUSR2,   SIGALRM, SIGPIPE,
                                SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF};
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
        sigaction(fatal[i], &sa, NULL);
    atexit(restore_terminal);
}

/* ---- small shared helpers ---- */

const dp_str *app_dstr(const struct app *a, const dp_text *t)
{
    return model_text(t, a->opt.lang);
}

const char *app_str(const struct app *a, const dp_text *t)
{
    return model_text(t, a->opt.lang)->disp;
}

/* The message goes through the text room's display-safe form: its
 * arguments may be what the user typed or pasted (a search, a file name)
 * or data, with C1, bidi or escape bytes. */
void app_set_msg(struct app *a, const char *fmt, ...)
{
    char raw[sizeof a->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(raw, sizeof raw, fmt, ap);
    va_end(ap);
    size_t len = strlen(raw);
    if (text_is_plain(raw, len)) {
        memcpy(a->msg, raw, len + 1);
        return;
    }
    char *safe = text_display(raw, len, a->tflags);
    len = safe ? strlen(safe) : 0;
    if (len >= sizeof a->msg) { /* cut before a continuation byte */
        len = sizeof a->msg - 1;
        while (len > 0 && ((unsigned char)safe[len] & 0xC0) == 0x80)
            len--;
    }
    if (len)
        memcpy(a->msg, safe, len);
    a->msg[len] = '\0';
    free(safe);
}

struct pane *app_focused(struct app *a)
{
    return &a->panes[a->focus];
}

void app_link_from(struct app *a, struct pane *p)
{
    const void *cur = pane_current(p);
    a->sel_model = cur && p->ops->row_model ? p->ops->row_model(cur) : NULL;
    a->sel_cons = cur && p->ops->row_consortium ? p->ops->row_consortium(cur) : NULL;
    for (int i = 0; i < NPANES; i++)
        if (&a->panes[i] != p)
            pane_scroll_to_linked(&a->panes[i], a);
}

void app_refilter(struct app *a)
{
    for (int i = 0; i < NPANES; i++)
        pane_refresh(&a->panes[i], a);
}

/* ---- layout ---- */

void app_layout(struct app *a)
{
    a->too_small = a->cols < TUI_MIN_COLS || a->rows < TUI_MIN_ROWS;
    if (a->too_small)
        return;
    if (a->zoomed) {
        pane_layout(app_focused(a), a, 1, 1, a->rows - 2, a->cols - 2);
        return;
    }
    int inner_w = a->cols - 3, inner_h = a->rows - 3;
    int lw = inner_w * 53 / 100, rw = inner_w - lw;
    int th = inner_h / 2, bh = inner_h - th;
    pane_layout(&a->panes[0], a, 1, 1, th, lw);
    pane_layout(&a->panes[1], a, 1, 2 + lw, th, rw);
    pane_layout(&a->panes[2], a, 2 + th, 1, bh, lw);
    pane_layout(&a->panes[3], a, 2 + th, 2 + lw, bh, rw);
}

/* ---- drawing ---- */

static void draw_too_small(struct app *a)
{
    char l1[96], l2[96];
    const char *quit = vocab(V_TOO_SMALL_QUIT, a->opt.lang);
    snprintf(l1, sizeof l1, vocab(V_TOO_SMALL, a->opt.lang), TUI_MIN_COLS, TUI_MIN_ROWS);
    snprintf(l2, sizeof l2, vocab(V_TOO_SMALL_NOW, a->opt.lang), a->cols, a->rows);
    int y = a->rows / 2 - 1;
    if (y < 0)
        y = 0;
    draw_set(a, ST_TITLE);
    /* width -1: measured (Hangul is 3 bytes and 2 columns) */
    draw_text(a, y, 0, a->cols, l1, -1, TEXT_CENTER);
    draw_set(a, ST_NORMAL);
    if (y + 1 < a->rows)
        draw_text(a, y + 1, 0, a->cols, l2, -1, TEXT_CENTER);
    if (y + 2 < a->rows)
        draw_text(a, y + 2, 0, a->cols, quit, -1, TEXT_CENTER);
}

/* The top line: dataset title, counts and date, then what the user has
 * set (filters, marks), which must stay visible: the dataset title is
 * shortened first, then the date is left out, then the counts. */
static void title_line(struct app *a, char *buf, size_t bufsz, int avail)
{
    const struct dp_dataset *ds = a->ds;
    const char *sep = a->g->sep;
    enum dp_lang lang = a->opt.lang;
    char info[160], date[64], state[1600] = "";
    size_t len;
    snprintf(info, sizeof info, vocab(V_TITLE_COUNTS, lang), sep, ds->nconsortia, sep,
             ds->nmodels - ds->nreferences, sep, ds->nreferences);
    snprintf(date, sizeof date, vocab(V_TITLE_AS_OF, lang), sep, ds->as_of ? ds->as_of : "?");
    if (a->nfilters) {
        /* The expression as --filter takes it (display-safe already). */
        len = strlen(state);
        snprintf(state + len, sizeof state - len, "%s%s", vocab(V_TITLE_FILTER, lang), a->filter_expr);
    }
    if (a->nmarked) {
        len = strlen(state);
        snprintf(state + len, sizeof state - len, vocab(V_TITLE_MARKED, lang), sep, a->nmarked);
    }
    if (a->loading) {
        len = strlen(state);
        snprintf(state + len, sizeof state - len, vocab(V_TITLE_LOADING, lang), sep, a->load_shown);
    }
    const dp_str *title = app_dstr(a, &ds->title);
    int sw = text_width(state), iw = text_width(info), dw = text_width(date);
    int tw = avail - 2 - sw - iw - dw;
    if (tw >= 12) {
        len = strlen(info);
        snprintf(info + len, sizeof info - len, "%s", date);
    } else if ((tw += dw) < 12) {
        info[0] = '\0';
        tw = avail - 2 - sw;
    }
    char t[512];
    if (tw < 1)
        t[0] = '\0';
    else if (title->width <= tw)
        snprintf(t, sizeof t, "%s", title->disp);
    else
        text_truncate(t, sizeof t, title->disp, tw, a->tflags);
    snprintf(buf, bufsz, " %s%s%s ", t, info, state);
}

static void main_draw(struct app *a)
{
    const struct glyphs *g = a->g;
    char buf[512];
    int sx = a->panes[1].x - 1, sy = a->panes[2].y - 1;

    draw_box_frame(a, 0, 0, a->rows, a->cols);
    if (!a->zoomed) {
        draw_set(a, ST_BORDER);
        for (int y = 1; y < a->rows - 1; y++)
            mvaddstr(y, sx, g->v);
        draw_hline(a, sy, 1, a->cols - 2, g->h);
        mvaddstr(sy, 0, g->lt);
        mvaddstr(sy, a->cols - 1, g->rt);
        mvaddstr(sy, sx, g->cross);
        mvaddstr(0, sx, g->tt);
        mvaddstr(a->rows - 1, sx, g->bt);
    }
    title_line(a, buf, sizeof buf, a->cols - 2);
    draw_set(a, ST_TITLE);
    draw_clip(a, 0, 1, a->cols - 2, buf, -1);

    if (a->prompt == PROMPT_NONE) {
        if (a->msg[0]) {
            snprintf(buf, sizeof buf, " %s ", a->msg);
            draw_set(a, ST_PROMPT);
        } else {
            buf[0] = ' ';
            keys_hints(a->opt.lang, buf + 1, sizeof buf - 2, a->cols - 4);
            strcat(buf, " ");
            draw_set(a, ST_HINT);
        }
        draw_clip(a, a->rows - 1, 1, a->cols - 2, buf, -1);
    }
    draw_set(a, ST_NORMAL);

    if (a->zoomed) {
        pane_draw(app_focused(a), a, true);
        return;
    }
    for (int i = 0; i < NPANES; i++)
        pane_draw(&a->panes[i], a, i == a->focus);
}

void app_draw(struct app *a)
{
    a->draw_owed = false;
    termout_begin(a);
    erase();
    if (a->too_small) {
        draw_too_small(a);
    } else {
        a->screen->draw(a);
        if (a->sort_menu && a->screen == &screen_main)
            sortmenu_draw(a);
        if (a->prompt != PROMPT_NONE) {
            if (a->prompt == PROMPT_FILTER)
                filter_menu_draw(a);
            prompt_draw(a, a->rows - 1);
        }
    }
    if (!a->headless)
        curs_set(a->prompt != PROMPT_NONE ? 1 : 0);
    if (!a->headless && !a->frame_resumed) {
        /* ncurses 6.4 flushes its output buffer after every cursor
         * movement of doupdate() (one write() per changed line: 21 for a
         * 20-line change) until the screen has once been through endwin()
         * and a refresh; after that a frame is one write. So the first
         * frame is drawn as a resume: the terminal's modes are kept
         * (def_prog_mode) and the refresh repaints the whole screen, which
         * a first frame does anyway. */
        a->frame_resumed = true;
        def_prog_mode();
        endwin();
    }
    refresh();
    termout_flush(a); /* the links over the URLs, now that the cells are there */
}

/* ---- actions ---- */

enum reaction app_open_detail(struct app *a)
{
    struct pane *p = app_focused(a);
    const void *row = pane_current(p);
    if (!row || !p->ops->detail)
        return R_NONE;
    p->ops->detail(a, row);
    return R_REDRAW;
}

static void count_marks(struct app *a)
{
    a->nmarked = 0;
    for (size_t i = 0; i < a->ds->nmodels; i++)
        a->nmarked += a->mark_model[a->ds->models[i]->index];
    for (size_t i = 0; i < a->ds->nconsortia; i++)
        a->nmarked += a->mark_cons[i];
}

void app_mark_model(struct app *a, const struct dp_model *m)
{
    a->mark_model[m->index] = !a->mark_model[m->index];
    count_marks(a);
}

static enum reaction toggle_mark(struct app *a)
{
    struct pane *p = app_focused(a);
    const void *row = pane_current(p);
    if (!row)
        return R_NONE;
    const struct dp_model *m = p->ops->row_model ? p->ops->row_model(row) : NULL;
    const struct dp_consortium *c = p->ops->row_consortium ? p->ops->row_consortium(row) : NULL;
    if (m)
        a->mark_model[m->index] = !a->mark_model[m->index];
    else if (c)
        a->mark_cons[c->index] = !a->mark_cons[c->index];
    count_marks(a);
    return pane_move(p, 1) | R_REDRAW;
}

/* r: the reference models in or out of the model panes. */
static enum reaction toggle_references(struct app *a)
{
    a->show_refs = !a->show_refs;
    if (a->show_refs)
        app_set_msg(a, vocab(V_MSG_REFS_SHOWN, a->opt.lang), a->ds->nreferences);
    else
        app_set_msg(a, "%s", vocab(V_MSG_REFS_HIDDEN, a->opt.lang));
    return R_REFILTER | R_REDRAW;
}

static enum reaction focus_pane(struct app *a, int i)
{
    if (i == a->focus)
        return R_NONE;
    a->focus = i;
    return R_REDRAW | R_LINK | (a->zoomed ? R_RELAYOUT : 0);
}

static enum reaction main_action(struct app *a, enum action act)
{
    struct pane *p = app_focused(a);
    long page = pane_body_rows(p) > 1 ? pane_body_rows(p) - 1 : 1;
    switch (act) {
    case ACT_DOWN:
        return pane_move(p, 1);
    case ACT_UP:
        return pane_move(p, -1);
    case ACT_PAGE_DOWN:
        return pane_move(p, page);
    case ACT_PAGE_UP:
        return pane_move(p, -page);
    case ACT_FIRST:
        return pane_move_to(p, 0);
    case ACT_LAST:
        return pane_move(p, (long)p->t->nrows);
    case ACT_NEXT_PANE:
        return focus_pane(a, (a->focus + 1) % NPANES);
    case ACT_PREV_PANE:
        return focus_pane(a, (a->focus + NPANES - 1) % NPANES);
    case ACT_PANE_1:
        return focus_pane(a, 0);
    case ACT_PANE_2:
        return focus_pane(a, 1);
    case ACT_PANE_3:
        return focus_pane(a, 2);
    case ACT_PANE_4:
        return focus_pane(a, 3);
    case ACT_DETAIL:
        return app_open_detail(a);
    case ACT_ZOOM:
        a->zoomed = !a->zoomed;
        return R_RELAYOUT | R_REDRAW;
    case ACT_BACK:
        if (a->zoomed) {
            a->zoomed = false;
            return R_RELAYOUT | R_REDRAW;
        }
        if (a->query) {
            text_query_free(&a->query);
            return R_REDRAW;
        }
        return R_NONE;
    case ACT_SEARCH:
        return prompt_open(a, PROMPT_SEARCH);
    case ACT_SEARCH_NEXT:
        return search_step(a, 1);
    case ACT_SEARCH_PREV:
        return search_step(a, -1);
    case ACT_FILTER:
        return prompt_open(a, PROMPT_FILTER);
    case ACT_FILTER_CLEAR:
        if (!a->nfilters)
            return R_NONE;
        filter_clear(a);
        return R_REFILTER | R_RELAYOUT | R_REDRAW | R_LINK;
    case ACT_SORT_NEXT:
        return pane_sort_step(p, a, 1);
    case ACT_SORT_PREV:
        return pane_sort_step(p, a, -1);
    case ACT_SORT_REVERSE:
        return pane_sort_by(p, a, p->t->nsort ? p->t->sort[0].col : 0, 0);
    case ACT_SORT_MENU:
        return sortmenu_open(a);
    case ACT_MARK:
        return toggle_mark(a);
    case ACT_REFERENCES:
        return toggle_references(a);
    case ACT_COMPARE:
        return compare_open(a);
    case ACT_SOURCES:
        return sources_open(a);
    case ACT_TIMELINE:
        return timeline_open(a);
    case ACT_CONTRADICTIONS:
        return contra_open(a);
    case ACT_BENCHMARKS:
        return bench_open(a);
    case ACT_WHATIF:
        return whatif_open(a);
    case ACT_EXPORT:
        /* --ssh writes no file: the pane goes to the terminal instead. */
        return a->opt.ssh ? pane_print(a) : prompt_open(a, PROMPT_EXPORT);
    case ACT_COPY:
        return pane_copy_row(a);
    default:
        return R_UNHANDLED;
    }
}

const struct screen_ops screen_main = {
    .id = "main",
    .draw = main_draw,
    .action = main_action,
};

/* q outside the main screen: Esc until the view itself has closed (its
 * inner panels first), so q closes the whole view, never the program. */
static enum reaction close_view(struct app *a)
{
    const struct screen_ops *view = a->screen;
    enum reaction r = R_NONE;
    for (int i = 0; i < 4 && a->screen == view; i++) {
        enum reaction step = view->action(a, ACT_BACK);
        if (step & R_UNHANDLED)
            break;
        r |= step;
    }
    if (a->screen == view) {
        a->screen = &screen_main;
        r |= R_RELAYOUT;
    }
    return r | R_REDRAW;
}

/* Actions every screen shares. */
static enum reaction global_action(struct app *a, enum action act)
{
    switch (act) {
    case ACT_QUIT:
    case ACT_QUIT_ALL:
        return R_QUIT;
    case ACT_HELP:
        if (a->screen == &screen_page && !a->detail_fn) {
            a->screen = &screen_main;
            return R_REDRAW | R_RELAYOUT;
        }
        a->detail_fn = NULL;
        help_open(a);
        return R_REDRAW;
    case ACT_LANG:
        if (a->opt.lang_locked) { /* Hangul would be '?' */
            app_set_msg(a, "%s", a->opt.locale_notice);
            return R_REDRAW;
        }
        a->opt.lang = a->opt.lang == DP_LANG_KO ? DP_LANG_EN : DP_LANG_KO;
        a->ctx.base.lang = a->opt.lang;
        filter_choices_build(a);
        if (a->screen == &screen_page) {
            size_t top = a->page.top;
            if (a->detail_fn)
                a->detail_fn(a, a->detail_row);
            else
                help_open(a);
            a->page.top = top;
        }
        return R_RESORT | R_RELAYOUT | R_REDRAW;
    case ACT_UNITS:
        a->ctx.base.korean_units = !a->ctx.base.korean_units;
        app_set_msg(a, "%s", vocab(a->ctx.base.korean_units ? V_MSG_UNITS_KO : V_MSG_UNITS_B, a->opt.lang));
        return R_RESORT | R_RELAYOUT | R_REDRAW;
    case ACT_REDRAW:
        if (!a->headless)
            clearok(curscr, TRUE);
        return R_REDRAW;
    default:
        return R_NONE;
    }
}

enum reaction app_mouse(struct app *a, int x, int y, int button)
{
    if (a->too_small || a->prompt != PROMPT_NONE || a->sort_menu)
        return R_NONE;
    if (a->screen != &screen_main) {
        if (button == 4 || button == 5) {
            enum reaction r = R_NONE;
            for (int i = 0; i < 3; i++)
                r |= a->screen->action(a, button == 4 ? ACT_UP : ACT_DOWN);
            return r & ~R_UNHANDLED;
        }
        return R_NONE;
    }
    for (int i = 0; i < NPANES; i++) {
        struct pane *p = &a->panes[i];
        if ((a->zoomed && i != a->focus) || y < p->y || y >= p->y + p->h || x < p->x || x >= p->x + p->w)
            continue;
        if (button == 4 || button == 5) {
            enum reaction r = pane_move(p, button == 4 ? -3 : 3);
            return i == a->focus ? r : (r & ~R_LINK);
        }
        enum reaction r = focus_pane(a, i);
        if (y == p->y + 1) {
            int col = pane_col_at(p, x);
            if (col >= 0)
                r |= pane_sort_by(p, a, (size_t)col, 0);
        } else if (y >= p->y + 2) {
            size_t row = p->top + (size_t)(y - p->y - 2);
            if (row < p->t->nrows)
                r |= pane_move_to(p, row) | R_LINK;
        }
        return r | R_REDRAW;
    }
    return R_NONE;
}

/* While the preview shows: what the main screen may do (move, switch
 * panes, sort, language, units, quit). Screens, prompts and marks wait
 * for the whole dataset, which would take their rows away. */
static bool loading_allows(enum action act)
{
    switch (act) {
    case ACT_DOWN:
    case ACT_UP:
    case ACT_PAGE_DOWN:
    case ACT_PAGE_UP:
    case ACT_FIRST:
    case ACT_LAST:
    case ACT_NEXT_PANE:
    case ACT_PREV_PANE:
    case ACT_PANE_1:
    case ACT_PANE_2:
    case ACT_PANE_3:
    case ACT_PANE_4:
    case ACT_ZOOM:
    case ACT_BACK:
    case ACT_SORT_NEXT:
    case ACT_SORT_PREV:
    case ACT_SORT_REVERSE:
    case ACT_LANG:
    case ACT_REFERENCES:
    case ACT_UNITS:
    case ACT_REDRAW:
    case ACT_QUIT:
    case ACT_QUIT_ALL:
        return true;
    default:
        return false;
    }
}

static enum reaction app_key(struct app *a, int key, bool is_code)
{
    if (is_code && key == KEY_RESIZE) {
        if (!a->headless) {
            a->rows = LINES;
            a->cols = COLS;
        }
        return R_RELAYOUT | R_REDRAW;
    }
    if (is_code && key == KEY_MOUSE) {
        MEVENT ev;
        if (getmouse(&ev) != OK)
            return R_NONE;
        if (ev.bstate & BUTTON4_PRESSED)
            return app_mouse(a, ev.x, ev.y, 4);
#ifdef BUTTON5_PRESSED
        if (ev.bstate & BUTTON5_PRESSED)
            return app_mouse(a, ev.x, ev.y, 5);
#endif
        if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
            return app_mouse(a, ev.x, ev.y, 1);
        return R_NONE;
    }
    bool had_msg = a->msg[0] != '\0';
    a->msg[0] = '\0';
    if (a->prompt != PROMPT_NONE)
        return prompt_key(a, key, is_code);
    if (a->sort_menu && a->screen == &screen_main && !a->too_small)
        return sortmenu_key(a, key, is_code) | (had_msg ? R_REDRAW : 0);
    enum action act = (is_code || key < 128) ? keys_action(key) : ACT_NONE;
    if (a->too_small)
        return act == ACT_QUIT || act == ACT_QUIT_ALL ? R_QUIT : R_NONE;
    if (a->loading && !loading_allows(act)) {
        app_set_msg(a, "%s", vocab(V_MSG_LOADING, a->opt.lang));
        return R_REDRAW;
    }
    if (a->screen->key) {
        enum reaction kr = a->screen->key(a, key, is_code);
        if (!(kr & R_UNHANDLED))
            return kr | (had_msg ? R_REDRAW : 0);
    }
    if (act == ACT_QUIT && a->screen != &screen_main)
        return close_view(a) | (had_msg ? R_REDRAW : 0);
    enum reaction r = a->screen->action(a, act);
    if (r & R_UNHANDLED)
        r = global_action(a, act);
    return r | (had_msg ? R_REDRAW : 0);
}

/* A bracketed paste: text for the open prompt, never keys (a pasted
 * "K-EXAONE⏎cenotes.md⏎y" neither searches, compares, exports nor answers). */
static enum reaction app_paste(struct app *a, const char *s, size_t n)
{
    a->msg[0] = '\0';
    if (a->prompt != PROMPT_NONE)
        return prompt_paste(a, s, n);
    if (a->screen->paste) {
        enum reaction r = a->screen->paste(a, s, n);
        if (!(r & R_UNHANDLED))
            return r;
    }
    app_set_msg(a, "%s", vocab(V_MSG_PASTE_IGNORED, a->opt.lang));
    return R_REDRAW;
}

/* True when the next key's bytes are already waiting on stdin. */
static bool key_waiting(void)
{
    struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
    return poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}

/* Applies a reaction; returns false to quit. */
static bool app_react(struct app *a, enum reaction r)
{
    if (r & R_QUIT)
        return false;
    if (r & (R_REFILTER | R_RESORT)) {
        app_refilter(a);
        r |= R_RELAYOUT | R_LINK;
        /* Every row may change under the closing filter menu: repaint the
         * terminal whole rather than patch cells next to wide characters
         * the menu cut (tmux showed "딥 … ⇆ 71B" for "딥시… 671B"). */
        if (!a->headless)
            clearok(curscr, TRUE);
    }
    if (r & R_LINK)
        app_link_from(a, app_focused(a));
    if (r & R_RELAYOUT)
        app_layout(a);
    if (r & (R_REDRAW | R_RELAYOUT)) {
        /* A burst of keys (a held j, a paste of keys): one frame after
         * the last of them, not one per key. */
        if (!a->headless && key_waiting())
            a->draw_owed = true;
        else
            app_draw(a);
    }
    return true;
}

/* ---- setup and the loop ---- */

static bool app_build(struct app *a, const struct dp_dataset *ds);

static bool app_init(struct app *a, const struct dp_dataset *ds, const struct tui_options *opt)
{
    memset(a, 0, sizeof *a);
    a->ds = ds;
    a->opt = *opt;
    if (opt->lang_locked)
        a->opt.lang_given = true; /* English, whatever the saved view says */
    state_load(a);                /* the language and units saved on the last quit */
    if (opt->notice) {            /* after the saved view's own message, if any */
        if (a->msg[0]) {
            char first[sizeof a->msg];
            memcpy(first, a->msg, sizeof first);
            app_set_msg(a, "%s · %s", first, opt->notice);
        } else {
            app_set_msg(a, "%s", opt->notice);
        }
    }
    a->tflags = opt->text_flags;
    a->g = draw_glyphs(opt->text_flags);
    a->color = opt->color;
    a->ctx.base.lang = a->opt.lang;
    a->ctx.base.text_flags = opt->text_flags;
    a->ctx.base.korean_units = a->opt.korean_units;
    a->ctx.ds = ds;
    a->ctx.scheme = ds->nschemes ? &ds->schemes[0] : NULL;
    a->ctx.g = a->g;
    a->screen = &screen_main;
    a->show_refs = a->opt.references; /* the option, or the saved view */
    a->hyperlinks = opt->hyperlinks == 1 || (opt->hyperlinks == 0 && !(opt->text_flags & TEXT_ASCII) &&
                                             termout_term_links(getenv("TERM")));
    a->loading = opt->loader != NULL;
    if (a->loading && !opt->loader->hold) /* held (a script): 0% until :load */
        a->load_shown = opt->loader->permille(opt->loader->arg) / 10;
    if (!app_build(a, ds))
        return false;
    state_apply_panes(a); /* the sorts and focus saved on the last quit */
    return true;
}

/* What app_init() makes of a dataset (the panes, their catalogues, the
 * marks, the filter's choices), with each pane's initial sort. */
static bool app_build(struct app *a, const struct dp_dataset *ds)
{
    a->ds = ds;
    a->ctx.ds = ds;
    a->ctx.scheme = ds->nschemes ? &ds->schemes[0] : NULL;
    a->params_max = 0;
    size_t nm = ds->nmodels + ds->nreferences + 1;
    a->mark_model = calloc(nm, sizeof *a->mark_model);
    a->mark_cons = calloc(ds->nconsortia + 1, sizeof *a->mark_cons);
    if (!a->mark_model || !a->mark_cons)
        return false;
    for (size_t i = 0; i < ds->nmodels; i++)
        if (ds->models[i]->params_total.known && ds->models[i]->params_total.v > a->params_max)
            a->params_max = ds->models[i]->params_total.v;
    a->cat_models = table_def_new(&table_models, ds);
    a->cat_consortia = table_def_new(&table_consortia, ds);
    a->cat_partners = table_def_new(&table_partners, ds);
    a->cat_sources = table_def_new(&table_sources, ds);
    a->cat_events = table_def_new(&table_events, ds);
    a->cat_contradictions = table_def_new(&table_contradictions, ds);
    a->cat_results = table_def_new(&table_results, ds);
    if (!a->cat_models || !a->cat_consortia || !a->cat_partners || !a->cat_sources || !a->cat_events ||
        !a->cat_contradictions || !a->cat_results)
        return false;
    static const struct pane_ops *const ops[NPANES] = {&pane_params, &pane_arch, &pane_partners, &pane_eval};
    for (int i = 0; i < NPANES; i++) {
        if (!pane_init(&a->panes[i], ops[i], a))
            return false;
        pane_sort_spec(&a->panes[i], a, i < 4 ? a->opt.pane_sort[i] : NULL);
    }
    return filter_choices_build(a);
}

const struct table_def *app_catalog(const struct app *a, const struct table_def *base)
{
    if (base == &table_models)
        return a->cat_models;
    if (base == &table_consortia)
        return a->cat_consortia;
    if (base == &table_partners)
        return a->cat_partners;
    if (base == &table_sources)
        return a->cat_sources;
    if (base == &table_events)
        return a->cat_events;
    if (base == &table_contradictions)
        return a->cat_contradictions;
    if (base == &table_results)
        return a->cat_results;
    return NULL;
}

/* Undoes app_build() (and closes every view over the dataset). */
static void app_unbuild(struct app *a)
{
    for (int i = 0; i < NPANES; i++)
        pane_fini(&a->panes[i]);
    table_def_free(&a->cat_models);
    table_def_free(&a->cat_consortia);
    table_def_free(&a->cat_partners);
    sources_close(a);
    table_def_free(&a->cat_sources);
    timeline_close(a);
    contra_close(a);
    bench_close(a);
    table_def_free(&a->cat_events);
    table_def_free(&a->cat_contradictions);
    table_def_free(&a->cat_results);
    page_clear(&a->page);
    compare_close(a);
    whatif_close(a);
    free(a->mark_model);
    free(a->mark_cons);
    free(a->choices);
    free(a->choice_shown);
    table_filter_free(&a->filter);
    a->mark_model = NULL;
    a->mark_cons = NULL;
    a->choices = NULL;
    a->choice_shown = NULL;
    a->nchoices = a->nchoice_shown = a->choice_sel = a->choice_top = 0;
    a->nmarked = a->nfilters = 0;
    a->sel_model = NULL;
    a->sel_cons = NULL;
}

static void app_fini(struct app *a)
{
    app_unbuild(a);
    text_query_free(&a->query);
    termout_free(a);
    if (a->script)
        fclose(a->script);
}

/* A pane's sort as pane_sort_try() takes it ("+key,-key"); "" when too long. */
static void sort_spec(const struct pane *p, char *buf, size_t bufsz)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t k = 0; p->t && k < p->t->nsort && len < bufsz; k++) {
        int w = snprintf(buf + len, bufsz - len, "%s%c%s", k ? "," : "", p->t->sort[k].desc ? '-' : '+',
                         p->cols[p->t->sort[k].col].key);
        len = w > 0 ? len + (size_t)w : bufsz;
    }
    if (len >= bufsz)
        buf[0] = '\0';
}

bool app_load_swap(struct app *a)
{
    const struct tui_loader *ld = a->opt.loader;
    if (!a->loading)
        return true;
    const struct dp_dataset *ds = ld->wait(ld->arg);
    a->loading = false;
    if (!ds) {
        a->load_failed = true;
        return false;
    }
    /* What the user has set on the preview: each pane's sort, the focus,
     * the zoom and the selected row (by id). */
    char sort[NPANES][512], now[512], sel[256] = "";
    bool sel_cons = false;
    for (int i = 0; i < NPANES; i++)
        sort_spec(&a->panes[i], sort[i], sizeof sort[i]);
    struct pane *fp = app_focused(a);
    const void *cur = pane_current(fp);
    const struct dp_model *m = cur && fp->ops->row_model ? fp->ops->row_model(cur) : NULL;
    const struct dp_consortium *c = cur && fp->ops->row_consortium ? fp->ops->row_consortium(cur) : NULL;
    if (m && m->id)
        snprintf(sel, sizeof sel, "%s", m->id);
    else if (c && c->id) {
        snprintf(sel, sizeof sel, "%s", c->id);
        sel_cons = true;
    }
    int focus = a->focus;
    if (strcmp(a->msg, vocab(V_MSG_LOADING, a->opt.lang)) == 0)
        a->msg[0] = '\0'; /* it has waited */
    app_unbuild(a);
    if (!app_build(a, ds))
        return false;
    char err[256];
    for (int i = 0; i < NPANES; i++) /* each pane sorted once more at most */
        if (sort[i][0] && (sort_spec(&a->panes[i], now, sizeof now), strcmp(now, sort[i]) != 0))
            (void)pane_sort_try(&a->panes[i], a, sort[i], err, sizeof err);
    a->focus = focus;
    fp = app_focused(a);
    for (size_t r = 0; sel[0] && fp->t && r < fp->t->nrows; r++) {
        const void *row = fp->t->rows[r];
        const struct dp_model *rm = !sel_cons && fp->ops->row_model ? fp->ops->row_model(row) : NULL;
        const struct dp_consortium *rc =
            sel_cons && fp->ops->row_consortium ? fp->ops->row_consortium(row) : NULL;
        if ((rm && rm->id && strcmp(rm->id, sel) == 0) || (rc && rc->id && strcmp(rc->id, sel) == 0)) {
            pane_move_to(fp, r);
            break;
        }
    }
    app_layout(a);
    app_link_from(a, fp);
    if (!a->headless)
        clearok(curscr, TRUE);
    app_draw(a);
    return true;
}

/* Interactive: the load's end swapped in, or its progress shown. Returns
 * 0, or the status to end the browser with. */
static int app_poll_load(struct app *a)
{
    const struct tui_loader *ld = a->opt.loader;
    if (!a->loading || ld->hold)
        return 0;
    if (ld->done(ld->arg))
        return app_load_swap(a) ? 0 : a->load_failed ? TUI_LOAD_FAILED : 71;
    unsigned pct = ld->permille(ld->arg) / 10;
    if (pct != a->load_shown) {
        a->load_shown = pct;
        app_draw(a);
    }
    return 0;
}

static const char *const headless_terms[] = {"xterm-256color", "xterm", "vt100", "ansi"};

static SCREEN *start_curses(struct app *a)
{
    SCREEN *scr = NULL;
    if (a->headless) {
        errno = 0;
        a->devnull_out = fopen("/dev/null", "w");
        a->devnull_in = fopen("/dev/null", "r");
        if (!a->devnull_out || !a->devnull_in) {
            a->start_nomem = errno == ENOMEM;
            return NULL;
        }
        for (size_t i = 0; !scr && i < sizeof headless_terms / sizeof headless_terms[0]; i++)
            scr = newterm(headless_terms[i], a->devnull_out, a->devnull_in);
        if (!scr)
            return NULL;
        /* The screen's size: resizeterm() fails only when it cannot
         * allocate the new screen. */
        if (resizeterm(a->opt.rows > 0 ? a->opt.rows : 24, a->opt.cols > 0 ? a->opt.cols : 80) == ERR) {
            endwin();
            delscreen(scr);
            a->start_nomem = true;
            return NULL;
        }
    } else {
        if (tui_terminal_probe(STDOUT_FILENO) != TERM_PROBE_OK)
            return NULL; /* tui_run has said why */
        scr = newterm(NULL, stdout, stdin);
        if (!scr)
            return NULL;
    }
    curses_active = true;
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    if (!a->headless) {
        curs_set(0);
        mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
                      | BUTTON5_PRESSED
#endif
                  ,
                  NULL);
        mouseinterval(0);
        fflush(stdout);
        paste_mode = write(STDOUT_FILENO, paste_on, sizeof paste_on - 1) == (ssize_t)(sizeof paste_on - 1);
    }
    draw_styles_init(a);
    a->rows = LINES;
    a->cols = COLS;
    return scr;
}

static void stop_curses(struct app *a, SCREEN *scr)
{
    restore_terminal();
    if (scr)
        delscreen(scr);
    if (a->devnull_out)
        fclose(a->devnull_out);
    if (a->devnull_in)
        fclose(a->devnull_in);
}

/* True when stdin has hung up or gone (after get_wch() returned ERR). */
static bool input_closed(void)
{
    struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
    if (poll(&p, 1, 0) < 0)
        return errno != EINTR;
    if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
        return true;
    /* Readable: a read must not report end of file. */
    if (p.revents & POLLIN) {
        int n = 0;
        return ioctl(STDIN_FILENO, FIONREAD, &n) != 0 || n == 0;
    }
    return false;
}

#define KEY_NONE (-2)
#define KEY_PASTE (-3) /* a bracketed paste: its text is in paste_buf */

static char paste_buf[4096];
static size_t paste_len;

/* After an ESC: true when "[200~" follows (the start of a paste); else
 * the bytes read are given back. */
static bool paste_starts(void)
{
    static const char open[] = "[200~";
    int got[sizeof open - 1];
    size_t n = 0;
    bool match = true;
    timeout(20); /* the rest of the sequence is already there, or it is a lone Esc */
    while (match && n < sizeof open - 1) {
        int d = getch();
        if (d == ERR)
            break;
        got[n++] = d;
        match = d == open[n - 1];
    }
    timeout(-1);
    if (match && n == sizeof open - 1)
        return true;
    while (n > 0)
        ungetch(got[--n]);
    return false;
}

/* Reads a paste up to ESC [ 201 ~ into paste_buf (what does not fit is
 * read and dropped; keys the terminal's keypad mode made of the text are
 * dropped too). Ends early when nothing arrives for a second. */
static void paste_read(void)
{
    static const char close[] = "\033[201~";
    size_t matched = 0;
    paste_len = 0;
    timeout(1000);
    for (;;) {
        int d = getch();
        if (d == ERR)
            break;
        if (d >= KEY_MIN || d > 0xff)
            continue;
        if (d == close[matched]) {
            if (++matched == sizeof close - 1)
                break;
            continue;
        }
        /* A partial end marker was text after all. */
        for (size_t i = 0; i < matched && paste_len < sizeof paste_buf; i++)
            paste_buf[paste_len++] = close[i];
        matched = d == close[0] ? 1 : 0;
        if (!matched && paste_len < sizeof paste_buf)
            paste_buf[paste_len++] = (char)d;
    }
    timeout(-1);
}

/* One key: a curses key code (KEY_CODE_YES), a character (OK), KEY_NONE
 * for an invalid UTF-8 byte, or ERR. Decodes UTF-8 itself from getch()
 * bytes: get_wch() swallows up to 144 bytes (every key typed after it)
 * once one byte is not valid UTF-8. */
static int read_key(wint_t *wc)
{
    static const unsigned char min_lead[] = {0, 0xc2, 0xe0, 0xf0};
    int c = getch();
    if (c == ERR)
        return ERR;
    if (c >= KEY_MIN) {
        *wc = (wint_t)c;
        return KEY_CODE_YES;
    }
    if (c == 27 && paste_mode && paste_starts()) {
        paste_read();
        return KEY_PASTE;
    }
    if (c < 0x80) {
        *wc = (wint_t)c;
        return OK;
    }
    int need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (need == 0 || c < min_lead[need] || c > 0xf4)
        return KEY_NONE;
    unsigned long cp = (unsigned long)c & (0x3fu >> need);
    for (int i = 0; i < need; i++) {
        int d = getch();
        if (d == ERR)
            return ERR;
        if (d >= KEY_MIN || (d & 0xc0) != 0x80) {
            ungetch(d); /* the start of the next key */
            return KEY_NONE;
        }
        cp = cp << 6 | ((unsigned long)d & 0x3f);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
        (cp >= 0xd800 && cp <= 0xdfff))
        return KEY_NONE; /* overlong, surrogate, beyond U+10FFFF */
    *wc = (wint_t)cp;
    return OK;
}

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* --idle-exit: how long getch() may wait for the next key (-1: forever);
 * 0 once the time is up. */
static int idle_wait(const struct app *a, long last_key)
{
    if (a->opt.idle_exit_ms <= 0)
        return -1;
    long left = a->opt.idle_exit_ms - (now_ms() - last_key);
    return left > 0 ? (int)left : 0;
}

static int app_loop(struct app *a)
{
    long last_key = now_ms();
    for (;;) {
        int key = 0;
        bool is_code = false;
        enum reaction r = R_NONE;
        /* A signal that came during the last key's work (an export, a
         * compare, a headless script that never waits) ends it now. */
        if (got_signal)
            return 128 + got_signal;
        if (a->headless) {
            enum hl_input in = headless_next(a, &key, &is_code, &r);
            if (in == HL_EOF)
                return got_signal ? 128 + got_signal : 0;
            if (in == HL_NOMEM)
                return 71;
            if (in == HL_KEY)
                r = app_key(a, key, is_code);
        } else {
            wint_t wc = 0;
            int wait = idle_wait(a, last_key);
            if (wait == 0) {
                a->idle_expired = true;
                return 0;
            }
            if (a->loading && !a->opt.loader->hold && (wait < 0 || wait > 100))
                wait = 100; /* the load's progress, and its end */
            if (a->draw_owed && !key_waiting()) {
                a->draw_owed = false;
                app_draw(a);
            }
            timeout(wait);
            int rc = read_key(&wc);
            if (got_signal)
                return 128 + got_signal;
            int ls = app_poll_load(a);
            if (ls)
                return ls;
            if (rc == ERR) {
                if (idle_wait(a, last_key) == 0 || errno == EINTR || !input_closed())
                    continue;
                return 0; /* input closed */
            }
            last_key = now_ms();
            if (rc == KEY_NONE)
                continue; /* an invalid UTF-8 byte, dropped */
            r = rc == KEY_PASTE ? app_paste(a, paste_buf, paste_len)
                                : app_key(a, (int)wc, rc == KEY_CODE_YES);
        }
        if (!app_react(a, r))
            return a->load_failed ? TUI_LOAD_FAILED : 0;
    }
}

int tui_run(const struct dp_dataset *ds, const struct tui_options *opt)
{
    struct app a;
    int status;

    if (strcmp(setlocale(LC_CTYPE, NULL), "C") == 0)
        setlocale(LC_CTYPE, "");
    if (!app_init(&a, ds, opt)) {
        fprintf(stderr, "dokpamo: out of memory\n");
        app_fini(&a);
        return 71; /* the exit statuses of include/cli.h: 1 means "nothing matched" */
    }
    if (opt->script) {
        a.headless = true;
        errno = 0;
        a.script = fopen(opt->script, "r");
        if (!a.script && errno == ENOMEM) {
            fprintf(stderr, "dokpamo: out of memory\n");
            app_fini(&a);
            return 71;
        }
        if (!a.script) {
            int e = errno;
            char *shown = text_display(opt->script, strlen(opt->script), 0);
            fprintf(stderr, "dokpamo: %s: %s\n", shown ? shown : "?", strerror(e));
            free(shown);
            app_fini(&a);
            return 66;
        }
    }
    if (!a.headless && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
        /* Never write escape sequences into a pipe or a file. */
        fprintf(stderr, "dokpamo: the browser needs a terminal; for a pipe use 'dokpamo list'\n");
        app_fini(&a);
        return 2;
    }
    if (!a.headless && tui_terminal_probe(STDOUT_FILENO) == TERM_PROBE_NO_CURSOR) {
        /* A terminal that cannot place the cursor (TERM=dumb, an editor's
         * shell buffer): a full-screen browser would only print garbage. */
        const char *term = getenv("TERM");
        if (!term)
            term = "";
        char *shown = text_display(term, strlen(term), 0);
        fputs("dokpamo: ", stderr);
        fprintf(stderr, vocab(V_TERM_NO_CURSOR, opt->lang), shown ? shown : "?");
        fputc('\n', stderr);
        free(shown);
        app_fini(&a);
        return 2;
    }
    install_signals();
    SCREEN *scr = start_curses(&a);
    if (!scr && a.start_nomem) {
        stop_curses(&a, NULL);
        fprintf(stderr, "dokpamo: out of memory\n");
        app_fini(&a);
        return 71;
    }
    if (!scr) {
        stop_curses(&a, NULL);
        const char *term = getenv("TERM");
        if (!term)
            term = "";
        char *shown = text_display(term, strlen(term), 0); /* $TERM may hold anything */
        fputs("dokpamo: ", stderr);
        fprintf(stderr, vocab(V_TERM_CANNOT_START, opt->lang), shown ? shown : "?");
        fputc('\n', stderr);
        free(shown);
        app_fini(&a);
        return 2; /* like a missing terminal: a usage error, never 1 ("nothing matched") */
    }
    app_layout(&a); /* first: the linked rows come into view by the panes' heights */
    app_link_from(&a, app_focused(&a));
    app_draw(&a);
    if (a.loading)
        opt->loader->start(opt->loader->arg); /* now: its mmap would slow the first screen */
    status = app_loop(&a);
    stop_curses(&a, scr);
    if (status == TUI_LOAD_FAILED) { /* main() says why, as without the preview */
        app_fini(&a);
        return status;
    }
    if (status == 71)
        fprintf(stderr, "dokpamo: out of memory\n");
    if (a.idle_expired)
        fprintf(stderr, "dokpamo: no key for %ld s (--idle-exit): quitting\n", opt->idle_exit_ms / 1000);
    char err[512];
    if (status == 0 && !state_save(&a, err, sizeof err)) {
        /* The view could not be saved: said, and the run did not succeed. */
        fprintf(stderr, vocab(V_STATE_WRITE_ERROR, a.opt.lang), err);
        fputc('\n', stderr);
        status = 74;
    }
    app_fini(&a);
    return status;
}
