/* SPDX-License-Identifier: GPL-2.0-or-later */
/* contradictions.c — the catalogue of the dataset's recorded
 * disagreements (`dokpamo contradictions`, the browser's Contradictions
 * view): the topic, the record it is about and the fields of it that are
 * contested, every side with its sources, the dataset's note and all the
 * sources. Also the one place that says whether a field's value is
 * contested: table_contradiction_find(), read through each kind's `contested`
 * hook by table_get(), which puts the marker on the value for every
 * output at once. */
#include "config.h"
#include "values.h"

#include <stdio.h>
#include <string.h>

#define X(row) ((const struct dp_contradiction *)(row))
#define UNUSED_GET (void)col, (void)ctx, (void)buf, (void)n

static void get_id(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                   size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, X(row)->id);
    v->src = X(row)->src;
}

static void get_topic(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &X(row)->topic, ctx->lang);
    v->src = X(row)->src;
}

/* The model or consortium it is about, by name (the dataset rides in the
 * field's arg, set by expand_contradictions). */
static void get_about(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    const struct dp_contradiction *x = X(row);
    const struct dp_dataset *ds = col->arg;
    if (!x->about) {
        tv_unknown(v, TABLE_STR, DP_WHY_NOT_APPLICABLE);
        return;
    }
    const struct dp_model *m = ds ? model_find_model(ds, x->about) : NULL;
    const struct dp_consortium *c = ds && !m ? model_find_consortium(ds, x->about) : NULL;
    if (m)
        tv_text(v, &m->name, ctx->lang);
    else if (c)
        tv_text(v, table_consortium_short(c), ctx->lang);
    else
        tv_const(v, x->about);
    v->raw = x->about;
    v->src = x->src;
}

static void get_fields(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_contradiction *x = X(row);
    tv_list(v, x->fields, x->nfields, buf, n);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = x->src;
}

/* Every side with its sources: "500B (5,000억) [S1, S2, S3] | 총 519B …"
 * (items for the machine formats: one string per side). */
static void get_values(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_contradiction *x = X(row);
    tv_list(v, x->values, x->nvalues, buf, n);
    size_t used = 0;
    int width = 0;
    const char *sep = vocab(V_CONTRA_SEP, ctx->lang);
    size_t seplen = strlen(sep);
    int sepw = text_width(sep);
    buf[0] = '\0';
    for (size_t i = 0; i < x->nvalues; i++) {
        size_t len = strlen(x->values[i].disp);
        if (used + len + seplen + 1 > n)
            break;
        if (i) {
            memcpy(buf + used, sep, seplen);
            used += seplen;
            width += sepw;
        }
        memcpy(buf + used, x->values[i].disp, len + 1);
        used += len;
        width += x->values[i].width;
    }
    v->width = width;
    v->src = x->src;
}

static void get_count(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    (void)col, (void)ctx;
    tv_count(v, X(row)->nvalues, buf, n);
    v->src = X(row)->src;
}

static void get_note(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &X(row)->note, ctx->lang);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = X(row)->src;
}

static void get_source(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, X(row)->src);
    v->src = X(row)->src;
}

#define F_ALL (TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_MACHINE)

