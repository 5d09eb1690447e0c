/* SPDX-License-Identifier: GPL-2.0-or-later */
/* prompt.c — the bottom-line prompts: `/` incremental search, the `f`
 * filter menu, and `e`'s file name and overwrite question (the main
 * screen's pane export and Compare's). One line editor for all of them:
 * keys typed here are text, not actions; Backspace, Ctrl-W (a word),
 * Ctrl-U (the line); Backspace on an empty search or filter line
 * cancels, as Esc does. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "compare.h"
#include "tui/provide_curses.h"
#include "tui/app.h"

/* ---- search ---- */

static long search_in(struct app *a, struct pane *p, size_t start, int dir, bool include_start)
{
    size_t n = p->t->nrows;
    if (!a->query || n == 0)
        return -1;
    for (size_t k = include_start ? 0 : 1; k <= n; k++) {
        long li = ((long)start + (long)dir * (long)k) % (long)n;
        size_t i = (size_t)(li < 0 ? li + (long)n : li);
        if (table_row_matches(&p->def, p->t->rows[i], a->query))
            return (long)i;
    }
    return -1;
}

/* How many rows of p match, and which of them row `at` is (1-based). */
static void search_count(struct app *a, struct pane *p, size_t at)
{
    a->search_n = a->search_k = 0;
    for (size_t i = 0; i < p->t->nrows; i++)
        if (table_row_matches(&p->def, p->t->rows[i], a->query)) {
            a->search_n++;
            if (i == at)
                a->search_k = a->search_n;
        }
}

void search_miss(struct app *a)
{
    char *safe = text_display(a->input, a->input_len, 0); /* typed bidi or C1 stays visible */
    app_set_msg(a, vocab(V_MSG_SEARCH_MISS, a->opt.lang), safe ? safe : "");
    free(safe);
}

void search_status(const struct app *a, char *buf, size_t bufsz)
{
    enum dp_lang lang = a->opt.lang;
    int n = snprintf(buf, bufsz, vocab(V_SEARCH_COUNT, lang), a->search_k, a->search_n);
    if (a->search_wrapped && n > 0 && (size_t)n < bufsz)
        snprintf(buf + n, bufsz - (size_t)n, "%s%s", a->g->sep,
                 vocab(a->search_wrapped == 1 ? V_SEARCH_WRAPPED_TOP : V_SEARCH_WRAPPED_BOTTOM, lang));
}

/* Live search: from where the search started, in the focused pane, then in
 * the others (or, in help and detail, in the page's lines). */
static enum reaction search_live(struct app *a)
{
    if (a->screen == &screen_page)
        return page_search_live(a);
    text_query_free(&a->query);
    a->search_failed = false;
    a->search_wrapped = 0;
    struct pane *origin = &a->panes[a->search_origin_pane];
    if (a->input_len == 0) {
        a->focus = a->search_origin_pane;
        pane_move_to(origin, a->search_origin);
        return R_REDRAW | R_LINK;
    }
    a->query = text_query_new(a->input);
    if (!a->query)
        return R_REDRAW;
    for (int k = 0; k < NPANES; k++) {
        int pi = (a->search_origin_pane + k) % NPANES;
        if (a->zoomed && k > 0)
            break;
        struct pane *p = &a->panes[pi];
        long i = search_in(a, p, k == 0 ? a->search_origin : 0, 1, true);
        if (i >= 0) {
            if (pi != a->focus)
                pane_move_to(origin, a->search_origin);
            a->focus = pi;
            pane_move_to(p, (size_t)i);
            a->search_wrapped = k == 0 && (size_t)i < a->search_origin ? 1 : 0;
            search_count(a, p, (size_t)i);
            return R_REDRAW | R_LINK;
        }
    }
    a->search_failed = true;
    return R_REDRAW;
}

enum reaction search_step(struct app *a, int dir)
{
    if (a->screen == &screen_page)
        return page_search_step(a, dir);
    struct pane *p = app_focused(a);
    if (!a->query || a->query_screen != &screen_main) {
        app_set_msg(a, "%s", vocab(V_MSG_NO_SEARCH, a->opt.lang));
        return R_REDRAW;
    }
    long i = search_in(a, p, p->sel, dir, false);
    if (i < 0) {
        search_miss(a);
        return R_REDRAW;
    }
    /* Past the last match back to the first (n), or the other way (N). */
    if (dir > 0)
        a->search_wrapped = (size_t)i <= p->sel ? 1 : 0;
    else
        a->search_wrapped = (size_t)i >= p->sel ? 2 : 0;
    search_count(a, p, (size_t)i);
    char buf[160];
    search_status(a, buf, sizeof buf);
    app_set_msg(a, "%s", buf);
    return pane_move_to(p, (size_t)i) | R_REDRAW;
}

