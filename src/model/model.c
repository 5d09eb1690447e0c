/* SPDX-License-Identifier: GPL-2.0-or-later */
/* model.c — enum names, lookups and the flat indexes of a dataset. */
#include "config.h"
#include "model.h"

#include <stdlib.h>
#include <string.h>

#include "model/idmap.h"

static const dp_str empty_str = {NULL, "", 0};

const dp_str *model_text(const dp_text *t, enum dp_lang lang)
{
    const dp_str *first = lang == DP_LANG_KO ? &t->ko : &t->en;
    const dp_str *other = lang == DP_LANG_KO ? &t->en : &t->ko;
    if (first->raw)
        return first;
    if (other->raw)
        return other;
    return &empty_str;
}

bool model_text_present(const dp_text *t)
{
    return t->ko.raw || t->en.raw;
}

static int parse_name(const char *const *names, int n, const char *s)
{
    if (!s)
        return -1;
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

static const char *const kind_names[DP_KIND_COUNT] = {
    "university", "research", "startup", "chip",   "telecom",    "game",
    "mobility",   "data",     "service", "public", "enterprise", "other",
};
static const char *const result_names[DP_RESULT_COUNT] = {
    "selected", "presented", "advanced", "eliminated", "pending", "declined",
};
static const char *const why_names[] = {
    "", "undisclosed", "not-evaluated", "not-applicable", "unknown",
};
static const char *const claim_kind_names[DP_CLAIM_COUNT] = {
    "vendor",
    "official",
    "third-party",
};

const char *model_kind_name(enum dp_kind k)
{
    return k < DP_KIND_COUNT ? kind_names[k] : "?";
}
int model_kind_parse(const char *s)
{
    return parse_name(kind_names, DP_KIND_COUNT, s);
}
const char *model_result_name(enum dp_result r)
{
    return r < DP_RESULT_COUNT ? result_names[r] : "?";
}
int model_result_parse(const char *s)
{
    return parse_name(result_names, DP_RESULT_COUNT, s);
}
const char *model_why_name(enum dp_why w)
{
    return w <= DP_WHY_UNKNOWN ? why_names[w] : "?";
}

int model_why_parse(const char *s)
{
    int w = parse_name(why_names, DP_WHY_UNKNOWN + 1, s);
    return w == DP_WHY_NONE ? -1 : w;
}

const char *model_claim_kind_name(enum dp_claim_kind k)
{
    return k < DP_CLAIM_COUNT ? claim_kind_names[k] : "?";
}
int model_claim_kind_parse(const char *s)
{
    return parse_name(claim_kind_names, DP_CLAIM_COUNT, s);
}

static const char *const reliability_names[DP_RELIABILITY_COUNT] = {"", "primary", "secondary", "uncertain"};
static const char *const relation_names[DP_RELATION_COUNT] = {"",         "member", "affiliate",
                                                              "customer", "loi",    "research"};
static const char *const bench_group_names[DP_BENCH_COUNT] = {"korean", "global", "index", "other"};
static const char *const event_kind_names[DP_EVENT_COUNT] = {
    "selection", "presentation", "result", "call", "release", "announcement", "funding", "partner",
};

const char *model_reliability_name(enum dp_reliability r)
{
    return r < DP_RELIABILITY_COUNT ? reliability_names[r] : "?";
}

int model_reliability_parse(const char *s)
{
    int r = parse_name(reliability_names, DP_RELIABILITY_COUNT, s);
    return r == DP_RELIABILITY_UNSTATED ? -1 : r;
}

const char *model_relation_name(enum dp_relation r)
{
    return r < DP_RELATION_COUNT ? relation_names[r] : "?";
}

int model_relation_parse(const char *s)
{
    int r = parse_name(relation_names, DP_RELATION_COUNT, s);
    return r == DP_RELATION_UNSTATED ? -1 : r;
}

const char *model_bench_group_name(enum dp_bench_group g)
{
    return g < DP_BENCH_COUNT ? bench_group_names[g] : "?";
}

int model_bench_group_parse(const char *s)
{
    return parse_name(bench_group_names, DP_BENCH_COUNT, s);
}

const char *model_event_kind_name(enum dp_event_kind k)
{
    return k < DP_EVENT_COUNT ? event_kind_names[k] : "?";
}

int model_event_kind_parse(const char *s)
{
    return parse_name(event_kind_names, DP_EVENT_COUNT, s);
}

const struct dp_benchmark *model_find_benchmark(const struct dp_dataset *ds, const char *id)
{
    for (size_t i = 0; i < ds->nbenchmarks; i++)
        if (ds->benchmarks[i].id && strcmp(ds->benchmarks[i].id, id) == 0)
            return &ds->benchmarks[i];
    return NULL;
}

bool model_part_value(const struct dp_score_part *p, double *v, bool *summed)
{
    *summed = false;
    if (p->value.known) {
        *v = p->value.v;
        return true;
    }
    if (p->nsub == 0)
        return false;
    double sum = 0;
    for (size_t i = 0; i < p->nsub; i++) {
        if (!p->sub[i].value.known)
            return false;
        sum += p->sub[i].value.v;
    }
    *v = sum;
    *summed = true;
    return true;
}

const struct dp_score_part *model_score_sub(const struct dp_score_part *p, const char *id)
{
    for (size_t i = 0; i < p->nsub; i++)
        if (p->sub[i].part && p->sub[i].part->id && strcmp(p->sub[i].part->id, id) == 0)
            return &p->sub[i];
    return NULL;
}

static const char *source_key(const void *ctx, size_t i)
{
    return ((const struct dp_dataset *)ctx)->sources[i].id;
}

static const char *model_key(const void *ctx, size_t i)
{
    return ((const struct dp_dataset *)ctx)->models[i]->id;
}

const struct dp_source *model_find_source(const struct dp_dataset *ds, const char *id)
{
    if (ds->source_ids) {
        long i = idmap_find(ds->source_ids, id, source_key, ds);
        return i < 0 ? NULL : &ds->sources[i];
    }
    for (size_t i = 0; i < ds->nsources; i++)
        if (ds->sources[i].id && strcmp(ds->sources[i].id, id) == 0)
            return &ds->sources[i];
    return NULL;
}

const struct dp_stage *model_find_stage(const struct dp_dataset *ds, const char *id)
{
    for (size_t i = 0; i < ds->nstages; i++)
        if (ds->stages[i].id && strcmp(ds->stages[i].id, id) == 0)
            return &ds->stages[i];
    return NULL;
}

const struct dp_scheme *model_find_scheme(const struct dp_dataset *ds, const char *id)
{
    for (size_t i = 0; i < ds->nschemes; i++)
        if (ds->schemes[i].id && strcmp(ds->schemes[i].id, id) == 0)
            return &ds->schemes[i];
    return NULL;
}

const struct dp_model *model_find_model(const struct dp_dataset *ds, const char *id)
{
    if (ds->model_ids) {
        long i = idmap_find(ds->model_ids, id, model_key, ds);
        return i < 0 ? NULL : ds->models[i];
    }
    for (size_t i = 0; i < ds->nmodels; i++)
        if (ds->models[i]->id && strcmp(ds->models[i]->id, id) == 0)
            return ds->models[i];
    return NULL;
}

const struct dp_consortium *model_find_consortium(const struct dp_dataset *ds, const char *id)
{
    for (size_t i = 0; i < ds->nconsortia; i++)
        if (ds->consortia[i].id && strcmp(ds->consortia[i].id, id) == 0)
            return &ds->consortia[i];
    return NULL;
}

const struct dp_status *model_status_at(const struct dp_consortium *c, const char *stage_id)
{
    for (size_t i = 0; i < c->nstatus; i++)
        if (c->status[i].stage && strcmp(c->status[i].stage->id, stage_id) == 0)
            return &c->status[i];
    return NULL;
}

const struct dp_status *model_status_latest(const struct dp_dataset *ds, const struct dp_consortium *c)
{
    const struct dp_status *best = NULL;
    size_t best_pos = 0;
    for (size_t i = 0; i < c->nstatus; i++) {
        const struct dp_stage *st = c->status[i].stage;
        size_t pos = st ? (size_t)(st - ds->stages) : 0;
        if (!best || pos >= best_pos) {
            best = &c->status[i];
            best_pos = pos;
        }
    }
    return best;
}

const char *model_field_src(const struct dp_model *m, const char *field)
{
    for (size_t i = 0; i < m->nfield_srcs; i++)
        if (strcmp(m->field_srcs[i].field, field) == 0)
            return m->field_srcs[i].src;
    return m->src;
}

bool model_has_tag(const struct dp_model *m, const char *tag)
{
    for (size_t i = 0; i < m->narch; i++)
        if (m->arch[i].raw && strcmp(m->arch[i].raw, tag) == 0)
            return true;
    return false;
}

/* Each model's results: pointers into ds->results, in data order, in
 * one array shared by all models (two passes, no per-model growth). */
bool model_index_results(struct dp_dataset *ds)
{
    free(ds->result_ptrs);
    ds->result_ptrs = NULL;
    for (size_t i = 0; i < ds->nmodels; i++) {
        ds->models[i]->results = NULL;
        ds->models[i]->nresults = 0;
    }
    if (!ds->nresults)
        return true;
    ds->result_ptrs = calloc(ds->nresults, sizeof *ds->result_ptrs);
    if (!ds->result_ptrs)
        return false;
    for (size_t i = 0; i < ds->nresults; i++)
        if (ds->results[i].model)
            ((struct dp_model *)ds->results[i].model)->nresults++;
    size_t at = 0;
    for (size_t i = 0; i < ds->nmodels; i++) {
        struct dp_model *mo = ds->models[i];
        mo->results = mo->nresults ? ds->result_ptrs + at : NULL;
        at += mo->nresults;
        mo->nresults = 0;
    }
    for (size_t i = 0; i < ds->nresults; i++) {
        struct dp_model *mo = (struct dp_model *)ds->results[i].model;
        if (mo)
            mo->results[mo->nresults++] = &ds->results[i];
    }
    return true;
}

bool model_index(struct dp_dataset *ds)
{
    size_t nm = ds->nreferences, np = 0;
    for (size_t i = 0; i < ds->nconsortia; i++) {
        nm += ds->consortia[i].nmodels;
        np += ds->consortia[i].npartners;
    }
    free(ds->models);
    free(ds->partners);
    idmap_free(&ds->model_ids);
    ds->models = calloc(nm ? nm : 1, sizeof *ds->models);
    ds->partners = calloc(np ? np : 1, sizeof *ds->partners);
    if (!ds->models || !ds->partners)
        return false;
    size_t m = 0, p = 0;
    for (size_t i = 0; i < ds->nconsortia; i++) {
        struct dp_consortium *c = &ds->consortia[i];
        c->index = i;
        for (size_t j = 0; j < c->nmodels; j++) {
            c->models[j].consortium = c;
            c->models[j].index = m;
            for (size_t k = 0; k < c->models[j].nclaims; k++)
                c->models[j].claims[k].model = &c->models[j];
            ds->models[m++] = &c->models[j];
        }
        for (size_t j = 0; j < c->npartners; j++) {
            c->partners[j].consortium = c;
            ds->partners[p++] = &c->partners[j];
        }
    }
    for (size_t j = 0; j < ds->nreferences; j++) {
        ds->references[j].consortium = NULL;
        ds->references[j].index = m;
        for (size_t k = 0; k < ds->references[j].nclaims; k++)
            ds->references[j].claims[k].model = &ds->references[j];
        ds->models[m++] = &ds->references[j];
    }
    ds->nmodels = m;
    ds->npartners = p;
    if (!model_index_results(ds))
        return false;
    idmap_free(&ds->model_ids);
    ds->model_ids = idmap_build(m, model_key, ds);
    return ds->model_ids != NULL;
}

bool model_index_sources(struct dp_dataset *ds)
{
    idmap_free(&ds->source_ids);
    ds->source_ids = idmap_build(ds->nsources, source_key, ds);
    return ds->source_ids != NULL;
}
