/* SPDX-License-Identifier: GPL-2.0-or-later */
/* models.c — the catalogue of a model's fields: list, the Parameters and
 * Architecture panes, show, the detail view and Compare all read these.
 * Fields per claimed metric and the team's programme fields (stages,
 * scores) are added per dataset by expand_models(). */
#include "config.h"
#include "values.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define M(row) ((const struct dp_model *)(row))
#define UNUSED_GET (void)col, (void)ctx, (void)buf, (void)n

static void get_id(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                   size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, M(row)->id);
    v->src = M(row)->src;
}

static void get_name(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_model *m = M(row);
    tv_text(v, &m->name, ctx->lang);
    v->src = model_field_src(m, "name");
    /* A Korean transliteration gives way to the official Latin name where
     * that is narrower (에이닷엑스 케이원: A.X K1). */
    if (ctx->lang == DP_LANG_KO && m->name.ko.raw && m->name.en.raw && m->name.en.width < v->width) {
        v->alt = m->name.en.disp;
        v->alt_width = m->name.en.width;
    }
}

static void get_name_lang(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, col->argi == DP_LANG_KO ? &M(row)->name.ko : &M(row)->name.en);
    v->src = model_field_src(M(row), "name");
}

static void get_aliases(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                        size_t n, struct table_value *v)
{
    (void)col, (void)ctx;
    tv_list(v, M(row)->aliases, M(row)->naliases, buf, n);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = model_field_src(M(row), "aliases");
}

/* The team: the consortium's short name, or a reference model's developer
 * after the reference mark ("참고: 딥시크"). raw: the consortium id. */
static void get_consortium(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                           char *buf, size_t n, struct table_value *v)
{
    (void)col;
    const struct dp_model *m = M(row);
    if (m->consortium) {
        const struct dp_consortium *c = m->consortium;
        tv_text(v, table_consortium_short(c), ctx->lang);
        v->raw = c->id;
        v->src = c->src;
        return;
    }
    const dp_str *d = model_text(&m->developer, ctx->lang);
    /* The mark first: a cell cut to its width keeps it. */
    snprintf(buf, n, "%s%s%s", vocab(V_REFERENCE_MARK, ctx->lang), d->raw ? ": " : "", d->disp);
    tv_const(v, buf);
    v->raw = NULL;
    v->human_only = true;
    v->src = m->src;
}

/* Machine fields: the consortium's names in both languages. */
static void get_consortium_lang(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                                char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_consortium *c = M(row)->consortium;
    if (!c) {
        tv_unknown(v, TABLE_STR, DP_WHY_NOT_APPLICABLE);
        return;
    }
    table_value_str(v, col->argi == DP_LANG_KO ? &c->name.ko : &c->name.en);
    v->src = c->src;
}

static void get_reference(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_bool(v, M(row)->reference, ctx->lang);
    v->src = M(row)->src;
}

static void get_developer(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_model *m = M(row);
    if (model_text_present(&m->developer))
        tv_text(v, &m->developer, ctx->lang);
    else if (m->consortium)
        tv_text(v, &m->consortium->lead, ctx->lang);
    else
        tv_unknown(v, TABLE_STR, DP_WHY_UNKNOWN);
    v->src = m->src;
}

static void get_variant_of(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                           char *buf, size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, M(row)->variant_of);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = M(row)->src;
}

static void params(const struct dp_model *m, const dp_num *p, const char *field, const struct table_ctx *ctx,
                   char *buf, size_t n, struct table_value *v)
{
    tv_num(v, p, buf, n, ctx->machine ? NULL : "%g");
    if (v->known && !ctx->machine) {
        table_format_params(v->num, ctx->korean_units, buf, n);
        v->width = text_width(buf);
    }
    v->src = model_field_src(m, field);
}

static void get_total(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    (void)col;
    params(M(row), &M(row)->params_total, "params_total_b", ctx, buf, n, v);
}

static void get_active(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    (void)col;
    params(M(row), &M(row)->params_active, "params_active_b", ctx, buf, n, v);
}

static void get_share(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    (void)col;
    const struct dp_model *m = M(row);
    dp_num share = {NAN, false, DP_WHY_UNKNOWN};
    if (m->params_total.known && m->params_active.known && m->params_total.v > 0) {
        share.v = 100.0 * m->params_active.v / m->params_total.v;
        share.known = true;
        share.why = DP_WHY_NONE;
    } else {
        share.why = !m->params_active.known ? m->params_active.why : m->params_total.why;
    }
    tv_num(v, &share, buf, n, ctx->machine ? NULL : "%.1f%%");
    v->max = 100;
    v->src = model_field_src(m, "params_active_b");
}

