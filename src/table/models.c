/* SPDX-License-Identifier: GPL-2.0-or-later */
/* models.c — the columns of the models table (list, Parameters pane). */
#include "config.h"
#include "values.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define M(row) ((const struct dp_model *)(row))

static void get_id(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    tv_const(v, M(row)->id);
}

static void get_name(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    table_value_str(v, model_text(&M(row)->name, ctx->lang));
}

static void get_consortium(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                           struct table_value *v)
{
    const struct dp_model *m = M(row);
    if (m->consortium) {
        table_value_str(v, model_text(&m->consortium->short_name, ctx->lang));
        v->raw = m->consortium->id;
    } else if (model_text_present(&m->developer)) {
        /* Reference models: their developer, marked as a reference. */
        const dp_str *d = model_text(&m->developer, ctx->lang);
        snprintf(buf, n, "%s (ref)", d->disp);
        v->type = TABLE_STR;
        v->known = true;
        v->text = buf;
        v->width = d->width + 6;
        v->raw = d->raw;
    } else {
        tv_const(v, NULL);
    }
}

static void get_total(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                      struct table_value *v)
{
    tv_num(v, &M(row)->params_total, buf, n, "%g");
    if (v->known)
        table_format_params(v->num, ctx->korean_units, buf, n);
    v->width = text_width(buf);
}

static void get_active(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v)
{
    tv_num(v, &M(row)->params_active, buf, n, "%g");
    if (v->known)
        table_format_params(v->num, ctx->korean_units, buf, n);
    v->width = text_width(buf);
}

static void get_share(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                      struct table_value *v)
{
    (void)ctx;
    const struct dp_model *m = M(row);
    dp_num share = {NAN, false, DP_WHY_UNKNOWN};
    if (m->params_total.known && m->params_active.known && m->params_total.v > 0) {
        share.v = 100.0 * m->params_active.v / m->params_total.v;
        share.known = true;
        share.why = DP_WHY_NONE;
    } else {
        share.why = !m->params_active.known ? m->params_active.why : m->params_total.why;
    }
    tv_num(v, &share, buf, n, "%.1f%%");
}

static void get_arch(const void *row, const struct table_ctx *ctx, char *buf, size_t n, struct table_value *v)
{
    (void)ctx;
    tv_list(v, M(row)->arch, M(row)->narch, buf, n);
}

static void get_modalities(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                           struct table_value *v)
{
    (void)ctx;
    const struct dp_model *m = M(row);
    char in[128], out[128];
    struct table_value vi = {0}, vo = {0};
    tv_list(&vi, m->mod_in, m->nmod_in, in, sizeof in);
    tv_list(&vo, m->mod_out, m->nmod_out, out, sizeof out);
    v->type = TABLE_STR;
    v->known = vi.known || vo.known;
    if (v->known)
        snprintf(buf, n, "%s>%s", in, out);
    else
        buf[0] = '\0';
    v->text = v->raw = buf;
    v->width = (int)strlen(buf);
}

static void get_context(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                        struct table_value *v)
{
    (void)ctx;
    const dp_num *c = &M(row)->context;
    tv_num(v, c, buf, n, "%.0f");
    if (c->known && c->v >= 1024 && fmod(c->v, 1024) == 0)
        snprintf(buf, n, "%.0fK", c->v / 1024);
    v->width = (int)strlen(buf);
}

static void get_license(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                        struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    table_value_str(v, &M(row)->license);
    v->why = M(row)->license_why;
}

static void get_released(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                         struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    tv_const(v, M(row)->released);
    v->why = M(row)->released_why;
}

static void get_source(const void *row, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v)
{
    (void)ctx, (void)buf, (void)n;
    tv_const(v, M(row)->src);
}

static const struct table_col model_cols[] = {
    {"name", "Model", "모델", TEXT_LEFT, 22, TABLE_STR, get_name},
    {"consortium", "Consortium", "컨소시엄", TEXT_LEFT, 12, TABLE_STR, get_consortium},
    {"params_total_b", "Total", "전체", TEXT_RIGHT, 7, TABLE_NUM, get_total},
    {"params_active_b", "Active", "활성", TEXT_RIGHT, 7, TABLE_NUM, get_active},
    {"active_share", "Act%", "활성비", TEXT_RIGHT, 6, TABLE_NUM, get_share},
    {"architecture", "Architecture", "구조", TEXT_LEFT, 24, TABLE_LIST, get_arch},
    {"modalities", "In>Out", "입력>출력", TEXT_LEFT, 14, TABLE_STR, get_modalities},
    {"context_tokens", "Context", "문맥", TEXT_RIGHT, 7, TABLE_NUM, get_context},
    {"license", "License", "라이선스", TEXT_LEFT, 14, TABLE_STR, get_license},
    {"released", "Released", "공개일", TEXT_LEFT, 10, TABLE_STR, get_released},
    {"id", "Id", "ID", TEXT_LEFT, 12, TABLE_STR, get_id},
    {"source", "Source", "출처", TEXT_LEFT, 8, TABLE_STR, get_source},
};

static size_t count_models(const struct dp_dataset *ds)
{
    return ds->nmodels;
}

static size_t fill_models(const struct dp_dataset *ds, const void **rows)
{
    for (size_t i = 0; i < ds->nmodels; i++)
        rows[i] = ds->models[i];
    return ds->nmodels;
}

static bool model_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_model *m = M(row);
    if ((m->name.ko.raw && cb(m->name.ko.raw, arg)) || (m->name.en.raw && cb(m->name.en.raw, arg)))
        return true;
    for (size_t i = 0; i < m->naliases; i++)
        if (cb(m->aliases[i].raw, arg))
            return true;
    return m->id && cb(m->id, arg);
}

const struct table_def table_models = {
    .name = "models",
    .cols = model_cols,
    .ncols = sizeof model_cols / sizeof model_cols[0],
    .count = count_models,
    .fill = fill_models,
    .names = model_names,
};
