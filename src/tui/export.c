/* SPDX-License-Identifier: GPL-2.0-or-later */
/* export.c — export and copy from where the user is: `e` writes the
 * focused pane (or, in Compare, the comparison) to a file through the one
 * writer of the compare room (compare_export_file(): temporary file,
 * fsync, rename, the old file's mode kept); the pane's text comes from the
 * out room (out_view(), as `dokpamo list` prints it). `y` copies the
 * selected row (or the comparison) through OSC 52 (compare_osc52()). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compare.h"
#include "out.h"
#include "tui/app.h"
#include "vocab.h"

/* The pane's columns a file gets: every column it can show, but not the
 * drawing of another (the log-scale bar of the parameters). */
static size_t export_cols(const struct pane *p, size_t *cols)
{
    size_t n = 0;
    for (size_t c = 0; c < p->def.ncols; c++)
        if (p->layout[c].prio >= 0 && p->layout[c].kind != CELL_BAR)
            cols[n++] = c;
    return n;
}

struct pane_job {
    const struct table *t;
    size_t cols[PANE_MAX_COLS];
    size_t ncols;
    const struct table_ctx *ctx;
};

static int render_pane(FILE *f, int fmt, void *arg)
{
    const struct pane_job *j = arg;
    return out_view(f, (enum out_format)fmt, j->t, j->cols, j->ncols, j->ctx);
}

enum compare_export_status pane_export(struct app *a, const char *path, bool overwrite, char *err,
                                       size_t errsz, size_t *nrows)
{
    struct pane *p = app_focused(a);
    struct pane_job j = {.t = p->t, .ctx = &a->ctx.base};
    j.ncols = export_cols(p, j.cols);
    *nrows = p->t->nrows;
    return compare_export_file(path, compare_format_for_path(path), overwrite, a->opt.lang, render_pane, &j,
                               err, errsz);
}

void app_copied(struct app *a, const char *fmt, ...)
{
    char said[sizeof a->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(said, sizeof said, fmt, ap);
    va_end(ap);
    const char *tmux = getenv("TMUX");
    if (tmux && *tmux) /* tmux drops OSC 52 unless set-clipboard is on */
        app_set_msg(a, vocab(V_MSG_COPY_TMUX, a->opt.lang), said);
    else
        app_set_msg(a, "%s", said);
}

bool app_clipboard(struct app *a, const char *data, size_t len)
{
    if (!data) {
        app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        return false;
    }
    size_t olen = 0;
    char *seq = compare_osc52(data, len, &olen);
    if (!seq) {
        app_set_msg(a, "%s", vocab(V_MSG_COPY_TOO_LARGE, a->opt.lang));
        return false;
    }
    bool sent = false;
    if (a->headless) {
        /* Tests: the sequence goes to $DOKPAMO_OSC52_LOG, never to the
         * screen dumps on stdout. */
        const char *log = getenv("DOKPAMO_OSC52_LOG");
        FILE *f = log && *log ? fopen(log, "a") : NULL;
        if (f) {
            sent = fwrite(seq, 1, olen, f) == olen;
            sent = fclose(f) == 0 && sent;
        }
    } else if (isatty(STDOUT_FILENO)) {
        fflush(stdout);
        size_t off = 0;
        while (off < olen) {
            ssize_t w = write(STDOUT_FILENO, seq + off, olen - off);
            if (w <= 0)
                break;
            off += (size_t)w;
        }
        sent = off == olen;
    }
    free(seq);
    if (!sent)
        app_set_msg(a, "%s", vocab(V_MSG_COPY_NOWHERE, a->opt.lang));
    return sent;
}

/* The pane's rows (all, or only `row`) as Markdown, in a malloc'd string. */
static char *pane_markdown(struct app *a, const void *row, bool sources, size_t *len)
{
    struct pane *p = app_focused(a);
    struct table one = *p->t;
    const void *rows[1] = {row};
    if (row) {
        one.rows = rows;
        one.nrows = 1;
    }
    size_t cols[PANE_MAX_COLS];
    size_t n = export_cols(p, cols);
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    if (!f)
        return NULL;
    int e;
    if (sources) {
        e = out_view(f, OUT_MD, &one, cols, n, &a->ctx.base);
    } else {
        struct out_grid *g = out_grid_from_table(&one, cols, n, &a->ctx.base);
        e = g ? out_render(f, g, OUT_MD) : 1;
        out_grid_free(&g);
    }
    if (fclose(f) != 0 || e) {
        free(buf);
        return NULL;
    }
    *len = size;
    return buf;
}

enum reaction pane_copy_row(struct app *a)
{
    struct pane *p = app_focused(a);
    const void *row = pane_current(p);
    if (!row)
        return R_NONE;
    size_t len = 0;
    char *md = pane_markdown(a, row, false, &len);
    bool sent = app_clipboard(a, md, len);
    free(md);
    if (!sent)
        return R_REDRAW;
    char name[256];
    struct table_value v = {0};
    table_get(&p->def, 0, row, &a->ctx.base, name, sizeof name, &v);
    app_copied(a, vocab(V_MSG_COPIED_ROW, a->opt.lang), v.text ? v.text : "", len);
    return R_REDRAW;
}

enum reaction pane_print(struct app *a)
{
    size_t len = 0;
    char *md = pane_markdown(a, NULL, true, &len);
    enum reaction r = app_print_text(a, md, len, "Markdown");
    free(md);
    return r;
}