static void get_arch(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    (void)col, (void)ctx;
    tv_list(v, M(row)->arch, M(row)->narch, buf, n);
    v->src = model_field_src(M(row), "architecture");
}

static void get_in_out(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    const struct dp_model *m = M(row);
    if (col->argi == 0)
        tv_list_words(v, m->mod_in, m->nmod_in, ctx->lang, buf, n);
    else
        tv_list_words(v, m->mod_out, m->nmod_out, ctx->lang, buf, n);
    v->src = model_field_src(m, "modalities");
}

/* Input and output together: "text, image > text"; its items are both
 * lists (so modalities=audio finds audio in or out). */
static void get_modalities(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                           char *buf, size_t n, struct table_value *v)
{
    (void)col;
    const struct dp_model *m = M(row);
    char in[512], out[512];
    struct table_value vi = {0}, vo = {0};
    tv_list_words(&vi, m->mod_in, m->nmod_in, ctx->lang, in, sizeof in);
    tv_list_words(&vo, m->mod_out, m->nmod_out, ctx->lang, out, sizeof out);
    v->type = TABLE_LIST;
    v->known = vi.known || vo.known;
    v->why = v->known ? DP_WHY_NONE : DP_WHY_UNKNOWN;
    if (v->known)
        snprintf(buf, n, "%s > %s", in, out);
    else if (n)
        buf[0] = '\0';
    v->text = buf;
    v->width = text_width(buf);
    v->items = m->mod_in;
    v->nitems = m->nmod_in;
    v->items2 = m->mod_out;
    v->nitems2 = m->nmod_out;
    v->src = model_field_src(m, "modalities");
}

static void get_context(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                        size_t n, struct table_value *v)
{
    (void)col;
    const dp_num *c = &M(row)->context;
    tv_num(v, c, buf, n, ctx->machine ? NULL : "%.0f");
    if (c->known && !ctx->machine && c->v >= 1024 && fmod(c->v, 1024) == 0) {
        snprintf(buf, n, "%.0fK", c->v / 1024);
        v->width = text_width(buf);
    }
    v->src = model_field_src(M(row), "context_tokens");
}

static void get_license(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                        size_t n, struct table_value *v)
{
    UNUSED_GET;
    table_value_str(v, &M(row)->license);
    if (!v->known)
        v->why = M(row)->license_why;
    v->src = model_field_src(M(row), "license");
}

static void get_released(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                         size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, M(row)->released);
    if (!v->known)
        v->why = M(row)->released_why;
    v->src = model_field_src(M(row), "released");
}

static void get_roadmap(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                        size_t n, struct table_value *v)
{
    (void)col;
    const struct dp_model *m = M(row);
    size_t used = 0;
    if (n)
        buf[0] = '\0';
    for (size_t i = 0; i < m->nroadmap && used + 4 < n; i++) {
        int w = snprintf(buf + used, n - used, "%s%s", i ? "; " : "",
                         model_text(&m->roadmap[i].text, ctx->lang)->disp);
        if (w < 0)
            break;
        used += (size_t)w < n - used ? (size_t)w : n - used - 1;
    }
    tv_const(v, m->nroadmap ? buf : NULL);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = m->nroadmap ? m->roadmap[0].src : NULL;
}

static void get_note(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &M(row)->note, ctx->lang);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = M(row)->src;
}

static void get_source(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, M(row)->src);
    v->src = M(row)->src;
}

#define F_ALL (TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_COMPARE | TABLE_F_MACHINE)
#define F_OUT (TABLE_F_DETAIL | TABLE_F_COMPARE | TABLE_F_MACHINE)

