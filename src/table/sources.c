/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sources.c — the catalogue of a source's fields (`dokpamo sources`,
 * `show ID` for a source, the exports' source tables): id, publisher,
 * date, title, URL, kind and reliability, and what cites it — computed
 * by scanning every record's source ids. */
#include "config.h"
#include "values.h"

#include <stdio.h>
#include <string.h>

#define S(row) ((const struct dp_source *)(row))
#define UNUSED_GET (void)col, (void)ctx, (void)buf, (void)n

static void get_id(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                   size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, S(row)->id);
}

static void get_publisher(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, &S(row)->publisher);
}

static void get_date(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, &S(row)->date);
}

static void get_title(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, &S(row)->title);
}

static void get_url(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                    size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, &S(row)->url);
}

static void get_kind(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, vocab(S(row)->seed ? V_SRC_SEED : V_SRC_PUBLIC, ctx->lang));
    v->raw = S(row)->seed ? "seed" : "public";
}

static void get_uncertain(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_bool(v, S(row)->uncertain, ctx->lang);
}

/* True when the source-id list `list` ("S5, P12") names `id`. */
bool table_src_has(const char *list, const char *id)
{
    if (!list || !id)
        return false;
    size_t len = strlen(id);
    for (const char *p = strstr(list, id); p; p = strstr(p + 1, id)) {
        bool start = p == list || !((p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= 'a' && p[-1] <= 'z') ||
                                    (p[-1] >= '0' && p[-1] <= '9') || p[-1] == '-' || p[-1] == '_');
        char e = p[len];
        bool end = !((e >= 'A' && e <= 'Z') || (e >= 'a' && e <= 'z') || (e >= '0' && e <= '9') || e == '-' ||
                     e == '_');
        if (start && end)
            return true;
    }
    return false;
}

/* Appends id to buf (", "-joined) unless the last one is the same. */
static void cite(char *buf, size_t n, size_t *w, const char **last, const char *id)
{
    if (!id || (*last && strcmp(*last, id) == 0) || table_src_has(buf, id) || *w >= n)
        return;
    int k = snprintf(buf + *w, n - *w, "%s%s", *w ? ", " : "", id);
    if (k > 0)
        *w += (size_t)k < n - *w ? (size_t)k : n - *w - 1;
    *last = id;
}

static bool model_cites(const struct dp_model *m, const char *id)
{
    if (table_src_has(m->src, id))
        return true;
    for (size_t i = 0; i < m->nfield_srcs; i++)
        if (table_src_has(m->field_srcs[i].src, id))
            return true;
    for (size_t i = 0; i < m->nclaims; i++)
        if (table_src_has(m->claims[i].src, id))
            return true;
    for (size_t i = 0; i < m->nroadmap; i++)
        if (table_src_has(m->roadmap[i].src, id))
            return true;
    return false;
}

static bool consortium_cites(const struct dp_consortium *c, const char *id)
{
    if (table_src_has(c->src, id))
        return true;
    for (size_t i = 0; i < c->npartners; i++)
        if (table_src_has(c->partners[i].src, id))
            return true;
    for (size_t i = 0; i < c->nstrategy; i++)
        if (table_src_has(c->strategy[i].src, id))
            return true;
    for (size_t i = 0; i < c->npeople; i++)
        if (table_src_has(c->people[i].src, id))
            return true;
    for (size_t i = 0; i < c->nstatus; i++)
        if (table_src_has(c->status[i].src, id))
            return true;
    for (size_t i = 0; i < c->nscores; i++) {
        if (table_src_has(c->scores[i].src, id))
            return true;
        for (size_t k = 0; k < c->scores[i].nparts; k++)
            if (table_src_has(c->scores[i].parts[k].src, id))
                return true;
    }
    return false;
}

