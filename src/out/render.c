/* render.c — table, TSV, CSV, JSON and Markdown writers for a grid. */
#include "config.h"
#include "out.h"

#include <errno.h>
#include <math.h>
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
    if (v == floor(v) && fabs(v) < 1e15)
        fprintf(f, "%.0f", v);
    else
        fprintf(f, "%.15g", v);
}

/* Machine strings: raw bytes may hold controls; TSV/CSV get the display
 * form (controls and tabs already shown as visible escapes or spaces). */
static const char *cell_safe(const struct out_cell *c)
{
    return c->text ? c->text : "";
}

static void write_tsv(FILE *f, const struct out_grid *g)
{
    for (size_t c = 0; c < g->ncols; c++)
        fprintf(f, "%s%s", c ? "\t" : "", g->keys[c]);
    fputc('\n', f);
    for (size_t r = 0; r < g->nrows; r++) {
        for (size_t c = 0; c < g->ncols; c++) {
            const struct out_cell *cell = &g->cells[r * g->ncols + c];
            if (c)
                fputc('\t', f);
            if (!cell->known)
                continue;
            if (cell->numeric)
                print_number(f, cell->num);
            else
                fputs(cell_safe(cell), f);
        }
        fputc('\n', f);
    }
}

void out_csv_field(FILE *f, const char *s)
{
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

static void write_csv(FILE *f, const struct out_grid *g)
{
    for (size_t c = 0; c < g->ncols; c++) {
        if (c)
            fputc(',', f);
        out_csv_field(f, g->keys[c]);
    }
    fputs("\r\n", f);
    for (size_t r = 0; r < g->nrows; r++) {
        for (size_t c = 0; c < g->ncols; c++) {
            const struct out_cell *cell = &g->cells[r * g->ncols + c];
            if (c)
                fputc(',', f);
            if (!cell->known)
                continue;
            if (cell->numeric)
                print_number(f, cell->num);
            else
                out_csv_field(f, cell_safe(cell));
        }
        fputs("\r\n", f);
    }
}

static void write_json(FILE *f, const struct out_grid *g)
{
    fputs("[", f);
    for (size_t r = 0; r < g->nrows; r++) {
        fputs(r ? ",\n  {" : "\n  {", f);
        for (size_t c = 0; c < g->ncols; c++) {
            const struct out_cell *cell = &g->cells[r * g->ncols + c];
            char *key = out_json_escape(g->keys[c]);
            fprintf(f, "%s\"%s\": ", c ? ", " : "", key ? key : "");
            free(key);
            if (!cell->known) {
                fputs("null", f);
            } else if (cell->numeric) {
                print_number(f, cell->num);
            } else {
                char *v = out_json_escape(cell_machine(cell));
                fprintf(f, "\"%s\"", v ? v : "");
                free(v);
            }
        }
        fputs("}", f);
    }
    fputs(g->nrows ? "\n]\n" : "]\n", f);
}

/* Column widths: the widest cell or title, by display width. */
static int *column_widths(const struct out_grid *g)
{
    int *w = calloc(g->ncols ? g->ncols : 1, sizeof *w);
    if (!w)
        return NULL;
    for (size_t c = 0; c < g->ncols; c++) {
        w[c] = text_width(g->titles[c]);
        for (size_t r = 0; r < g->nrows; r++)
            if (g->cells[r * g->ncols + c].width > w[c])
                w[c] = g->cells[r * g->ncols + c].width;
    }
    return w;
}

static void put_fitted(FILE *f, const char *s, int width, enum text_align align, unsigned flags)
{
    size_t need = strlen(s) + 4 * (size_t)width + 8;
    char stack[1024];
    char *buf = need <= sizeof stack ? stack : malloc(need);
    if (!buf)
        return;
    text_fit(buf, need, s, width, align, flags);
    fputs(buf, f);
    if (buf != stack)
        free(buf);
}

static void write_table(FILE *f, const struct out_grid *g, bool markdown)
{
    int *w = column_widths(g);
    if (!w)
        return;
    if (markdown)
        for (size_t c = 0; c < g->ncols; c++)
            if (w[c] < 3)
                w[c] = 3; /* room for the "---" rule */
    const char *sep = markdown ? " | " : "  ";
    for (size_t c = 0; c < g->ncols; c++) {
        fputs(c ? sep : markdown ? "| " : "", f);
        /* The last column of a plain table is not padded: no trailing spaces. */
        bool last = !markdown && c + 1 == g->ncols;
        put_fitted(f, g->titles[c], last && g->align[c] == TEXT_LEFT ? text_width(g->titles[c]) : w[c],
                   g->align[c], g->text_flags);
    }
    fputs(markdown ? " |\n" : "\n", f);
    if (markdown) {
        for (size_t c = 0; c < g->ncols; c++) {
            fputs(c ? "|" : "|", f);
            fputc(g->align[c] == TEXT_RIGHT ? '-' : ':', f);
            for (int i = 0; i < w[c]; i++)
                fputc('-', f);
            fputc(g->align[c] == TEXT_RIGHT ? ':' : '-', f);
        }
        fputs("|\n", f);
    }
    for (size_t r = 0; r < g->nrows; r++) {
        for (size_t c = 0; c < g->ncols; c++) {
            const struct out_cell *cell = &g->cells[r * g->ncols + c];
            const char *text = cell->text ? cell->text : "";
            fputs(c ? sep : markdown ? "| " : "", f);
            bool last = !markdown && c + 1 == g->ncols;
            if (markdown && strchr(text, '|')) {
                /* A literal | would end the cell: show it as an escape of
                 * the same width is impossible, so use a look-alike. */
                char *tmp = strdup(text);
                for (char *p = tmp; p && *p; p++)
                    if (*p == '|')
                        *p = '/';
                put_fitted(f, tmp ? tmp : "", w[c], g->align[c], g->text_flags);
                free(tmp);
            } else {
                put_fitted(f, text, last && g->align[c] == TEXT_LEFT ? cell->width : w[c], g->align[c],
                           g->text_flags);
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
        write_tsv(f, g);
        break;
    case OUT_CSV:
        write_csv(f, g);
        break;
    case OUT_JSON:
        write_json(f, g);
        break;
    default:
        return EINVAL;
    }
    if (fflush(f) != 0 || ferror(f))
        return errno ? errno : EIO;
    return 0;
}