/* ---- filter menu ---- */

static void filter_update_choices(struct app *a)
{
    struct text_query *q = a->input_len ? text_query_new(a->input) : NULL;
    a->nchoice_shown = 0;
    for (size_t i = 0; i < a->nchoices; i++)
        if (!q || text_query_match(q, a->choices[i].expr))
            a->choice_shown[a->nchoice_shown++] = i;
    text_query_free(&q);
    a->choice_sel = 0;
    a->choice_top = 0;
}

static enum reaction filter_apply(struct app *a)
{
    if (a->choice_sel >= a->nchoice_shown) {
        app_set_msg(a, vocab(V_MSG_FILTER_MISS, a->opt.lang), a->input);
        return R_REDRAW;
    }
    if (!filter_add(a, a->choices[a->choice_shown[a->choice_sel]].expr))
        return R_REDRAW;
    return R_REDRAW | R_REFILTER | R_LINK;
}

/* ---- shared ---- */

enum reaction prompt_open(struct app *a, enum prompt_mode mode)
{
    a->prompt = mode;
    a->input[0] = '\0';
    a->input_len = 0;
    a->search_failed = false;
    if (mode == PROMPT_SEARCH) {
        text_query_free(&a->query);
        a->query_screen = a->screen;
        a->search_origin_pane = a->focus;
        a->search_origin = a->screen == &screen_page ? a->page.top : app_focused(a)->sel;
        a->search_n = a->search_k = 0;
        a->search_wrapped = 0;
    } else if (mode == PROMPT_FILTER) {
        filter_update_choices(a);
    }
    return R_REDRAW;
}

/* ---- export: the file name, then the overwrite question ---- */

static const char *format_name(int fmt, enum dp_lang lang)
{
    switch (fmt) {
    case OUT_MD:
        return "Markdown";
    case OUT_CSV:
        return "CSV";
    case OUT_JSON:
        return "JSON";
    case OUT_TSV:
        return "TSV";
    default:
        return vocab(V_FMT_TEXT, lang);
    }
}

/* The typed name with a leading ~/ expanded, then written by the screen
 * the prompt was opened on: Compare writes the comparison, the main
 * screen its focused pane. */
static enum reaction export_run(struct app *a, bool overwrite)
{
    char path[1024], err[256];
    const char *home = getenv("HOME");
    if (strncmp(a->input, "~/", 2) == 0 && home && *home)
        snprintf(path, sizeof path, "%s/%s", home, a->input + 2);
    else
        snprintf(path, sizeof path, "%s", a->input);
    a->prompt = PROMPT_NONE;
    size_t rows = 0;
    enum compare_export_status st = a->screen == &screen_compare
                                        ? compare_view_export(a, path, overwrite, err, sizeof err, &rows)
                                        : pane_export(a, path, overwrite, err, sizeof err, &rows);
    char *safe = text_display(a->input, a->input_len, 0);
    switch (st) {
    case CMP_EXPORT_OK:
        app_set_msg(a, vocab(V_MSG_WROTE, a->opt.lang), safe ? safe : "",
                    format_name(compare_format_for_path(path), a->opt.lang), rows);
        break;
    case CMP_EXPORT_EXISTS:
        a->prompt = PROMPT_OVERWRITE;
        /* Only a key typed after the question answers it: drop what was
         * typed ahead or pasted without brackets ("…⏎y"). */
        if (!a->headless)
            flushinp();
        break;
    default:
        app_set_msg(a, vocab(V_MSG_NOT_EXPORTED, a->opt.lang), err);
        break;
    }
    free(safe);
    return R_REDRAW;
}

/* The answer to "overwrite? (y/N)": y replaces, anything else keeps. */
static enum reaction overwrite_answer(struct app *a, bool yes)
{
    if (yes)
        return export_run(a, true);
    char *safe = text_display(a->input, a->input_len, 0);
    app_set_msg(a, vocab(V_MSG_KEPT, a->opt.lang), safe ? safe : "");
    free(safe);
    a->prompt = PROMPT_NONE;
    return R_REDRAW;
}

/* ---- the line editor ---- */