static const struct table_col contra_cols[] = {
    {"id", "Contradiction", "모순", TEXT_LEFT, 16, TABLE_STR, get_id, .head_en = "ID", .head_ko = "ID",
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"topic", "Topic", "주제", TEXT_LEFT, 24, TABLE_STR, get_topic, .flags = F_ALL | TABLE_F_BILINGUAL},
    {"about", "About", "대상", TEXT_LEFT, 10, TABLE_STR, get_about, .flags = F_ALL | TABLE_F_SKIP_UNKNOWN},
    {"fields", "Contested fields", "다툼이 있는 항목", TEXT_LEFT, 12, TABLE_LIST, get_fields,
     .head_en = "Fields", .head_ko = "항목",
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"values", "What the sources say", "출처별 내용", TEXT_LEFT, 40, TABLE_LIST, get_values,
     .head_en = "Sides", .head_ko = "주장", .flags = TABLE_F_LIST | TABLE_F_MACHINE},
    {"sides", "Sides", "주장 수", TEXT_RIGHT, 3, TABLE_NUM, get_count, .flags = TABLE_F_MACHINE},
    {"note", "Note", "비고", TEXT_LEFT, 30, TABLE_STR, get_note,
     .flags = F_ALL | TABLE_F_BILINGUAL | TABLE_F_SKIP_UNKNOWN},
    {"source", "Sources", "출처", TEXT_LEFT, 8, TABLE_STR, get_source,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
};

static bool expand_contradictions(struct table_def *def, const struct dp_dataset *ds)
{
    for (size_t i = 0; i < def->ncols; i++)
        if (def->cols[i].get == get_about)
            ((struct table_col *)&def->cols[i])->arg = ds;
    return true;
}

static size_t count_contradictions(const struct dp_dataset *ds)
{
    return ds->ncontradictions;
}

static size_t fill_contradictions(const struct dp_dataset *ds, const void **rows)
{
    for (size_t i = 0; i < ds->ncontradictions; i++)
        rows[i] = &ds->contradictions[i];
    return ds->ncontradictions;
}

/* A contradiction answers to its id, its topic in both languages and the
 * id it is about. */
static bool contra_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_contradiction *x = row;
    const char *names[] = {x->id, x->topic.ko.raw, x->topic.en.raw, x->about};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i] && cb(names[i], arg))
            return true;
    return false;
}

const struct table_def table_contradictions = {
    .name = "contradictions",
    .cols = contra_cols,
    .ncols = sizeof contra_cols / sizeof contra_cols[0],
    .count = count_contradictions,
    .fill = fill_contradictions,
    .names = contra_names,
    .expand = expand_contradictions,
};

const struct dp_contradiction *table_contradiction_find(const struct dp_contradiction *const *contras,
                                                        size_t n, const char *key)
{
    for (size_t i = 0; key && i < n; i++)
        for (size_t k = 0; contras[i] && k < contras[i]->nfields; k++)
            if (contras[i]->fields[k].raw && strcmp(contras[i]->fields[k].raw, key) == 0)
                return contras[i];
    return NULL;
}

const char *table_contra_mark(const struct table_ctx *ctx)
{
    return ctx && (ctx->text_flags & TEXT_ASCII) ? "!" : "⇆";
}

/* Whether def has a field named exactly `key` (table_col_find() also
 * matches case-insensitively; the marker needs the exact key). */
static bool has_field(const struct table_def *def, const char *key)
{
    int i = table_col_find(def, key);
    return i >= 0 && strcmp(def->cols[i].key, key) == 0;
}

size_t table_contradiction_check(const struct dp_dataset *ds,
                                 void (*bad)(const struct dp_contradiction *x, size_t k, void *arg),
                                 void *arg)
{
    struct table_def *models = table_def_new(&table_models, ds),
                     *consortia = table_def_new(&table_consortia, ds);
    size_t nbad = 0;
    for (size_t i = 0; models && consortia && i < ds->ncontradictions; i++) {
        const struct dp_contradiction *x = &ds->contradictions[i];
        const struct table_def *def = !x->about                             ? NULL
                                      : model_find_model(ds, x->about)      ? models
                                      : model_find_consortium(ds, x->about) ? consortia
                                                                            : NULL;
        for (size_t k = 0; def && k < x->nfields; k++)
            if (x->fields[k].raw && !has_field(def, x->fields[k].raw)) {
                bad(x, k, arg);
                nbad++;
            }
    }
    if (!models || !consortia)
        nbad = (size_t)-1;
    table_def_free(&models);
    table_def_free(&consortia);
    return nbad;
}
