/* SPDX-License-Identifier: GPL-2.0-or-later */
/* show.c — `dokpamo show NAME`: every field of a model or consortium,
 * each with its source (columns: field, source, value). */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grid_build.h"
#include "table.h"

/* Rows of a field/value/source grid, grown as needed. */
struct rows {
    struct out_grid *g;
    size_t n;
    enum dp_lang lang;
    bool oom;
};

static void add(struct rows *r, const char *field, const char *value, const char *src)
{
    if (r->oom)
        return;
    if (r->n == r->g->nrows) {
        /* Grow by rebuilding the cells array. */
        size_t cap = r->g->nrows ? r->g->nrows * 2 : 32;
        struct out_cell *cells = realloc(r->g->cells, cap * r->g->ncols * sizeof *cells);
        if (!cells) {
            r->oom = true;
            return;
        }
        memset(cells + r->g->nrows * r->g->ncols, 0, (cap - r->g->nrows) * r->g->ncols * sizeof *cells);
        r->g->cells = cells;
        r->g->nrows = cap;
    }
    size_t i = r->n++;
    /* Value last: it is the long column, and the last one is not padded. */
    bool ok = out_grid_text(r->g, i, 0, field, NULL) &&
              (src ? out_grid_text(r->g, i, 1, src, NULL) : out_grid_null(r->g, i, 1, "")) &&
              (value ? out_grid_text(r->g, i, 2, value, NULL) : out_grid_null(r->g, i, 2, "-"));
    if (!ok)
        r->oom = true;
}

static const char *tx(const struct rows *r, const dp_text *t)
{
    return model_text_present(t) ? model_text(t, r->lang)->disp : NULL;
}

static void add_num(struct rows *r, const char *field, const dp_num *n, const char *fmt, const char *src)
{
    char buf[64];
    if (n->known) {
        snprintf(buf, sizeof buf, fmt, n->v);
        add(r, field, buf, src);
    } else {
        snprintf(buf, sizeof buf, "unknown (%s)", model_why_name(n->why));
        add(r, field, buf, src);
    }
}

static void add_list(struct rows *r, const char *field, const dp_str *items, size_t n, const char *src)
{
    size_t len = 1;
    for (size_t i = 0; i < n; i++)
        len += strlen(items[i].disp) + 2;
    char *buf = malloc(len);
    if (!buf) {
        r->oom = true;
        return;
    }
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i)
            strcat(buf, ", ");
        strcat(buf, items[i].disp);
    }
    add(r, field, n ? buf : NULL, src);
    free(buf);
}

static void add_params(struct rows *r, const char *field, const dp_num *n, bool kr, const char *src)
{
    char buf[64];
    if (!n->known)
        return add_num(r, field, n, "%g", src);
    table_format_params(n->v, kr, buf, sizeof buf);
    add(r, field, buf, src);
}

static void show_model(struct rows *r, const struct dp_model *m, const struct cli_opts *o)
{
    char buf[256];
    add(r, "name (en)", m->name.en.raw ? m->name.en.disp : NULL, m->src);
    add(r, "name (ko)", m->name.ko.raw ? m->name.ko.disp : NULL, m->src);
    add(r, "id", m->id, NULL);
    add_list(r, "aliases", m->aliases, m->naliases, m->src);
    if (m->consortium)
        add(r, "consortium", tx(r, &m->consortium->name), m->consortium->src);
    if (m->reference)
        add(r, "reference model of", tx(r, &m->developer), m->src);
    if (m->variant_of)
        add(r, "variant of", m->variant_of, m->src);
    add_params(r, "params total", &m->params_total, o->korean_units, model_field_src(m, "params_total_b"));
    add_params(r, "params active", &m->params_active, o->korean_units, model_field_src(m, "params_active_b"));
    if (m->params_total.known && m->params_active.known && m->params_total.v > 0) {
        snprintf(buf, sizeof buf, "%.1f%%", 100 * m->params_active.v / m->params_total.v);
        add(r, "active share", buf, NULL);
    }
    add_list(r, "architecture", m->arch, m->narch, model_field_src(m, "architecture"));
    add_list(r, "input", m->mod_in, m->nmod_in, model_field_src(m, "modalities"));
    add_list(r, "output", m->mod_out, m->nmod_out, model_field_src(m, "modalities"));
    add_num(r, "context tokens", &m->context, "%.0f", model_field_src(m, "context_tokens"));
    if (m->license.raw)
        add(r, "license", m->license.disp, model_field_src(m, "license"));
    else
        add_num(r, "license", &(dp_num){0, false, m->license_why}, "%g", model_field_src(m, "license"));
    if (m->released)
        add(r, "released", m->released, model_field_src(m, "released"));
    else
        add_num(r, "released", &(dp_num){0, false, m->released_why}, "%g", model_field_src(m, "released"));
    for (size_t i = 0; i < m->nclaims; i++) {
        const struct dp_claim *c = &m->claims[i];
        /* Built with asprintf: names may be long (up to the string limit). */
        char val[64] = "?", bval[40] = "", rel[40] = "";
        if (c->value.known)
            snprintf(val, sizeof val, "%g", c->value.v);
        const char *unit =
            c->value.known && c->unit.raw && strcmp(c->unit.raw, "score") != 0 ? c->unit.disp : "";
        const char *bn = !c->baseline.raw    ? NULL
                         : c->baseline_model ? model_text(&c->baseline_model->name, r->lang)->disp
                                             : c->baseline.disp;
        if (bn && c->baseline_value.known)
            snprintf(bval, sizeof bval, " %g", c->baseline_value.v);
        if (bn && c->relative_pct.known)
            snprintf(rel, sizeof rel, " (%g%%)", c->relative_pct.v);
        char *line = NULL;
        if (asprintf(&line, "%s: %s%s%s%s%s%s [%s]", c->metric.disp, val, unit, bn ? " vs " : "",
                     bn ? bn : "", bval, rel, model_claim_kind_name(c->kind)) < 0) {
            r->oom = true;
            return;
        }
        add(r, i ? "" : "claims", line, c->src);
        free(line);
    }
    for (size_t i = 0; i < m->nroadmap; i++)
        add(r, i ? "" : "roadmap", tx(r, &m->roadmap[i].text), m->roadmap[i].src);
    if (model_text_present(&m->note))
        add(r, "note", tx(r, &m->note), NULL);
}

