/* SPDX-License-Identifier: GPL-2.0-or-later */
/* build.c — reading the dataset into a comparison: columns and rows. */
#include "config.h"
#include "compare.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"
#include "table.h"
#include "text.h"

struct builder {
    struct compare *c;
    size_t cap;
    bool oom;
};

/* ---- cells ------------------------------------------------------------ */

static char *safe_dup(struct builder *b, const char *s)
{
    char *d = text_display(s, strlen(s), b->c->text_flags);
    if (!d)
        b->oom = true;
    return d;
}

static void cell_text(struct builder *b, struct cmp_cell *cell, const char *text, const char *raw,
                      const char *src)
{
    cell->known = true;
    cell->why = DP_WHY_NONE;
    cell->text = safe_dup(b, text);
    cell->width = cell->text ? text_width(cell->text) : 0;
    if (raw && strcmp(raw, text) != 0 && !(cell->raw = strdup(raw)))
        b->oom = true;
    cell->src = src;
}

static void cell_unknown(struct builder *b, struct cmp_cell *cell, enum dp_why why, const char *src)
{
    if (why == DP_WHY_NONE)
        why = DP_WHY_UNKNOWN;
    cell->known = false;
    cell->why = why;
    cell->num = NAN;
    cell->text = safe_dup(b, compare_why_text(why, b->c->lang));
    cell->width = cell->text ? text_width(cell->text) : 0;
    cell->src = src;
}

static void cell_num(struct builder *b, struct cmp_cell *cell, double v, const char *text, const char *src)
{
    cell_text(b, cell, text, NULL, src);
    cell->num = v;
}

static void cell_note(struct builder *b, struct cmp_cell *cell, const char *note)
{
    if (note && *note)
        cell->note = safe_dup(b, note);
}

static const char *tr(const struct builder *b, const char *en, const char *ko)
{
    return b->c->lang == DP_LANG_KO ? ko : en;
}

/* ---- rows --------------------------------------------------------------- */

static struct cmp_row *row_add(struct builder *b, const char *key, const char *title, enum cmp_group group,
                               enum cmp_row_kind kind)
{
    struct compare *c = b->c;
    if (b->oom)
        return NULL;
    if (c->nrows == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 32;
        struct cmp_row *r = realloc(c->rows, cap * sizeof *r);
        if (!r) {
            b->oom = true;
            return NULL;
        }
        c->rows = r;
        b->cap = cap;
    }
    struct cmp_row *row = &c->rows[c->nrows++];
    memset(row, 0, sizeof *row);
    row->cells = calloc(c->ncols, sizeof *row->cells);
    row->key = strdup(key);
    row->title = safe_dup(b, title);
    if (!row->cells || !row->key || !row->title) {
        b->oom = true;
        return NULL;
    }
    row->title_width = text_width(row->title);
    row->group = group;
    row->kind = kind;
    row->scale_lo = row->scale_hi = NAN;
    for (size_t j = 0; j < c->ncols; j++) {
        row->cells[j].num = NAN;
        row->cells[j].bar = -1;
    }
    return row;
}

static struct cmp_row *num_row(struct builder *b, const char *key, const char *title, enum cmp_group group,
                               enum cmp_scale scale, enum cmp_delta delta, enum cmp_best best)
{
    struct cmp_row *row = row_add(b, key, title, group, CMP_ROW_NUM);
    if (row) {
        row->scale = scale;
        row->delta = delta;
        row->best = best;
    }
    return row;
}

/* ---- model attributes --------------------------------------------------- */

static void fill_name(struct builder *b, struct cmp_row *row, enum dp_lang lang)
{
    for (size_t j = 0; j < b->c->ncols; j++) {
        const struct dp_model *m = b->c->cols[j].model;
        const dp_str *s = model_text(&m->name, lang);
        struct cmp_cell *cell = &row->cells[j];
        cell_text(b, cell, s->disp, s->raw, model_field_src(m, "name"));
        char note[512] = "";
        size_t used = 0;
        for (size_t i = 0; i < m->naliases && used + 4 < sizeof note; i++)
            used +=
                (size_t)snprintf(note + used, sizeof note - used, "%s%s", i ? ", " : "", m->aliases[i].disp);
        cell_note(b, cell, note);
    }
}