static const struct table_col model_cols[] = {
    {"id", "Id", "ID", TEXT_LEFT, 12, TABLE_STR, get_id,
     .flags = TABLE_F_MACHINE | TABLE_F_DETAIL | TABLE_F_COMPARE},
    {"name", "Model", "모델", TEXT_LEFT, 22, TABLE_STR, get_name, .flags = TABLE_F_LIST | TABLE_F_CUT_MIDDLE},
    {"name_ko", "Korean name", "한국어 이름", TEXT_LEFT, 22, TABLE_STR, get_name_lang, .argi = DP_LANG_KO,
     .flags = F_OUT},
    {"name_en", "English name", "영문 이름", TEXT_LEFT, 22, TABLE_STR, get_name_lang, .argi = DP_LANG_EN,
     .flags = F_OUT},
    {"aliases", "Aliases", "다른 이름", TEXT_LEFT, 24, TABLE_LIST, get_aliases,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"consortium", "Consortium", "컨소시엄", TEXT_LEFT, 12, TABLE_STR, get_consortium, .head_en = "Team",
     .head_ko = "팀", .flags = F_ALL},
    {"consortium_ko", "Consortium (Korean)", "컨소시엄 (한국어)", TEXT_LEFT, 12, TABLE_STR,
     get_consortium_lang, .argi = DP_LANG_KO, .flags = TABLE_F_MACHINE},
    {"consortium_en", "Consortium (English)", "컨소시엄 (영문)", TEXT_LEFT, 12, TABLE_STR,
     get_consortium_lang, .argi = DP_LANG_EN, .flags = TABLE_F_MACHINE},
    {"reference", "Reference model", "참고 모델", TEXT_LEFT, 4, TABLE_BOOL, get_reference,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"developer", "Developer", "개발", TEXT_LEFT, 16, TABLE_STR, get_developer,
     .flags = TABLE_F_BILINGUAL | TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"variant_of", "Variant of", "변형 원본", TEXT_LEFT, 12, TABLE_STR, get_variant_of,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"params_total_b", "Total parameters", "전체 파라미터", TEXT_RIGHT, 7, TABLE_NUM, get_total,
     .head_en = "Total", .head_ko = "전체", .flags = F_ALL, .scale = TABLE_SCALE_LOG,
     .delta = TABLE_DELTA_RATIO, .group = TABLE_GROUP_PARAMS},
    {"params_active_b", "Active parameters", "활성 파라미터", TEXT_RIGHT, 7, TABLE_NUM, get_active,
     .head_en = "Active", .head_ko = "활성", .flags = F_ALL, .scale = TABLE_SCALE_LOG,
     .delta = TABLE_DELTA_RATIO, .group = TABLE_GROUP_PARAMS},
    {"active_share", "Active share", "활성 비율", TEXT_RIGHT, 6, TABLE_NUM, get_share, .head_en = "Act%",
     .head_ko = "활성비", .flags = F_ALL, .scale = TABLE_SCALE_LINEAR, .delta = TABLE_DELTA_DIFF,
     .group = TABLE_GROUP_PARAMS},
    {"architecture", "Architecture", "구조", TEXT_LEFT, 24, TABLE_LIST, get_arch, .flags = F_ALL,
     .group = TABLE_GROUP_SPEC},
    {"modalities", "Input > output", "입력 > 출력", TEXT_LEFT, 14, TABLE_LIST, get_modalities,
     .head_en = "In>Out", .head_ko = "입출력", .flags = TABLE_F_LIST | TABLE_F_COMPARE,
     .group = TABLE_GROUP_SPEC},
    {"input", "Input", "입력", TEXT_LEFT, 14, TABLE_LIST, get_in_out, .argi = 0,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE, .group = TABLE_GROUP_SPEC},
    {"output", "Output", "출력", TEXT_LEFT, 14, TABLE_LIST, get_in_out, .argi = 1,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE, .group = TABLE_GROUP_SPEC},
    {"context_tokens", "Context length", "문맥 길이", TEXT_RIGHT, 7, TABLE_NUM, get_context,
     .head_en = "Context", .head_ko = "문맥", .flags = F_ALL, .scale = TABLE_SCALE_LINEAR,
     .delta = TABLE_DELTA_RATIO, .best = TABLE_BEST_MAX, .group = TABLE_GROUP_SPEC},
    {"license", "License", "라이선스", TEXT_LEFT, 14, TABLE_STR, get_license, .flags = F_ALL,
     .group = TABLE_GROUP_SPEC},
    {"released", "Released", "공개일", TEXT_LEFT, 10, TABLE_STR, get_released, .flags = F_ALL,
     .group = TABLE_GROUP_SPEC},
    {"roadmap", "Roadmap", "로드맵", TEXT_LEFT, 30, TABLE_STR, get_roadmap,
     .flags = TABLE_F_BILINGUAL | TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"note", "Note", "비고", TEXT_LEFT, 30, TABLE_STR, get_note,
     .flags = TABLE_F_BILINGUAL | TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"source", "Source", "출처", TEXT_LEFT, 8, TABLE_STR, get_source, .flags = TABLE_F_MACHINE},
};

/* ---- fields the dataset defines --------------------------------------- */

