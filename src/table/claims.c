/* SPDX-License-Identifier: GPL-2.0-or-later */
/* claims.c — the columns of the claims table. */
#include "config.h"
#include "values.h"

#include <stdio.h>

#define CL(row) ((const struct dp_claim *)(row))

static void get_model(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                      struct table_value *v)
{
    (void)buf, (void)n;
    table_value_str(v, model_text(&CL(row)->model->name, ctx->lang));
}

static void get_metric(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    table_value_str(v, &CL(row)->metric);
}

static void get_value(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                      struct table_value *v)
{
    (void)ctx;
    tv_num(v, &CL(row)->value, buf, n, "%g");
}

static void get_baseline(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                         struct table_value *v)
{
    (void)buf, (void)n;
    const struct dp_claim *c = CL(row);
    if (c->baseline_model) {
        table_value_str(v, model_text(&c->baseline_model->name, ctx->lang));
        v->raw = c->baseline_model->id;
    } else {
        table_value_str(v, &c->baseline);
    }
}

static void get_baseline_value(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                               struct table_value *v)
{
    (void)ctx;
    tv_num(v, &CL(row)->baseline_value, buf, n, "%g");
}

static void get_relative(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                         struct table_value *v)
{
    (void)ctx;
    tv_num(v, &CL(row)->relative_pct, buf, n, "%g%%");
}

static void get_kind(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    tv_const(v, model_claim_kind_name(CL(row)->kind));
}

static void get_source(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    tv_const(v, CL(row)->src);
}

static const struct table_col claim_cols[] = {
    {"model", "Model", "모델", TEXT_LEFT, 16, TABLE_STR, get_model},
    {"metric", "Metric", "지표", TEXT_LEFT, 20, TABLE_STR, get_metric},
    {"value", "Value", "값", TEXT_RIGHT, 7, TABLE_NUM, get_value},
    {"baseline", "Baseline", "비교 대상", TEXT_LEFT, 16, TABLE_STR, get_baseline},
    {"baseline_value", "Base", "비교값", TEXT_RIGHT, 7, TABLE_NUM, get_baseline_value},
    {"relative_pct", "Rel%", "상대%", TEXT_RIGHT, 6, TABLE_NUM, get_relative},
    {"kind", "Kind", "종류", TEXT_LEFT, 11, TABLE_STR, get_kind},
    {"source", "Source", "출처", TEXT_LEFT, 8, TABLE_STR, get_source},
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
    return (c->metric.raw && cb(c->metric.raw, arg)) || table_models.names(c->model, cb, arg);
}

const struct table_def table_claims = {
    .name = "claims",
    .cols = claim_cols,
    .ncols = sizeof claim_cols / sizeof claim_cols[0],
    .count = count_claims,
    .fill = fill_claims,
    .names = claim_names,
};
