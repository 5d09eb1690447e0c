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

/* The characters of a source id as table_src_has() reads a list: an id
 * starts and ends where these stop. */
static bool id_char(char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
           ch == '_';
}

static size_t id_hash(const char *s, size_t len)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Hashes the sources' ids when every one is a run of id characters, so
 * that a list is read once per pick rather than searched once per
 * source. False on OOM (true, with no index, when an id does not fit). */
static bool index_ids(struct out_cited *c)
{
    size_t n = c->t->nall;
    for (size_t r = 0; r < n; r++) {
        const char *id = ((const struct dp_source *)c->t->all[r])->id;
        if (!id || !*id)
            return true;
        for (const char *p = id; *p; p++)
            if (!id_char(*p))
                return true;
    }
    size_t nslots = 16;
    while (nslots < 2 * n)
        nslots *= 2;
    c->slot = calloc(nslots, sizeof *c->slot);
    c->same = calloc(n ? n : 1, sizeof *c->same);
    c->mark = calloc(n ? n : 1, sizeof *c->mark);
    if (!c->slot || !c->same || !c->mark)
        return false;
    c->nslots = nslots;
    for (size_t r = 0; r < n; r++) {
        const char *id = ((const struct dp_source *)c->t->all[r])->id;
        size_t i = id_hash(id, strlen(id)) & (nslots - 1);
        while (c->slot[i] && strcmp(((const struct dp_source *)c->t->all[c->slot[i] - 1])->id, id) != 0)
            i = (i + 1) & (nslots - 1);
        if (!c->slot[i]) {
            c->slot[i] = r + 1;
            continue;
        }
        size_t k = c->slot[i] - 1; /* the same id again: chained on */
        while (c->same[k])
            k = c->same[k] - 1;
        c->same[k] = r + 1;
    }
    return true;
}

/* Marks the sources whose id is the run p[0..len). */
static void mark_id(struct out_cited *c, const char *p, size_t len)
{
    size_t i = id_hash(p, len) & (c->nslots - 1);
    for (; c->slot[i]; i = (i + 1) & (c->nslots - 1)) {
        const char *id = ((const struct dp_source *)c->t->all[c->slot[i] - 1])->id;
        if (strncmp(id, p, len) == 0 && id[len] == '\0') {
            for (size_t k = c->slot[i]; k; k = c->same[k - 1])
                c->mark[k - 1] = c->pick;
            return;
        }
    }
}

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
    if (!index_ids(c)) {
        out_cited_free(&c);
        return NULL;
    }
    return c;
}

void out_cited_free(struct out_cited **c)
{
    if (!*c)
        return;
    table_free(&(*c)->t);
    table_def_free(&(*c)->def);
    free((*c)->slot);
    free((*c)->same);
    free((*c)->mark);
    free(*c);
    *c = NULL;
}

size_t out_cited_pick(struct out_cited *c, const char *const *srcs, size_t nsrcs)
{
    size_t n = 0;
    if (c->slot) {
        if (++c->pick == 0) { /* wrapped: every old mark forgotten */
            memset(c->mark, 0, c->t->nall * sizeof *c->mark);
            c->pick = 1;
        }
        for (size_t i = 0; i < nsrcs; i++) {
            const char *p = srcs[i];
            if (!p)
                continue;
            while (*p) {
                if (!id_char(*p)) {
                    p++;
                    continue;
                }
                const char *start = p;
                while (id_char(*p))
                    p++;
                mark_id(c, start, (size_t)(p - start));
            }
        }
        for (size_t r = 0; r < c->t->nall; r++)
            if (c->mark[r] == c->pick)
                c->t->rows[n++] = c->t->all[r];
        return c->t->nrows = n;
    }
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
