/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sources.c — the cited sources of an export: the sources named by a set
 * of source-id lists, as a view of the sources catalogue with its list
 * fields (id, publisher, date, title, URL), in dataset order. Markdown
 * exports of `list` and Compare end with it as a table, JSON carries it
 * as "cited_sources" (Compare: "sources"), CSV/TSV as "source_urls". */
#include "config.h"
#include "out.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "vocab.h"

struct out_cited *out_cited_new(const struct dp_dataset *ds)
{
    struct out_cited *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->def = table_def_new(&table_sources, ds);
    c->t = c->def ? table_new(c->def, ds) : NULL;
    if (!c->t) {
        out_cited_free(&c);
        return NULL;
    }
    for (size_t i = 0; i < c->def->ncols; i++) {
        if ((c->def->cols[i].flags & TABLE_F_LIST) && c->ncols < sizeof c->cols / sizeof c->cols[0])
            c->cols[c->ncols++] = i;
        if (strcmp(c->def->cols[i].key, "url") == 0)
            c->url = i;
    }
    c->t->nrows = 0;
    return c;
}

void out_cited_free(struct out_cited **c)
{
    if (!*c)
        return;
    table_free(&(*c)->t);
    table_def_free(&(*c)->def);
    free(*c);
    *c = NULL;
}

size_t out_cited_pick(struct out_cited *c, const char *const *srcs, size_t nsrcs)
{
    size_t n = 0;
    for (size_t r = 0; r < c->t->nall; r++) {
        const struct dp_source *s = c->t->all[r];
        bool cited = false;
        for (size_t i = 0; i < nsrcs && !cited; i++)
            cited = srcs[i] && table_src_has(srcs[i], s->id);
        if (cited)
            c->t->rows[n++] = s;
    }
    return c->t->nrows = n;
}

void out_cited_json(FILE *f, const struct out_cited *c, const struct table_ctx *ctx)
{
    char buf[1024];
    fputc('[', f);
    for (size_t r = 0; r < c->t->nrows; r++) {
        fputs(r ? ", {" : "{", f);
        for (size_t k = 0; k < c->ncols; k++) {
            const struct table_col *col = &c->def->cols[c->cols[k]];
            struct table_value v;
            table_get(c->def, c->cols[k], c->t->rows[r], ctx, buf, sizeof buf, &v);
            if (k)
                fputs(", ", f);
            out_json_str(f, col->key);
            fputs(": ", f);
            out_json_value(f, &v, col->flags);
        }
        fputc('}', f);
    }
    fputc(']', f);
}

char *out_cited_urls(const struct out_cited *c, const struct table_ctx *ctx)
{
    char buf[1024];
    size_t len = 0, cap = 64;
    char *s = malloc(cap);
    if (!s)
        return NULL;
    s[0] = '\0';
    for (size_t r = 0; r < c->t->nrows; r++) {
        struct table_value v;
        table_get(c->def, c->url, c->t->rows[r], ctx, buf, sizeof buf, &v);
        const char *url = v.known ? v.text : NULL; /* display-safe */
        if (!url || !*url)
            continue;
        size_t ul = strlen(url);
        bool dup = false; /* two sources with one URL: it is listed once */
        for (const char *p = strstr(s, url); p && !dup; p = strstr(p + 1, url))
            dup = (p == s || p[-1] == ' ') && (p[ul] == ' ' || p[ul] == '\0');
        if (dup)
            continue;
        if (len + ul + 2 > cap) {
            cap = 2 * (len + ul + 2);
            char *w = realloc(s, cap);
            if (!w) {
                free(s);
                return NULL;
            }
            s = w;
        }
        if (len)
            s[len++] = ' ';
        memcpy(s + len, url, ul + 1);
        len += ul;
    }
    return s;
}

int out_cited_sources(FILE *f, enum out_format fmt, const struct dp_dataset *ds, const char *const *srcs,
                      size_t nsrcs, const struct table_ctx *ctx)
{
    struct out_cited *c = out_cited_new(ds);
    if (!c)
        return ENOMEM;
    int e = 0;
    size_t n = out_cited_pick(c, srcs, nsrcs);
    if (n) {
        struct out_grid *g = out_grid_from_table(c->t, c->cols, c->ncols, ctx);
        if (!g) {
            e = ENOMEM;
        } else {
            fprintf(f, "\n%s\n\n", vocab(V_CITED_SOURCES, ctx->lang));
            e = out_render(f, g, fmt);
        }
        out_grid_free(&g);
    }
    out_cited_free(&c);
    return e;
}
