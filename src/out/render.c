/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render.c — table, TSV, CSV, JSON and Markdown writers for a grid. */
#include "config.h"
#include "out.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static const char *const format_names[OUT_FORMAT_COUNT] = {"table", "tsv", "csv", "json", "md"};

int out_format_parse(const char *name)
{
    for (int i = 0; i < OUT_FORMAT_COUNT; i++)
        if (strcmp(format_names[i], name) == 0)
            return i;
    if (strcmp(name, "markdown") == 0)
        return OUT_MD;
    return -1;
}

const char *out_format_name(enum out_format f)
{
    return f < OUT_FORMAT_COUNT ? format_names[f] : "?";
}

static const char *cell_machine(const struct out_cell *c)
{
    return c->raw ? c->raw : c->text ? c->text : "";
}

static void print_number(FILE *f, double v)
{
    char buf[64];
    out_number(buf, sizeof buf, v);
    fputs(buf, f);
}

/* Machine strings: raw bytes may hold controls; TSV/CSV get the display
 * form (controls and tabs already shown as visible escapes or spaces). */
static const char *cell_safe(const struct out_cell *c)
{
    return c->text ? c->text : "";
}

/* A CSV string field. One that a spreadsheet would run as a formula
 * (starting with = + - @, TAB or CR: "=HYPERLINK(...)") gets a leading
 * apostrophe, quoted, so it opens as text. Numbers are written by
 * print_number(), never here; signed differences ("+3.4pp") stay as they are. */
/* "+3.4pp", "-5", "+27": a signed number with at most a unit of letters
 * or '%' (Compare's differences), which no spreadsheet runs as a formula
 * that calls or references anything. */
static bool signed_number(const char *s)
{
    if ((s[0] != '+' && s[0] != '-') || !(s[1] >= '0' && s[1] <= '9'))
        return false;
    for (s++; *s; s++)
        if (!((*s >= '0' && *s <= '9') || *s == '.' || *s == '%' || (*s >= 'a' && *s <= 'z')))
            return false;
    return true;
}

void out_csv_field(FILE *f, const char *s)
{
    if (s[0] && strchr("=+-@\t\r", s[0]) && !signed_number(s)) {
        fputs("\"'", f);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', f);
            fputc(*s, f);
        }
        fputc('"', f);
        return;
    }
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void json_string(FILE *f, const char *s)
{
    char *e = out_json_escape(s);
    if (!e)
        out_nomem(f);
    fprintf(f, "\"%s\"", e ? e : "");
    free(e);
}

/* The machine formats write row by row, so a view can be streamed
 * without building a grid first (out_stream_*). */
void out_stream_begin(FILE *f, enum out_format fmt, char *const *keys, size_t ncols)
{
    if (fmt == OUT_JSON) {
        fputc('[', f);
        return;
    }
    for (size_t c = 0; c < ncols; c++) {
        if (c)
            fputc(fmt == OUT_CSV ? ',' : '\t', f);
        if (fmt == OUT_CSV)
            out_csv_field(f, keys[c]);
        else
            fputs(keys[c], f);
    }
    fputs(fmt == OUT_CSV ? "\r\n" : "\n", f);
}

void out_stream_row(FILE *f, enum out_format fmt, char *const *keys, const struct out_cell *cells,
                    size_t ncols, size_t row)
{
    if (fmt == OUT_JSON)
        fputs(row ? ",\n  {" : "\n  {", f);
    for (size_t c = 0; c < ncols; c++) {
        const struct out_cell *cell = &cells[c];
        if (fmt == OUT_JSON) {
            if (c)
                fputs(", ", f);
            json_string(f, keys[c]);
            fputs(": ", f);
        } else if (c) {
            fputc(fmt == OUT_CSV ? ',' : '\t', f);
        }
        if (!cell->known) {
            if (fmt == OUT_JSON)
                fputs("null", f);
        } else if (cell->numeric) {
            print_number(f, cell->num);
        } else if (fmt == OUT_JSON) {
            json_string(f, cell_machine(cell));
        } else if (fmt == OUT_CSV) {
            out_csv_field(f, cell_safe(cell));
        } else {
            fputs(cell_safe(cell), f);
        }
    }
    fputs(fmt == OUT_JSON ? "}" : fmt == OUT_CSV ? "\r\n" : "\n", f);
}

int out_stream_end(FILE *f, enum out_format fmt, size_t nrows)
{
    errno = 0;
    if (fmt == OUT_JSON)
        fputs(nrows ? "\n]\n" : "]\n", f);
    return out_status(f);
}

static void write_machine(FILE *f, const struct out_grid *g, enum out_format fmt)
{
    out_stream_begin(f, fmt, g->keys, g->ncols);
    for (size_t r = 0; r < g->nrows; r++)
        out_stream_row(f, fmt, g->keys, &g->cells[r * g->ncols], g->ncols, r);
}

/* Column widths: the widest cell or title, by display width, or what
 * out_grid_fit() chose (-1: hidden). */