static void fill_consortium(struct builder *b, struct cmp_row *row)
{
    for (size_t j = 0; j < b->c->ncols; j++) {
        const struct dp_model *m = b->c->cols[j].model;
        struct cmp_cell *cell = &row->cells[j];
        if (m->consortium) {
            const dp_str *s = model_text(&m->consortium->short_name, b->c->lang);
            cell_text(b, cell, s->disp, m->consortium->id, m->consortium->src);
            cell_note(b, cell, model_text(&m->consortium->name, b->c->lang)->disp);
        } else {
            char buf[256];
            const dp_str *d = model_text(&m->developer, b->c->lang);
            snprintf(buf, sizeof buf, "%s%s%s", tr(b, "reference", "참고 모델"), d->raw ? ": " : "", d->disp);
            cell_text(b, cell, buf, NULL, m->src);
        }
    }
}

static void fill_params(struct builder *b, struct cmp_row *row, bool active)
{
    for (size_t j = 0; j < b->c->ncols; j++) {
        const struct dp_model *m = b->c->cols[j].model;
        const dp_num *n = active ? &m->params_active : &m->params_total;
        const char *src = model_field_src(m, active ? "params_active_b" : "params_total_b");
        if (!n->known) {
            cell_unknown(b, &row->cells[j], n->why, src);
            continue;
        }
        char buf[64];
        table_format_params(n->v, b->c->korean_units, buf, sizeof buf);
        cell_num(b, &row->cells[j], n->v, buf, src);
    }
}

