/* SPDX-License-Identifier: GPL-2.0-or-later */
/* list.c — `dokpamo list`: every model, sorted and filtered; and the same
 * listing for the other kinds (sources, timeline, benchmarks). The
 * columns are the catalogue's: TABLE_F_LIST ones for the human formats,
 * the TABLE_F_MACHINE ones (stable, whatever --lang) for TSV, CSV and
 * JSON. */
#include "config.h"
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "grid_build.h"
#include "table.h"
#include "text.h"
#include "vocab.h"

/* The message quotes the typed key or filter: display-safe. */
static void usage_msg(const char *opt, const char *err)
{
    char *shown = text_display(err, strlen(err), 0);
    fprintf(stderr, "dokpamo: %s: %s\n", opt, shown ? shown : err);
    free(shown);
}

/* --columns KEY[,KEY]: the column indexes, in order. */
static size_t pick_columns(const struct table_def *def, const char *spec, size_t *cols, enum dp_lang lang,
                           char *err, size_t errsz)
{
    size_t n = 0;
    const char *p = spec;
    for (;;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char key[96];
        if (len == 0 || len >= sizeof key) {
            char *safe = text_display(spec, strlen(spec), 0);
            snprintf(err, errsz, vocab(V_ERR_COLUMN_EMPTY, lang), safe ? safe : "?");
            free(safe);
            return 0;
        }
        memcpy(key, p, len);
        key[len] = '\0';
        int c = table_col_find(def, key);
        if (c < 0) {
            table_unknown_key_message(def, key, TABLE_KEY_COLUMN, NULL, 0, lang, err, errsz);
            return 0;
        }
        if (n < def->ncols)
            cols[n++] = (size_t)c;
        if (!end)
            return n;
        p = end + 1;
    }
}

/* One line of the note, in the text room's form for the terminal (under
 * --ascii or --ambiguous=wide the dash and ellipsis change), cut to the
 * width. */
static void note_line(FILE *out, const char *line, int width, unsigned flags)
{
    char cut[1024];
    char *shown = text_display(line, strlen(line), flags);
    if (!shown)
        out_nomem(out);
    text_truncate(cut, sizeof cut, shown ? shown : "", width, flags);
    fprintf(out, "%s\n", cut);
    free(shown);
}

/* The lines under a fitted table that say what it left out: the hidden
 * columns' titles and how to see them, on one line when it fits the
 * width, else on two (each cut to the width). */
static void hidden_note(FILE *out, const struct out_grid *g, const struct table_ctx *ctx, int nhidden,
                        int width)
{
    char titles[512] = "", line[1024];
    size_t used = 0;
    for (size_t c = 0; c < g->ncols && used < sizeof titles; c++)
        if (out_grid_hidden(g, c))
            used +=
                (size_t)snprintf(titles + used, sizeof titles - used, "%s%s", used ? ", " : "", g->titles[c]);
    const char *what = vocab(V_HIDDEN_COLUMNS, ctx->lang), *hint = vocab(V_HIDDEN_HINT, ctx->lang);
    snprintf(line, sizeof line, "%s (%d): %s — %s", what, nhidden, titles, hint);
    char *one = text_display(line, strlen(line), ctx->text_flags);
    bool fits = one && text_width(one) <= width;
    if (!one)
        out_nomem(out);
    if (fits)
        fprintf(out, "%s\n", one);
    free(one);
    if (fits)
        return;
    snprintf(line, sizeof line, "%s (%d): %s", what, nhidden, titles);
    note_line(out, line, width, ctx->text_flags);
    note_line(out, hint, width, ctx->text_flags);
}

/* Leaves out the rows that stand apart (the reference models); returns
 * how many. */
static size_t drop_apart(struct table *t)
{
    size_t k = 0;
    for (size_t i = 0; i < t->nrows; i++)
        if (!t->def->apart(t->rows[i]))
            t->rows[k++] = t->rows[i];
    size_t n = t->nrows - k;
    t->nrows = k;
    return n;
}

/* On a terminal, the line under the table that says the reference
 * models were left out and how to see them. */
static int apart_note(FILE *out, size_t n, const struct table_ctx *ctx, int width)
{
    char line[256], cut[256];
    snprintf(line, sizeof line, vocab(V_REFERENCES_LEFT_OUT, ctx->lang), n);
    if (width > 0 && text_width(line) > width) {
        text_truncate(cut, sizeof cut, line, width, ctx->text_flags);
        return fprintf(out, "%s\n", cut);
    }
    return fprintf(out, "%s\n", line);
}

