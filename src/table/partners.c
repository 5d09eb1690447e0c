/* SPDX-License-Identifier: GPL-2.0-or-later */
/* partners.c — the catalogue of a partner's fields (the Partners pane,
 * the detail view). */
#include "config.h"
#include "values.h"

#define P(row) ((const struct dp_partner *)(row))
#define UNUSED_GET (void)col, (void)ctx, (void)buf, (void)n

static void get_name(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &P(row)->name, ctx->lang);
    v->src = P(row)->src;
}

static void get_name_lang(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, col->argi == DP_LANG_KO ? &P(row)->name.ko : &P(row)->name.en);
    v->src = P(row)->src;
}

static void get_kind(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_word(v, model_kind_name(P(row)->kind), ctx->lang);
    v->src = P(row)->src;
}

static void get_consortium(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                           char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_consortium *c = P(row)->consortium;
    tv_ref(v, table_consortium_short(c), c->id, c->src, ctx->lang, DP_WHY_UNKNOWN);
}

static void get_role(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &P(row)->role, ctx->lang);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = P(row)->src;
}

static void get_uncertain(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_bool(v, P(row)->uncertain, ctx->lang);
    v->src = P(row)->src;
}

static void get_note(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &P(row)->note, ctx->lang);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = P(row)->src;
}

static void get_source(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, P(row)->src);
    v->src = P(row)->src;
}

#define F_ALL (TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_MACHINE)

static const struct table_col partner_cols[] = {
    {"name", "Partner", "참여기관", TEXT_LEFT, 20, TABLE_STR, get_name, .flags = TABLE_F_LIST},
    {"name_ko", "Korean name", "한국어 이름", TEXT_LEFT, 20, TABLE_STR, get_name_lang, .argi = DP_LANG_KO,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"name_en", "English name", "영문 이름", TEXT_LEFT, 20, TABLE_STR, get_name_lang, .argi = DP_LANG_EN,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"kind", "Kind", "유형", TEXT_LEFT, 10, TABLE_STR, get_kind, .flags = F_ALL},
    {"consortium", "Consortium", "컨소시엄", TEXT_LEFT, 10, TABLE_STR, get_consortium, .head_en = "Team",
     .head_ko = "팀", .flags = F_ALL},
    {"role", "Role", "역할", TEXT_LEFT, 24, TABLE_STR, get_role,
     .flags = TABLE_F_BILINGUAL | F_ALL | TABLE_F_SKIP_UNKNOWN},
    {"uncertain", "Uncertain", "불확실", TEXT_LEFT, 4, TABLE_BOOL, get_uncertain,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"note", "Note", "비고", TEXT_LEFT, 30, TABLE_STR, get_note,
     .flags = TABLE_F_BILINGUAL | TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"source", "Source", "출처", TEXT_LEFT, 8, TABLE_STR, get_source, .flags = TABLE_F_MACHINE},
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

const struct table_def table_partners = {
    .name = "partners",
    .cols = partner_cols,
    .ncols = sizeof partner_cols / sizeof partner_cols[0],
    .count = count_partners,
    .fill = fill_partners,
    .names = table_partner_names,
};
