/* SPDX-License-Identifier: GPL-2.0-or-later */
/* detail.c — the detail view of a record: every field, each with the id
 * of its source. Unknown values say why they are unknown. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/app.h"

static const char *why_text(enum dp_why w)
{
    return w == DP_WHY_NONE ? "" : model_why_name(w);
}

static void add_text(struct app *a, const char *label, const dp_text *t, const char *src)
{
    if (!model_text_present(t))
        return;
    page_add(&a->page, ST_NORMAL, label, app_str(a, t), src);
}

static void add_both(struct app *a, const char *label, const dp_text *t, const char *src)
{
    if (t->ko.raw)
        page_addf(&a->page, ST_NORMAL, label, src, "%s", t->ko.disp);
    if (t->en.raw)
        page_addf(&a->page, ST_NORMAL, t->ko.raw ? "" : label, t->ko.raw ? NULL : src, "%s", t->en.disp);
}

static void add_params(struct app *a, const char *label, dp_num n, const char *src)
{
    char buf[64];
    if (!n.known) {
        page_add(&a->page, ST_UNKNOWN, label, why_text(n.why), src);
        return;
    }
    table_format_params(n.v, a->ctx.base.korean_units, buf, sizeof buf);
    page_addf(&a->page, ST_NORMAL, label, src, "%s (%g billion)", buf, n.v);
}

static void add_list(struct app *a, const char *label, const dp_str *v, size_t n, const char *src)
{
    char buf[1024];
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        int w = snprintf(buf + len, sizeof buf - len, "%s%s", i ? ", " : "", v[i].disp);
        if (w < 0 || (size_t)w >= sizeof buf - len)
            break;
        len += (size_t)w;
    }
    page_add(&a->page, n ? ST_NORMAL : ST_UNKNOWN, label, n ? buf : "none", src);
}

static void add_claim(struct app *a, const struct dp_claim *c)
{
    char val[64] = "", base[256] = "";
    static const char *const kind[DP_CLAIM_COUNT] = {"vendor claim", "official", "third party"};
    if (c->value.known)
        snprintf(val, sizeof val, "%g%s%s", c->value.v, c->unit.raw ? " " : "", c->unit.disp);
    else if (c->relative_pct.known)
        snprintf(val, sizeof val, "%g%% of the baseline", c->relative_pct.v);
    else
        snprintf(val, sizeof val, "%s", why_text(c->value.why));
    if (c->baseline.raw)
        snprintf(base, sizeof base, " vs %s",
                 c->baseline_model ? app_str(a, &c->baseline_model->name) : c->baseline.disp);
    if (c->baseline_value.known) {
        size_t l = strlen(base);
        snprintf(base + l, sizeof base - l, " (%g)", c->baseline_value.v);
    }
    if (c->value.known && c->relative_pct.known) {
        size_t l = strlen(base);
        snprintf(base + l, sizeof base - l, " = %g%%", c->relative_pct.v);
    }
    page_addf(&a->page, c->kind == DP_CLAIM_VENDOR ? ST_VENDOR : ST_GOOD, "claim", c->src, "[%s] %s: %s%s",
              c->kind < DP_CLAIM_COUNT ? kind[c->kind] : "?", c->metric.disp, val, base);
}

static void detail_begin(struct app *a, void (*fn)(struct app *, const void *), const void *row,
                         const char *what, const dp_text *name)
{
    char title[256];
    page_clear(&a->page);
    snprintf(title, sizeof title, " %s · %s ", what, app_str(a, name));
    page_title(&a->page, title);
    a->detail_fn = fn;
    a->detail_row = row;
    a->screen = &screen_page;
}

void detail_model(struct app *a, const void *row)
{
    const struct dp_model *m = row;
    struct page *pg = &a->page;
    detail_begin(a, detail_model, row, "Model", &m->name);
    page_add(pg, ST_NORMAL, "id", m->id, m->src);
    add_both(a, "name", &m->name, model_field_src(m, "name"));
    add_list(a, "aliases", m->aliases, m->naliases, model_field_src(m, "aliases"));
    if (m->consortium)
        page_add(pg, ST_NORMAL, "consortium", app_str(a, &m->consortium->name), m->consortium->src);
    add_text(a, "developer", &m->developer, m->src);
    if (m->reference)
        page_add(pg, ST_NORMAL, "reference", "a reference model outside the programme", m->src);
    if (m->variant_of)
        page_add(pg, ST_NORMAL, "variant of", m->variant_of, m->src);
    add_params(a, "total params", m->params_total, model_field_src(m, "params_total_b"));
    add_params(a, "active params", m->params_active, model_field_src(m, "params_active_b"));
    add_list(a, "architecture", m->arch, m->narch, model_field_src(m, "architecture"));
    add_list(a, "input", m->mod_in, m->nmod_in, model_field_src(m, "modalities"));
    add_list(a, "output", m->mod_out, m->nmod_out, model_field_src(m, "modalities"));
    if (m->context.known)
        page_addf(pg, ST_NORMAL, "context", model_field_src(m, "context_tokens"), "%.0f tokens",
                  m->context.v);
    else
        page_add(pg, ST_UNKNOWN, "context", why_text(m->context.why), model_field_src(m, "context_tokens"));
    if (m->license.raw)
        page_add(pg, ST_NORMAL, "license", m->license.disp, model_field_src(m, "license"));
    else
        page_add(pg, ST_UNKNOWN, "license", why_text(m->license_why), model_field_src(m, "license"));
    page_add(pg, m->released ? ST_NORMAL : ST_UNKNOWN, "released",
             m->released ? m->released : why_text(m->released_why), model_field_src(m, "released"));
    for (size_t i = 0; i < m->nclaims; i++)
        add_claim(a, &m->claims[i]);
    for (size_t i = 0; i < m->nroadmap; i++)
        add_text(a, "roadmap", &m->roadmap[i].text, m->roadmap[i].src);
    add_text(a, "note", &m->note, m->src);
}

void detail_partner(struct app *a, const void *row)
{
    const struct dp_partner *p = row;
    detail_begin(a, detail_partner, row, "Partner", &p->name);
    add_both(a, "name", &p->name, p->src);
    page_add(&a->page, ST_NORMAL, "kind", col_kind_name(p->kind, a->opt.lang), p->src);
    add_text(a, "role", &p->role, p->src);
    if (p->consortium)
        page_add(&a->page, ST_NORMAL, "consortium", app_str(a, &p->consortium->name), p->consortium->src);
    if (p->uncertain)
        page_add(&a->page, ST_UNKNOWN, "uncertain", "from a secondary or unconfirmed source", p->src);
    add_text(a, "note", &p->note, p->src);
}

static void add_score(struct app *a, const struct dp_score *s)
{
    const char *stage = s->scheme && s->scheme->stage ? app_str(a, &s->scheme->stage->name) : "";
    for (size_t i = 0; i < s->nparts; i++) {
        const struct dp_score_part *p = &s->parts[i];
        char label[96];
        snprintf(label, sizeof label, "%s", p->part ? app_str(a, &p->part->name) : "part");
        if (p->value.known)
            page_addf(&a->page, ST_NORMAL, label, p->src, "%g / %g  (%s)", p->value.v,
                      p->part ? p->part->max : 0, stage);
        else
            page_addf(&a->page, ST_UNKNOWN, label, p->src, "%s  (%s)", why_text(p->value.why), stage);
    }
    if (s->total.known)
        page_addf(&a->page, ST_NORMAL, "score total", s->src, "%g / %g%s", s->total.v,
                  s->scheme ? s->scheme->total : 0, s->total_computed ? "  (computed from the parts)" : "");
    else
        page_add(&a->page, ST_UNKNOWN, "score total", why_text(s->total.why), s->src);
    add_text(a, "score note", &s->note, s->src);
}

void detail_consortium(struct app *a, const void *row)
{
    const struct dp_consortium *c = row;
    struct page *pg = &a->page;
    detail_begin(a, detail_consortium, row, "Consortium", &c->name);
    page_add(pg, ST_NORMAL, "id", c->id, c->src);
    add_both(a, "name", &c->name, c->src);
    add_text(a, "lead", &c->lead, c->src);
    for (size_t i = 0; i < c->nstatus; i++) {
        const struct dp_status *st = &c->status[i];
        char label[96];
        snprintf(label, sizeof label, "%s", st->stage ? app_str(a, &st->stage->name) : "stage");
        enum style sty = st->result == DP_RESULT_ELIMINATED                                       ? ST_BAD
                         : (st->result == DP_RESULT_ADVANCED || st->result == DP_RESULT_SELECTED) ? ST_GOOD
                                                                                                  : ST_NORMAL;
        const char *reason = model_text_present(&st->reason) ? app_str(a, &st->reason) : "";
        page_addf(pg, sty, label, st->src, "%s%s%s%s%s", col_result_name(st->result, a->opt.lang),
                  st->date ? " " : "", st->date ? st->date : "", *reason ? " — " : "", reason);
    }
    for (size_t i = 0; i < c->nscores; i++)
        add_score(a, &c->scores[i]);
    for (size_t i = 0; i < c->nmodels; i++)
        page_add(pg, ST_NORMAL, "model", app_str(a, &c->models[i].name), c->models[i].src);
    for (size_t i = 0; i < c->npartners; i++) {
        const struct dp_partner *p = &c->partners[i];
        page_addf(pg, ST_NORMAL, "partner", p->src, "%s (%s)%s", app_str(a, &p->name),
                  col_kind_name(p->kind, a->opt.lang), p->uncertain ? " (uncertain)" : "");
    }
    for (size_t i = 0; i < c->nstrategy; i++)
        add_text(a, "strategy", &c->strategy[i].text, c->strategy[i].src);
    for (size_t i = 0; i < c->npeople; i++) {
        const struct dp_person *p = &c->people[i];
        page_addf(pg, ST_NORMAL, "person", p->src, "%s%s%s", app_str(a, &p->name),
                  model_text_present(&p->title) ? ", " : "",
                  model_text_present(&p->title) ? app_str(a, &p->title) : "");
    }
    add_text(a, "note", &c->note, c->src);
}
