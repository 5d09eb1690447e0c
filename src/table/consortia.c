/* SPDX-License-Identifier: GPL-2.0-or-later */
/* consortia.c — the catalogue of a consortium's fields (the Evaluation
 * pane, show, detail, Compare through its models). One field per stage
 * and per score part of every scheme is added by expand_consortia(). */
#include "config.h"
#include "values.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define C(row) ((const struct dp_consortium *)(row))
#define UNUSED_GET (void)col, (void)ctx, (void)buf, (void)n

static void get_id(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                   size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, C(row)->id);
    v->src = C(row)->src;
}

const dp_text *table_consortium_short(const struct dp_consortium *c)
{
    return model_text_present(&c->short_name) ? &c->short_name : &c->name;
}

static void get_name(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_consortium *c = C(row);
    tv_ref(v, table_consortium_short(c), c->id, c->src, ctx->lang, DP_WHY_UNKNOWN);
}

static void get_name_lang(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, col->argi == DP_LANG_KO ? &C(row)->name.ko : &C(row)->name.en);
    v->src = C(row)->src;
}

static void get_lead(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &C(row)->lead, ctx->lang);
    v->src = C(row)->src;
}

/* The result that stands: the latest status that is not pending, and not
 * a declined later call (declining the revival slot does not undo the
 * evaluation before it); else the latest. */
const struct dp_status *table_status_decided(const struct dp_consortium *c)
{
    const struct dp_status *best = NULL, *latest = NULL;
    for (size_t i = 0; i < c->nstatus; i++) {
        const struct dp_status *st = &c->status[i];
        if (!latest || (st->stage && latest->stage && st->stage >= latest->stage))
            latest = st;
        if (st->result == DP_RESULT_PENDING || st->result == DP_RESULT_DECLINED)
            continue;
        if (!best || (st->stage && best->stage && st->stage >= best->stage))
            best = st;
    }
    return best ? best : latest;
}

static enum table_tone result_tone(enum dp_result r)
{
    return r == DP_RESULT_ELIMINATED                            ? TABLE_TONE_BAD
           : r == DP_RESULT_ADVANCED || r == DP_RESULT_SELECTED ? TABLE_TONE_GOOD
                                                                : TABLE_TONE_NORMAL;
}

static void get_result(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_status *s = table_status_decided(C(row));
    if (!s) {
        tv_unknown(v, TABLE_STR, DP_WHY_NOT_EVALUATED);
        return;
    }
    tv_word(v, model_result_name(s->result), ctx->lang);
    v->tone = result_tone(s->result);
    v->src = s->src;
}

static void get_stage(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_status *s = table_status_decided(C(row));
    if (s && s->stage) {
        tv_text(v, &s->stage->name, ctx->lang);
        v->raw = s->stage->id;
        v->src = s->src;
    } else {
        tv_unknown(v, TABLE_STR, DP_WHY_NOT_EVALUATED);
    }
}

static void get_reason(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_status *s = table_status_decided(C(row));
    if (s && model_text_present(&s->reason)) {
        tv_text(v, &s->reason, ctx->lang);
        v->src = s->src;
    } else {
        tv_unknown(v, TABLE_STR, DP_WHY_NOT_APPLICABLE);
    }
}

static void get_models(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    (void)col, (void)ctx;
    tv_count(v, C(row)->nmodels, buf, n);
    v->src = C(row)->src;
}

static void get_partners(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                         size_t n, struct table_value *v)
{
    (void)col, (void)ctx;
    tv_count(v, C(row)->npartners, buf, n);
    v->src = C(row)->src;
}

/* Claims and evaluations of the consortium's models: how many (the
 * text), and by whom in the note ("vendor 33 · official 1", after the
 * text in buf). */
