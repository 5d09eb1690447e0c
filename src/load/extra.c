/* SPDX-License-Identifier: GPL-2.0-or-later */
/* extra.c — the optional top-level lists of the format: benchmarks and
 * their results, dated events, budget lines, applicants and government
 * officials (doc/dataset-format.md). */
#include "config.h"
#include "load_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The array of objects at `key` (optional), each read by fn into an
 * element of `size` bytes, with the element's path pushed. */
typedef void (*extra_fn)(struct lctx *L, const cJSON *item, void *elem);

static void *read_array(struct lctx *L, const cJSON *root, const char *key, size_t size, size_t *count,
                        extra_fn fn)
{
    const cJSON *arr = lx_array(L, root, key, false);
    *count = 0;
    if (!arr)
        return NULL;
    unsigned char *v = lx_alloc(L, (size_t)cJSON_GetArraySize(arr), size);
    size_t i = 0, mark = lx_push_key(L, key);
    for (const cJSON *it = arr->child; it; it = it->next, i++) {
        size_t m2 = lx_push_index(L, i);
        if (lx_object(L, it) && v)
            fn(L, it, v + (*count)++ * size);
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
    return v;
}

/* An enum name at key via parse (required), reported with its choices. */
static int read_enum(struct lctx *L, const cJSON *obj, const char *key, int (*parse)(const char *),
                     const char *choices)
{
    const char *name;
    if (!lx_plain(L, obj, key, true, &name))
        return -1;
    int v = parse(name);
    if (v < 0) {
        size_t m = lx_push_key(L, key);
        lx_error(L, "expected %s, got \"%s\"", choices, name);
        lx_pop(L, m);
    }
    return v;
}

static const struct dp_stage *stage_at(struct lctx *L, const cJSON *obj, const char *key, bool required)
{
    const char *id;
    if (!lx_plain(L, obj, key, required, &id) || !id)
        return NULL;
    const struct dp_stage *st = model_find_stage(L->ds, id);
    if (!st) {
        size_t m = lx_push_key(L, key);
        lx_error(L, "unknown stage id \"%s\"", id);
        lx_pop(L, m);
    }
    return st;
}

static const struct dp_consortium *consortium_at(struct lctx *L, const cJSON *obj, const char *key)
{
    const char *id;
    if (!lx_plain(L, obj, key, false, &id) || !id)
        return NULL;
    const struct dp_consortium *c = model_find_consortium(L->ds, id);
    if (!c) {
        size_t m = lx_push_key(L, key);
        lx_error(L, "unknown consortium id \"%s\"", id);
        lx_pop(L, m);
    }
    return c;
}

static void read_benchmark(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"id", "name", "group", "description", "source", "note", NULL};
    struct dp_benchmark *b = elem;
    lx_keys(L, it, keys);
    lx_id(L, it, "id", &b->id);
    lx_str(L, it, "name", true, false, &b->name);
    int g = read_enum(L, it, "group", model_bench_group_parse, "korean, global, index or other");
    b->group = g < 0 ? DP_BENCH_OTHER : (enum dp_bench_group)g;
    lx_text(L, it, "description", false, &b->description);
    lx_src(L, it, "source", false, &b->src);
    lx_note(L, it, &b->note);
}

static void read_result(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"model",   "benchmark",  "value",       "why",      "unit",
                                       "setting", "comparator", "reported_by", "reporter", "date",
                                       "source",  "note",       NULL};
    struct dp_result_rec *r = elem;
    const char *bid;
    lx_keys(L, it, keys);
    lx_plain(L, it, "model", true, &r->model_id); /* resolved by load_resolve_extras() */
    if (lx_plain(L, it, "benchmark", true, &bid)) {
        r->bench = model_find_benchmark(L->ds, bid);
        if (!r->bench) {
            size_t m = lx_push_key(L, "benchmark");
            lx_error(L, "unknown benchmark id \"%s\"", bid);
            lx_pop(L, m);
        }
    }
    lx_num_why(L, it, "value", &r->value);
    lx_str(L, it, "unit", false, true, &r->unit);
    lx_str(L, it, "setting", false, true, &r->setting);
    lx_str(L, it, "comparator", false, true, &r->comparator);
    int k = read_enum(L, it, "reported_by", model_claim_kind_parse, "vendor, official or third-party");
    r->reported_by = k < 0 ? DP_CLAIM_VENDOR : (enum dp_claim_kind)k;
    lx_str(L, it, "reporter", false, true, &r->reporter);
    lx_date(L, it, "date", false, &r->date);
    lx_src(L, it, "source", true, &r->src);
    lx_note(L, it, &r->note);
}