/* A claimed metric: the model's first claim on it (and its baseline). */
static const struct dp_claim *claim_of(const struct dp_model *m, const struct table_col *col)
{
    const struct dp_claim *proto = col->arg;
    for (size_t i = 0; i < m->nclaims; i++) {
        const struct dp_claim *c = &m->claims[i];
        if (c->metric.raw && proto->metric.raw && strcmp(c->metric.raw, proto->metric.raw) == 0 &&
            (c->baseline.raw == NULL) == (proto->baseline.raw == NULL) &&
            (!c->baseline.raw || strcmp(c->baseline.raw, proto->baseline.raw) == 0))
            return c;
    }
    return NULL;
}

/* "92.8", "70%", "5 rank". The note (after the text in buf) says who
 * reported it and against what: "vendor · vs Qwen3-235B 69.37 (104%)". */
void table_claim_value(const struct dp_claim *c, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v)
{
    tv_measure(v, &c->value, &c->unit, buf, n);
    v->tone = c->kind == DP_CLAIM_VENDOR ? TABLE_TONE_VENDOR : TABLE_TONE_GOOD;
    v->src = c->src;
    size_t used = strlen(buf) + 1;
    if (used + 8 >= n)
        return;
    char *note = buf + used;
    size_t room = n - used;
    int w = snprintf(note, room, "%s", vocab_claim_kind(c->kind, ctx->lang));
    const char *bn = !c->baseline.raw    ? NULL
                     : c->baseline_model ? model_text(&c->baseline_model->name, ctx->lang)->disp
                                         : c->baseline.disp;
    if (bn && w >= 0 && (size_t)w < room)
        w += snprintf(note + w, room - (size_t)w, " · %s %s", vocab(V_VS, ctx->lang), bn);
    if (c->baseline_value.known && w >= 0 && (size_t)w < room)
        w += snprintf(note + w, room - (size_t)w, " %g", c->baseline_value.v);
    if (c->relative_pct.known && w >= 0 && (size_t)w < room)
        snprintf(note + w, room - (size_t)w, " (%g%%)", c->relative_pct.v);
    v->note = note;
}

static void get_claim(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    const struct dp_claim *c = claim_of(M(row), col);
    if (!c) {
        tv_unknown(v, TABLE_NUM, DP_WHY_NOT_APPLICABLE);
        return;
    }
    table_claim_value(c, ctx, buf, n, v);
}

/* The claim keys already given a column: a hash set (table_col_find()
 * for each of 40,000 claims compared every key with every other). */
struct key_set {
    char **slot;
    size_t cap, n;
    bool oom;
};

static bool key_new(struct key_set *ks, const char *key)
{
    if (2 * (ks->n + 1) > ks->cap) {
        size_t cap = ks->cap ? 2 * ks->cap : 64;
        char **v = calloc(cap, sizeof *v);
        if (!v) {
            ks->oom = true;
            return false;
        }
        for (size_t i = 0; i < ks->cap; i++)
            if (ks->slot[i]) {
                size_t h = 5381;
                for (const char *p = ks->slot[i]; *p; p++)
                    h = h * 33 + (unsigned char)*p;
                size_t j = h & (cap - 1);
                while (v[j])
                    j = (j + 1) & (cap - 1);
                v[j] = ks->slot[i];
            }
        free(ks->slot);
        ks->slot = v;
        ks->cap = cap;
    }
    size_t h = 5381;
    for (const char *p = key; *p; p++)
        h = h * 33 + (unsigned char)*p;
    size_t j = h & (ks->cap - 1);
    for (; ks->slot[j]; j = (j + 1) & (ks->cap - 1))
        if (strcmp(ks->slot[j], key) == 0)
            return false;
    if (!(ks->slot[j] = strdup(key))) {
        ks->oom = true;
        return false;
    }
    ks->n++;
    return true;
}

static void key_set_free(struct key_set *ks)
{
    for (size_t i = 0; i < ks->cap; i++)
        free(ks->slot[i]);
    free(ks->slot);
}

