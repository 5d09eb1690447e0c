/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rules.c — the dataset-wide checks `validate` adds once the data has
 * loaded cleanly (strict mode): every source is cited by some field,
 * as_of is not older than any dated fact, and a core field resting only
 * on sources marked uncertain is reported as a warning. */
#include "config.h"
#include "load_internal.h"

#include <stdio.h>
#include <string.h>

/* True when src ("P1" or "P1, P2") names only uncertain sources. */
static bool only_uncertain(const struct dp_dataset *ds, const char *src)
{
    char id[64];
    if (!src || !*src)
        return false;
    for (const char *p = src; *p;) {
        size_t n = strcspn(p, ",");
        if (n >= sizeof id)
            return false;
        memcpy(id, p, n);
        id[n] = '\0';
        const struct dp_source *s = model_find_source(ds, id);
        if (!s || !s->uncertain)
            return false;
        p += n;
        while (*p == ',' || *p == ' ')
            p++;
    }
    return true;
}

static void uncertain_warn(struct lctx *L, const char *path, const char *field, const char *src)
{
    if (only_uncertain(L->ds, src))
        load_warn(L->rep, "%s%s%s: core field backed only by uncertain source%s %s", path, field ? "." : "",
                  field ? field : "", strchr(src, ',') ? "s" : "", src);
}

static void model_core_fields(struct lctx *L, const struct dp_model *m)
{
    char path[96];
    if (m->consortium)
        snprintf(path, sizeof path, "consortia[%zu].models[%zu]", m->consortium->index,
                 (size_t)(m - m->consortium->models));
    else
        snprintf(path, sizeof path, "reference_models[%zu]", (size_t)(m - L->ds->references));
    if (m->params_total.known)
        uncertain_warn(L, path, "params_total_b", model_field_src(m, "params_total_b"));
    if (m->params_active.known)
        uncertain_warn(L, path, "params_active_b", model_field_src(m, "params_active_b"));
    if (m->context.known)
        uncertain_warn(L, path, "context_tokens", model_field_src(m, "context_tokens"));
    if (m->license.raw)
        uncertain_warn(L, path, "license", model_field_src(m, "license"));
}

static void score_core_fields(struct lctx *L, const struct dp_consortium *c)
{
    char path[160];
    for (size_t i = 0; i < c->nscores; i++) {
        const struct dp_score *s = &c->scores[i];
        if (s->total.known) {
            snprintf(path, sizeof path, "consortia[%zu].scores[%zu].total", c->index, i);
            uncertain_warn(L, path, NULL, s->src);
        }
        for (size_t j = 0; j < s->nparts; j++) {
            const struct dp_score_part *p = &s->parts[j];
            if (p->value.known) {
                snprintf(path, sizeof path, "consortia[%zu].scores[%zu].parts.%s", c->index, i,
                         p->part && p->part->id ? p->part->id : "?");
                uncertain_warn(L, path, "value", p->src);
            }
            for (size_t k = 0; k < p->nsub; k++)
                if (p->sub[k].value.known) {
                    snprintf(path, sizeof path, "consortia[%zu].scores[%zu].parts.%s.%s", c->index, i,
                             p->part && p->part->id ? p->part->id : "?",
                             p->sub[k].part && p->sub[k].part->id ? p->sub[k].part->id : "?");
                    uncertain_warn(L, path, "value", p->sub[k].src);
                }
        }
    }
}

/* The newest dated fact and where it is. */
struct newest {
    const char *date;
    char path[128];
};

/* Where a date is: "list[i].key" or, with sub, "list[i].sub[j].key". */
struct where {
    const char *list;
    size_t i;
    const char *sub; /* or NULL */
    size_t j;
    const char *key;
};

static void consider(struct newest *nw, const char *date, struct where w)
{
    if (!date || (nw->date && strcmp(date, nw->date) <= 0))
        return;
    nw->date = date;
    if (w.sub)
        snprintf(nw->path, sizeof nw->path, "%s[%zu].%s[%zu].%s", w.list, w.i, w.sub, w.j, w.key);
    else
        snprintf(nw->path, sizeof nw->path, "%s[%zu].%s", w.list, w.i, w.key);
}

static void model_dates(struct newest *nw, const struct dp_dataset *ds, const struct dp_model *m)
{
    char list[64];
    size_t i;
    if (m->consortium) {
        snprintf(list, sizeof list, "consortia[%zu].models", m->consortium->index);
        i = (size_t)(m - m->consortium->models);
    } else {
        snprintf(list, sizeof list, "reference_models");
        i = (size_t)(m - ds->references);
    }
    consider(nw, m->released, (struct where){list, i, NULL, 0, "released"});
    for (size_t k = 0; k < m->nclaims; k++)
        consider(nw, m->claims[k].date, (struct where){list, i, "claims", k, "date"});
}

static void check_as_of(struct lctx *L)
{
    const struct dp_dataset *ds = L->ds;
    struct newest nw = {0};
    for (size_t i = 0; i < ds->nsources; i++)
        consider(&nw, ds->sources[i].date.raw, (struct where){"sources", i, NULL, 0, "date"});
    for (size_t i = 0; i < ds->nstages; i++) {
        consider(&nw, ds->stages[i].date, (struct where){"stages", i, NULL, 0, "date"});
        consider(&nw, ds->stages[i].date_end, (struct where){"stages", i, NULL, 0, "date_end"});
    }
    for (size_t i = 0; i < ds->nconsortia; i++) {
        const struct dp_consortium *c = &ds->consortia[i];
        for (size_t j = 0; j < c->nstatus; j++)
            consider(&nw, c->status[j].date, (struct where){"consortia", i, "status", j, "date"});
        for (size_t j = 0; j < c->npartners; j++)
            consider(&nw, c->partners[j].date, (struct where){"consortia", i, "partners", j, "date"});
    }
    for (size_t i = 0; i < ds->nmodels; i++)
        model_dates(&nw, ds, ds->models[i]);
    for (size_t i = 0; i < ds->nresults; i++)
        consider(&nw, ds->results[i].date, (struct where){"results", i, NULL, 0, "date"});
    for (size_t i = 0; i < ds->nevents; i++) {
        consider(&nw, ds->events[i].date, (struct where){"events", i, NULL, 0, "date"});
        consider(&nw, ds->events[i].date_end, (struct where){"events", i, NULL, 0, "date_end"});
    }
    if (ds->as_of && nw.date && strcmp(ds->as_of, nw.date) < 0)
        load_error(L->rep, "as_of: %s is older than the newest dated fact, %s %s", ds->as_of, nw.path,
                   nw.date);
}

void load_rules(struct lctx *L)
{
    const struct dp_dataset *ds = L->ds;
    for (size_t i = 0; i < ds->nsources; i++)
        if (ds->sources[i].ncited == 0)
            load_error(L->rep, "sources[%zu]: source \"%s\" is cited by no field", i, ds->sources[i].id);
    check_as_of(L);
    for (size_t i = 0; i < ds->nmodels; i++)
        model_core_fields(L, ds->models[i]);
    for (size_t i = 0; i < ds->nconsortia; i++)
        score_core_fields(L, &ds->consortia[i]);
}
