/* SPDX-License-Identifier: GPL-2.0-or-later */
/* headless.c — the test mode (tig style): curses draws into memory, keys
 * come from a script, `:dump` prints the screen as text.
 *
 * Script lines:
 *   j                 one key; a line of several characters types each
 *   ㅇㅅㅌ            UTF-8 text, one key per character
 *   <Down> <Enter>    named keys, may be mixed with text: "/moe<Enter>"
 *   :key NAME         one named key ("Down", "F1", "C-l")
 *   :dump             print the screen (wide characters once, trailing
 *                     spaces trimmed)
 *   :resize COLS ROWS resize the virtual terminal (resizeterm)
 *   :click X Y        left click at column X, row Y (0-based)
 *   :wheel up|down X Y
 *   :echo TEXT        print TEXT (separates dumps)
 *   :layout           print each pane's rectangle (y x h w) and its
 *                     columns (key:x:width), for alignment checks
 *   :attrs            print, per screen row, the text drawn in the
 *                     match style (a search's highlight)
 *   :status           print the focused pane, its selected row and the
 *                     linked model / consortium
 *   :load             with --preview: wait for the whole dataset and show
 *                     it in place of the preview (held until then)
 *   # comment, blank lines are ignored
 */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tui/provide_curses.h"
#include "tui/app.h"

static const struct {
    const char *name;
    int key;
    bool code;
} named[] = {
    {"Enter", '\n', false},
    {"CR", '\r', false},
    {"Esc", 27, false},
    {"Tab", '\t', false},
    {"S-Tab", KEY_BTAB, true},
    {"BTab", KEY_BTAB, true},
    {"Up", KEY_UP, true},
    {"Down", KEY_DOWN, true},
    {"Left", KEY_LEFT, true},
    {"Right", KEY_RIGHT, true},
    {"PgUp", KEY_PPAGE, true},
    {"PgDn", KEY_NPAGE, true},
    {"Home", KEY_HOME, true},
    {"End", KEY_END, true},
    {"Space", ' ', false},
    {"BS", KEY_BACKSPACE, true},
    {"Backspace", KEY_BACKSPACE, true},
    {"lt", '<', false},
    {"gt", '>', false},
    {"C-l", 12, false},
    {"C-f", 6, false},
    {"C-b", 2, false},
    {"C-u", 21, false},
    {"C-w", 23, false},
};

static bool key_by_name(const char *name, size_t len, int *key, bool *code)
{
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (strlen(named[i].name) == len && strncmp(named[i].name, name, len) == 0) {
            *key = named[i].key;
            *code = named[i].code;
            return true;
        }
    if (len >= 2 && len <= 3 && name[0] == 'F') {
        int n = atoi(name + 1);
        if (n >= 1 && n <= 12) {
            *key = KEY_F(n);
            *code = true;
            return true;
        }
    }
    return false;
}

static void push(struct app *a, int key, bool code)
{
    if (a->npend < sizeof a->pend_key / sizeof a->pend_key[0]) {
        a->pend_key[a->npend] = key;
        a->pend_code[a->npend] = code;
        a->npend++;
    }
}

/* Splits a line into keys: <Name> tokens and UTF-8 characters. */
static void parse_keys(struct app *a, const char *s)
{
    mbstate_t st;
    memset(&st, 0, sizeof st);
    while (*s) {
        int key;
        bool code;
        const char *close = *s == '<' ? strchr(s, '>') : NULL;
        if (close && key_by_name(s + 1, (size_t)(close - s - 1), &key, &code)) {
            push(a, key, code);
            s = close + 1;
            continue;
        }
        wchar_t wc;
        size_t n = mbrtowc(&wc, s, strlen(s), &st);
        if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
            memset(&st, 0, sizeof st);
            s++;
            continue;
        }
        push(a, (int)wc, false);
        s += n;
    }
}

bool headless_dump(struct app *a, FILE *out)
{
    wchar_t *w = calloc((size_t)a->cols * 2 + 1, sizeof *w);
    char *mb = malloc((size_t)a->cols * 8 + 1);
    if (!w || !mb) {
        free(w);
        free(mb);
        return false;
    }
    for (int y = 0; y < a->rows; y++) {
        int n = mvwinnwstr(stdscr, y, 0, w, a->cols * 2);
        if (n == ERR)
            n = 0;
        w[n] = L'\0';
        size_t len = 0;
        mbstate_t st;
        memset(&st, 0, sizeof st);
        for (int i = 0; i < n; i++) {
            size_t k = wcrtomb(mb + len, w[i], &st);
            if (k == (size_t)-1)
                mb[len++] = '?';
            else
                len += k;
        }
        while (len > 0 && mb[len - 1] == ' ')
            len--;
        fwrite(mb, 1, len, out);
        fputc('\n', out);
    }
    fflush(out);
    free(w);
    free(mb);
    return true;
}