static void get_claims(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    (void)col;
    const struct dp_consortium *c = C(row);
    size_t count[DP_CLAIM_COUNT] = {0}, total = 0;
    for (size_t i = 0; i < c->nmodels; i++)
        for (size_t k = 0; k < c->models[i].nclaims; k++)
            if (c->models[i].claims[k].kind < DP_CLAIM_COUNT) {
                count[c->models[i].claims[k].kind]++;
                total++;
            }
    if (!total) {
        tv_unknown(v, TABLE_NUM, DP_WHY_NOT_APPLICABLE);
        return;
    }
    tv_count(v, total, buf, n);
    v->src = c->src;
    size_t start = strlen(buf) + 1, used = start;
    if (used + 8 >= n)
        return;
    buf[used] = '\0';
    for (int k = 0; k < DP_CLAIM_COUNT; k++)
        if (count[k] && used < n) {
            int w = snprintf(buf + used, n - used, "%s%s %zu", used > start ? " · " : "",
                             vocab_claim_kind((enum dp_claim_kind)k, ctx->lang), count[k]);
            if (w < 0 || (size_t)w >= n - used)
                break;
            used += (size_t)w;
        }
    v->note = buf + start;
}

/* Who made the claims, in words: "vendor 8 · official 1" (the Evaluation
 * pane's column; the count is the "claims" field). */
static void get_claims_by(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t n, struct table_value *v)
{
    get_claims(row, col, ctx, buf, n, v);
    if (!v->known || !v->note)
        return;
    const char *note = v->note;
    v->type = TABLE_STR;
    v->text = note;
    v->raw = NULL;
    v->width = text_width(note);
    v->note = NULL;
}

#define F_OUT (TABLE_F_DETAIL | TABLE_F_COMPARE | TABLE_F_MACHINE)

static const struct table_col consortium_cols[] = {
    {"id", "Id", "ID", TEXT_LEFT, 8, TABLE_STR, get_id, .flags = TABLE_F_MACHINE | TABLE_F_DETAIL},
    {"name", "Consortium", "컨소시엄", TEXT_LEFT, 12, TABLE_STR, get_name, .head_en = "Team", .head_ko = "팀",
     .flags = TABLE_F_LIST},
    {"name_ko", "Korean name", "한국어 이름", TEXT_LEFT, 20, TABLE_STR, get_name_lang, .argi = DP_LANG_KO,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"name_en", "English name", "영문 이름", TEXT_LEFT, 20, TABLE_STR, get_name_lang, .argi = DP_LANG_EN,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"lead", "Lead", "주관", TEXT_LEFT, 16, TABLE_STR, get_lead,
     .flags = TABLE_F_BILINGUAL | TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"result", "Result", "결과", TEXT_LEFT, 10, TABLE_STR, get_result,
     .flags = TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"stage", "Stage", "단계", TEXT_LEFT, 12, TABLE_STR, get_stage, .flags = TABLE_F_MACHINE},
    {"reason", "Reason", "사유", TEXT_LEFT, 30, TABLE_STR, get_reason,
     .flags = TABLE_F_BILINGUAL | TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"models", "Models", "모델 수", TEXT_RIGHT, 6, TABLE_NUM, get_models, .head_ko = "모델",
     .flags = TABLE_F_MACHINE | TABLE_F_DETAIL},
    {"partners", "Partners", "참여 기관", TEXT_RIGHT, 8, TABLE_NUM, get_partners, .head_ko = "참여",
     .flags = F_OUT, .scale = TABLE_SCALE_LINEAR, .delta = TABLE_DELTA_DIFF},
    {"claims", "Claims and evaluations", "주장과 평가", TEXT_RIGHT, 10, TABLE_NUM, get_claims,
     .head_en = "Claims", .head_ko = "주장", .flags = F_OUT, .scale = TABLE_SCALE_LINEAR,
     .delta = TABLE_DELTA_DIFF},
    {"claims_by", "Claims by", "주장한 곳", TEXT_LEFT, 24, TABLE_STR, get_claims_by, .flags = 0},
};

/* ---- fields per stage and per score part ------------------------------- */

static void get_stage_result(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                             char *buf, size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    const struct dp_stage *st = col->arg;
    const struct dp_status *s = model_status_at(C(row), st->id);
    if (!s) {
        tv_unknown(v, TABLE_STR, DP_WHY_NOT_APPLICABLE);
        return;
    }
    tv_word(v, model_result_name(s->result), ctx->lang);
    v->tone = result_tone(s->result);
    v->src = s->src;
    if (model_text_present(&s->reason))
        v->note = model_text(&s->reason, ctx->lang)->disp;
}