static void input_backspace(struct app *a)
{
    while (a->input_len > 0) {
        unsigned char c = (unsigned char)a->input[--a->input_len];
        if ((c & 0xC0) != 0x80)
            break;
    }
    a->input[a->input_len] = '\0';
}

static bool input_add(struct app *a, wchar_t wc)
{
    char mb[4];
    size_t n = text_encode_cp((int32_t)wc, mb);
    if (n == 0 || a->input_len + n >= sizeof a->input)
        return false;
    memcpy(a->input + a->input_len, mb, n);
    a->input_len += n;
    a->input[a->input_len] = '\0';
    return true;
}

/* Ctrl-W: the spaces before the cursor, then the word before them. */
static void input_word_back(struct app *a)
{
    while (a->input_len > 0 && a->input[a->input_len - 1] == ' ')
        a->input_len--;
    while (a->input_len > 0 && a->input[a->input_len - 1] != ' ')
        a->input_len--;
    a->input[a->input_len] = '\0';
}

static enum reaction prompt_edited(struct app *a)
{
    if (a->prompt == PROMPT_SEARCH)
        return search_live(a);
    if (a->prompt == PROMPT_FILTER)
        filter_update_choices(a);
    return R_REDRAW;
}

/* Esc, or Backspace on an empty line: a search puts the cursor back
 * where it started. */
static enum reaction prompt_cancel(struct app *a)
{
    if (a->prompt == PROMPT_SEARCH) {
        text_query_free(&a->query);
        if (a->screen == &screen_page) {
            a->page.top = a->search_origin;
        } else {
            a->focus = a->search_origin_pane;
            pane_move_to(app_focused(a), a->search_origin);
        }
    }
    a->prompt = PROMPT_NONE;
    return R_REDRAW | R_LINK;
}

void paste_append(char *buf, size_t cap, size_t *len, const char *s, size_t n)
{
    size_t j = *len;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        size_t w;
        const char *from = esc;
        if (c == '\r' || c == '\n') {
            memcpy(esc, "\\n", w = 2);
            i += c == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
        } else if (c == '\t' || c == 27 || c < 0x20 || c == 0x7f) {
            if (c == '\t')
                memcpy(esc, "\\t", w = 2);
            else if (c == 27)
                memcpy(esc, "\\e", w = 2);
            else
                w = (size_t)snprintf(esc, sizeof esc, "\\x%02x", c);
            i++;
        } else {
            /* One whole UTF-8 sequence (or one stray byte). */
            w = 1;
            while (i + w < n && ((unsigned char)s[i + w] & 0xC0) == 0x80 && w < 4)
                w++;
            from = s + i;
            i += w;
        }
        if (j + w >= cap)
            break;
        memcpy(buf + j, from, w);
        j += w;
    }
    buf[j] = '\0';
    *len = j;
}

enum reaction prompt_paste(struct app *a, const char *s, size_t n)
{
    if (a->prompt == PROMPT_OVERWRITE)
        return overwrite_answer(a, false); /* a paste never answers */
    paste_append(a->input, sizeof a->input, &a->input_len, s, n);
    return prompt_edited(a);
}

enum reaction prompt_key(struct app *a, int key, bool is_code)
{
    if (is_code && key == KEY_RESIZE)
        return R_RELAYOUT | R_REDRAW;
    if (a->prompt == PROMPT_OVERWRITE)
        return overwrite_answer(a, !is_code && (key == 'y' || key == 'Y'));
    if (!is_code && key == 27)
        return prompt_cancel(a);
    if ((!is_code && (key == '\n' || key == '\r')) || (is_code && key == KEY_ENTER)) {
        enum reaction r = R_REDRAW;
        if (a->prompt == PROMPT_EXPORT)
            return a->input_len ? export_run(a, false) : prompt_cancel(a);
        if (a->prompt == PROMPT_FILTER)
            r |= filter_apply(a);
        else if (a->search_failed)
            search_miss(a);
        else if (a->query && a->search_n) {
            char buf[160];
            search_status(a, buf, sizeof buf);
            app_set_msg(a, "%s", buf);
        }
        a->prompt = PROMPT_NONE;
        return r;
    }
    if ((is_code && key == KEY_BACKSPACE) || (!is_code && (key == 127 || key == 8))) {
        if (a->input_len == 0 && a->prompt != PROMPT_EXPORT)
            return prompt_cancel(a); /* a file name's Backspace never closes */
        input_backspace(a);
        return prompt_edited(a);
    }
    if (!is_code && (key == KEY_CTRL('u') || key == KEY_CTRL('w'))) {
        if (key == KEY_CTRL('u')) {
            a->input_len = 0;
            a->input[0] = '\0';
        } else {
            input_word_back(a);
        }
        return prompt_edited(a);
    }
    if (a->prompt == PROMPT_FILTER && (is_code || key == '\t')) {
        if ((key == KEY_DOWN || key == '\t') && a->choice_sel + 1 < a->nchoice_shown)
            a->choice_sel++;
        else if (key == KEY_UP && a->choice_sel > 0)
            a->choice_sel--;
        return R_REDRAW;
    }
    if (!is_code && key >= 32 && key != 127) {
        if (!input_add(a, (wchar_t)key))
            return R_NONE;
        return prompt_edited(a);
    }
    return R_NONE;
}

