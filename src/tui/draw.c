/* SPDX-License-Identifier: GPL-2.0-or-later */
/* draw.c — glyphs, colours and the draw helpers every screen uses.
 *
 * Helpers take a column budget and never write past it. Strings arrive with
 * their display width (dp_str.width, measured once at load); only strings
 * that do not fit are handed to the text room for truncation.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tui/provide_curses.h"
#include "tui/app.h"

static const char *const eighths_utf8[9] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"};
static const char *const eighths_ascii[9] = {"", "", "", "", "#", "#", "#", "#", "#"};

static const struct glyphs glyphs_utf8 = {
    .h = "─",
    .v = "│",
    .tl = "┌",
    .tr = "┐",
    .bl = "└",
    .br = "┘",
    .lt = "├",
    .rt = "┤",
    .tt = "┬",
    .bt = "┴",
    .cross = "┼",
    .up = "▲",
    .down = "▼",
    .above = "↑",
    .below = "↓",
    .mark = "●",
    .dot = "·",
    .yes = "●",
    .dash = "—",
    .sep = " · ",
    .eighths = eighths_utf8,
    .ascii = false,
};

/* Also used with --ambiguous=wide: box drawing, blocks, arrows and the
 * middle dot are East Asian Ambiguous and would be drawn two columns wide. */
static const struct glyphs glyphs_ascii = {
    .h = "-",
    .v = "|",
    .tl = "+",
    .tr = "+",
    .bl = "+",
    .br = "+",
    .lt = "+",
    .rt = "+",
    .tt = "+",
    .bt = "+",
    .cross = "+",
    .up = "^",
    .down = "v",
    .above = "^",
    .below = "v",
    .mark = "*",
    .dot = ".",
    .yes = "x",
    .dash = "-",
    .sep = " - ",
    .eighths = eighths_ascii,
    .ascii = true,
};

const struct glyphs *draw_glyphs(unsigned text_flags)
{
    return (text_flags & (TEXT_ASCII | TEXT_AMBIG_WIDE)) ? &glyphs_ascii : &glyphs_utf8;
}

/* One table for every style: colour pair and attributes with colour, and
 * the attributes used on monochrome terminals or with NO_COLOR. */
static const struct {
    short fg, bg;
    int color_attr;
    int mono_attr;
} style_table[ST_COUNT] = {
    [ST_NORMAL] = {-1, -1, 0, 0},
    [ST_BORDER] = {COLOR_BLUE, -1, 0, 0},
    [ST_TITLE] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [ST_PANE_TITLE] = {COLOR_CYAN, -1, 0, 0},
    [ST_PANE_FOCUS] = {COLOR_BLACK, COLOR_CYAN, A_BOLD, A_REVERSE | A_BOLD},
    [ST_HEADER] = {COLOR_GREEN, -1, 0, A_UNDERLINE},
    [ST_HEADER_SORT] = {COLOR_GREEN, -1, A_BOLD, A_UNDERLINE | A_BOLD},
    [ST_CURSOR] = {COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE},
    [ST_CURSOR_DIM] = {-1, -1, A_UNDERLINE, A_UNDERLINE},
    [ST_LINKED] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [ST_MARKED] = {COLOR_MAGENTA, -1, A_BOLD, A_BOLD},
    [ST_BAR] = {COLOR_CYAN, -1, 0, 0},
    [ST_UNKNOWN] = {-1, -1, A_DIM, A_DIM},
    [ST_GOOD] = {COLOR_GREEN, -1, 0, 0},
    [ST_BAD] = {COLOR_RED, -1, 0, 0},
    [ST_VENDOR] = {COLOR_YELLOW, -1, 0, 0},
    [ST_HINT] = {-1, -1, 0, 0},
    [ST_PROMPT] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [ST_MATCH] = {COLOR_BLACK, COLOR_YELLOW, 0, A_REVERSE | A_BOLD},
};

void draw_styles_init(struct app *a)
{
    if (!a->color)
        return;
    if (!has_colors() || start_color() == ERR) {
        a->color = false;
        return;
    }
    use_default_colors();
    for (int i = 1; i < ST_COUNT; i++)
        init_pair((short)i, style_table[i].fg, style_table[i].bg);
}

int draw_attr(const struct app *a, enum style st)
{
    if (a->color)
        return st == ST_NORMAL ? (int)A_NORMAL : (int)(COLOR_PAIR(st) | (chtype)style_table[st].color_attr);
    return style_table[st].mono_attr;
}

void draw_set(struct app *a, enum style st)
{
    attrset(draw_attr(a, st));
}

static bool has_non_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return true;
    return false;
}

int draw_utf8_width(const struct app *a, const char *s)
{
    (void)a;
    return text_width(s);
}

