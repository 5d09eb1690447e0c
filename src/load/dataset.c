/* SPDX-License-Identifier: GPL-2.0-or-later */
/* dataset.c — the document's structure (doc/dataset-format.md) converted
 * into the model, checking every rule and cross-reference. */
#include "config.h"
#include "load_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Runs fn on each element of the array at key, with the path pushed. */
#define EACH(L, arr, i, it) for (const cJSON *it = (arr) ? (arr)->child : NULL; it; it = it->next, (i)++)

static size_t array_len(const cJSON *a)
{
    return a ? (size_t)cJSON_GetArraySize(a) : 0;
}

/* Reads the array of objects at `key`: one element of `size` bytes per
 * object, zeroed, filled by read_one with the element's path pushed.
 * Returns the elements (NULL when there are none) and sets *count. */
typedef void (*read_one_fn)(struct lctx *L, const cJSON *item, void *elem);

static void *read_list(struct lctx *L, const cJSON *obj, const char *key, bool required, size_t size,
                       size_t *count, read_one_fn read_one)
{
    const cJSON *arr = lx_array(L, obj, key, required);
    size_t i = 0, mark = lx_push_key(L, key);
    unsigned char *v = lx_alloc(L, array_len(arr), size);
    *count = 0;
    EACH(L, arr, i, it)
    {
        size_t m2 = lx_push_index(L, i);
        if (lx_object(L, it) && v)
            read_one(L, it, v + (*count)++ * size);
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
    return v;
}

/* "reliability": primary | secondary | uncertain; "uncertain": true must
 * agree with it (an uncertain source is one whose reliability is uncertain). */
static void read_reliability(struct lctx *L, const cJSON *it, struct dp_source *s, bool said_uncertain)
{
    const char *rel;
    if (!lx_plain(L, it, "reliability", false, &rel) || !rel)
        return;
    size_t m = lx_push_key(L, "reliability");
    int r = model_reliability_parse(rel);
    if (r < 0) {
        lx_error(L, "expected primary, secondary or uncertain, got \"%s\"", rel);
    } else {
        s->reliability = (enum dp_reliability)r;
        if (said_uncertain && s->uncertain != (r == DP_RELIABILITY_UNCERTAIN))
            lx_error(L, "\"%s\" contradicts \"uncertain\": %s", rel, s->uncertain ? "true" : "false");
        s->uncertain = r == DP_RELIABILITY_UNCERTAIN;
    }
    lx_pop(L, m);
}

static void read_sources(struct lctx *L, const cJSON *root)
{
    static const char *const keys[] = {"id",    "kind",      "publisher", "date",        "url",
                                       "title", "uncertain", "note",      "reliability", NULL};
    const cJSON *arr = lx_array(L, root, "sources", true);
    size_t n = array_len(arr), i = 0, k = 0;
    struct dp_source *v = lx_alloc(L, n, sizeof *v);
    size_t *where = n ? malloc(n * sizeof *where) : NULL; /* each source's array index */
    size_t mark = lx_push_key(L, "sources");
    EACH(L, arr, i, it)
    {
        size_t m2 = lx_push_index(L, i);
        if (lx_object(L, it)) {
            struct dp_source *s = &v[k];
            lx_keys(L, it, keys);
            dp_str kind;
            lx_source_id(L, it, "id", &s->id);
            if (lx_str(L, it, "kind", true, false, &kind)) {
                if (strcmp(kind.raw, "seed") != 0 && strcmp(kind.raw, "public") != 0) {
                    size_t m3 = lx_push_key(L, "kind");
                    lx_error(L, "expected \"seed\" or \"public\", got \"%s\"", kind.disp);
                    lx_pop(L, m3);
                }
                s->seed = strcmp(kind.raw, "seed") == 0;
            }
            lx_str(L, it, "publisher", true, false, &s->publisher);
            const char *date;
            lx_date(L, it, "date", true, &date);
            if (date)
                lx_make_str(L, date, &s->date);
            else
                s->date.disp = "";
            lx_str(L, it, "url", true, true, &s->url);
            lx_str(L, it, "title", true, false, &s->title);
            bool said_uncertain = lx_bool(L, it, "uncertain", &s->uncertain);
            read_reliability(L, it, s, said_uncertain);
            if (s->id) {
                if (where)
                    where[k] = i;
                k++;
            }
        }
        lx_pop(L, m2);
    }
    L->ds->sources = v;
    L->ds->nsources = k;
    if (!model_index_sources(L->ds) || (n && !where)) {
        load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
    } else {
        /* The index keeps the first source of each id: any other is a
         * duplicate (one hash lookup each, not every pair). */
        for (size_t j = 0; j < k; j++)
            if (model_find_source(L->ds, v[j].id) != &v[j]) {
                size_t m2 = lx_push_index(L, where[j]);
                lx_error(L, "duplicate source id \"%s\"", v[j].id);
                lx_pop(L, m2);
            }
    }
    free(where);
    lx_pop(L, mark);
}

static void read_stages(struct lctx *L, const cJSON *root)
{
    static const char *const keys[] = {"id", "date", "date_end", "ko", "en", "source", "note", NULL};
    const cJSON *arr = lx_array(L, root, "stages", true);
    size_t n = array_len(arr), i = 0, k = 0;
    struct dp_stage *v = lx_alloc(L, n, sizeof *v);
    size_t mark = lx_push_key(L, "stages");
    EACH(L, arr, i, it)
    {
        size_t m2 = lx_push_index(L, i);
        if (lx_object(L, it)) {
            struct dp_stage *s = &v[k];
            lx_keys(L, it, keys);
            lx_id(L, it, "id", &s->id);
            lx_date(L, it, "date", true, &s->date);
            lx_date(L, it, "date_end", false, &s->date_end);
            lx_str(L, it, "ko", true, false, &s->name.ko);
            lx_str(L, it, "en", true, false, &s->name.en);
            lx_src(L, it, "source", true, &s->src);
            lx_note(L, it, &s->note);
            if (s->id) {
                for (size_t j = 0; j < k; j++)
                    if (strcmp(v[j].id, s->id) == 0)
                        lx_error(L, "duplicate stage id \"%s\"", s->id);
                k++;
            }
        }
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
    L->ds->stages = v;
    L->ds->nstages = k;
}

static const struct dp_stage *stage_ref(struct lctx *L, const cJSON *obj, const char *key)
{
    const char *id;
    if (!lx_plain(L, obj, key, true, &id))
        return NULL;
    const struct dp_stage *st = model_find_stage(L->ds, id);
    if (!st) {
        size_t m = lx_push_key(L, key);
        lx_error(L, "unknown stage id \"%s\"", id);
        lx_pop(L, m);
    }
    return st;
}

/* One part of a scheme; a top-level part may hold sub-parts whose max
 * adds up to its own. */
static void read_scheme_part(struct lctx *L, const cJSON *p, struct dp_scheme_part *sp,
                             const struct dp_scheme_part *parent)
{
    static const char *const pkeys[] = {"id",    "ko",    "en",   "max", "description",
                                        "panel", "parts", "note", NULL};
    static const char *const subkeys[] = {"id", "ko", "en", "max", "description", "panel", "note", NULL};
    dp_num max;
    lx_keys(L, p, parent ? subkeys : pkeys);
    sp->parent = parent;
    lx_id(L, p, "id", &sp->id);
    if (sp->id && strcmp(sp->id, "total") == 0) {
        size_t m = lx_push_key(L, "id");
        lx_error(L, "\"total\" is reserved for the scheme's total");
        lx_pop(L, m);
    }
    sp->name.ko.disp = sp->name.en.disp = "";
    lx_str(L, p, "ko", true, false, &sp->name.ko);
    lx_str(L, p, "en", true, false, &sp->name.en);
    lx_num(L, p, "max", true, false, &max);
    sp->max = max.known ? max.v : 0;
    lx_text(L, p, "description", false, &sp->description);
    lx_num(L, p, "panel", false, false, &sp->panel);
    if (sp->panel.known && sp->panel.v != floor(sp->panel.v)) {
        size_t m = lx_push_key(L, "panel");
        lx_error(L, "expected a whole number, got %g", sp->panel.v);
        lx_pop(L, m);
    }
    sp->average.why = DP_WHY_UNDISCLOSED;
    if (parent)
        return;
    const cJSON *subs = lx_array(L, p, "parts", false);
    if (!subs)
        return;
    sp->sub = lx_alloc(L, array_len(subs), sizeof *sp->sub);
    size_t j = 0, m = lx_push_key(L, "parts");
    double sum = 0;
    EACH(L, subs, j, q)
    {
        size_t m2 = lx_push_index(L, j);
        if (lx_object(L, q) && sp->sub) {
            struct dp_scheme_part *sub = &sp->sub[sp->nsub++];
            read_scheme_part(L, q, sub, sp);
            sum += sub->max;
        }
        lx_pop(L, m2);
    }
    if (max.known && sp->nsub && fabs(sum - sp->max) > 1e-9)
        lx_error(L, "sub-parts add up to %g, but the part's max is %g", sum, sp->max);
    lx_pop(L, m);
}

static struct dp_scheme_part *scheme_part_by_id(struct dp_scheme *s, const char *id)
{
    for (size_t i = 0; i < s->nparts; i++) {
        struct dp_scheme_part *p = &s->parts[i];
        if (p->id && strcmp(p->id, id) == 0)
            return p;
        for (size_t j = 0; j < p->nsub; j++)
            if (p->sub[j].id && strcmp(p->sub[j].id, id) == 0)
                return &p->sub[j];
    }
    return NULL;
}

/* "averages": [{"part": part id or "total", "value": n, "source": src}] */
static void read_averages(struct lctx *L, const cJSON *it, struct dp_scheme *s)
{
    static const char *const akeys[] = {"part", "value", "source", "note", NULL};
    s->average_total.why = DP_WHY_UNDISCLOSED;
    const cJSON *arr = lx_array(L, it, "averages", false);
    size_t i = 0, mark = lx_push_key(L, "averages");
    EACH(L, arr, i, a)
    {
        size_t m2 = lx_push_index(L, i);
        const char *pid;
        dp_num v;
        const char *src;
        if (lx_object(L, a)) {
            lx_keys(L, a, akeys);
            bool have = lx_plain(L, a, "part", true, &pid);
            lx_num(L, a, "value", true, false, &v);
            lx_src(L, a, "source", true, &src);
            if (have) {
                bool total = strcmp(pid, "total") == 0;
                struct dp_scheme_part *sp = total ? NULL : scheme_part_by_id(s, pid);
                double max = total ? s->total : sp ? sp->max : 0;
                size_t m3 = lx_push_key(L, total || sp ? "value" : "part");
                if (!total && !sp)
                    lx_error(L, "unknown part \"%s\" of scheme \"%s\"", pid, s->id ? s->id : "?");
                else if (v.known && v.v > max + 1e-9)
                    lx_error(L, "%g exceeds the maximum %g", v.v, max);
                else if (v.known && total) {
                    s->average_total = v;
                    s->average_total_src = src;
                } else if (v.known) {
                    sp->average = v;
                    sp->average_src = src;
                }
                lx_pop(L, m3);
            }
        }
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
}

static void read_schemes(struct lctx *L, const cJSON *root)
{
    static const char *const keys[] = {"id", "stage", "total", "parts", "source", "note", "averages", NULL};
    const cJSON *arr = lx_array(L, root, "evaluation_schemes", true);
    size_t n = array_len(arr), i = 0, k = 0;
    struct dp_scheme *v = lx_alloc(L, n, sizeof *v);
    size_t mark = lx_push_key(L, "evaluation_schemes");
    EACH(L, arr, i, it)
    {
        size_t m2 = lx_push_index(L, i);
        if (lx_object(L, it) && v) {
            struct dp_scheme *s = &v[k++];
            dp_num total;
            lx_keys(L, it, keys);
            lx_id(L, it, "id", &s->id);
            s->stage = stage_ref(L, it, "stage");
            lx_num(L, it, "total", true, false, &total);
            s->total = total.known ? total.v : 0;
            lx_src(L, it, "source", true, &s->src);
            lx_note(L, it, &s->note);
            const cJSON *parts = lx_array(L, it, "parts", true);
            s->nparts = 0;
            s->parts = lx_alloc(L, array_len(parts), sizeof *s->parts);
            size_t j = 0, m3 = lx_push_key(L, "parts");
            double sum = 0;
            EACH(L, parts, j, p)
            {
                size_t m4 = lx_push_index(L, j);
                if (lx_object(L, p) && s->parts) {
                    struct dp_scheme_part *sp = &s->parts[s->nparts++];
                    read_scheme_part(L, p, sp, NULL);
                    sum += sp->max;
                }
                lx_pop(L, m4);
            }
            if (total.known && s->nparts && fabs(sum - s->total) > 1e-9)
                lx_error(L, "parts add up to %g, but total is %g", sum, s->total);
            lx_pop(L, m3);
            read_averages(L, it, s);
        }
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
    L->ds->schemes = v;
    L->ds->nschemes = k;
}

static void read_item(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"text", "source", "note", NULL};
    struct dp_item *d = elem;
    lx_keys(L, it, keys);
    lx_text(L, it, "text", true, &d->text);
    lx_src(L, it, "source", true, &d->src);
}

static void read_items(struct lctx *L, const cJSON *obj, const char *key, struct dp_item **out, size_t *nout)
{
    *out = read_list(L, obj, key, false, sizeof **out, nout, read_item);
}

static void read_claim(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"metric",         "value",        "unit", "baseline",
                                       "baseline_value", "relative_pct", "kind", "date",
                                       "source",         "note",         NULL};
    struct dp_claim *c = elem;
    const char *kind;
    lx_keys(L, it, keys);
    lx_str(L, it, "metric", true, false, &c->metric);
    lx_num(L, it, "value", true, true, &c->value);
    lx_str(L, it, "unit", false, true, &c->unit);
    lx_str(L, it, "baseline", false, true, &c->baseline);
    lx_num(L, it, "baseline_value", false, true, &c->baseline_value);
    lx_num(L, it, "relative_pct", false, true, &c->relative_pct);
    if (lx_plain(L, it, "kind", true, &kind)) {
        int k = model_claim_kind_parse(kind);
        if (k < 0) {
            size_t m3 = lx_push_key(L, "kind");
            lx_error(L, "expected vendor, official or third-party, got \"%s\"", kind);
            lx_pop(L, m3);
        } else {
            c->kind = (enum dp_claim_kind)k;
        }
    }
    lx_date(L, it, "date", false, &c->date);
    lx_src(L, it, "source", true, &c->src);
    lx_note(L, it, &c->note);
}

static void read_claims(struct lctx *L, const cJSON *obj, struct dp_model *m)
{
    m->claims = read_list(L, obj, "claims", false, sizeof *m->claims, &m->nclaims, read_claim);
}

static void read_field_srcs(struct lctx *L, const cJSON *obj, struct dp_model *m)
{
    const cJSON *fs = lx_get(L, obj, "field_sources");
    if (!fs)
        return;
    if (!lx_object(L, fs))
        return;
    size_t mark = lx_push_key(L, "field_sources");
    m->field_srcs = lx_alloc(L, array_len(fs), sizeof *m->field_srcs);
    for (const cJSON *c = fs->child; c && m->field_srcs; c = c->next) {
        struct dp_field_src *f = &m->field_srcs[m->nfield_srcs];
        if (lx_src(L, fs, c->string, true, &f->src)) {
            f->field = model_strdup(L->ds, c->string, strlen(c->string));
            m->nfield_srcs++;
        }
    }
    lx_pop(L, mark);
}

/* Nullable scalar fields of a model need a "why" when null. */
static void check_why(struct lctx *L, const cJSON *obj, const char *field, bool known, enum dp_why *out)
{
    const cJSON *why = lx_get(L, obj, "why");
    *out = DP_WHY_NONE;
    if (known)
        return;
    int w = why && cJSON_IsObject(why) ? lx_why(L, why, field) : -1;
    if (w < 0) {
        size_t m = lx_push_key(L, field);
        /* Only an explicit null lacks a reason; a wrong value was reported. */
        if (cJSON_IsNull(lx_get(L, obj, field)))
            lx_error(
                L,
                "null without a reason: add why.%s (undisclosed, not-evaluated, not-applicable or unknown)",
                field);
        lx_pop(L, m);
        *out = DP_WHY_UNKNOWN;
    } else {
        *out = (enum dp_why)w;
    }
}

/* "entered_for": the stage a consortium model was entered for, "outside"
 * (not a programme entry), or null with why.entered_for. */
static void read_entered_for(struct lctx *L, const cJSON *it, struct dp_model *m, bool reference)
{
    const cJSON *v = lx_get(L, it, "entered_for");
    m->entered_why = DP_WHY_NOT_APPLICABLE;
    if (!v)
        return;
    size_t mk = lx_push_key(L, "entered_for");
    m->entered_stated = true;
    if (reference) {
        lx_error(L, "reference models are not programme entries");
    } else if (cJSON_IsNull(v)) {
        const cJSON *why = lx_get(L, it, "why");
        int w = why && cJSON_IsObject(why)
                    ? model_why_parse(cJSON_GetStringValue(lx_get(L, why, "entered_for")))
                    : -1;
        if (w < 0)
            lx_error(L, "null without a reason: add why.entered_for (undisclosed, not-evaluated, "
                        "not-applicable or unknown)");
        m->entered_why = w < 0 ? DP_WHY_UNKNOWN : (enum dp_why)w;
    } else if (!cJSON_IsString(v)) {
        lx_error(L, "expected a stage id, \"outside\" or null");
    } else if (strcmp(v->valuestring, "outside") == 0) {
        m->entered_outside = true;
        m->entered_why = DP_WHY_NONE;
    } else if (!(m->entered_for = model_find_stage(L->ds, v->valuestring))) {
        char *safe = text_display(v->valuestring, strlen(v->valuestring), 0);
        lx_error(L, "unknown stage id \"%s\"", safe ? safe : "?");
        free(safe);
    } else {
        m->entered_why = DP_WHY_NONE;
    }
    lx_pop(L, mk);
}

static void read_model(struct lctx *L, const cJSON *it, struct dp_model *m, bool reference);

void load_read_model(struct lctx *L, const cJSON *it, struct dp_model *m)
{
    read_model(L, it, m, false);
}

static void read_model(struct lctx *L, const cJSON *it, struct dp_model *m, bool reference)
{
    static const char *const keys[] = {"id",
                                       "name",
                                       "aliases",
                                       "reference",
                                       "developer",
                                       "variant_of",
                                       "params_total_b",
                                       "params_active_b",
                                       "architecture",
                                       "modalities",
                                       "context_tokens",
                                       "license",
                                       "released",
                                       "claims",
                                       "roadmap",
                                       "why",
                                       "source",
                                       "field_sources",
                                       "note",
                                       "entered_for",
                                       NULL};
    static const char *const whykeys[] = {
        "params_total_b", "params_active_b", "context_tokens", "license", "released", "entered_for", NULL};
    lx_keys(L, it, keys);
    lx_id(L, it, "id", &m->id);
    lx_text(L, it, "name", true, &m->name);
    lx_str_array(L, it, "aliases", false, &m->aliases, &m->naliases);
    lx_bool(L, it, "reference", &m->reference);
    if (m->reference != reference) {
        size_t mk = lx_push_key(L, "reference");
        lx_error(L, reference ? "reference models need \"reference\": true"
                              : "only reference_models may set \"reference\": true");
        lx_pop(L, mk);
    }
    lx_text(L, it, "developer", reference, &m->developer);
    lx_plain(L, it, "variant_of", false, &m->variant_of);
    lx_num(L, it, "params_total_b", true, true, &m->params_total);
    lx_num(L, it, "params_active_b", true, true, &m->params_active);
    if (m->params_total.known && m->params_active.known && m->params_active.v > m->params_total.v) {
        size_t mk = lx_push_key(L, "params_active_b");
        lx_error(L, "active parameters (%g) exceed total (%g)", m->params_active.v, m->params_total.v);
        lx_pop(L, mk);
    }
    lx_str_array(L, it, "architecture", true, &m->arch, &m->narch);
    const cJSON *mod = lx_get(L, it, "modalities");
    if (!mod) {
        size_t mk = lx_push_key(L, "modalities");
        lx_error(L, "missing required field");
        lx_pop(L, mk);
    } else if (!cJSON_IsNull(mod)) {
        size_t mk = lx_push_key(L, "modalities");
        if (lx_object(L, mod)) {
            static const char *const mkeys[] = {"input", "output", NULL};
            lx_keys(L, mod, mkeys);
            lx_str_array(L, mod, "input", true, &m->mod_in, &m->nmod_in);
            lx_str_array(L, mod, "output", true, &m->mod_out, &m->nmod_out);
        }
        lx_pop(L, mk);
    }
    lx_num(L, it, "context_tokens", true, true, &m->context);
    if (m->context.known && m->context.v != floor(m->context.v)) {
        size_t mk = lx_push_key(L, "context_tokens");
        lx_error(L, "expected a whole number, got %g", m->context.v);
        lx_pop(L, mk);
    }
    lx_str(L, it, "license", true, true, &m->license);
    lx_date(L, it, "released", true, &m->released);
    const cJSON *why = lx_get(L, it, "why");
    if (why) {
        size_t mk = lx_push_key(L, "why");
        if (lx_object(L, why)) {
            lx_keys(L, why, whykeys);
            for (const cJSON *c = why->child; c; c = c->next)
                lx_why(L, why, c->string);
        }
        lx_pop(L, mk);
    }
    check_why(L, it, "params_total_b", m->params_total.known, &m->params_total.why);
    check_why(L, it, "params_active_b", m->params_active.known, &m->params_active.why);
    check_why(L, it, "context_tokens", m->context.known, &m->context.why);
    check_why(L, it, "license", m->license.raw != NULL, &m->license_why);
    check_why(L, it, "released", m->released != NULL, &m->released_why);
    read_entered_for(L, it, m, reference);
    read_claims(L, it, m);
    read_items(L, it, "roadmap", &m->roadmap, &m->nroadmap);
    lx_src(L, it, "source", true, &m->src);
    read_field_srcs(L, it, m);
    lx_note(L, it, &m->note);
}

/* A split consortium's models: each parsed from its own span and freed
 * before the next, with the same paths as from the tree. */
static struct dp_model *read_split_models(struct lctx *L, const struct load_split_cons *sc, size_t *n)
{
    struct dp_model *v = lx_alloc(L, sc->n, sizeof *v);
    size_t mark = lx_push_key(L, "models");
    *n = 0;
    if (load_models_parallel(L, sc, v, n)) {
        lx_pop(L, mark);
        return v;
    }
    for (size_t i = 0; i < sc->n && !L->split_failed && !load_cancelled(L->opt); i++) {
        const struct load_span *span = &L->split->spans[sc->first + i];
        load_progress_add(L->opt, span->end - span->start);
        cJSON *it = load_split_model(L->split, L->buf, sc->first + i);
        if (!it) {
            L->split_failed = true;
            break;
        }
        size_t m2 = lx_push_index(L, i);
        if (lx_object(L, it) && v)
            read_model(L, it, &v[(*n)++], false);
        lx_pop(L, m2);
        lx_index_forget(L);
        load_cjson_model_free(it);
        if ((i + 1) % 1024 == 0 || i + 1 == sc->n)
            lx_release(L, sc->first + (i / 1024) * 1024, sc->first + i);
    }
    load_cjson_model_end();
    lx_pop(L, mark);
    return v;
}

static struct dp_model *read_models(struct lctx *L, const cJSON *obj, const char *key, bool required,
                                    bool reference, size_t *n)
{
    const cJSON *arr = lx_array(L, obj, key, required);
    struct dp_model *v = lx_alloc(L, array_len(arr), sizeof *v);
    size_t i = 0, mark = lx_push_key(L, key);
    *n = 0;
    EACH(L, arr, i, it)
    {
        size_t m2 = lx_push_index(L, i);
        if (lx_object(L, it) && v)
            read_model(L, it, &v[(*n)++], reference);
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
    return v;
}

static void read_partner(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"name",      "aliases", "kind",     "role", "source",
                                       "uncertain", "note",    "relation", "date", NULL};
    struct dp_partner *p = elem;
    const char *kind;
    lx_keys(L, it, keys);
    lx_text(L, it, "name", true, &p->name);
    lx_str_array(L, it, "aliases", false, &p->aliases, &p->naliases);
    if (lx_plain(L, it, "kind", true, &kind)) {
        int k = model_kind_parse(kind);
        if (k < 0) {
            size_t m3 = lx_push_key(L, "kind");
            lx_error(L, "unknown partner kind \"%s\"", kind);
            lx_pop(L, m3);
            k = DP_KIND_OTHER;
        }
        p->kind = (enum dp_kind)k;
    }
    lx_text(L, it, "role", false, &p->role);
    lx_src(L, it, "source", true, &p->src);
    lx_bool(L, it, "uncertain", &p->uncertain);
    lx_note(L, it, &p->note);
    lx_date(L, it, "date", false, &p->date);
    const char *rel;
    if (lx_plain(L, it, "relation", false, &rel) && rel) {
        int r = model_relation_parse(rel);
        if (r < 0) {
            size_t m3 = lx_push_key(L, "relation");
            lx_error(L, "expected member, affiliate, customer, loi or research, got \"%s\"", rel);
            lx_pop(L, m3);
        } else {
            p->relation = (enum dp_relation)r;
        }
    }
}

static void read_partners(struct lctx *L, const cJSON *obj, struct dp_consortium *c)
{
    c->partners = read_list(L, obj, "partners", true, sizeof *c->partners, &c->npartners, read_partner);
}

static void read_person(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"name", "title", "said", "source", "note", NULL};
    struct dp_person *p = elem;
    lx_keys(L, it, keys);
    lx_text(L, it, "name", true, &p->name);
    lx_text(L, it, "title", true, &p->title);
    lx_text(L, it, "said", false, &p->said);
    lx_src(L, it, "source", true, &p->src);
    lx_note(L, it, &p->note);
}

static void read_people(struct lctx *L, const cJSON *obj, struct dp_consortium *c)
{
    c->people = read_list(L, obj, "people", false, sizeof *c->people, &c->npeople, read_person);
}

static void read_status_one(struct lctx *L, const cJSON *it, void *elem)
{
    static const char *const keys[] = {"stage", "result", "reason", "date", "source", "note", NULL};
    struct dp_status *s = elem;
    const char *res;
    lx_keys(L, it, keys);
    s->stage = stage_ref(L, it, "stage");
    if (lx_plain(L, it, "result", true, &res)) {
        int r = model_result_parse(res);
        if (r < 0) {
            size_t m3 = lx_push_key(L, "result");
            lx_error(L, "unknown result \"%s\"", res);
            lx_pop(L, m3);
        } else {
            s->result = (enum dp_result)r;
        }
    }
    lx_text(L, it, "reason", false, &s->reason);
    lx_date(L, it, "date", false, &s->date);
    lx_src(L, it, "source", true, &s->src);
    lx_note(L, it, &s->note);
}

static void read_status(struct lctx *L, const cJSON *obj, struct dp_consortium *c)
{
    c->status = read_list(L, obj, "status", true, sizeof *c->status, &c->nstatus, read_status_one);
}

/* One published part score: value or null with why, at most the part's
 * max. */
static void read_part_value(struct lctx *L, const cJSON *p, struct dp_score_part *sp)
{
    lx_num_why(L, p, "value", &sp->value);
    lx_src(L, p, "source", true, &sp->src);
    lx_note(L, p, &sp->note);
    if (sp->value.known && sp->value.v > sp->part->max) {
        size_t m3 = lx_push_key(L, "value");
        lx_error(L, "%g exceeds the maximum %g", sp->value.v, sp->part->max);
        lx_pop(L, m3);
    }
}

/* The sub-part scores of one part score ("parts" inside a score part):
 * unlisted sub-parts are not evaluated; the published ones may not add
 * up to more than the part's own published value. */
static void read_sub_scores(struct lctx *L, const cJSON *p, struct dp_score_part *sp)
{
    static const char *const skeys[] = {"part", "value", "why", "source", "note", NULL};
    const struct dp_scheme_part *part = sp->part; /* sp->sub was laid out by read_score() */
    const cJSON *arr = lx_array(L, p, "parts", false);
    if (!arr)
        return;
    size_t i = 0, mark = lx_push_key(L, "parts");
    double sum = 0;
    bool any = false;
    EACH(L, arr, i, q)
    {
        size_t m2 = lx_push_index(L, i);
        const char *pid;
        if (lx_object(L, q) && lx_plain(L, q, "part", true, &pid)) {
            lx_keys(L, q, skeys);
            struct dp_score_part *sub = NULL;
            for (size_t j = 0; j < sp->nsub && sp->sub; j++)
                if (part->sub[j].id && strcmp(part->sub[j].id, pid) == 0)
                    sub = &sp->sub[j];
            if (!sub) {
                size_t m3 = lx_push_key(L, "part");
                lx_error(L, "unknown sub-part \"%s\" of part \"%s\"", pid, part->id ? part->id : "?");
                lx_pop(L, m3);
            } else {
                read_part_value(L, q, sub);
                if (sub->value.known) {
                    sum += sub->value.v;
                    any = true;
                }
            }
        }
        lx_pop(L, m2);
    }
    if (any && sp->value.known && sum > sp->value.v + 1e-6)
        lx_error(L, "sub-parts add up to %g, more than the part's %g", sum, sp->value.v);
    lx_pop(L, mark);
}

static void read_score(struct lctx *L, const cJSON *it, struct dp_score *s)
{
    static const char *const keys[] = {"scheme",         "parts",  "total", "total_why",
                                       "total_computed", "source", "note",  NULL};
    static const char *const pkeys[] = {"part", "value", "why", "source", "note", "parts", NULL};
    const char *sid;
    lx_keys(L, it, keys);
    if (lx_plain(L, it, "scheme", true, &sid)) {
        s->scheme = model_find_scheme(L->ds, sid);
        if (!s->scheme) {
            size_t m = lx_push_key(L, "scheme");
            lx_error(L, "unknown evaluation scheme \"%s\"", sid);
            lx_pop(L, m);
        }
    }
    lx_src(L, it, "source", true, &s->src);
    lx_note(L, it, &s->note);
    lx_bool(L, it, "total_computed", &s->total_computed);
    lx_num(L, it, "total", true, true, &s->total);
    if (!s->total.known) {
        int w = lx_why(L, it, "total_why");
        s->total.why = w < 0 ? DP_WHY_UNKNOWN : (enum dp_why)w;
        if (w < 0 && lx_get(L, it, "total")) {
            size_t m = lx_push_key(L, "total");
            lx_error(L, "null without a reason: add total_why");
            lx_pop(L, m);
        }
    }
    if (!s->scheme)
        return;
    if (s->total.known && s->total.v > s->scheme->total + 1e-9) {
        size_t m = lx_push_key(L, "total");
        lx_error(L, "%g exceeds the maximum %g", s->total.v, s->scheme->total);
        lx_pop(L, m);
    }
    s->nparts = s->scheme->nparts;
    s->parts = lx_alloc(L, s->nparts, sizeof *s->parts);
    for (size_t j = 0; j < s->nparts && s->parts; j++) {
        s->parts[j].part = &s->scheme->parts[j];
        s->parts[j].value.why = DP_WHY_NOT_EVALUATED;
        s->parts[j].src = s->src;
        s->parts[j].nsub = s->scheme->parts[j].nsub;
        s->parts[j].sub = lx_alloc(L, s->parts[j].nsub, sizeof *s->parts[j].sub);
        for (size_t k = 0; k < s->parts[j].nsub && s->parts[j].sub; k++) {
            s->parts[j].sub[k].part = &s->scheme->parts[j].sub[k];
            s->parts[j].sub[k].value.why = DP_WHY_NOT_EVALUATED;
            s->parts[j].sub[k].src = s->src;
        }
    }
    const cJSON *arr = lx_array(L, it, "parts", true);
    size_t i = 0, mark = lx_push_key(L, "parts");
    EACH(L, arr, i, p)
    {
        size_t m2 = lx_push_index(L, i);
        const char *pid;
        if (lx_object(L, p) && s->parts && lx_plain(L, p, "part", true, &pid)) {
            lx_keys(L, p, pkeys);
            struct dp_score_part *sp = NULL;
            for (size_t j = 0; j < s->nparts; j++)
                if (s->scheme->parts[j].id && strcmp(s->scheme->parts[j].id, pid) == 0)
                    sp = &s->parts[j];
            if (!sp) {
                size_t m3 = lx_push_key(L, "part");
                lx_error(L, "unknown part \"%s\" of scheme \"%s\"", pid, s->scheme->id);
                lx_pop(L, m3);
                lx_pop(L, m2);
                continue;
            }
            read_part_value(L, p, sp);
            read_sub_scores(L, p, sp);
        }
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
}

static void read_score_one(struct lctx *L, const cJSON *it, void *elem)
{
    read_score(L, it, elem);
}

static void read_scores(struct lctx *L, const cJSON *obj, struct dp_consortium *c)
{
    c->scores = read_list(L, obj, "scores", false, sizeof *c->scores, &c->nscores, read_score_one);
}

static void read_consortia(struct lctx *L, const cJSON *root)
{
    static const char *const keys[] = {"id",       "name",     "short",  "lead",   "source",
                                       "partners", "strategy", "people", "status", "scores",
                                       "models",   "note",     NULL};
    const cJSON *arr = lx_array(L, root, "consortia", true);
    size_t i = 0, mark = lx_push_key(L, "consortia");
    struct dp_consortium *v = lx_alloc(L, array_len(arr), sizeof *v);
    size_t n = 0;
    EACH(L, arr, i, it)
    {
        size_t m2 = lx_push_index(L, i);
        if (lx_object(L, it) && v) {
            struct dp_consortium *c = &v[n++];
            lx_keys(L, it, keys);
            lx_id(L, it, "id", &c->id);
            lx_text(L, it, "name", true, &c->name);
            lx_text(L, it, "short", true, &c->short_name);
            lx_text(L, it, "lead", true, &c->lead);
            lx_src(L, it, "source", true, &c->src);
            read_partners(L, it, c);
            read_items(L, it, "strategy", &c->strategy, &c->nstrategy);
            read_people(L, it, c);
            read_status(L, it, c);
            read_scores(L, it, c);
            size_t ci = i;
            if (L->split && ci < L->split->ncons && L->split->cons[ci].split)
                c->models = read_split_models(L, &L->split->cons[ci], &c->nmodels);
            else
                c->models = read_models(L, it, "models", true, false, &c->nmodels);
            lx_note(L, it, &c->note);
            for (size_t j = 0; j + 1 < n && c->id; j++)
                if (v[j].id && strcmp(v[j].id, c->id) == 0)
                    lx_error(L, "duplicate consortium id \"%s\"", c->id);
        }
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
    L->ds->consortia = v;
    L->ds->nconsortia = n;
}

/* Appends the ids of src ("S1, S2") to *all that it does not hold yet. */
static void add_src(struct lctx *L, const char **all, const char *src)
{
    char buf[2048];
    size_t w = 0;
    if (*all) {
        int k = snprintf(buf, sizeof buf, "%s", *all);
        if (k < 0 || (size_t)k >= sizeof buf)
            return;
        w = (size_t)k;
    }
    for (const char *p = src; *p;) {
        size_t n = strcspn(p, ", ");
        bool have = false;
        for (const char *q = buf; n && q < buf + w;) {
            size_t m = strcspn(q, ",");
            if (m > (size_t)(buf + w - q))
                m = (size_t)(buf + w - q);
            have = have || (m == n && memcmp(q, p, n) == 0);
            q += m;
            while (q < buf + w && (*q == ',' || *q == ' '))
                q++;
        }
        if (n && !have && w + n + 3 < sizeof buf)
            w += (size_t)snprintf(buf + w, sizeof buf - w, "%s%.*s", w ? ", " : "", (int)n, p);
        p += n;
        while (*p == ',' || *p == ' ')
            p++;
    }
    *all = model_strdup(L->ds, buf, w);
}

/* "fields": the catalogue keys of `about` a contradiction concerns. */
static void read_contradiction_fields(struct lctx *L, const cJSON *it, struct dp_contradiction *c)
{
    size_t n = 0;
    if (!cJSON_GetObjectItemCaseSensitive(it, "fields") ||
        !lx_str_array(L, it, "fields", false, &c->fields, &n))
        return;
    c->nfields = n;
    if (n && !c->about) {
        size_t m = lx_push_key(L, "fields");
        lx_error(L, "\"fields\" needs \"about\" (the model or consortium they belong to)");
        lx_pop(L, m);
    }
}

static void read_contradictions(struct lctx *L, const cJSON *root)
{
    static const char *const keys[] = {"id", "topic", "values", "about", "fields", "note", NULL};
    static const char *const vkeys[] = {"value", "source", "note", NULL};
    const cJSON *arr = lx_array(L, root, "contradictions", true);
    size_t i = 0, mark = lx_push_key(L, "contradictions"), n = 0;
    struct dp_contradiction *v = lx_alloc(L, array_len(arr), sizeof *v);
    EACH(L, arr, i, it)
    {
        size_t m2 = lx_push_index(L, i);
        if (lx_object(L, it) && v) {
            struct dp_contradiction *c = &v[n++];
            lx_keys(L, it, keys);
            lx_id(L, it, "id", &c->id);
            lx_text(L, it, "topic", true, &c->topic);
            lx_plain(L, it, "about", false, &c->about);
            lx_note(L, it, &c->note);
            read_contradiction_fields(L, it, c);
            const cJSON *vals = lx_array(L, it, "values", true);
            size_t nv = array_len(vals), j = 0, m3 = lx_push_key(L, "values");
            if (vals && nv < 2)
                lx_error(L, "a contradiction needs at least 2 values");
            c->values = lx_alloc(L, nv, sizeof *c->values);
            EACH(L, vals, j, val)
            {
                size_t m4 = lx_push_index(L, j);
                dp_str s;
                const char *src;
                if (lx_object(L, val) && c->values) {
                    lx_keys(L, val, vkeys);
                    if (lx_str(L, val, "value", true, false, &s) && lx_src(L, val, "source", true, &src)) {
                        add_src(L, &c->src, src);
                        char *joined = NULL;
                        if (asprintf(&joined, "%s [%s]", s.raw, src) >= 0) {
                            lx_make_str(L, joined, &c->values[c->nvalues++]);
                            free(joined);
                        }
                    }
                }
                lx_pop(L, m4);
            }
            lx_pop(L, m3);
        }
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
    L->ds->contradictions = v;
    L->ds->ncontradictions = n;
}

/* Each model's and consortium's contradictions (their `about`). */
static void link_contradictions(struct lctx *L)
{
    struct dp_dataset *ds = L->ds;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < ds->ncontradictions; i++) {
            const struct dp_contradiction *x = &ds->contradictions[i];
            struct dp_model *m = x->about ? (struct dp_model *)model_find_model(ds, x->about) : NULL;
            struct dp_consortium *c =
                x->about && !m ? (struct dp_consortium *)model_find_consortium(ds, x->about) : NULL;
            const struct dp_contradiction ***v = m ? &m->contras : c ? &c->contras : NULL;
            size_t *n = m ? &m->ncontras : c ? &c->ncontras : NULL;
            if (!v)
                continue;
            if (pass == 0)
                (*n)++;
            else if (*v)
                (*v)[(*n)++] = x;
        }
        if (pass == 1)
            break;
        for (size_t i = 0; i < ds->nmodels; i++) {
            struct dp_model *m = ds->models[i];
            m->contras = m->ncontras ? lx_alloc(L, m->ncontras, sizeof *m->contras) : NULL;
            m->ncontras = 0;
        }
        for (size_t i = 0; i < ds->nconsortia; i++) {
            struct dp_consortium *c = &ds->consortia[i];
            c->contras = c->ncontras ? lx_alloc(L, c->ncontras, sizeof *c->contras) : NULL;
            c->ncontras = 0;
        }
    }
}

/* Checks that need every model: unique ids, variant_of and baselines. */
static void model_path(const struct dp_dataset *ds, const struct dp_model *m, char *buf, size_t n)
{
    if (m->consortium)
        snprintf(buf, n, "consortia[%zu].models[%zu]", m->consortium->index,
                 (size_t)(m - m->consortium->models));
    else
        snprintf(buf, n, "reference_models[%zu]", (size_t)(m - ds->references));
}

/* variant_of must not lead back to the model: each chain is walked
 * once (a model reached by an earlier walk ends the walk), so the check
 * is linear in the number of models. */
static void check_variant_cycles(struct lctx *L)
{
    struct dp_dataset *ds = L->ds;
    size_t *walk = calloc(ds->nmodels ? ds->nmodels : 1, sizeof *walk);
    if (!walk) {
        load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
        return;
    }
    for (size_t i = 0; i < ds->nmodels; i++) {
        const struct dp_model *m = ds->models[i];
        if (walk[i])
            continue;
        walk[i] = i + 1;
        for (;;) {
            const struct dp_model *t = m->variant_of ? model_find_model(ds, m->variant_of) : NULL;
            if (!t || (walk[t->index] && walk[t->index] != i + 1))
                break;
            if (walk[t->index] == i + 1) {
                /* t starts a cycle: name its members (the first few). */
                char path[96], chain[200];
                size_t n = (size_t)snprintf(chain, sizeof chain, "%s", t->id), steps = 0;
                const struct dp_model *u = t;
                do {
                    u = model_find_model(ds, u->variant_of);
                    if (n < sizeof chain)
                        n += (size_t)snprintf(chain + n, sizeof chain - n, " -> %s",
                                              ++steps > 8 ? "..." : u->id);
                } while (u != t && steps <= 8);
                model_path(ds, t, path, sizeof path);
                load_error(L->rep, "%s.variant_of: a cycle: %s", path, chain);
                break;
            }
            walk[t->index] = i + 1;
            m = t;
        }
    }
    free(walk);
}

static void check_models(struct lctx *L)
{
    struct dp_dataset *ds = L->ds;
    char path[96];
    for (size_t i = 0; i < ds->nmodels; i++) {
        struct dp_model *m = ds->models[i];
        if (!m->id)
            continue;
        /* The id index keeps the first model of each id: any other is a duplicate. */
        if (model_find_model(ds, m->id) != m) {
            model_path(ds, m, path, sizeof path);
            load_error(L->rep, "%s.id: duplicate model id \"%s\"", path, m->id);
        }
        if (m->variant_of && !model_find_model(ds, m->variant_of)) {
            model_path(ds, m, path, sizeof path);
            load_error(L->rep, "%s.variant_of: unknown model id \"%s\"", path, m->variant_of);
        }
        for (size_t k = 0; k < m->nclaims; k++)
            if (m->claims[k].baseline.raw)
                m->claims[k].baseline_model = model_find_model(ds, m->claims[k].baseline.raw);
        /* An alias that is another model's id would make that model
         * answer to two names' worth of matches: refused. */
        for (size_t k = 0; k < m->naliases; k++) {
            const struct dp_model *t = m->aliases[k].raw ? model_find_model(ds, m->aliases[k].raw) : NULL;
            if (t && t != m) {
                char other[96];
                model_path(ds, m, path, sizeof path);
                model_path(ds, t, other, sizeof other);
                load_error(L->rep, "%s.aliases[%zu]: \"%s\" is the id of another model (%s)", path, k,
                           m->aliases[k].raw, other);
            }
        }
    }
    check_variant_cycles(L);
    for (size_t i = 0; i < ds->ncontradictions; i++) {
        const char *about = ds->contradictions[i].about;
        if (about && !model_find_model(ds, about) && !model_find_consortium(ds, about))
            load_error(L->rep, "contradictions[%zu].about: unknown model or consortium id \"%s\"", i, about);
    }
    link_contradictions(L);
}

bool load_convert(struct lctx *L, const cJSON *root)
{
    static const char *const keys[] = {"$schema",
                                       "schema_version",
                                       "title",
                                       "as_of",
                                       "sources",
                                       "stages",
                                       "evaluation_schemes",
                                       "consortia",
                                       "reference_models",
                                       "contradictions",
                                       "benchmarks",
                                       "results",
                                       "events",
                                       "budget",
                                       "applicants",
                                       "officials",
                                       NULL};
    if (!lx_object(L, root))
        return false;
    lx_keys(L, root, keys);
    const cJSON *ver = lx_get(L, root, "schema_version");
    if (!ver)
        lx_error(L, "missing schema_version");
    else if (!cJSON_IsNumber(ver) || ver->valuedouble != 1) {
        size_t m = lx_push_key(L, "schema_version");
        lx_error(L, "unsupported schema version (this dokpamo reads version 1)");
        lx_pop(L, m);
    } else {
        L->ds->schema_version = 1;
    }
    lx_text(L, root, "title", true, &L->ds->title);
    lx_date(L, root, "as_of", true, &L->ds->as_of);
    read_sources(L, root);
    read_stages(L, root);
    read_schemes(L, root);
    read_consortia(L, root);
    L->ds->references = read_models(L, root, "reference_models", false, true, &L->ds->nreferences);
    read_contradictions(L, root);
    load_read_extras(L, root);
    if (!model_index(L->ds)) {
        load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
        return false;
    }
    check_models(L);
    load_resolve_extras(L);
    if (L->opt->strict && L->rep->status == LOAD_OK)
        load_rules(L);
    return L->rep->status == LOAD_OK;
}