static void show_consortium(struct rows *r, const struct dp_consortium *c)
{
    char buf[512];
    add(r, "name (en)", c->name.en.raw ? c->name.en.disp : NULL, c->src);
    add(r, "name (ko)", c->name.ko.raw ? c->name.ko.disp : NULL, c->src);
    add(r, "id", c->id, NULL);
    add(r, "lead", tx(r, &c->lead), c->src);
    for (size_t i = 0; i < c->nstatus; i++) {
        const struct dp_status *s = &c->status[i];
        const char *reason = tx(r, &s->reason);
        snprintf(buf, sizeof buf, "%s: %s%s%s", s->stage ? model_text(&s->stage->name, r->lang)->disp : "?",
                 model_result_name(s->result), reason ? " — " : "", reason ? reason : "");
        add(r, i ? "" : "status", buf, s->src);
    }
    for (size_t i = 0; i < c->nscores; i++) {
        const struct dp_score *s = &c->scores[i];
        for (size_t j = 0; j < s->nparts; j++) {
            const struct dp_score_part *p = &s->parts[j];
            if (p->value.known)
                snprintf(buf, sizeof buf, "%s %g / %g", model_text(&p->part->name, r->lang)->disp, p->value.v,
                         p->part->max);
            else
                snprintf(buf, sizeof buf, "%s ? / %g (%s)", model_text(&p->part->name, r->lang)->disp,
                         p->part->max, model_why_name(p->value.why));
            add(r, i || j ? "" : "scores", buf, p->src);
        }
        if (s->total.known)
            snprintf(buf, sizeof buf, "total %g / %g%s", s->total.v, s->scheme->total,
                     s->total_computed ? " (computed)" : "");
        else
            snprintf(buf, sizeof buf, "total ? / %g (%s)", s->scheme->total, model_why_name(s->total.why));
        add(r, "", buf, s->src);
    }
    for (size_t i = 0; i < c->nmodels; i++)
        add(r, i ? "" : "models", tx(r, &c->models[i].name), c->models[i].src);
    for (size_t i = 0; i < c->npartners; i++) {
        snprintf(buf, sizeof buf, "%s (%s)", tx(r, &c->partners[i].name),
                 model_kind_name(c->partners[i].kind));
        add(r, i ? "" : "partners", buf, c->partners[i].src);
    }
    for (size_t i = 0; i < c->npeople; i++) {
        snprintf(buf, sizeof buf, "%s, %s", tx(r, &c->people[i].name), tx(r, &c->people[i].title));
        add(r, i ? "" : "people", buf, c->people[i].src);
    }
    for (size_t i = 0; i < c->nstrategy; i++)
        add(r, i ? "" : "strategy", tx(r, &c->strategy[i].text), c->strategy[i].src);
    if (model_text_present(&c->note))
        add(r, "note", tx(r, &c->note), NULL);
}

int cli_show(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, const char *name)
{
    struct cli_hit hit = cli_resolve(ds, name, o->lang, stderr);
    if (hit.kind == CLI_HIT_NONE) {
        char *safe = text_display(name, strlen(name), 0);
        fprintf(stderr, "dokpamo: no model or consortium matches '%s'\n", safe ? safe : "?");
        free(safe);
        return CLI_NO_MATCH;
    }
    if (hit.kind == CLI_HIT_AMBIGUOUS)
        return CLI_NO_MATCH;
    struct rows r = {out_grid_new(0, 3, o->text_flags), 0, o->lang, false};
    if (!r.g)
        return CLI_OSERR;
    bool ko = o->lang == DP_LANG_KO;
    out_grid_column(r.g, 0, ko ? "항목" : "Field", "field", TEXT_LEFT);
    out_grid_column(r.g, 1, ko ? "출처" : "Source", "source", TEXT_LEFT);
    out_grid_column(r.g, 2, ko ? "값" : "Value", "value", TEXT_LEFT);
    if (hit.kind == CLI_HIT_MODEL)
        show_model(&r, hit.model, o);
    else
        show_consortium(&r, hit.consortium);
    int status = CLI_OK;
    if (r.oom) {
        status = CLI_OSERR;
    } else {
        r.g->nrows = r.n;
        if (out_render(out, r.g, o->format))
            status = CLI_IOERR;
    }
    /* Cells past n were zeroed and hold nothing; free them all. */
    out_grid_free(&r.g);
    return status;
}
