/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sortmenu.c — F6, htop's sort menu: the focused pane's columns that are
 * on the screen, one a line, the sort key marked with its direction.
 * Up/Down (j/k, g/G) choose; Enter or Space sorts by the chosen column
 * (the sort key again: reversed); Esc, q or F6 closes. Columns out of
 * sight are not offered: a sort by one would look like no sort at all. */
#include "config.h"

#include <string.h>

#include "tui/provide_curses.h"
#include "tui/app.h"

/* The line of the sort key among cols (0 when not there). */
static int sort_line(const struct pane *p, const size_t *cols, int n)
{
    for (int i = 0; p->t->nsort && i < n; i++)
        if (strcmp(p->cols[cols[i]].key, p->cols[p->t->sort[0].col].key) == 0)
            return i;
    return 0;
}

enum reaction sortmenu_open(struct app *a)
{
    struct pane *p = app_focused(a);
    size_t cols[PANE_MAX_COLS];
    int n = pane_sort_cols(p, cols);
    if (n == 0)
        return R_NONE;
    a->sort_menu = true;
    a->sort_menu_sel = sort_line(p, cols, n);
    return R_REDRAW;
}

static int clamp(struct app *a, const struct pane *p, size_t *cols)
{
    int n = pane_sort_cols(p, cols);
    if (a->sort_menu_sel >= n)
        a->sort_menu_sel = n - 1;
    if (a->sort_menu_sel < 0)
        a->sort_menu_sel = 0;
    return n;
}

enum reaction sortmenu_key(struct app *a, int key, bool is_code)
{
    struct pane *p = app_focused(a);
    size_t cols[PANE_MAX_COLS];
    enum action act = (is_code || key < 128) ? keys_action(key) : ACT_NONE;
    switch (act) {
    case ACT_DOWN:
        a->sort_menu_sel++;
        break;
    case ACT_UP:
        a->sort_menu_sel--;
        break;
    case ACT_FIRST:
        a->sort_menu_sel = 0;
        break;
    case ACT_LAST:
        a->sort_menu_sel = PANE_MAX_COLS;
        break;
    case ACT_DETAIL:
    case ACT_MARK: {
        int n = clamp(a, p, cols);
        a->sort_menu = false;
        if (n == 0)
            return R_REDRAW;
        return pane_sort_by(p, a, cols[a->sort_menu_sel], 0) | R_REDRAW;
    }
    case ACT_BACK:
    case ACT_QUIT:
    case ACT_SORT_MENU:
        a->sort_menu = false;
        return R_REDRAW;
    case ACT_QUIT_ALL:
        return R_QUIT;
    default:
        return R_NONE;
    }
    clamp(a, p, cols);
    return R_REDRAW;
}

/* A box over the focused pane's header, as wide as its longest head. */
void sortmenu_draw(struct app *a)
{
    struct pane *p = app_focused(a);
    enum dp_lang lang = a->opt.lang;
    const char *title = vocab(V_SORT_MENU_TITLE, lang);
    size_t cols[PANE_MAX_COLS];
    int n = clamp(a, p, cols), w = text_width(title) + 4;
    for (int i = 0; i < n; i++) {
        int hw = text_width(table_col_head(&p->cols[cols[i]], lang)) + 6;
        if (hw > w)
            w = hw;
    }
    if (w > a->cols - 2)
        w = a->cols - 2;
    int h = n + 2, y = p->y + 1, x = p->x + 1;
    if (h > a->rows - 2)
        h = a->rows - 2;
    if (y + h > a->rows - 1)
        y = a->rows - 1 - h;
    if (x + w > a->cols - 1)
        x = a->cols - 1 - w;
    int body = h - 2, top = a->sort_menu_sel >= body ? a->sort_menu_sel - body + 1 : 0;
    draw_box_frame(a, y, x, h, w);
    draw_set(a, ST_PROMPT);
    draw_clip(a, y, x + 2, w - 4, title, -1);
    for (int r = 0; r < body && top + r < n; r++) {
        int i = top + r;
        size_t c = cols[i];
        bool sorted = p->t->nsort && strcmp(p->cols[p->t->sort[0].col].key, p->cols[c].key) == 0;
        char line[160];
        snprintf(line, sizeof line, "%s %s", sorted ? (p->t->sort[0].desc ? a->g->down : a->g->up) : " ",
                 table_col_head(&p->cols[c], lang));
        draw_set(a, i == a->sort_menu_sel ? ST_CURSOR : ST_NORMAL);
        mvaddch(y + 1 + r, x + 1, ' ');
        draw_text(a, y + 1 + r, x + 2, w - 3, line, -1, TEXT_LEFT);
    }
    char hint[160];
    snprintf(hint, sizeof hint, " %s ", vocab(V_SORT_MENU_HINT, lang));
    draw_set(a, ST_PROMPT);
    draw_clip(a, a->rows - 1, 1, a->cols - 2, hint, -1);
    draw_set(a, ST_NORMAL);
}
