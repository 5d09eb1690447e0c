/* SPDX-License-Identifier: GPL-2.0-or-later */
/* build.c — reading the dataset into a comparison: columns and rows. */
#include "config.h"
#include "compare.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "compare/internal.h"
#include "table.h"
#include "text.h"
#include "vocab.h"

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
    cell->text = safe_dup(b, vocab_why(why, b->c->lang));
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

/* ---- rows from the catalogue ------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A list's items sorted and joined: equal sets compare equal whatever the
 * order they were written in. */
static char *canonical_items(const struct table_value *v)
{
    size_t n = v->nitems + v->nitems2, len = 2;
    const char **sorted = malloc((n ? n : 1) * sizeof *sorted);
    if (!sorted)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const dp_str *it = i < v->nitems ? &v->items[i] : &v->items2[i - v->nitems];
        sorted[i] = it->raw ? it->raw : it->disp;
        len += strlen(sorted[i]) + 1;
    }
    qsort(sorted, v->nitems, sizeof *sorted, cmp_str);
    if (v->nitems2)
        qsort(sorted + v->nitems, v->nitems2, sizeof *sorted, cmp_str);
    char *out = malloc(len), *p = out;
    for (size_t i = 0; out && i < n; i++) {
        if (i)
            *p++ = i == v->nitems ? '>' : ',';
        size_t l = strlen(sorted[i]);
        memcpy(p, sorted[i], l);
        p += l;
    }
    if (out)
        *p = '\0';
    free(sorted);
    return out;
}

static const enum cmp_scale scale_of[] = {[TABLE_SCALE_NONE] = CMP_SCALE_NONE,
                                          [TABLE_SCALE_LINEAR] = CMP_SCALE_LINEAR,
                                          [TABLE_SCALE_LOG] = CMP_SCALE_LOG};
static const enum cmp_delta delta_of[] = {[TABLE_DELTA_NONE] = CMP_DELTA_NONE,
                                          [TABLE_DELTA_RATIO] = CMP_DELTA_RATIO,
                                          [TABLE_DELTA_DIFF] = CMP_DELTA_DIFF};
static const enum cmp_best best_of[] = {
    [TABLE_BEST_NONE] = CMP_BEST_NONE, [TABLE_BEST_MAX] = CMP_BEST_MAX, [TABLE_BEST_MIN] = CMP_BEST_MIN};
static const enum cmp_group group_of[] = {[TABLE_GROUP_MODEL] = CMP_GROUP_MODEL,
                                          [TABLE_GROUP_PARAMS] = CMP_GROUP_PARAMS,
                                          [TABLE_GROUP_SPEC] = CMP_GROUP_SPEC,
                                          [TABLE_GROUP_PROGRAMME] = CMP_GROUP_PROGRAMME,
                                          [TABLE_GROUP_CLAIMS] = CMP_GROUP_CLAIMS};

/* One row per catalogue field marked for Compare: the cell's text is the
 * catalogue's, so it reads as in list, show and the panes. */
static void add_field(struct builder *b, const struct table_def *def, size_t f)
{
    const struct table_col *col = &def->cols[f];
    struct compare *c = b->c;
    struct table_ctx ctx = {c->lang, c->text_flags, c->korean_units, c->plain, false};
    char buf[4096];
    if (col->flags & TABLE_F_SKIP_UNKNOWN) {
        /* A stage no column took part in is left out. */
        bool any = false;
        for (size_t j = 0; j < c->ncols && !any; j++) {
            struct table_value v;
            table_get(def, f, c->cols[j].model, &ctx, buf, sizeof buf, &v);
            any = v.known || v.why != DP_WHY_NOT_APPLICABLE;
        }
        if (!any)
            return;
    }
    if ((col->flags & TABLE_F_SHARED) && c->ncols > 1) {
        /* A measurement: a row only when two columns have it. */
        size_t have = 0;
        for (size_t j = 0; j < c->ncols && have < 2; j++) {
            struct table_value v;
            table_get(def, f, c->cols[j].model, &ctx, buf, sizeof buf, &v);
            have += v.known;
        }
        if (have < 2)
            return;
    }
    enum cmp_row_kind kind = col->type == TABLE_NUM    ? CMP_ROW_NUM
                             : col->type == TABLE_LIST ? CMP_ROW_LIST
                                                       : CMP_ROW_TEXT;
    struct cmp_row *row = row_add(b, col->key, table_col_title(col, c->lang), group_of[col->group], kind);
    if (!row)
        return;
    if (kind == CMP_ROW_NUM) {
        row->scale = scale_of[col->scale];
        row->delta = delta_of[col->delta];
        row->best = best_of[col->best];
    }
    for (size_t j = 0; j < c->ncols; j++) {
        struct table_value v;
        struct cmp_cell *cell = &row->cells[j];
        table_get(def, f, c->cols[j].model, &ctx, buf, sizeof buf, &v);
        if (!v.known) {
            cell_unknown(b, cell, v.why, v.src);
        } else if (kind == CMP_ROW_NUM) {
            cell_num(b, cell, v.num, v.text, v.src);
        } else if (kind == CMP_ROW_LIST) {
            char *canon = canonical_items(&v);
            if (!canon)
                b->oom = true;
            cell_text(b, cell, v.text, canon ? canon : "", v.src);
            free(canon);
        } else {
            cell_text(b, cell, v.text, v.raw, v.src);
        }
        if (v.note)
            cell_note(b, cell, v.note);
        if (kind == CMP_ROW_NUM && !isnan(v.max)) {
            row->scale_lo = 0;
            row->scale_hi = v.max;
        }
    }
}