/* The named rows (sources: ids, any case) in the order named, each once,
 * of those the filter kept; false (and the message) when one is not found. */
static bool keep_named(struct table *t, const struct dp_dataset *ds, const struct cli_opts *o, char **ids,
                       int nids)
{
    size_t n = 0;
    const void **named = malloc((size_t)nids * sizeof *named);
    if (!named) {
        fprintf(stderr, "dokpamo: %s\n", vocab(V_OUT_OF_MEMORY, o->lang));
        return false;
    }
    for (int i = 0; i < nids; i++) {
        const struct dp_source *s = cli_find_source(ds, ids[i]);
        if (!s) {
            char *safe = text_display(ids[i], strlen(ids[i]), 0);
            fprintf(stderr, "dokpamo: %s '%s'\n", vocab(V_MSG_NO_SOURCE, o->lang), safe ? safe : "?");
            free(safe);
            free(named);
            return false;
        }
        bool kept = false, again = false;
        for (size_t r = 0; r < t->nrows && !kept; r++)
            kept = t->rows[r] == s;
        for (size_t k = 0; k < n && !again; k++)
            again = named[k] == s;
        if (kept && !again)
            named[n++] = s;
    }
    /* The rows named, in that order; an id named twice shows once, so the
     * view never holds more rows than it has room for. */
    memcpy(t->rows, named, n * sizeof *t->rows);
    t->nrows = n;
    free(named);
    return true;
}

int cli_list_kind(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o,
                  const struct table_def *base, char **ids, int nids)
{
    struct table_ctx ctx = {o->lang, o->text_flags, o->korean_units, o->plain, false};
    struct table_def *def = table_def_new(base, ds);
    struct table *t = def ? table_new(def, ds) : NULL;
    struct table_filter *f = NULL;
    size_t *cols = NULL;
    char err[2048];
    int status = CLI_OK;
    if (!t) {
        status = CLI_OSERR;
        goto done;
    }
    if (o->sort && !table_parse_sort(t, o->sort, o->lang, err, sizeof err)) {
        usage_msg("--sort", err);
        status = CLI_USAGE;
        goto done;
    }
    if (o->filter && !(f = table_filter_parse(t->def, o->filter, o->lang, err, sizeof err))) {
        usage_msg("--filter", err);
        status = CLI_USAGE;
        goto done;
    }
    table_apply(t, f, NULL, &ctx);
    size_t napart = 0;
    if (!table_keeps_apart(def, f, o->references))
        napart = drop_apart(t);
    if (nids > 0 && !keep_named(t, ds, o, ids, nids)) {
        status = CLI_NO_MATCH;
        goto done;
    }
    bool human = o->format == OUT_TABLE || o->format == OUT_MD;
    unsigned want = human ? TABLE_F_LIST : TABLE_F_MACHINE;
    size_t n = 0;
    if (!(cols = malloc(def->ncols * sizeof *cols))) {
        status = CLI_OSERR;
        goto done;
    }
    if (o->columns) {
        if (!(n = pick_columns(def, o->columns, cols, o->lang, err, sizeof err))) {
            fprintf(stderr, "dokpamo: --columns: %s\n", err);
            status = CLI_USAGE;
            goto done;
        }
    } else {
        for (size_t i = 0; i < def->ncols; i++)
            if (def->cols[i].flags & want)
                cols[n++] = i;
    }
    int e;
    if (human) {
        struct out_grid *g = cli_grid_from_table(t, cols, n, &ctx);
        if (!g) {
            status = CLI_OSERR;
            goto done;
        }
        int width = o->format == OUT_TABLE ? cli_fit_width(out, o) : 0;
        int nhidden = width ? out_grid_fit(g, width) : 0;
        e = out_render(out, g, o->format);
        if (!e && nhidden > 0)
            hidden_note(out, g, &ctx, nhidden, width);
        out_grid_free(&g);
        if (!e && napart && o->format == OUT_TABLE && isatty(out_buffer_fileno(out)))
            e = apart_note(out, napart, &ctx, width) < 0 ? errno : 0;
        if (!e && o->format == OUT_MD)
            e = out_view_cited_sources(out, t, cols, n, &ctx);
    } else {
        e = out_records(out, o->format, t, cols, n, &ctx);
    }
    if (e)
        status = cli_write_status(e);
    else if (t->nrows == 0)
        status = CLI_NO_MATCH;
done:
    free(cols);
    table_filter_free(&f);
    table_free(&t);
    table_def_free(&def);
    return status;
}

int cli_list(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o)
{
    return cli_list_kind(out, ds, o, &table_models, NULL, 0);
}
