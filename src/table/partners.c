/* SPDX-License-Identifier: GPL-2.0-or-later */
/* partners.c — the columns of the partners table. */
#include "config.h"
#include "values.h"

#define P(row) ((const struct dp_partner *)(row))

static void get_name(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    table_value_str(v, model_text(&P(row)->name, ctx->lang));
}

static void get_kind(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    tv_const(v, model_kind_name(P(row)->kind));
}

static void get_consortium(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                           struct table_value *v)
{
    (void)buf, (void)n;
    table_value_str(v, model_text(&P(row)->consortium->short_name, ctx->lang));
    v->raw = P(row)->consortium->id;
}

static void get_role(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    table_value_str(v, model_text(&P(row)->role, ctx->lang));
}

static void get_source(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    tv_const(v, P(row)->src);
}

static const struct table_col partner_cols[] = {
    {"name", "Partner", "참여기관", TEXT_LEFT, 20, TABLE_STR, get_name},
    {"kind", "Kind", "유형", TEXT_LEFT, 10, TABLE_STR, get_kind},
    {"consortium", "Consortium", "컨소시엄", TEXT_LEFT, 10, TABLE_STR, get_consortium},
    {"role", "Role", "역할", TEXT_LEFT, 24, TABLE_STR, get_role},
    {"source", "Source", "출처", TEXT_LEFT, 8, TABLE_STR, get_source},
};

static size_t count_partners(const struct dp_dataset *ds)
{
    return ds->npartners;
}

static size_t fill_partners(const struct dp_dataset *ds, const void **rows)
{
    for (size_t i = 0; i < ds->npartners; i++)
        rows[i] = ds->partners[i];
    return ds->npartners;
}

static bool partner_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_partner *p = P(row);
    return (p->name.ko.raw && cb(p->name.ko.raw, arg)) || (p->name.en.raw && cb(p->name.en.raw, arg));
}

const struct table_def table_partners = {
    .name = "partners",
    .cols = partner_cols,
    .ncols = sizeof partner_cols / sizeof partner_cols[0],
    .count = count_partners,
    .fill = fill_partners,
    .names = partner_names,
};
