/* SPDX-License-Identifier: GPL-2.0-or-later */
/* results.c — the catalogue of the dataset's benchmark results (`dokpamo
 * benchmarks`): model, benchmark, its group, the value with its unit, the
 * setting, who reported it (vendor / official / third party) and who
 * published it, what it was compared with, the date, a note and the
 * source. Rows come Korean benchmarks first (the benchmark groups'
 * order), then the benchmarks' order in the data, then the data's order.
 *
 * Also the models' per-benchmark fields (show, the detail view, Compare):
 * table_results_add_model_fields(), one "bench.ID" field per benchmark
 * with a result, read by the same cell builder. */
#include "config.h"
#include "values.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define R(row) ((const struct dp_result_rec *)(row))
#define UNUSED_GET (void)col, (void)ctx, (void)buf, (void)n

static void get_model(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_model *m = R(row)->model;
    tv_ref(v, m ? &m->name : NULL, m ? m->id : NULL, R(row)->src, ctx->lang, DP_WHY_UNKNOWN);
}

static void get_bench(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_result_rec *r = R(row);
    if (!r->bench) {
        tv_unknown(v, TABLE_STR, DP_WHY_UNKNOWN);
        return;
    }
    table_value_str(v, &r->bench->name);
    v->raw = r->bench->id;
    v->src = r->src;
}

static const enum vocab_id group_words[DP_BENCH_COUNT] = {
    [DP_BENCH_KOREAN] = V_BENCH_KOREAN,
    [DP_BENCH_GLOBAL] = V_BENCH_GLOBAL,
    [DP_BENCH_INDEX] = V_BENCH_INDEX,
    [DP_BENCH_OTHER] = V_BENCH_OTHER,
};

static void get_group(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_result_rec *r = R(row);
    enum dp_bench_group g = r->bench && r->bench->group < DP_BENCH_COUNT ? r->bench->group : DP_BENCH_OTHER;
    tv_const(v, vocab(group_words[g], ctx->lang));
    v->raw = model_bench_group_name(g);
    v->src = r->src;
}

/* The value cell: "83.8", "32 index"; tone by who reported it. */
static void result_value(const struct dp_result_rec *r, char *buf, size_t n, struct table_value *v)
{
    tv_measure(v, &r->value, &r->unit, buf, n);
    v->tone = r->reported_by == DP_CLAIM_VENDOR ? TABLE_TONE_VENDOR : TABLE_TONE_GOOD;
    v->src = r->src;
}

static void get_value(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    result_value(R(row), buf, n, v);
}

static void get_unit(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, &R(row)->unit);
    v->src = R(row)->src;
}

static void get_setting(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                        size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, &R(row)->setting);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = R(row)->src;
}

static void get_reported_by(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                            char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    enum dp_claim_kind k = R(row)->reported_by;
    tv_const(v, vocab_claim_kind(k, ctx->lang));
    v->raw = model_claim_kind_name(k);
    v->tone = k == DP_CLAIM_VENDOR ? TABLE_TONE_VENDOR : TABLE_TONE_GOOD;
    v->src = R(row)->src;
}

static void get_reporter(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                         size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, &R(row)->reporter);
    v->src = R(row)->src;
}

static void get_comparator(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                           char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_result_rec *r = R(row);
    if (r->comparator_model) {
        tv_text(v, &r->comparator_model->name, ctx->lang);
        v->raw = r->comparator_model->id;
    } else {
        table_value_str(v, &r->comparator);
        if (!v->known)
            v->why = DP_WHY_NOT_APPLICABLE;
    }
    v->src = r->src;
}

static void get_date(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, R(row)->date);
    v->src = R(row)->src;
}

static void get_note(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &R(row)->note, ctx->lang);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = R(row)->src;
}

static void get_source(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, R(row)->src);
    v->src = R(row)->src;
}

#define F_ALL (TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_MACHINE)

static const struct table_col result_cols[] = {
    {"model", "Model", "모델", TEXT_LEFT, 14, TABLE_STR, get_model, .flags = F_ALL},
    {"benchmark", "Benchmark", "벤치마크", TEXT_LEFT, 14, TABLE_STR, get_bench, .flags = F_ALL},
    {"group", "Group", "분류", TEXT_LEFT, 6, TABLE_STR, get_group, .flags = F_ALL},
    {"value", "Value", "값", TEXT_RIGHT, 7, TABLE_NUM, get_value, .flags = F_ALL},
    {"unit", "Unit", "단위", TEXT_LEFT, 5, TABLE_STR, get_unit, .flags = TABLE_F_MACHINE},
    {"setting", "Setting", "설정", TEXT_LEFT, 10, TABLE_STR, get_setting,
     .flags = F_ALL | TABLE_F_SKIP_UNKNOWN},
    {"reported_by", "Reported by", "보고 주체", TEXT_LEFT, 8, TABLE_STR, get_reported_by, .head_en = "By",
     .head_ko = "주체", .flags = F_ALL},
    {"reporter", "Publisher", "발표한 곳", TEXT_LEFT, 14, TABLE_STR, get_reporter,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"comparator", "Compared with", "비교 대상", TEXT_LEFT, 10, TABLE_STR, get_comparator,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"date", "Date", "날짜", TEXT_LEFT, 10, TABLE_STR, get_date,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"note", "Note", "비고", TEXT_LEFT, 30, TABLE_STR, get_note,
     .flags = TABLE_F_BILINGUAL | TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"source", "Source", "출처", TEXT_LEFT, 8, TABLE_STR, get_source, .flags = F_ALL},
};