static int *column_widths(const struct out_grid *g)
{
    int *w = calloc(g->ncols ? g->ncols : 1, sizeof *w);
    if (!w)
        return NULL;
    if (g->fit) {
        memcpy(w, g->fit, g->ncols * sizeof *w);
        return w;
    }
    for (size_t c = 0; c < g->ncols; c++) {
        w[c] = text_width(g->titles[c]);
        for (size_t r = 0; r < g->nrows; r++)
            if (g->cells[r * g->ncols + c].width > w[c])
                w[c] = g->cells[r * g->ncols + c].width;
    }
    return w;
}

/* s in width columns; the last column of a plain table is never padded
 * (no trailing spaces): pass TEXT_LEFT with last. */
static void put_cell(FILE *f, const char *s, int width, enum text_align align, unsigned flags, bool last)
{
    size_t need = strlen(s) + 4 * (size_t)width + 8;
    char stack[1024];
    char *buf = need <= sizeof stack ? stack : malloc(need);
    if (!buf) {
        out_nomem(f);
        return;
    }
    if (last && align == TEXT_LEFT)
        text_truncate(buf, need, s, width, flags);
    else
        text_fit(buf, need, s, width, align, flags);
    fputs(buf, f);
    if (buf != stack)
        free(buf);
}

/* The last column's text on as many lines as it needs, each continuation
 * indented to the column (a hanging indent). */
static void put_fitted(FILE *f, const char *s, int width, enum text_align align, unsigned flags)
{
    put_cell(f, s, width, align, flags, false);
}

static void wrap_cell(FILE *f, const char *text, const int *w, size_t col)
{
    int indent = 0;
    for (size_t c = 0; c < col; c++)
        if (w[c] >= 0)
            indent += w[c] + 2;
    bool first = true;
    while (*text) {
        size_t next, n = text_wrap_len(text, w[col], &next);
        if (!first)
            fprintf(f, "\n%*s", indent, "");
        fwrite(text, 1, n, f);
        first = false;
        text += next;
    }
}

static void write_table(FILE *f, const struct out_grid *g, bool markdown)
{
    int *w = column_widths(g);
    if (!w) {
        out_nomem(f);
        return;
    }
    if (markdown)
        for (size_t c = 0; c < g->ncols; c++)
            if (w[c] >= 0 && w[c] < 3)
                w[c] = 3; /* room for the "---" rule */
    size_t lastc = 0;     /* the last column shown */
    for (size_t c = 0; c < g->ncols; c++)
        if (w[c] >= 0)
            lastc = c;
    const char *sep = markdown ? " | " : "  ";
    bool first = true;
    for (size_t c = 0; c < g->ncols; c++) {
        if (w[c] < 0)
            continue;
        fputs(!first ? sep : markdown ? "| " : "", f);
        first = false;
        /* The last column of a plain table is not padded: no trailing spaces. */
        bool last = !markdown && c == lastc;
        put_cell(f, g->titles[c], w[c], g->align[c], g->text_flags, last);
    }
    fputs(markdown ? " |\n" : "\n", f);
    if (markdown) {
        for (size_t c = 0; c < g->ncols; c++) {
            if (w[c] < 0)
                continue;
            fputc('|', f);
            fputc(g->align[c] == TEXT_RIGHT ? '-' : ':', f);
            for (int i = 0; i < w[c]; i++)
                fputc('-', f);
            fputc(g->align[c] == TEXT_RIGHT ? ':' : '-', f);
        }
        fputs("|\n", f);
    }
    for (size_t r = 0; r < g->nrows; r++) {
        first = true;
        for (size_t c = 0; c < g->ncols; c++) {
            if (w[c] < 0)
                continue;
            const struct out_cell *cell = &g->cells[r * g->ncols + c];
            const char *text = cell->text ? cell->text : "";
            fputs(!first ? sep : markdown ? "| " : "", f);
            first = false;
            bool last = !markdown && c == lastc;
            if (markdown && strchr(text, '|')) {
                /* A literal | would end the cell: show it as an escape of
                 * the same width is impossible, so use a look-alike. */
                char *tmp = strdup(text);
                if (!tmp)
                    out_nomem(f);
                for (char *p = tmp; p && *p; p++)
                    if (*p == '|')
                        *p = '/';
                put_fitted(f, tmp ? tmp : "", w[c], g->align[c], g->text_flags);
                free(tmp);
            } else if (last && g->wrap_last && g->fit && cell->width > w[c]) {
                wrap_cell(f, text, w, c);
            } else {
                put_cell(f, text, w[c], g->align[c], g->text_flags, last);
            }
        }
        fputs(markdown ? " |\n" : "\n", f);
    }
    free(w);
}

int out_render(FILE *f, const struct out_grid *g, enum out_format fmt)
{
    errno = 0;
    switch (fmt) {
    case OUT_TABLE:
        write_table(f, g, false);
        break;
    case OUT_MD:
        write_table(f, g, true);
        break;
    case OUT_TSV:
    case OUT_CSV:
    case OUT_JSON:
        write_machine(f, g, fmt);
        return out_stream_end(f, fmt, g->nrows);
    default:
        return EINVAL;
    }
    return out_status(f);
}