static void read_event(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"id",         "date",  "date_end", "kind", "text", "stage",
                                       "consortium", "model", "source",   "note", NULL};
    struct dp_event *e = elem;
    lx_keys(L, it, keys);
    lx_id(L, it, "id", &e->id);
    if (!lx_date(L, it, "date", true, &e->date) && cJSON_IsNull(lx_get(L, it, "date"))) {
        size_t m = lx_push_key(L, "date");
        lx_error(L, "an event needs a date");
        lx_pop(L, m);
    }
    lx_date(L, it, "date_end", false, &e->date_end);
    int k = read_enum(L, it, "kind", model_event_kind_parse,
                      "selection, presentation, result, call, release, announcement, funding or partner");
    e->kind = k < 0 ? DP_EVENT_ANNOUNCEMENT : (enum dp_event_kind)k;
    lx_text(L, it, "text", true, &e->text);
    e->stage = stage_at(L, it, "stage", false);
    e->consortium = consortium_at(L, it, "consortium");
    lx_plain(L, it, "model", false, &e->model_id); /* resolved by load_resolve_extras() */
    lx_src(L, it, "source", true, &e->src);
    lx_note(L, it, &e->note);
}

static void read_budget_one(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"id",         "name",   "amount_krw_bn", "why",
                                       "consortium", "source", "note",          NULL};
    struct dp_budget *b = elem;
    lx_keys(L, it, keys);
    lx_id(L, it, "id", &b->id);
    lx_text(L, it, "name", true, &b->name);
    lx_num_why(L, it, "amount_krw_bn", &b->amount_krw_bn);
    b->consortium = consortium_at(L, it, "consortium");
    lx_src(L, it, "source", true, &b->src);
    lx_note(L, it, &b->note);
}

static void read_applicant(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"name",       "call",   "stage", "result",
                                       "consortium", "source", "note",  NULL};
    struct dp_applicant *a = elem;
    lx_keys(L, it, keys);
    lx_text(L, it, "name", true, &a->name);
    a->call = stage_at(L, it, "call", true);
    a->stage = stage_at(L, it, "stage", true);
    int r = read_enum(L, it, "result", model_result_parse,
                      "selected, presented, advanced, eliminated, pending or declined");
    a->result = r < 0 ? DP_RESULT_PENDING : (enum dp_result)r;
    a->consortium = consortium_at(L, it, "consortium");
    lx_src(L, it, "source", true, &a->src);
    lx_note(L, it, &a->note);
}

static void read_official(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"name", "title", "said", "source", "note", NULL};
    struct dp_person *p = elem;
    lx_keys(L, it, keys);
    lx_text(L, it, "name", true, &p->name);
    lx_text(L, it, "title", true, &p->title);
    lx_text(L, it, "said", false, &p->said);
    lx_src(L, it, "source", true, &p->src);
}

static void unique_ids(struct lctx *L, const char *list, const char *what, const void *v, size_t n,
                       size_t size)
{
    /* Small lists (tens of entries): compare each with the ones before. */
    const unsigned char *b = v;
    for (size_t i = 0; i < n; i++) {
        const char *id = *(const char *const *)(b + i * size);
        for (size_t j = 0; id && j < i; j++) {
            const char *prev = *(const char *const *)(b + j * size);
            if (prev && strcmp(prev, id) == 0) {
                load_error(L->rep, "%s[%zu].id: duplicate %s id \"%s\"", list, i, what, id);
                break;
            }
        }
    }
}

void load_read_extras(struct lctx *L, const cJSON *root)
{
    struct dp_dataset *ds = L->ds;
    ds->benchmarks =
        read_array(L, root, "benchmarks", sizeof *ds->benchmarks, &ds->nbenchmarks, read_benchmark);
    unique_ids(L, "benchmarks", "benchmark", ds->benchmarks, ds->nbenchmarks, sizeof *ds->benchmarks);
    ds->results = read_array(L, root, "results", sizeof *ds->results, &ds->nresults, read_result);
    ds->events = read_array(L, root, "events", sizeof *ds->events, &ds->nevents, read_event);
    unique_ids(L, "events", "event", ds->events, ds->nevents, sizeof *ds->events);
    ds->budget = read_array(L, root, "budget", sizeof *ds->budget, &ds->nbudget, read_budget_one);
    unique_ids(L, "budget", "budget", ds->budget, ds->nbudget, sizeof *ds->budget);
    ds->applicants =
        read_array(L, root, "applicants", sizeof *ds->applicants, &ds->napplicants, read_applicant);
    ds->officials = read_array(L, root, "officials", sizeof *ds->officials, &ds->nofficials, read_official);
}

/* The model of a model id, or NULL with an error at path[i].model. */
static const struct dp_model *resolve_model(struct lctx *L, const char *id, const char *path, size_t i)
{
    if (!id)
        return NULL;
    const struct dp_model *m = model_find_model(L->ds, id);
    if (!m)
        load_error(L->rep, "%s[%zu].model: unknown model id \"%s\"", path, i, id);
    return m;
}

void load_resolve_extras(struct lctx *L)
{
    struct dp_dataset *ds = L->ds;
    for (size_t i = 0; i < ds->nresults; i++) {
        struct dp_result_rec *r = &ds->results[i];
        r->model = resolve_model(L, r->model_id, "results", i);
        if (r->comparator.raw)
            r->comparator_model = model_find_model(ds, r->comparator.raw);
    }
    for (size_t i = 0; i < ds->nevents; i++)
        ds->events[i].model = resolve_model(L, ds->events[i].model_id, "events", i);
    if (ds->nresults && !model_index_results(ds))
        load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
}