static bool add_claim_cols(struct table_def *def, const struct dp_dataset *ds, struct key_set *seen)
{
    static const struct table_col proto = {
        .align = TEXT_RIGHT,
        .width = 7,
        .type = TABLE_NUM,
        .get = get_claim,
        .flags = TABLE_F_DETAIL | TABLE_F_COMPARE | TABLE_F_SKIP_UNKNOWN,
        .scale = TABLE_SCALE_LINEAR,
        .delta = TABLE_DELTA_DIFF,
        .best = TABLE_BEST_MAX,
        .group = TABLE_GROUP_CLAIMS,
    };
    for (size_t i = 0; i < ds->nmodels; i++)
        for (size_t k = 0; k < ds->models[i]->nclaims; k++) {
            const struct dp_claim *c = &ds->models[i]->claims[k];
            char slug[128], bslug[96], key[240], title_en[400], title_ko[400];
            table_slug(c->metric.raw, slug, sizeof slug);
            table_slug(c->baseline_model ? c->baseline_model->id : c->baseline.raw, bslug, sizeof bslug);
            snprintf(key, sizeof key, "claim.%s%s%s", slug, *bslug ? "@" : "", bslug);
            if (!key_new(seen, key))
                continue;
            const char *bn_en =
                c->baseline_model ? model_text(&c->baseline_model->name, DP_LANG_EN)->disp : c->baseline.disp;
            const char *bn_ko =
                c->baseline_model ? model_text(&c->baseline_model->name, DP_LANG_KO)->disp : c->baseline.disp;
            snprintf(title_en, sizeof title_en, "%s%s%s%s", c->metric.disp, *bslug ? " " : "",
                     *bslug ? "vs " : "", *bslug ? bn_en : "");
            snprintf(title_ko, sizeof title_ko, "%s%s%s%s", c->metric.disp, *bslug ? " (" : "",
                     *bslug ? bn_ko : "", *bslug ? " 대비)" : "");
            struct table_col *col = table_def_add(def, &proto, key, title_en, title_ko);
            if (!col)
                return false;
            col->arg = c;
            if (c->unit.raw && strcmp(c->unit.raw, "rank") == 0)
                col->best = TABLE_BEST_MIN;
        }
    return true;
}

static bool add_claims(struct table_def *def, const struct dp_dataset *ds)
{
    struct key_set seen = {0};
    for (size_t i = 0; i < def->ncols; i++) /* a claim never takes a fixed field's key */
        key_new(&seen, def->cols[i].key);
    bool good = !seen.oom && add_claim_cols(def, ds, &seen) && !seen.oom;
    key_set_free(&seen);
    return good;
}

/* A field of the model's consortium (stage results, scores, partners). */
static void get_via_consortium(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                               char *buf, size_t n, struct table_value *v)
{
    const struct table_col *cc = col->arg;
    if (!M(row)->consortium) {
        tv_unknown(v, cc->type, DP_WHY_NOT_APPLICABLE);
        return;
    }
    cc->get(M(row)->consortium, cc, ctx, buf, n, v);
}

/* The consortium's fields, read through a model: Compare's programme rows
 * (stage results, scores, partners) and filters such as result=eliminated.
 * A key the model has too (id, name ...) is prefixed "team.". */
static bool add_programme(struct table_def *def, const struct dp_dataset *ds)
{
    struct table_def *cons = table_def_new(&table_consortia, ds);
    if (!cons || !table_def_keep_nested(def, cons)) {
        table_def_free(&cons);
        return false;
    }
    size_t nown = def->ncols;
    for (size_t i = 0; i < cons->ncols; i++) {
        const struct table_col *cc = &cons->cols[i];
        struct table_col proto = *cc;
        proto.get = get_via_consortium;
        proto.flags = (cc->flags & TABLE_F_COMPARE) | (cc->flags & TABLE_F_SKIP_UNKNOWN);
        proto.group = TABLE_GROUP_PROGRAMME;
        char key[200];
        bool clash = false;
        for (size_t k = 0; k < nown && !clash; k++)
            clash = strcmp(def->cols[k].key, cc->key) == 0;
        snprintf(key, sizeof key, "%s%s", clash ? "team." : "", cc->key);
        struct table_col *col = table_def_add(def, &proto, key, cc->title_en, cc->title_ko);
        if (!col)
            return false;
        col->arg = cc;
    }
    return true;
}

static bool expand_models(struct table_def *def, const struct dp_dataset *ds)
{
    return add_programme(def, ds) && add_claims(def, ds) && table_results_add_model_fields(def, ds);
}

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

static bool model_apart(const void *row)
{
    return M(row)->reference;
}

static const struct dp_contradiction *models_contested(const void *row, const char *key)
{
    const struct dp_model *r = row;
    return table_contradiction_find(r->contras, r->ncontras, key);
}

const struct table_def table_models = {
    .name = "models",
    .cols = model_cols,
    .ncols = sizeof model_cols / sizeof model_cols[0],
    .count = count_models,
    .fill = fill_models,
    .names = table_model_names,
    .expand = expand_models,
    .apart = model_apart,
    .contested = models_contested,
};