static char *trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static enum hl_input command(struct app *a, const char *line, enum reaction *r)
{
    int x, y, c, rows;
    char dir[8];
    *r = R_NONE;
    if (strcmp(line, ":dump") == 0) {
        app_draw(a);
        if (!headless_dump(a, stdout))
            return HL_NOMEM;
    } else if (sscanf(line, ":resize %d %d", &c, &rows) == 2 && c > 0 && rows > 0 && c < 1000 &&
               rows < 1000) {
        if (resizeterm(rows, c) == ERR)
            return HL_NOMEM; /* its only failure: the new screen's memory */
        a->rows = rows;
        a->cols = c;
        *r = R_RELAYOUT | R_REDRAW;
    } else if (sscanf(line, ":click %d %d", &x, &y) == 2) {
        *r = app_mouse(a, x, y, 1);
    } else if (sscanf(line, ":wheel %7s %d %d", dir, &x, &y) == 3) {
        *r = app_mouse(a, x, y, strcmp(dir, "up") == 0 ? 4 : 5);
    } else if (strcmp(line, ":status") == 0) {
        struct pane *p = app_focused(a);
        char buf[256];
        struct table_value v = {0};
        const void *row = pane_current(p);
        if (row)
            table_get(&p->def, 0, row, &a->ctx.base, buf, sizeof buf, &v);
        printf("status: screen=%s pane=%s%s row=%zu/%zu current=%s model=%s consortium=%s marked=%zu "
               "filters=%zu\n",
               a->screen->id, p->ops->id, a->zoomed ? " (zoomed)" : "", row ? p->sel + 1 : 0, p->t->nrows,
               row && v.text ? v.text : "-", a->sel_model ? a->sel_model->id : "-",
               a->sel_cons ? a->sel_cons->id : "-", a->nmarked, a->nfilters);
        fflush(stdout);
    } else if (strcmp(line, ":layout") == 0) {
        for (int i = 0; i < NPANES && !a->too_small && a->screen == &screen_main; i++) {
            const struct pane *p = &a->panes[i];
            if (a->zoomed && i != a->focus)
                continue;
            printf("layout %s %d %d %d %d", p->ops->id, p->y, p->x, p->h, p->w);
            for (int k = 0; k < p->ncolshown; k++)
                printf(" %s:%d:%d", p->cols[p->colidx[k]].key, p->colx[k], p->colw[k]);
            printf("\n");
        }
        fflush(stdout);
    } else if (strcmp(line, ":attrs") == 0) {
        /* The text drawn in the match style (a search's highlight), per row. */
        app_draw(a);
        attr_t want = (attr_t)draw_attr(a, ST_MATCH);
        for (int yy = 0; yy < a->rows; yy++) {
            char text[1024];
            size_t len = 0;
            for (int xx = 0; xx < a->cols; xx++) {
                cchar_t cc;
                wchar_t wch[CCHARW_MAX + 1];
                attr_t at;
                short pair;
                if (mvwin_wch(stdscr, yy, xx, &cc) == ERR || getcchar(&cc, wch, &at, &pair, NULL) == ERR)
                    continue;
                at = (at & ~A_COLOR) | (attr_t)COLOR_PAIR(pair);
                int cw = wcwidth(wch[0]);
                if (cw > 1)
                    xx += cw - 1; /* a wide character: its second cell */
                if ((at & (A_ATTRIBUTES & ~A_CHARTEXT)) != want || cw <= 0)
                    continue;
                char mb[MB_LEN_MAX];
                mbstate_t st;
                memset(&st, 0, sizeof st);
                size_t k = wcrtomb(mb, wch[0], &st);
                if (k != (size_t)-1 && len + k < sizeof text) {
                    memcpy(text + len, mb, k);
                    len += k;
                }
            }
            while (len > 0 && text[len - 1] == ' ')
                len--;
            text[len] = '\0';
            if (len)
                printf("match %d: %s\n", yy, text);
        }
        fflush(stdout);
    } else if (strcmp(line, ":load") == 0) {
        if (!app_load_swap(a)) {
            if (!a->load_failed)
                return HL_NOMEM;
            *r = R_QUIT; /* tui_run() returns TUI_LOAD_FAILED */
        }
    } else if (strncmp(line, ":echo", 5) == 0) {
        printf("%s\n", line[5] ? line + 6 : "");
        fflush(stdout);
    } else if (strncmp(line, ":key ", 5) == 0) {
        int key;
        bool code;
        if (key_by_name(line + 5, strlen(line + 5), &key, &code))
            push(a, key, code);
        else
            parse_keys(a, line + 5);
    } else {
        char *shown = text_display(line, strlen(line), 0);
        fprintf(stderr, "dokpamo: headless script: unknown command %s\n", shown ? shown : "?");
        free(shown);
    }
    return HL_DONE;
}

enum hl_input headless_next(struct app *a, int *key, bool *is_code, enum reaction *r)
{
    char line[1024];
    *r = R_NONE;
    for (;;) {
        if (a->ipend < a->npend) {
            *key = a->pend_key[a->ipend];
            *is_code = a->pend_code[a->ipend];
            a->ipend++;
            return HL_KEY;
        }
        a->ipend = a->npend = 0;
        if (!fgets(line, sizeof line, a->script))
            return HL_EOF;
        trim(line);
        if (line[0] == '\0' || line[0] == '#')
            continue;
        if (line[0] == ':' && line[1] != '\0') {
            if (command(a, line, r) == HL_NOMEM)
                return HL_NOMEM;
            if (a->npend)
                continue;
            return HL_DONE;
        }
        parse_keys(a, line);
    }
}
