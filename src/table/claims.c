/* SPDX-License-Identifier: GPL-2.0-or-later */
/* claims.c — the catalogue of a claim's fields (what a vendor claimed or
 * an evaluation found, with its baseline). */
#include "config.h"
#include "values.h"

#include <stdio.h>

#define CL(row) ((const struct dp_claim *)(row))
#define UNUSED_GET (void)col, (void)ctx, (void)buf, (void)n

static void get_model(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_ref(v, &CL(row)->model->name, CL(row)->model->id, CL(row)->src, ctx->lang, DP_WHY_UNKNOWN);
}

static void get_metric(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, &CL(row)->metric);
    v->src = CL(row)->src;
}

static void get_value(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    (void)col;
    table_claim_value(CL(row), ctx, buf, n, v);
}

static void get_baseline(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                         size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_claim *c = CL(row);
    if (c->baseline_model) {
        tv_text(v, &c->baseline_model->name, ctx->lang);
        v->raw = c->baseline_model->id;
    } else {
        table_value_str(v, &c->baseline);
    }
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = c->src;
}

static void get_baseline_value(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                               char *buf, size_t n, struct table_value *v)
{
    (void)col, (void)ctx;
    tv_num(v, &CL(row)->baseline_value, buf, n, "%g");
    v->src = CL(row)->src;
}

static void get_relative(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                         size_t n, struct table_value *v)
{
    (void)col, (void)ctx;
    tv_num(v, &CL(row)->relative_pct, buf, n, "%g%%");
    v->src = CL(row)->src;
}

static void get_kind(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_word(v, model_claim_kind_name(CL(row)->kind), ctx->lang);
    v->src = CL(row)->src;
}

static void get_source(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, CL(row)->src);
    v->src = CL(row)->src;
}

#define F_ALL (TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_MACHINE)

static const struct table_col claim_cols[] = {
    {"model", "Model", "모델", TEXT_LEFT, 16, TABLE_STR, get_model, .flags = F_ALL},
    {"metric", "Metric", "지표", TEXT_LEFT, 20, TABLE_STR, get_metric, .flags = F_ALL},
    {"value", "Value", "값", TEXT_RIGHT, 7, TABLE_NUM, get_value, .flags = F_ALL},
    {"baseline", "Baseline", "비교 대상", TEXT_LEFT, 16, TABLE_STR, get_baseline, .flags = F_ALL},
    {"baseline_value", "Baseline value", "비교값", TEXT_RIGHT, 7, TABLE_NUM, get_baseline_value,
     .head_en = "Base", .flags = F_ALL},
    {"relative_pct", "Relative", "상대값", TEXT_RIGHT, 6, TABLE_NUM, get_relative, .head_en = "Rel%",
     .head_ko = "상대%", .flags = F_ALL},
    {"kind", "Reported by", "발표 주체", TEXT_LEFT, 11, TABLE_STR, get_kind, .head_en = "Kind",
     .head_ko = "종류", .flags = F_ALL},
    {"source", "Source", "출처", TEXT_LEFT, 8, TABLE_STR, get_source, .flags = TABLE_F_MACHINE},
};

static size_t count_claims(const struct dp_dataset *ds)
{
    size_t n = 0;
    for (size_t i = 0; i < ds->nmodels; i++)
        n += ds->models[i]->nclaims;
    return n;
}

static size_t fill_claims(const struct dp_dataset *ds, const void **rows)
{
    size_t n = 0;
    for (size_t i = 0; i < ds->nmodels; i++)
        for (size_t k = 0; k < ds->models[i]->nclaims; k++)
            rows[n++] = &ds->models[i]->claims[k];
    return n;
}

static bool claim_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_claim *c = CL(row);
    return (c->metric.raw && cb(c->metric.raw, arg)) || table_model_names(c->model, cb, arg);
}

const struct table_def table_claims = {
    .name = "claims",
    .cols = claim_cols,
    .ncols = sizeof claim_cols / sizeof claim_cols[0],
    .count = count_claims,
    .fill = fill_claims,
    .names = claim_names,
};
