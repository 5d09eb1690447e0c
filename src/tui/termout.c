/* SPDX-License-Identifier: GPL-2.0-or-later */
/* termout.c — what the browser writes to the terminal beside curses:
 * OSC 8 hyperlinks over the cells where a URL is drawn.
 *
 * curses cannot carry an escape sequence in its cells. So a screen says
 * where it drew a URL (termout_link(), while drawing), and once the frame
 * is on the terminal (after doupdate()) termout_flush() writes those cells
 * again, the characters and attributes curses put there (read back from
 * stdscr), inside ESC ] 8 ; ; URL ESC \ … ESC ] 8 ; ; ESC \, then puts the
 * attributes back to normal and the cursor where curses left it. The cells
 * are the same, so curses's picture of the screen stays true. Cells that
 * were a link in the last frame and are not now are written again without
 * one (curses skips a cell whose character did not change).
 *
 * The URL is the text room's text_uri(): http or https, printable ASCII
 * only, so nothing from the data can end the sequence or start another.
 * Kept apart from app.c because <term.h> defines macros such as `lines`. */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tui/provide_curses.h"
#include "tui/app.h"

#include <term.h> /* last: its macros would rename app.h's fields */

/* $TERM values whose terminals print an OSC string instead of swallowing
 * it (the Linux and BSD consoles, Emacs's term, hardware VTs): the name
 * alone or followed by a digit, '-' or '.' (vt220, linux-16color; not vte). */
static const char *const no_osc_terms[] = {"dumb", "linux", "vt", "cons", "eterm", "sun", "pcansi", "ansi"};

bool termout_term_links(const char *term)
{
    if (!term || !*term)
        return false;
    for (size_t i = 0; i < sizeof no_osc_terms / sizeof no_osc_terms[0]; i++) {
        size_t n = strlen(no_osc_terms[i]);
        char next = term[n < strlen(term) ? n : strlen(term)];
        if (strncmp(term, no_osc_terms[i], n) == 0 &&
            (next == '\0' || next == '-' || next == '.' || (next >= '0' && next <= '9')))
            return false;
    }
    return true;
}

static void links_clear(struct term_links *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].uri);
    l->n = 0;
}

void termout_free(struct app *a)
{
    links_clear(&a->links);
    links_clear(&a->links_shown);
    free(a->links.v);
    free(a->links_shown.v);
    a->links = a->links_shown = (struct term_links){0};
}

void termout_begin(struct app *a)
{
    links_clear(&a->links);
}

void termout_link(struct app *a, int y, int x, int w, const char *url)
{
    if (!a->hyperlinks || !url || w <= 0 || y < 0 || x < 0)
        return;
    char uri[TEXT_URI_MAX + 1];
    size_t n = text_uri(uri, sizeof uri, url, strlen(url));
    if (!n)
        return; /* not a URL a terminal link may carry: plain text only */
    struct term_links *l = &a->links;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        struct term_link *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return;
        l->v = v;
        l->cap = cap;
    }
    struct term_link *k = &l->v[l->n];
    k->uri = malloc(n + 1);
    if (!k->uri)
        return;
    memcpy(k->uri, uri, n + 1);
    k->y = y;
    k->x = x;
    k->w = w;
    l->n++;
}

static int out_byte(int c)
{
    return putchar(c);
}

static bool same_link(const struct term_link *p, const struct term_link *q)
{
    return p->y == q->y && p->x == q->x && p->w == q->w && strcmp(p->uri, q->uri) == 0;
}

/* Writes the cells of l again as stdscr holds them, inside the link when
 * uri is not NULL. */
static void write_cells(const struct term_link *l, const char *uri, const char *cup)
{
    if (l->y >= LINES)
        return;
    tputs(tiparm(cup, l->y, l->x), 1, out_byte);
    if (uri)
        printf("\033]8;;%s\033\\", uri);
    bool first = true;
    attr_t cur = A_NORMAL;
    short cur_pair = 0;
    for (int x = l->x; x < l->x + l->w && x < COLS;) {
        cchar_t cc;
        wchar_t wch[CCHARW_MAX + 1] = {0};
        attr_t at = A_NORMAL;
        short pair = 0;
        if (mvwin_wch(stdscr, l->y, x, &cc) == ERR || getcchar(&cc, wch, &at, &pair, NULL) == ERR)
            break;
        if (first || at != cur || pair != cur_pair)
            vid_puts(at, pair, NULL, out_byte);
        first = false;
        cur = at;
        cur_pair = pair;
        mbstate_t st;
        memset(&st, 0, sizeof st);
        for (size_t i = 0; i < CCHARW_MAX && wch[i]; i++) {
            char mb[MB_LEN_MAX];
            size_t k = wcrtomb(mb, wch[i], &st);
            if (k != (size_t)-1)
                fwrite(mb, 1, k, stdout);
        }
        int cw = wch[0] ? wcwidth(wch[0]) : 1;
        x += cw > 0 ? cw : 1;
    }
    if (uri)
        fputs("\033]8;;\033\\", stdout);
    vid_puts(A_NORMAL, 0, NULL, out_byte); /* curses's normal, as doupdate() left it */
}

void termout_flush(struct app *a)
{
    if (!a->hyperlinks || a->headless || (!a->links.n && !a->links_shown.n))
        return;
    const char *cup = tigetstr("cup");
    if (!cup || (uintptr_t)cup == UINTPTR_MAX || !cup[0])
        return;
    int sy, sx, cy, cx;
    getyx(stdscr, sy, sx);
    getyx(curscr, cy, cx); /* where the terminal's cursor is */
    fflush(stdout);
    for (size_t i = 0; i < a->links_shown.n; i++) {
        bool still = false;
        for (size_t k = 0; k < a->links.n && !still; k++)
            still = same_link(&a->links_shown.v[i], &a->links.v[k]);
        if (!still)
            write_cells(&a->links_shown.v[i], NULL, cup);
    }
    for (size_t i = 0; i < a->links.n; i++)
        write_cells(&a->links.v[i], a->links.v[i].uri, cup);
    tputs(tiparm(cup, cy, cx), 1, out_byte);
    fflush(stdout);
    wmove(stdscr, sy, sx);
    /* What is on the terminal now: the next frame's links start empty. */
    struct term_links t = a->links_shown;
    a->links_shown = a->links;
    a->links = t;
    links_clear(&a->links);
}