/* In ASCII mode a string with non-ASCII text is converted for output (only
 * visible cells reach here). Returns a malloc'd string or NULL. */
static char *ascii_form(const struct app *a, const char *s, int *width)
{
    if (!(a->tflags & TEXT_ASCII_TEXT) || !has_non_ascii(s))
        return NULL;
    char *d = text_display(s, strlen(s), TEXT_ASCII | TEXT_ASCII_TEXT);
    if (d)
        *width = text_width(d);
    return d;
}

static void pad(int n)
{
    for (; n > 0; n--)
        addch(' ');
}

void draw_text(struct app *a, int y, int x, int cols, const char *s, int width, enum text_align align)
{
    draw_text_cut(a, y, x, cols, s, width, align, false);
}

void draw_value(struct app *a, int y, int x, int cols, const struct table_col *col,
                const struct table_value *v, const char *s, int width)
{
    if (width < 0)
        width = text_width(s ? s : "");
    if (v->known && v->alt && width > cols && v->alt_width < width) {
        s = v->alt; /* the official Latin name, narrower than the Korean */
        width = v->alt_width;
    }
    draw_text_cut(a, y, x, cols, s, width, col->align, (col->flags & TABLE_F_CUT_MIDDLE) != 0);
}

void draw_text_cut(struct app *a, int y, int x, int cols, const char *s, int width, enum text_align align,
                   bool middle)
{
    if (cols <= 0)
        return;
    if (!s)
        s = "";
    if (width < 0)
        width = text_width(s);
    char *conv = ascii_form(a, s, &width);
    if (conv)
        s = conv;
    move(y, x);
    if (width <= cols) {
        int left = align == TEXT_RIGHT ? cols - width : align == TEXT_CENTER ? (cols - width) / 2 : 0;
        pad(left);
        addstr(s);
        pad(cols - width - left);
    } else {
        size_t sz = strlen(s) + 4 * (size_t)cols + 8;
        char *buf = malloc(sz);
        if (buf) {
            if (middle)
                text_fit_middle(buf, sz, s, cols, align, a->tflags);
            else
                text_fit(buf, sz, s, cols, align, a->tflags);
            addstr(buf);
            free(buf);
        }
    }
    free(conv);
}

int draw_clip(struct app *a, int y, int x, int cols, const char *s, int width)
{
    if (cols <= 0 || !s)
        return 0;
    if (width < 0)
        width = text_width(s);
    char *conv = ascii_form(a, s, &width);
    if (conv)
        s = conv;
    move(y, x);
    if (width <= cols) {
        addstr(s);
    } else {
        size_t sz = strlen(s) + 4 * (size_t)cols + 8;
        char *buf = malloc(sz);
        if (buf) {
            text_truncate(buf, sz, s, cols, a->tflags);
            addstr(buf);
            width = text_width(buf);
            free(buf);
        }
    }
    free(conv);
    return width < cols ? width : cols;
}

void draw_hline(struct app *a, int y, int x, int n, const char *glyph)
{
    (void)a;
    move(y, x);
    for (int i = 0; i < n; i++)
        addstr(glyph);
}

void draw_bar(struct app *a, int y, int x, int cols, double frac)
{
    if (cols <= 0)
        return;
    move(y, x);
    if (isnan(frac)) {
        pad(cols);
        return;
    }
    if (frac < 0)
        frac = 0;
    if (frac > 1)
        frac = 1;
    long eighths = lround(frac * cols * 8);
    if (frac > 0 && eighths == 0)
        eighths = 1; /* a known, tiny value is still visible */
    int full = (int)(eighths / 8), part = (int)(eighths % 8);
    const char *const *e = a->g->eighths;
    int used = 0;
    attron(draw_attr(a, ST_BAR));
    for (; used < full; used++)
        addstr(e[8]);
    if (used < cols && e[part][0]) {
        addstr(e[part]);
        used++;
    }
    attroff(draw_attr(a, ST_BAR));
    pad(cols - used);
}

void draw_box_frame(struct app *a, int y, int x, int h, int w)
{
    const struct glyphs *g = a->g;
    draw_set(a, ST_BORDER);
    mvaddstr(y, x, g->tl);
    draw_hline(a, y, x + 1, w - 2, g->h);
    addstr(g->tr);
    for (int r = y + 1; r < y + h - 1; r++) {
        mvaddstr(r, x, g->v);
        mvaddstr(r, x + w - 1, g->v);
    }
    mvaddstr(y + h - 1, x, g->bl);
    draw_hline(a, y + h - 1, x + 1, w - 2, g->h);
    addstr(g->br);
    draw_set(a, ST_NORMAL);
}