static const struct dp_score *score_for(const struct dp_consortium *c, const struct dp_scheme *sc)
{
    for (size_t i = 0; i < c->nscores; i++)
        if (c->scores[i].scheme == sc)
            return &c->scores[i];
    return NULL;
}

/* A score part of a scheme (arg: the scheme, argi: the part's index, or
 * SIZE_MAX for the total). Text "33.6": the maximum is in the title
 * ("Benchmark /40") and in v->max. */
static void get_score(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    const struct dp_scheme *sc = col->arg;
    const struct dp_score *s = score_for(C(row), sc);
    bool total = col->argi == SIZE_MAX;
    double max = total ? sc->total : col->argi < sc->nparts ? sc->parts[col->argi].max : NAN;
    if (!s || (!total && col->argi >= s->nparts)) {
        tv_unknown(v, TABLE_NUM, DP_WHY_NOT_EVALUATED);
        v->max = max;
        return;
    }
    const dp_num *val = total ? &s->total : &s->parts[col->argi].value;
    tv_num(v, val, buf, n, TABLE_SCORE_FMT);
    v->max = max;
    v->src = !total && s->parts[col->argi].src ? s->parts[col->argi].src : s->src;
    if (total && s->total_computed && val->known)
        v->note = vocab(V_COMPUTED, ctx->lang);
}

static void get_stage_reason(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                             char *buf, size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    const struct dp_stage *st = col->arg;
    const struct dp_status *s = model_status_at(C(row), st->id);
    if (!s || !model_text_present(&s->reason)) {
        tv_unknown(v, TABLE_STR, DP_WHY_NOT_APPLICABLE);
        return;
    }
    tv_text(v, &s->reason, ctx->lang);
    v->src = s->src;
}

/* The remark on a stage's status that is not its reason (a computed
 * result, what happened around it). */
static void get_stage_note(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                           char *buf, size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    const struct dp_stage *st = col->arg;
    const struct dp_status *s = model_status_at(C(row), st->id);
    if (!s || !model_text_present(&s->note)) {
        tv_unknown(v, TABLE_STR, DP_WHY_NOT_APPLICABLE);
        return;
    }
    tv_text(v, &s->note, ctx->lang);
    v->src = s->src;
}

/* The note on a consortium's scores in a scheme. */
static void get_score_note(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                           char *buf, size_t n, struct table_value *v)
{
    (void)buf, (void)n;
    const struct dp_score *s = score_for(C(row), col->arg);
    if (!s || !model_text_present(&s->note)) {
        tv_unknown(v, TABLE_STR, DP_WHY_NOT_APPLICABLE);
        return;
    }
    tv_text(v, &s->note, ctx->lang);
    v->src = s->src;
}

/* "%g" without a locale's decimal comma or trailing zeros. */
static void fmt_max(double v, char *buf, size_t n)
{
    snprintf(buf, n, "%g", v);
}