static void fill_share(struct builder *b, struct cmp_row *row)
{
    for (size_t j = 0; j < b->c->ncols; j++) {
        const struct dp_model *m = b->c->cols[j].model;
        const dp_num *t = &m->params_total, *a = &m->params_active;
        const char *src = model_field_src(m, "params_active_b");
        if (!t->known || !a->known || t->v <= 0) {
            cell_unknown(b, &row->cells[j], !a->known ? a->why : t->why, src);
            continue;
        }
        char buf[32];
        double share = 100.0 * a->v / t->v;
        snprintf(buf, sizeof buf, "%.1f%%", share);
        cell_num(b, &row->cells[j], share, buf, src);
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Items joined for display (data order) and canonically (sorted). */
static void join_items(const dp_str *items, size_t n, char *disp, size_t dsz, char *canon, size_t csz)
{
    const char *sorted[64];
    size_t k = n < 64 ? n : 64, du = 0, cu = 0;
    disp[0] = canon[0] = '\0';
    for (size_t i = 0; i < k; i++) {
        sorted[i] = items[i].raw ? items[i].raw : items[i].disp;
        if (du < dsz)
            du += (size_t)snprintf(disp + du, dsz - du, "%s%s", i ? ", " : "", items[i].disp);
    }
    qsort(sorted, k, sizeof *sorted, cmp_str);
    for (size_t i = 0; i < k; i++)
        if (cu < csz && (i == 0 || strcmp(sorted[i], sorted[i - 1]) != 0))
            cu += (size_t)snprintf(canon + cu, csz - cu, "%s%s", cu ? "," : "", sorted[i]);
}

static void fill_arch(struct builder *b, struct cmp_row *row)
{
    for (size_t j = 0; j < b->c->ncols; j++) {
        const struct dp_model *m = b->c->cols[j].model;
        const char *src = model_field_src(m, "architecture");
        if (m->narch == 0) {
            cell_unknown(b, &row->cells[j], DP_WHY_UNKNOWN, src);
            continue;
        }
        char disp[512], canon[512];
        join_items(m->arch, m->narch, disp, sizeof disp, canon, sizeof canon);
        cell_text(b, &row->cells[j], disp, canon, src);
    }
}

static void fill_modalities(struct builder *b, struct cmp_row *row)
{
    for (size_t j = 0; j < b->c->ncols; j++) {
        const struct dp_model *m = b->c->cols[j].model;
        const char *src = model_field_src(m, "modalities");
        if (m->nmod_in == 0 && m->nmod_out == 0) {
            cell_unknown(b, &row->cells[j], DP_WHY_UNKNOWN, src);
            continue;
        }
        char din[256], cin[256], dout[256], cout[256], disp[600], canon[600];
        join_items(m->mod_in, m->nmod_in, din, sizeof din, cin, sizeof cin);
        join_items(m->mod_out, m->nmod_out, dout, sizeof dout, cout, sizeof cout);
        snprintf(disp, sizeof disp, "%s > %s", din, dout);
        snprintf(canon, sizeof canon, "%s>%s", cin, cout);
        cell_text(b, &row->cells[j], disp, canon, src);
    }
}

static void fill_context(struct builder *b, struct cmp_row *row)
{
    for (size_t j = 0; j < b->c->ncols; j++) {
        const struct dp_model *m = b->c->cols[j].model;
        const char *src = model_field_src(m, "context_tokens");
        if (!m->context.known) {
            cell_unknown(b, &row->cells[j], m->context.why, src);
            continue;
        }
        char buf[32];
        double v = m->context.v;
        if (v >= 1024 && fmod(v, 1024) == 0)
            snprintf(buf, sizeof buf, "%.0fK", v / 1024);
        else
            snprintf(buf, sizeof buf, "%.0f", v);
        cell_num(b, &row->cells[j], v, buf, src);
    }
}

static void fill_license(struct builder *b, struct cmp_row *row)
{
    for (size_t j = 0; j < b->c->ncols; j++) {
        const struct dp_model *m = b->c->cols[j].model;
        const char *src = model_field_src(m, "license");
        if (m->license.raw)
            cell_text(b, &row->cells[j], m->license.disp, m->license.raw, src);
        else
            cell_unknown(b, &row->cells[j], m->license_why, src);
    }
}

static void fill_released(struct builder *b, struct cmp_row *row)
{
    for (size_t j = 0; j < b->c->ncols; j++) {
        const struct dp_model *m = b->c->cols[j].model;
        const char *src = model_field_src(m, "released");
        if (m->released)
            cell_text(b, &row->cells[j], m->released, NULL, src);
        else
            cell_unknown(b, &row->cells[j], m->released_why, src);
    }
}

static void fill_id(struct builder *b, struct cmp_row *row)
{
    for (size_t j = 0; j < b->c->ncols; j++)
        cell_text(b, &row->cells[j], b->c->cols[j].model->id, NULL, b->c->cols[j].model->src);
}

/* ---- programme: stages, scores, partners -------------------------------- */

static const char *result_text(enum dp_result r, enum dp_lang lang)
{
    static const char *const en[DP_RESULT_COUNT] = {"selected",   "presented", "advanced",
                                                    "eliminated", "pending",   "declined"};
    static const char *const ko[DP_RESULT_COUNT] = {"선정", "발표", "통과", "탈락", "대기", "불참"};
    return r < DP_RESULT_COUNT ? (lang == DP_LANG_KO ? ko[r] : en[r]) : "?";
}

static bool any_consortium(const struct compare *c)
{
    for (size_t j = 0; j < c->ncols; j++)
        if (c->cols[j].model->consortium)
            return true;
    return false;
}

static void add_stages(struct builder *b)
{
    const struct compare *c = b->c;
    for (size_t s = 0; s < c->ds->nstages; s++) {
        const struct dp_stage *st = &c->ds->stages[s];
        bool any = false;
        for (size_t j = 0; j < c->ncols && !any; j++)
            any = c->cols[j].model->consortium && model_status_at(c->cols[j].model->consortium, st->id);
        if (!any)
            continue;
        char key[128], title[256];
        snprintf(key, sizeof key, "stage.%s", st->id);
        snprintf(title, sizeof title, "%s", model_text(&st->name, c->lang)->disp);
        struct cmp_row *row = row_add(b, key, title, CMP_GROUP_PROGRAMME, CMP_ROW_TEXT);
        if (!row)
            return;
        for (size_t j = 0; j < c->ncols; j++) {
            const struct dp_consortium *co = c->cols[j].model->consortium;
            const struct dp_status *stat = co ? model_status_at(co, st->id) : NULL;
            if (!stat) {
                cell_unknown(b, &row->cells[j], DP_WHY_NOT_APPLICABLE, NULL);
                continue;
            }
            cell_text(b, &row->cells[j], result_text(stat->result, c->lang), model_result_name(stat->result),
                      stat->src);
            cell_note(b, &row->cells[j], model_text(&stat->reason, c->lang)->disp);
        }
    }
}

static const struct dp_score *score_for(const struct dp_consortium *co, const struct dp_scheme *sc)
{
    for (size_t i = 0; co && i < co->nscores; i++)
        if (co->scores[i].scheme == sc)
            return &co->scores[i];
    return NULL;
}

static void score_cell(struct builder *b, struct cmp_cell *cell, const dp_num *v, const char *src)
{
    if (!v->known) {
        cell_unknown(b, cell, v->why, src);
        return;
    }
    char buf[32];
    snprintf(buf, sizeof buf, "%.1f", v->v);
    cell_num(b, cell, v->v, buf, src);
}

static void add_scores(struct builder *b)
{
    const struct compare *c = b->c;
    if (!any_consortium(c))
        return;
    for (size_t s = 0; s < c->ds->nschemes; s++) {
        const struct dp_scheme *sc = &c->ds->schemes[s];
        const char *stage = sc->stage ? model_text(&sc->stage->name, c->lang)->disp : sc->id;
        for (size_t p = 0; p <= sc->nparts; p++) {
            bool total = p == sc->nparts;
            double max = total ? sc->total : sc->parts[p].max;
            char key[160], title[300], maxs[32];
            cmp_format_num(maxs, sizeof maxs, max, cmp_decimals(max));
            snprintf(key, sizeof key, "score.%s.%s", sc->id, total ? "total" : sc->parts[p].id);
            const char *what = total ? tr(b, "Total", "총점") : model_text(&sc->parts[p].name, c->lang)->disp;
            if (c->ds->nschemes > 1)
                snprintf(title, sizeof title, "%s %s /%s", stage, what, maxs);
            else
                snprintf(title, sizeof title, "%s %s /%s", tr(b, "Score", "점수"), what, maxs);
            struct cmp_row *row =
                num_row(b, key, title, CMP_GROUP_PROGRAMME, CMP_SCALE_LINEAR, CMP_DELTA_DIFF, CMP_BEST_MAX);
            if (!row)
                return;
            row->scale_lo = 0;
            row->scale_hi = max;
            for (size_t j = 0; j < c->ncols; j++) {
                const struct dp_consortium *co = c->cols[j].model->consortium;
                const struct dp_score *score = score_for(co, sc);
                struct cmp_cell *cell = &row->cells[j];
                if (!co) {
                    cell_unknown(b, cell, DP_WHY_NOT_APPLICABLE, NULL);
                } else if (!score) {
                    cell_unknown(b, cell, DP_WHY_NOT_EVALUATED, NULL);
                } else if (total) {
                    score_cell(b, cell, &score->total, score->src);
                    if (score->total_computed && score->total.known)
                        cell_note(b, cell,
                                  tr(b, "computed as the sum of the parts", "부문 점수의 합으로 계산"));
                } else {
                    const struct dp_score_part *sp = p < score->nparts ? &score->parts[p] : NULL;
                    if (sp)
                        score_cell(b, cell, &sp->value, sp->src ? sp->src : score->src);
                    else
                        cell_unknown(b, cell, DP_WHY_NOT_EVALUATED, score->src);
                }
            }
        }
    }
}

static void add_partners(struct builder *b)
{
    const struct compare *c = b->c;
    if (!any_consortium(c))
        return;
    struct cmp_row *row = num_row(b, "partners", tr(b, "Partners", "참여 기관"), CMP_GROUP_PROGRAMME,
                                  CMP_SCALE_LINEAR, CMP_DELTA_DIFF, CMP_BEST_NONE);
    if (!row)
        return;
    for (size_t j = 0; j < c->ncols; j++) {
        const struct dp_consortium *co = c->cols[j].model->consortium;
        if (!co) {
            cell_unknown(b, &row->cells[j], DP_WHY_NOT_APPLICABLE, NULL);
            continue;
        }
        char buf[32];
        snprintf(buf, sizeof buf, "%zu", co->npartners);
        cell_num(b, &row->cells[j], (double)co->npartners, buf, co->src);
        size_t kinds[DP_KIND_COUNT] = {0};
        for (size_t i = 0; i < co->npartners; i++)
            if (co->partners[i].kind < DP_KIND_COUNT)
                kinds[co->partners[i].kind]++;
        char note[512] = "";
        size_t used = 0;
        for (int k = 0; k < DP_KIND_COUNT && used < sizeof note; k++)
            if (kinds[k])
                used += (size_t)snprintf(note + used, sizeof note - used, "%s%zu %s", used ? ", " : "",
                                         kinds[k], model_kind_name((enum dp_kind)k));
        cell_note(b, &row->cells[j], note);
    }
}

/* ---- claims -------------------------------------------------------------- */

/* Metric key: case-folded letters and digits only, "20NN" years shortened
 * to "NN" so that "AIME 2025" and "AIME25" meet. */
static void metric_key(const char *metric, char *out, size_t outsz)
{
    size_t k = 0;
    for (const unsigned char *p = (const unsigned char *)metric; *p && k + 1 < outsz; p++) {
        if (p[0] == '2' && p[1] == '0' && p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' &&
            !(p[4] >= '0' && p[4] <= '9') &&
            !(p != (const unsigned char *)metric && p[-1] >= '0' && p[-1] <= '9')) {
            p += 1; /* skip "20" */
            continue;
        }
        if (*p >= 'A' && *p <= 'Z')
            out[k++] = (char)(*p - 'A' + 'a');
        else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p >= 0x80)
            out[k++] = (char)*p;
    }
    out[k] = '\0';
}

static const struct dp_claim *claim_for(const struct dp_model *m, const char *key)
{
    char k[256];
    for (size_t i = 0; i < m->nclaims; i++) {
        if (!m->claims[i].value.known || !m->claims[i].metric.raw)
            continue;
        metric_key(m->claims[i].metric.raw, k, sizeof k);
        if (strcmp(k, key) == 0)
            return &m->claims[i];
    }
    return NULL;
}

/* A claim of another column that measured `m` as its baseline: its
 * baseline value stands in m's cell (labelled as reported by the other). */
static const struct dp_claim *baseline_for(const struct compare *c, const struct dp_model *m, const char *key)
{
    char k[256];
    for (size_t j = 0; j < c->ncols; j++) {
        const struct dp_model *o = c->cols[j].model;
        for (size_t i = 0; o != m && i < o->nclaims; i++) {
            const struct dp_claim *cl = &o->claims[i];
            if (cl->baseline_model != m || !cl->baseline_value.known || !cl->metric.raw)
                continue;
            metric_key(cl->metric.raw, k, sizeof k);
            if (strcmp(k, key) == 0)
                return cl;
        }
    }
    return NULL;
}

static enum cmp_best claim_best(const struct dp_claim *cl)
{
    const char *u = cl->unit.raw;
    if (!u)
        return CMP_BEST_NONE;
    if (strcmp(u, "rank") == 0 || strcmp(u, "grade") == 0)
        return CMP_BEST_MIN;
    if (strncmp(u, "score", 5) == 0 || strcmp(u, "count") == 0)
        return CMP_BEST_MAX;
    return CMP_BEST_NONE;
}

static void claim_cell(struct builder *b, struct cmp_cell *cell, const struct dp_claim *cl)
{
    char buf[64], note[512];
    cmp_format_num(buf, sizeof buf, cl->value.v, cmp_decimals(cl->value.v));
    cell_num(b, cell, cl->value.v, buf, cl->src);
    const char *kind = model_claim_kind_name(cl->kind);
    if (cl->baseline.raw)
        snprintf(note, sizeof note, "%s: %s %s %s%s%s", kind, cl->metric.disp, tr(b, "vs", "대비"),
                 cl->baseline_model ? model_text(&cl->baseline_model->name, b->c->lang)->disp
                                    : cl->baseline.disp,
                 cl->unit.raw ? ", " : "", cl->unit.raw ? cl->unit.disp : "");
    else
        snprintf(note, sizeof note, "%s: %s%s%s", kind, cl->metric.disp, cl->unit.raw ? ", " : "",
                 cl->unit.raw ? cl->unit.disp : "");
    cell_note(b, cell, note);
}

static void add_claims(struct builder *b)
{
    const struct compare *c = b->c;
    struct cmp_row *count = num_row(b, "claims", tr(b, "Claims", "주장과 평가"), CMP_GROUP_CLAIMS,
                                    CMP_SCALE_LINEAR, CMP_DELTA_DIFF, CMP_BEST_NONE);
    if (!count)
        return;
    for (size_t j = 0; j < c->ncols; j++) {
        const struct dp_model *m = c->cols[j].model;
        size_t kinds[DP_CLAIM_COUNT] = {0};
        for (size_t i = 0; i < m->nclaims; i++)
            if (m->claims[i].kind < DP_CLAIM_COUNT)
                kinds[m->claims[i].kind]++;
        char buf[32], note[256] = "";
        snprintf(buf, sizeof buf, "%zu", m->nclaims);
        cell_num(b, &count->cells[j], (double)m->nclaims, buf, m->src);
        size_t used = 0;
        for (int k = 0; k < DP_CLAIM_COUNT; k++)
            if (kinds[k] && used < sizeof note)
                used += (size_t)snprintf(note + used, sizeof note - used, "%s%zu %s", used ? ", " : "",
                                         kinds[k], model_claim_kind_name((enum dp_claim_kind)k));
        cell_note(b, &count->cells[j], note);
    }
    /* One row per metric claimed by at least two of the columns (any, when
     * there is one column), in the order the columns claim them. */
    size_t first_row = c->nrows;
    for (size_t j = 0; j < c->ncols; j++) {
        const struct dp_model *m = c->cols[j].model;
        for (size_t i = 0; i < m->nclaims; i++) {
            const struct dp_claim *cl = &m->claims[i];
            if (!cl->value.known || !cl->metric.raw)
                continue;
            char key[256], rkey[300];
            metric_key(cl->metric.raw, key, sizeof key);
            snprintf(rkey, sizeof rkey, "claim.%s", key);
            bool seen = false;
            for (size_t r = first_row; r < c->nrows && !seen; r++)
                seen = strcmp(c->rows[r].key, rkey) == 0;
            size_t have = 0;
            for (size_t k = 0; k < c->ncols; k++)
                have += claim_for(c->cols[k].model, key) || baseline_for(c, c->cols[k].model, key);
            if (seen || (c->ncols > 1 && have < 2))
                continue;
            char title[300];
            if (cl->unit.raw && strncmp(cl->unit.raw, "score", 5) != 0)
                snprintf(title, sizeof title, "%s (%s)", cl->metric.disp, cl->unit.disp);
            else
                snprintf(title, sizeof title, "%s", cl->metric.disp);
            struct cmp_row *row =
                num_row(b, rkey, title, CMP_GROUP_CLAIMS, CMP_SCALE_LINEAR, CMP_DELTA_DIFF, claim_best(cl));
            if (!row)
                return;
            for (size_t k = 0; k < c->ncols; k++) {
                const struct dp_claim *ck = claim_for(c->cols[k].model, key);
                const struct dp_claim *bl = ck ? NULL : baseline_for(c, c->cols[k].model, key);
                if (ck) {
                    claim_cell(b, &row->cells[k], ck);
                } else if (bl) {
                    char buf[64], note[512];
                    cmp_format_num(buf, sizeof buf, bl->baseline_value.v, cmp_decimals(bl->baseline_value.v));
                    cell_num(b, &row->cells[k], bl->baseline_value.v, buf, bl->src);
                    snprintf(
                        note, sizeof note, "%s: %s %s", model_claim_kind_name(bl->kind),
                        tr(b, "baseline value reported with the claim of", "주장에 함께 보고된 기준 값:"),
                        model_text(&bl->model->name, c->lang)->disp);
                    cell_note(b, &row->cells[k], note);
                } else
                    cell_unknown(b, &row->cells[k], DP_WHY_NOT_EVALUATED, NULL);
            }
        }
    }
}

/* ---- the comparison ---------------------------------------------------- */

static bool add_col(struct compare *c, const struct dp_model *m)
{
    for (size_t j = 0; j < c->ncols; j++)
        if (c->cols[j].model == m)
            return true;
    if (c->ncols == COMPARE_MAX_COLS)
        return false;
    struct cmp_col *col = &c->cols[c->ncols++];
    const dp_str *name = model_text(&m->name, c->lang);
    col->model = m;
    col->title = name->disp;
    col->title_width = name->width;
    if (m->consortium) {
        const dp_str *s = model_text(&m->consortium->short_name, c->lang);
        col->sub = s->disp;
        col->sub_width = s->width;
    } else {
        const dp_str *d = model_text(&m->developer, c->lang);
        col->sub = d->disp;
        col->sub_width = d->width;
    }
    return true;
}

struct compare *compare_new(const struct dp_dataset *ds, const struct cmp_record *recs, size_t n,
                            const struct compare_opts *o)
{
    struct compare *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->ds = ds;
    c->lang = o ? o->lang : DP_LANG_KO;
    c->text_flags = o ? o->text_flags : 0;
    c->korean_units = o && o->korean_units;
    c->cols = calloc(COMPARE_MAX_COLS, sizeof *c->cols);
    if (!c->cols)
        goto fail;
    for (size_t i = 0; i < n; i++) {
        if (recs[i].model)
            add_col(c, recs[i].model);
        else if (recs[i].consortium)
            for (size_t k = 0; k < recs[i].consortium->nmodels; k++)
                add_col(c, &recs[i].consortium->models[k]);
    }
    if (c->ncols == 0)
        goto fail;

    struct builder b = {c, 0, false};
    struct cmp_row *r;
    if ((r = row_add(&b, "name_ko", tr(&b, "Korean name", "한국어 이름"), CMP_GROUP_MODEL, CMP_ROW_TEXT)))
        fill_name(&b, r, DP_LANG_KO);
    if ((r = row_add(&b, "name_en", tr(&b, "English name", "영문 이름"), CMP_GROUP_MODEL, CMP_ROW_TEXT)))
        fill_name(&b, r, DP_LANG_EN);
    if ((r = row_add(&b, "consortium", tr(&b, "Consortium", "컨소시엄"), CMP_GROUP_MODEL, CMP_ROW_TEXT)))
        fill_consortium(&b, r);
    if ((r = num_row(&b, "params_total_b", tr(&b, "Total params", "전체 파라미터"), CMP_GROUP_PARAMS,
                     CMP_SCALE_LOG, CMP_DELTA_RATIO, CMP_BEST_NONE)))
        fill_params(&b, r, false);
    if ((r = num_row(&b, "params_active_b", tr(&b, "Active params", "활성 파라미터"), CMP_GROUP_PARAMS,
                     CMP_SCALE_LOG, CMP_DELTA_RATIO, CMP_BEST_NONE)))
        fill_params(&b, r, true);
    if ((r = num_row(&b, "active_share", tr(&b, "Active share", "활성 비율"), CMP_GROUP_PARAMS,
                     CMP_SCALE_LINEAR, CMP_DELTA_DIFF, CMP_BEST_NONE))) {
        r->scale_lo = 0;
        r->scale_hi = 100;
        fill_share(&b, r);
    }
    if ((r = row_add(&b, "architecture", tr(&b, "Architecture", "구조"), CMP_GROUP_SPEC, CMP_ROW_LIST)))
        fill_arch(&b, r);
    if ((r = row_add(&b, "modalities", tr(&b, "Modalities in > out", "입력 > 출력"), CMP_GROUP_SPEC,
                     CMP_ROW_LIST)))
        fill_modalities(&b, r);
    if ((r = num_row(&b, "context_tokens", tr(&b, "Context", "문맥 길이"), CMP_GROUP_SPEC, CMP_SCALE_LINEAR,
                     CMP_DELTA_RATIO, CMP_BEST_MAX)))
        fill_context(&b, r);
    if ((r = row_add(&b, "license", tr(&b, "License", "라이선스"), CMP_GROUP_SPEC, CMP_ROW_TEXT)))
        fill_license(&b, r);
    if ((r = row_add(&b, "released", tr(&b, "Released", "공개일"), CMP_GROUP_SPEC, CMP_ROW_TEXT)))
        fill_released(&b, r);
    add_stages(&b);
    add_scores(&b);
    add_partners(&b);
    add_claims(&b);
    if ((r = row_add(&b, "id", "ID", CMP_GROUP_MODEL, CMP_ROW_TEXT)))
        fill_id(&b, r);
    if (b.oom || !cmp_derive(c))
        goto fail;
    return c;
fail:
    compare_free(&c);
    return NULL;
}

void compare_free(struct compare **cp)
{
    if (!cp || !*cp)
        return;
    struct compare *c = *cp;
    for (size_t r = 0; r < c->nrows; r++) {
        struct cmp_row *row = &c->rows[r];
        for (size_t j = 0; row->cells && j < c->ncols; j++) {
            free(row->cells[j].text);
            free(row->cells[j].raw);
            free(row->cells[j].delta);
            free(row->cells[j].note);
        }
        free(row->cells);
        free(row->key);
        free(row->title);
    }
    free(c->rows);
    free(c->cols);
    free(c);
    *cp = NULL;
}

const char *compare_why_text(enum dp_why why, enum dp_lang lang)
{
    static const char *const en[] = {"", "undisclosed", "not evaluated", "n/a", "unknown"};
    static const char *const ko[] = {"", "비공개", "평가 없음", "해당 없음", "알 수 없음"};
    if (why > DP_WHY_UNKNOWN || why == DP_WHY_NONE)
        why = DP_WHY_UNKNOWN;
    return lang == DP_LANG_KO ? ko[why] : en[why];
}

const struct dp_model *compare_nearest_peer(const struct dp_dataset *ds, const struct dp_model *m)
{
    if (!m || !m->params_total.known || m->params_total.v <= 0)
        return NULL;
    const struct dp_model *best = NULL;
    double best_d = INFINITY, lp = log(m->params_total.v);
    for (size_t i = 0; i < ds->nmodels; i++) {
        const struct dp_model *o = ds->models[i];
        if (o == m || !o->params_total.known || o->params_total.v <= 0)
            continue;
        double d = fabs(log(o->params_total.v) - lp);
        if (d < best_d) {
            best_d = d;
            best = o;
        }
    }
    return best;
}