void table_source_cited_by(const struct dp_dataset *ds, const char *id, char *buf, size_t n)
{
    size_t w = 0;
    const char *last = NULL;
    if (n)
        buf[0] = '\0';
    for (size_t i = 0; ds && i < ds->nstages; i++)
        if (table_src_has(ds->stages[i].src, id))
            cite(buf, n, &w, &last, ds->stages[i].id);
    for (size_t i = 0; ds && i < ds->nschemes; i++)
        if (table_src_has(ds->schemes[i].src, id))
            cite(buf, n, &w, &last, ds->schemes[i].id);
    for (size_t i = 0; ds && i < ds->nconsortia; i++) {
        const struct dp_consortium *c = &ds->consortia[i];
        if (consortium_cites(c, id))
            cite(buf, n, &w, &last, c->id);
        for (size_t k = 0; k < c->nmodels; k++)
            if (model_cites(&c->models[k], id))
                cite(buf, n, &w, &last, c->models[k].id);
    }
    for (size_t i = 0; ds && i < ds->nreferences; i++)
        if (model_cites(&ds->references[i], id))
            cite(buf, n, &w, &last, ds->references[i].id);
    /* A benchmark result cites for its model (the model's bench.* field). */
    for (size_t i = 0; ds && i < ds->nresults; i++)
        if (ds->results[i].model && table_src_has(ds->results[i].src, id))
            cite(buf, n, &w, &last, ds->results[i].model->id);
    for (size_t i = 0; ds && i < ds->nbenchmarks; i++)
        if (table_src_has(ds->benchmarks[i].src, id))
            cite(buf, n, &w, &last, ds->benchmarks[i].id);
    for (size_t i = 0; ds && i < ds->nevents; i++)
        if (table_src_has(ds->events[i].src, id))
            cite(buf, n, &w, &last, ds->events[i].id);
    for (size_t i = 0; ds && i < ds->nbudget; i++)
        if (table_src_has(ds->budget[i].src, id))
            cite(buf, n, &w, &last, ds->budget[i].id);
    for (size_t i = 0; ds && i < ds->ncontradictions; i++) {
        const struct dp_contradiction *x = &ds->contradictions[i];
        bool hit = false;
        for (size_t k = 0; k < x->nvalues && !hit; k++)
            hit = table_src_has(x->values[k].raw, id);
        if (hit)
            cite(buf, n, &w, &last, x->id);
    }
}

/* The dataset rides in the field's arg (set by expand_sources). */
static void get_cited_by(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                         size_t n, struct table_value *v)
{
    (void)ctx;
    table_source_cited_by(col->arg, S(row)->id, buf, n);
    tv_const(v, buf[0] ? buf : NULL);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
}

#define F_ALL (TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_MACHINE)

static const struct table_col source_cols[] = {
    {"id", "Source", "출처", TEXT_LEFT, 4, TABLE_STR, get_id, .head_en = "ID", .head_ko = "ID",
     .flags = F_ALL},
    {"publisher", "Publisher", "발행처", TEXT_LEFT, 24, TABLE_STR, get_publisher, .flags = F_ALL},
    {"date", "Date", "날짜", TEXT_LEFT, 10, TABLE_STR, get_date, .flags = F_ALL},
    {"title", "Title", "제목", TEXT_LEFT, 30, TABLE_STR, get_title, .flags = F_ALL},
    {"url", "URL", "URL", TEXT_LEFT, 30, TABLE_STR, get_url, .flags = F_ALL | TABLE_F_URL},
    {"kind", "Kind", "유형", TEXT_LEFT, 6, TABLE_STR, get_kind, .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"uncertain", "Uncertain", "불확실", TEXT_LEFT, 4, TABLE_BOOL, get_uncertain,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
};

static const struct table_col cited_by_col = {
    "cited_by", "Cited by", "인용한 항목", TEXT_LEFT,
    20,         TABLE_STR,  get_cited_by,  .flags = TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_IDS};

static bool expand_sources(struct table_def *def, const struct dp_dataset *ds)
{
    struct table_col *c =
        table_def_add(def, &cited_by_col, cited_by_col.key, cited_by_col.title_en, cited_by_col.title_ko);
    if (!c)
        return false;
    c->arg = ds;
    return true;
}

static size_t count_sources(const struct dp_dataset *ds)
{
    return ds->nsources;
}

static size_t fill_sources(const struct dp_dataset *ds, const void **rows)
{
    for (size_t i = 0; i < ds->nsources; i++)
        rows[i] = &ds->sources[i];
    return ds->nsources;
}

static bool source_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_source *s = row;
    const char *names[] = {s->id, s->publisher.raw, s->title.raw};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i] && cb(names[i], arg))
            return true;
    return false;
}

const struct table_def table_sources = {
    .name = "sources",
    .cols = source_cols,
    .ncols = sizeof source_cols / sizeof source_cols[0],
    .count = count_sources,
    .fill = fill_sources,
    .names = source_names,
    .expand = expand_sources,
};