static size_t count_results(const struct dp_dataset *ds)
{
    return ds->nresults;
}

/* Sort key of a result: group, the benchmark's place, the data's order. */
struct order {
    size_t group, bench, at;
};

static int order_cmp(const void *a, const void *b)
{
    const struct order *x = a, *y = b;
    if (x->group != y->group)
        return x->group < y->group ? -1 : 1;
    if (x->bench != y->bench)
        return x->bench < y->bench ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

static size_t fill_results(const struct dp_dataset *ds, const void **rows)
{
    struct order *o = ds->nresults ? malloc(ds->nresults * sizeof *o) : NULL;
    for (size_t i = 0; i < ds->nresults; i++) {
        const struct dp_result_rec *r = &ds->results[i];
        if (o)
            o[i] = (struct order){r->bench ? (size_t)r->bench->group : DP_BENCH_COUNT,
                                  r->bench ? (size_t)(r->bench - ds->benchmarks) : ds->nbenchmarks, i};
        rows[i] = r;
    }
    if (o) { /* out of memory: the data's order */
        qsort(o, ds->nresults, sizeof *o, order_cmp);
        for (size_t i = 0; i < ds->nresults; i++)
            rows[i] = &ds->results[o[i].at];
    }
    free(o);
    return ds->nresults;
}

/* A result answers to its model's names and its benchmark's id and name. */
static bool result_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_result_rec *r = row;
    if (r->bench &&
        ((r->bench->id && cb(r->bench->id, arg)) || (r->bench->name.raw && cb(r->bench->name.raw, arg))))
        return true;
    return r->model && table_model_own_names(r->model, cb, arg);
}

const struct table_def table_results = {
    .name = "results",
    .cols = result_cols,
    .ncols = sizeof result_cols / sizeof result_cols[0],
    .count = count_results,
    .fill = fill_results,
    .names = result_names,
};

/* ---- a model's result on one benchmark ------------------------------------ */

/* The note of a model's result cell: "vendor · reasoning" (and how many
 * more results the model has on it: `dokpamo benchmarks` lists them). */
static void get_model_result(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                             char *buf, size_t n, struct table_value *v)
{
    const struct dp_model *m = row;
    const struct dp_benchmark *b = col->arg;
    const struct dp_result_rec *r = NULL;
    size_t more = 0;
    for (size_t i = 0; i < m->nresults; i++)
        if (m->results[i]->bench == b) {
            if (r)
                more++;
            else
                r = m->results[i];
        }
    if (!r) {
        tv_unknown(v, TABLE_NUM, DP_WHY_NOT_EVALUATED);
        return;
    }
    result_value(r, buf, n, v);
    v->tag = vocab_claim_tag(r->reported_by, ctx->lang);
    size_t used = strlen(buf) + 1;
    if (used + 8 >= n)
        return;
    char *note = buf + used;
    size_t room = n - used;
    int w = snprintf(note, room, "%s", vocab_claim_kind(r->reported_by, ctx->lang));
    if (r->setting.raw && w >= 0 && (size_t)w < room)
        w += snprintf(note + w, room - (size_t)w, " · %s", r->setting.disp);
    if (more && w >= 0 && (size_t)w < room)
        snprintf(note + w, room - (size_t)w, vocab(V_RESULT_MORE, ctx->lang), more);
    v->note = note;
}

bool table_results_add_model_fields(struct table_def *def, const struct dp_dataset *ds)
{
    static const struct table_col proto = {
        .align = TEXT_RIGHT,
        .width = 7,
        .type = TABLE_NUM,
        .get = get_model_result,
        .flags = TABLE_F_DETAIL | TABLE_F_COMPARE | TABLE_F_SKIP_UNKNOWN | TABLE_F_SHARED,
        .scale = TABLE_SCALE_LINEAR,
        .delta = TABLE_DELTA_DIFF,
        .best = TABLE_BEST_MAX,
        .group = TABLE_GROUP_CLAIMS,
    };
    if (!ds->nbenchmarks)
        return true;
    bool *has = calloc(ds->nbenchmarks, sizeof *has);
    if (!has)
        return false;
    for (size_t i = 0; i < ds->nresults; i++)
        if (ds->results[i].bench && ds->results[i].model)
            has[ds->results[i].bench - ds->benchmarks] = true;
    /* Korean benchmarks first, as the benchmarks listing has them. */
    bool good = true;
    for (size_t g = 0; g < DP_BENCH_COUNT && good; g++)
        for (size_t i = 0; i < ds->nbenchmarks && good; i++) {
            const struct dp_benchmark *b = &ds->benchmarks[i];
            if (!has[i] || (size_t)b->group != g)
                continue;
            char key[200];
            snprintf(key, sizeof key, "bench.%s", b->id);
            struct table_col *col = table_def_add(def, &proto, key, b->name.disp, b->name.disp);
            if (!col)
                good = false;
            else
                col->arg = b;
        }
    free(has);
    return good;
}