/* The catalogue's Compare fields in order; claims are matched across
 * spellings by add_claims(), and the id row goes last. */
static void add_catalog(struct builder *b, const struct table_def *def)
{
    for (size_t f = 0; f < def->ncols && !b->oom; f++) {
        const struct table_col *col = &def->cols[f];
        if ((col->flags & TABLE_F_COMPARE) && strncmp(col->key, "claim.", 6) != 0 &&
            strcmp(col->key, "id") != 0)
            add_field(b, def, f);
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

/* The columns' claims by metric key, sorted, so that each lookup is a
 * binary search: with 40,000 claims, trying every claim for every claim
 * was quadratic. `claims` holds each column's claims with a value
 * (target NULL); `baselines` each claim's baseline value, under the model
 * it measured (target), when that model is not the claim's own. */
struct claim_ref {
    char *key;
    uintptr_t target;
    size_t col, idx;
    const struct dp_claim *cl;
};
struct claim_index {
    struct claim_ref *claims, *baselines;
    size_t nclaims, nbaselines;
};

static int ref_cmp(const void *x, const void *y)
{
    const struct claim_ref *a = x, *b = y;
    int d = strcmp(a->key, b->key);
    if (d)
        return d;
    if (a->target != b->target)
        return a->target < b->target ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* The first entry not before (key, target, col 0, idx 0), if it has that key and target. */
static const struct claim_ref *ref_first(const struct claim_ref *v, size_t n, const char *key,
                                         uintptr_t target)
{
    struct claim_ref probe = {(char *)key, target, 0, 0, NULL};
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ref_cmp(&v[mid], &probe) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && v[lo].target == target && strcmp(v[lo].key, key) == 0 ? &v[lo] : NULL;
}

static void index_free(struct claim_index *ix)
{
    for (size_t i = 0; i < ix->nclaims; i++)
        free(ix->claims[i].key);
    for (size_t i = 0; i < ix->nbaselines; i++)
        free(ix->baselines[i].key);
    free(ix->claims);
    free(ix->baselines);
    memset(ix, 0, sizeof *ix);
}

static bool index_build(const struct compare *c, struct claim_index *ix)
{
    size_t n = 0;
    memset(ix, 0, sizeof *ix);
    for (size_t j = 0; j < c->ncols; j++)
        n += c->cols[j].model->nclaims;
    ix->claims = calloc(n ? n : 1, sizeof *ix->claims);
    ix->baselines = calloc(n ? n : 1, sizeof *ix->baselines);
    if (!ix->claims || !ix->baselines)
        return false;
    char k[256];
    for (size_t j = 0; j < c->ncols; j++) {
        const struct dp_model *m = c->cols[j].model;
        for (size_t i = 0; i < m->nclaims; i++) {
            const struct dp_claim *cl = &m->claims[i];
            if (!cl->metric.raw)
                continue;
            metric_key(cl->metric.raw, k, sizeof k);
            if (cl->value.known) {
                struct claim_ref *r = &ix->claims[ix->nclaims];
                *r = (struct claim_ref){strdup(k), 0, j, i, cl};
                if (!r->key)
                    return false;
                ix->nclaims++;
            }
            if (cl->baseline_model && cl->baseline_model != m && cl->baseline_value.known) {
                struct claim_ref *r = &ix->baselines[ix->nbaselines];
                *r = (struct claim_ref){strdup(k), (uintptr_t)cl->baseline_model, j, i, cl};
                if (!r->key)
                    return false;
                ix->nbaselines++;
            }
        }
    }
    qsort(ix->claims, ix->nclaims, sizeof *ix->claims, ref_cmp);
    qsort(ix->baselines, ix->nbaselines, sizeof *ix->baselines, ref_cmp);
    return true;
}

/* Column col's first claim with a value for the metric key. */
static const struct dp_claim *claim_for(const struct claim_index *ix, size_t col, const char *key)
{
    const struct claim_ref *r = ref_first(ix->claims, ix->nclaims, key, 0);
    /* The entries of one key are in column order: step to col's. */
    size_t lo = r ? (size_t)(r - ix->claims) : ix->nclaims, hi = ix->nclaims;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct claim_ref *v = &ix->claims[mid];
        if (strcmp(v->key, key) == 0 && v->col < col)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ix->nclaims && ix->claims[lo].col == col && strcmp(ix->claims[lo].key, key) == 0
               ? ix->claims[lo].cl
               : NULL;
}

/* A claim of another column that measured `m` as its baseline: its
 * baseline value stands in m's cell (labelled as reported by the other). */
static const struct dp_claim *baseline_for(const struct claim_index *ix, const struct dp_model *m,
                                           const char *key)
{
    const struct claim_ref *r = ref_first(ix->baselines, ix->nbaselines, key, (uintptr_t)m);
    return r ? r->cl : NULL;
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
    char buf[1024];
    struct table_ctx ctx = {b->c->lang, b->c->text_flags, b->c->korean_units, b->c->plain, false};
    struct table_value v = {0};
    table_claim_value(cl, &ctx, buf, sizeof buf, &v);
    cell_num(b, cell, cl->value.v, v.text, cl->src);
    char note[1100];
    snprintf(note, sizeof note, "%s · %s", cl->metric.disp, v.note ? v.note : "");
    cell_note(b, cell, note);
}

static void add_claims(struct builder *b)
{
    const struct compare *c = b->c;
    /* One row per metric claimed by at least two of the columns (any, when
     * there is one column), in the order the columns claim them. */
    struct claim_index ix;
    if (!index_build(c, &ix)) {
        index_free(&ix);
        b->oom = true;
        return;
    }
    for (size_t j = 0; j < c->ncols; j++) {
        const struct dp_model *m = c->cols[j].model;
        for (size_t i = 0; i < m->nclaims; i++) {
            const struct dp_claim *cl = &m->claims[i];
            if (!cl->value.known || !cl->metric.raw)
                continue;
            char key[256], rkey[300];
            metric_key(cl->metric.raw, key, sizeof key);
            snprintf(rkey, sizeof rkey, "claim.%s", key);
            /* Only the metric's first claim (in column order) makes its row. */
            const struct claim_ref *first = ref_first(ix.claims, ix.nclaims, key, 0);
            bool seen = first && first->cl != cl;
            size_t have = 0;
            for (size_t k = 0; k < c->ncols; k++)
                have += claim_for(&ix, k, key) || baseline_for(&ix, c->cols[k].model, key);
            if (seen || (c->ncols > 1 && have < 2))
                continue;
            char title[300];
            if (cl->unit.raw && strncmp(cl->unit.raw, "score", 5) != 0)
                snprintf(title, sizeof title, "%s (%s)", cl->metric.disp, cl->unit.disp);
            else
                snprintf(title, sizeof title, "%s", cl->metric.disp);
            struct cmp_row *row =
                num_row(b, rkey, title, CMP_GROUP_CLAIMS, CMP_SCALE_LINEAR, CMP_DELTA_DIFF, claim_best(cl));
            if (!row) {
                index_free(&ix);
                return;
            }
            for (size_t k = 0; k < c->ncols; k++) {
                const struct dp_claim *ck = claim_for(&ix, k, key);
                const struct dp_claim *bl = ck ? NULL : baseline_for(&ix, c->cols[k].model, key);
                if (ck) {
                    claim_cell(b, &row->cells[k], ck);
                } else if (bl) {
                    char buf[64], note[512];
                    cmp_format_num(buf, sizeof buf, bl->baseline_value.v, cmp_decimals(bl->baseline_value.v));
                    cell_num(b, &row->cells[k], bl->baseline_value.v, buf, bl->src);
                    snprintf(note, sizeof note, "%s: %s %s", vocab_claim_kind(bl->kind, c->lang),
                             vocab(V_CMP_BASELINE_OF, c->lang), model_text(&bl->model->name, c->lang)->disp);
                    cell_note(b, &row->cells[k], note);
                } else
                    cell_unknown(b, &row->cells[k], DP_WHY_NOT_EVALUATED, NULL);
            }
        }
    }
    index_free(&ix);
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
    c->cell_max = o ? o->cell_max : 0;
    c->plain = o && o->plain;
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
    struct table_def *def = table_def_new(&table_models, ds);
    if (!def)
        goto fail;
    add_catalog(&b, def);
    add_claims(&b);
    int id = table_col_find(def, "id");
    if (id >= 0)
        add_field(&b, def, (size_t)id);
    table_def_free(&def);
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