static bool expand_consortia(struct table_def *def, const struct dp_dataset *ds)
{
    static const struct table_col stage_proto = {.align = TEXT_LEFT,
                                                 .width = 8,
                                                 .type = TABLE_STR,
                                                 .get = get_stage_result,
                                                 .flags = TABLE_F_DETAIL | TABLE_F_COMPARE | TABLE_F_MACHINE |
                                                          TABLE_F_SKIP_UNKNOWN,
                                                 .group = TABLE_GROUP_PROGRAMME};
    static const struct table_col reason_proto = {.align = TEXT_LEFT,
                                                  .width = 30,
                                                  .type = TABLE_STR,
                                                  .get = get_stage_reason,
                                                  .flags =
                                                      TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN,
                                                  .group = TABLE_GROUP_PROGRAMME};
    static const struct table_col note_proto = {.align = TEXT_LEFT,
                                                .width = 30,
                                                .type = TABLE_STR,
                                                .get = get_stage_note,
                                                .flags = TABLE_F_DETAIL | TABLE_F_MACHINE |
                                                         TABLE_F_SKIP_UNKNOWN | TABLE_F_BILINGUAL,
                                                .group = TABLE_GROUP_PROGRAMME};
    static const struct table_col score_proto = {.align = TEXT_RIGHT,
                                                 .width = 7,
                                                 .type = TABLE_NUM,
                                                 .get = get_score,
                                                 .flags = TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_COMPARE |
                                                          TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN,
                                                 .scale = TABLE_SCALE_LINEAR,
                                                 .delta = TABLE_DELTA_DIFF,
                                                 .best = TABLE_BEST_MAX,
                                                 .group = TABLE_GROUP_PROGRAMME};
    char key[256], en[400], ko[400], hen[200], hko[200], max[32];
    for (size_t i = 0; i < ds->nstages; i++) {
        const struct dp_stage *st = &ds->stages[i];
        snprintf(key, sizeof key, "stage.%s", st->id);
        struct table_col *col = table_def_add(def, &stage_proto, key, model_text(&st->name, DP_LANG_EN)->disp,
                                              model_text(&st->name, DP_LANG_KO)->disp);
        if (!col)
            return false;
        col->arg = st;
        col->argi = i;
        snprintf(key, sizeof key, "stage.%s.reason", st->id);
        snprintf(en, sizeof en, "%s: reason", model_text(&st->name, DP_LANG_EN)->disp);
        snprintf(ko, sizeof ko, "%s: 사유", model_text(&st->name, DP_LANG_KO)->disp);
        if (!(col = table_def_add(def, &reason_proto, key, en, ko)))
            return false;
        col->arg = st;
        snprintf(key, sizeof key, "stage.%s.note", st->id);
        snprintf(en, sizeof en, "%s: note", model_text(&st->name, DP_LANG_EN)->disp);
        snprintf(ko, sizeof ko, "%s: 비고", model_text(&st->name, DP_LANG_KO)->disp);
        if (!(col = table_def_add(def, &note_proto, key, en, ko)))
            return false;
        col->arg = st;
    }
    for (size_t s = 0; s < ds->nschemes; s++) {
        const struct dp_scheme *sc = &ds->schemes[s];
        bool many = ds->nschemes > 1;
        const char *stage_en = sc->stage ? model_text(&sc->stage->name, DP_LANG_EN)->disp : sc->id;
        const char *stage_ko = sc->stage ? model_text(&sc->stage->name, DP_LANG_KO)->disp : sc->id;
        for (size_t p = 0; p <= sc->nparts; p++) {
            bool total = p == sc->nparts;
            fmt_max(total ? sc->total : sc->parts[p].max, max, sizeof max);
            const char *pen = total ? "Total" : model_text(&sc->parts[p].name, DP_LANG_EN)->disp;
            const char *pko = total ? "총점" : model_text(&sc->parts[p].name, DP_LANG_KO)->disp;
            snprintf(key, sizeof key, "score.%s.%s", sc->id, total ? "total" : sc->parts[p].id);
            snprintf(en, sizeof en, "%s %s /%s", many ? stage_en : "Score", pen, max);
            snprintf(ko, sizeof ko, "%s %s /%s", many ? stage_ko : "점수", pko, max);
            snprintf(hen, sizeof hen, "%s/%s", pen, max);
            snprintf(hko, sizeof hko, "%s/%s", pko, max);
            struct table_col proto = score_proto;
            proto.head_en = hen;
            proto.head_ko = hko;
            struct table_col *col = table_def_add(def, &proto, key, en, ko);
            if (!col)
                return false;
            col->arg = sc;
            col->argi = total ? SIZE_MAX : p;
        }
        snprintf(key, sizeof key, "score.%s.note", sc->id);
        snprintf(en, sizeof en, "%s: note", many ? stage_en : "Score");
        snprintf(ko, sizeof ko, "%s: 비고", many ? stage_ko : "점수");
        struct table_col proto = note_proto;
        proto.get = get_score_note;
        struct table_col *col = table_def_add(def, &proto, key, en, ko);
        if (!col)
            return false;
        col->arg = sc;
    }
    return true;
}

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

static const struct dp_contradiction *consortia_contested(const void *row, const char *key)
{
    const struct dp_consortium *r = row;
    return table_contradiction_find(r->contras, r->ncontras, key);
}

const struct table_def table_consortia = {
    .name = "consortia",
    .cols = consortium_cols,
    .ncols = sizeof consortium_cols / sizeof consortium_cols[0],
    .count = count_consortia,
    .fill = fill_consortia,
    .names = table_consortium_names,
    .expand = expand_consortia,
    .contested = consortia_contested,
};
