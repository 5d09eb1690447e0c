/* SPDX-License-Identifier: GPL-2.0-or-later */
/* consortia.c — the columns of the consortia table (Evaluation pane). */
#include "config.h"
#include "values.h"

#include <stdio.h>
#include <string.h>

#define C(row) ((const struct dp_consortium *)(row))

static void get_id(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    tv_const(v, C(row)->id);
}

static void get_name(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    table_value_str(v, model_text(&C(row)->short_name, ctx->lang));
}

static void get_lead(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    table_value_str(v, model_text(&C(row)->lead, ctx->lang));
}

/* The status of the latest stage with a result (advanced, eliminated …). */
static const struct dp_status *latest(const struct dp_consortium *c)
{
    const struct dp_status *best = NULL;
    for (size_t i = 0; i < c->nstatus; i++)
        if (c->status[i].stage && (!best || !best->stage ||
                                   strcmp(c->status[i].stage->date ? c->status[i].stage->date : "",
                                          best->stage->date ? best->stage->date : "") >= 0))
            best = &c->status[i];
    return best;
}

static void get_status(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    const struct dp_status *s = latest(C(row));
    tv_const(v, s ? model_result_name(s->result) : NULL);
}

static void get_stage(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                      struct table_value *v)
{
    (void)buf, (void)n;
    const struct dp_status *s = latest(C(row));
    if (s && s->stage)
        table_value_str(v, model_text(&s->stage->name, ctx->lang));
    else
        tv_const(v, NULL);
}

static void get_reason(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v)
{
    (void)buf, (void)n;
    const struct dp_status *s = latest(C(row));
    if (s)
        table_value_str(v, model_text(&s->reason, ctx->lang));
    else
        tv_const(v, NULL);
}

/* Score part `id` of the consortium's first score (or the total). */
static void score(const void *row, const char *id, char *buf, size_t n, struct table_value *v)
{
    const struct dp_consortium *c = C(row);
    dp_num none = {0, false, DP_WHY_NOT_EVALUATED};
    const dp_num *val = &none;
    if (c->nscores) {
        const struct dp_score *s = &c->scores[0];
        if (!id)
            val = &s->total;
        for (size_t i = 0; id && i < s->nparts; i++)
            if (s->parts[i].part && strcmp(s->parts[i].part->id, id) == 0)
                val = &s->parts[i].value;
    }
    tv_num(v, val, buf, n, "%.1f");
}

#define SCORE_GETTER(fn, id)                                                                                 \
    static void fn(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v) \
    {                                                                                                        \
        (void)ctx;                                                                                           \
        score(row, id, buf, n, v);                                                                           \
    }
SCORE_GETTER(get_benchmark, "benchmark")
SCORE_GETTER(get_expert, "expert")
SCORE_GETTER(get_user, "user")
SCORE_GETTER(get_total, NULL)

static void get_models(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v)
{
    (void)ctx;
    dp_num num = {(double)C(row)->nmodels, true, DP_WHY_NONE};
    tv_num(v, &num, buf, n, "%.0f");
}

static void get_partners(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                         struct table_value *v)
{
    (void)ctx;
    dp_num num = {(double)C(row)->npartners, true, DP_WHY_NONE};
    tv_num(v, &num, buf, n, "%.0f");
}

static const struct table_col consortium_cols[] = {
    {"name", "Consortium", "컨소시엄", TEXT_LEFT, 12, TABLE_STR, get_name},
    {"lead", "Lead", "주관", TEXT_LEFT, 16, TABLE_STR, get_lead},
    {"status", "Status", "결과", TEXT_LEFT, 10, TABLE_STR, get_status},
    {"stage", "Stage", "단계", TEXT_LEFT, 12, TABLE_STR, get_stage},
    {"benchmark", "Bench/40", "벤치/40", TEXT_RIGHT, 8, TABLE_NUM, get_benchmark},
    {"expert", "Expert/35", "전문가/35", TEXT_RIGHT, 9, TABLE_NUM, get_expert},
    {"user", "User/25", "사용자/25", TEXT_RIGHT, 9, TABLE_NUM, get_user},
    {"total", "Total", "총점", TEXT_RIGHT, 6, TABLE_NUM, get_total},
    {"models", "Models", "모델", TEXT_RIGHT, 6, TABLE_NUM, get_models},
    {"partners", "Partners", "참여", TEXT_RIGHT, 8, TABLE_NUM, get_partners},
    {"reason", "Reason", "사유", TEXT_LEFT, 30, TABLE_STR, get_reason},
    {"id", "Id", "ID", TEXT_LEFT, 8, TABLE_STR, get_id},
};

static size_t count_consortia(const struct dp_dataset *ds)
{
    return ds->nconsortia;
}

static size_t fill_consortia(const struct dp_dataset *ds, const void **rows)
{
    for (size_t i = 0; i < ds->nconsortia; i++)
        rows[i] = &ds->consortia[i];
    return ds->nconsortia;
}

static bool consortium_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_consortium *c = C(row);
    const dp_text *texts[] = {&c->name, &c->short_name, &c->lead};
    for (size_t i = 0; i < 3; i++)
        if ((texts[i]->ko.raw && cb(texts[i]->ko.raw, arg)) ||
            (texts[i]->en.raw && cb(texts[i]->en.raw, arg)))
            return true;
    return c->id && cb(c->id, arg);
}

const struct table_def table_consortia = {
    .name = "consortia",
    .cols = consortium_cols,
    .ncols = sizeof consortium_cols / sizeof consortium_cols[0],
    .count = count_consortia,
    .fill = fill_consortia,
    .names = consortium_names,
};