void prompt_draw(struct app *a, int y)
{
    char lead[4 * sizeof a->input + 128]; /* the overwrite question holds the name */
    char *shown = text_display(a->input, a->input_len, a->opt.text_flags); /* typed or pasted bidi, C1 ... */
    if (a->prompt == PROMPT_OVERWRITE) {
        snprintf(lead, sizeof lead, vocab(V_CMP_OVERWRITE, a->opt.lang), shown ? shown : "");
        free(shown);
        shown = NULL;
    } else if (a->prompt == PROMPT_EXPORT) {
        snprintf(lead, sizeof lead, vocab(V_CMP_EXPORT_PROMPT, a->opt.lang), "");
    } else {
        snprintf(lead, sizeof lead, "%s",
                 a->prompt == PROMPT_SEARCH ? "/" : vocab(V_PROMPT_FILTER, a->opt.lang));
    }
    draw_set(a, ST_PROMPT);
    int used = draw_clip(a, y, 0, a->cols, lead, -1);
    draw_set(a, ST_NORMAL);
    used += draw_clip(a, y, used, a->cols - used, shown ? shown : "", -1);
    free(shown);
    int cur = used;
    const char *note = NULL;
    char buf[160];
    if (a->prompt == PROMPT_SEARCH && a->search_failed) {
        note = vocab(V_PROMPT_NO_MATCH, a->opt.lang);
    } else if (a->prompt == PROMPT_SEARCH && a->query && a->search_n) {
        buf[0] = buf[1] = ' ';
        search_status(a, buf + 2, sizeof buf - 2);
        note = buf;
    } else if (a->prompt == PROMPT_FILTER) {
        snprintf(buf, sizeof buf, vocab(V_PROMPT_CHOICES, a->opt.lang), a->nchoice_shown);
        note = buf;
    }
    if (note)
        used += draw_clip(a, y, used, a->cols - used, note, -1);
    if (used < a->cols)
        draw_text(a, y, used, a->cols - used, "", 0, TEXT_LEFT);
    move(y, cur < a->cols ? cur : a->cols - 1);
}

/* The filter menu: a box above the prompt line. */
void filter_menu_draw(struct app *a)
{
    int w = 40 < a->cols - 4 ? 40 : a->cols - 4;
    int maxh = a->rows - 4;
    int n = (int)a->nchoice_shown;
    int h = (n < 1 ? 1 : n) + 2;
    if (h > maxh)
        h = maxh;
    int body = h - 2;
    int y = a->rows - 1 - h, x = (a->cols - w) / 2;
    if (a->choice_sel < a->choice_top)
        a->choice_top = a->choice_sel;
    if ((int)(a->choice_sel - a->choice_top) >= body)
        a->choice_top = a->choice_sel - (size_t)body + 1;
    draw_box_frame(a, y, x, h, w);
    draw_set(a, ST_PROMPT);
    draw_clip(a, y, x + 2, w - 4, vocab(V_FILTER_BY, a->opt.lang), -1);
    draw_set(a, ST_NORMAL);
    for (int r = 0; r < body; r++) {
        size_t i = a->choice_top + (size_t)r;
        if (i >= a->nchoice_shown) {
            draw_text(a, y + 1 + r, x + 1, w - 2,
                      r == 0 && n == 0 ? vocab(V_FILTER_NOTHING, a->opt.lang) : "", -1, TEXT_LEFT);
            continue;
        }
        draw_set(a, i == a->choice_sel ? ST_CURSOR : ST_NORMAL);
        mvaddch(y + 1 + r, x + 1, ' ');
        draw_text(a, y + 1 + r, x + 2, w - 3, a->choices[a->choice_shown[i]].expr, -1, TEXT_LEFT);
        draw_set(a, ST_NORMAL);
    }
}
