/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pane_eval.c — Evaluation: each consortium's standing result with its
 * reason, its result at every stage, every score part of every scheme
 * against its maximum, the totals with a bar, and the claims made for its
 * models. The columns are catalogue fields (table_consortia): one per
 * stage and per score part of the dataset, no fixed number. */
#include "config.h"

#include "tui/app.h"

#define MAX_STAGES 8 /* columns for the first 8 stages of the data */
#define MAX_PARTS 5

static const struct dp_score *cons_score(const struct dp_consortium *c, const struct dp_scheme *s)
{
    if (!s)
        return NULL;
    for (size_t i = 0; i < c->nscores; i++)
        if (c->scores[i].scheme == s)
            return &c->scores[i];
    return NULL;
}

static void get_name(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                     struct table_value *out)
{
    (void)buf, (void)bufsz;
    col_str(out, col_cons_name(row, ctx->lang));
}

static void get_result(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                       struct table_value *out)
{
    const struct dp_status *st = col_status_decided(TUI_CTX(ctx)->ds, row);
    (void)buf, (void)bufsz;
    if (!st) {
        col_unknown(out, TABLE_STR, DP_WHY_NOT_EVALUATED);
        return;
    }
    col_text(out, col_result_name(st->result, ctx->lang));
}

static void get_reason(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                       struct table_value *out)
{
    const struct dp_status *st = col_status_decided(TUI_CTX(ctx)->ds, row);
    (void)buf, (void)bufsz;
    if (!st || !model_text_present(&st->reason)) {
        col_unknown(out, TABLE_STR, DP_WHY_NOT_APPLICABLE);
        return;
    }
    col_str(out, model_text(&st->reason, ctx->lang));
}

static void stage_value(const void *row, const struct table_ctx *ctx, size_t i, struct table_value *out)
{
    const struct dp_dataset *ds = TUI_CTX(ctx)->ds;
    const struct dp_status *st = i < ds->nstages ? model_status_at(row, ds->stages[i].id) : NULL;
    if (!st) {
        col_unknown(out, TABLE_STR, DP_WHY_NOT_EVALUATED);
        return;
    }
    col_text(out, col_result_name(st->result, ctx->lang));
}

static void part_value(const void *row, const struct table_ctx *ctx, size_t i, char *buf, size_t bufsz,
                       struct table_value *out)
{
    const struct dp_score *sc = cons_score(row, TUI_CTX(ctx)->scheme);
    if (!sc) {
        col_unknown(out, TABLE_NUM, DP_WHY_NOT_EVALUATED);
        return;
    }
    if (i >= sc->nparts || !sc->parts[i].value.known) {
        col_unknown(out, TABLE_NUM, i < sc->nparts ? sc->parts[i].value.why : DP_WHY_NOT_APPLICABLE);
        return;
    }
    const struct dp_score_part *p = &sc->parts[i];
    snprintf(buf, bufsz, "%.4g/%g", p->value.v, p->part ? p->part->max : 0);
    col_text(out, buf);
    out->type = TABLE_NUM;
    out->num = p->value.v;
}

#define IDX(X) X(0) X(1) X(2) X(3) X(4)
#define SIDX(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7)
#define X(i)                                                                                                 \
    static void get_stage_##i(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,         \
                              struct table_value *out)                                                       \
    {                                                                                                        \
        (void)buf, (void)bufsz;                                                                              \
        stage_value(row, ctx, i, out);                                                                       \
    }
SIDX(X)
#undef X
#define X(i)                                                                                                 \
    static void get_part_##i(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,          \
                             struct table_value *out)                                                        \
    {                                                                                                        \
        part_value(row, ctx, i, buf, bufsz, out);                                                            \
    }
IDX(X)
#undef X

static void get_total(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                      struct table_value *out)
{
    const struct dp_score *sc = cons_score(row, TUI_CTX(ctx)->scheme);
    if (!sc || !sc->total.known) {
        col_unknown(out, TABLE_NUM, sc ? sc->total.why : DP_WHY_NOT_EVALUATED);
        return;
    }
    col_number(out, sc->total.v, "%.1f", buf, bufsz);
}

static void get_claims(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                       struct table_value *out)
{
    const struct dp_consortium *c = row;
    size_t n[DP_CLAIM_COUNT] = {0}, total = 0;
    static const char letter[DP_CLAIM_COUNT] = {'v', 'o', 't'};
    (void)ctx;
    for (size_t i = 0; i < c->nmodels; i++)
        for (size_t k = 0; k < c->models[i].nclaims; k++)
            if (c->models[i].claims[k].kind < DP_CLAIM_COUNT) {
                n[c->models[i].claims[k].kind]++;
                total++;
            }
    if (!total) {
        col_unknown(out, TABLE_NUM, DP_WHY_NOT_APPLICABLE);
        return;
    }
    size_t len = 0;
    buf[0] = '\0';
    for (int k = 0; k < DP_CLAIM_COUNT; k++)
        if (n[k]) {
            int w = snprintf(buf + len, bufsz - len, "%s%zu%c", len ? " " : "", n[k], letter[k]);
            if (w < 0 || (size_t)w >= bufsz - len)
                break;
            len += (size_t)w;
        }
    col_text(out, buf);
    out->type = TABLE_NUM;
    out->num = (double)total;
}

static size_t cons_count(const struct dp_dataset *ds)
{
    return ds->nconsortia;
}

static size_t cons_fill(const struct dp_dataset *ds, const void **rows)
{
    for (size_t i = 0; i < ds->nconsortia; i++)
        rows[i] = &ds->consortia[i];
    return ds->nconsortia;
}

enum {
    C_NAME,
    C_RESULT,
    C_REASON,
    C_STAGE0,
    C_STAGE_END = C_STAGE0 + MAX_STAGES - 1,
    C_PART0,
    C_PART_END = C_PART0 + MAX_PARTS - 1,
    C_TOTAL,
    C_CLAIMS,
    C_COUNT
};

static const struct table_col cols[C_COUNT] = {
    [C_NAME] = {"consortium", "Team", "팀", TEXT_LEFT, 8, TABLE_STR, get_name},
    [C_RESULT] = {"result", "Result", "결과", TEXT_LEFT, 10, TABLE_STR, get_result},
    [C_REASON] = {"reason", "Reason", "사유", TEXT_LEFT, 0, TABLE_STR, get_reason},
#define X(i) [C_STAGE0 + i] = {"stage" #i, "Stage " #i, "단계 " #i, TEXT_LEFT, 0, TABLE_STR, get_stage_##i},
    SIDX(X)
#undef X
#define X(i) [C_PART0 + i] = {"part" #i, "Part " #i, "항목 " #i, TEXT_RIGHT, 7, TABLE_NUM, get_part_##i},
        IDX(X)
#undef X
            [C_TOTAL] = {"total", "Score", "점수", TEXT_RIGHT, 6, TABLE_NUM, get_total},
    [C_CLAIMS] = {"claims", "Claims", "주장", TEXT_RIGHT, 6, TABLE_NUM, get_claims},
};

static const struct pane_col layout[C_COUNT] = {
    [C_NAME] = {.min = 7, .max = 16, .prio = 100, .kind = CELL_TEXT, .want = 10},
    [C_RESULT] = {.min = 6, .max = 12, .prio = 95, .kind = CELL_TEXT, .want = 8},
    [C_REASON] = {.min = 12, .max = 40, .prio = 30, .kind = CELL_TEXT, .want = 30},
#define X(i) [C_STAGE0 + i] = {.min = 6, .max = 12, .prio = 20 - i, .kind = CELL_TEXT},
    SIDX(X)
#undef X
#define X(i) [C_PART0 + i] = {.min = 7, .max = 9, .prio = 50 - i, .kind = CELL_TEXT, .want = 9},
        IDX(X)
#undef X
            [C_TOTAL] = {.min = 5, .max = 0, .prio = 90, .kind = CELL_TEXTBAR},
    [C_CLAIMS] = {.min = 6, .max = 10, .prio = 60, .kind = CELL_TEXT},
};

static bool eval_init(struct pane *p, struct app *a)
{
    const struct dp_dataset *ds = a->ds;
    const struct dp_scheme *s = a->ctx.scheme;
    memcpy(p->cols, cols, sizeof cols);
    memcpy(p->layout, layout, sizeof layout);
    for (size_t i = 0; i < MAX_STAGES; i++) {
        if (i < ds->nstages) {
            const struct dp_stage *st = &ds->stages[i];
            p->cols[C_STAGE0 + i].title_en = model_text(&st->name, DP_LANG_EN)->disp;
            p->cols[C_STAGE0 + i].title_ko = model_text(&st->name, DP_LANG_KO)->disp;
        } else {
            p->layout[C_STAGE0 + i].prio = -1;
        }
    }
    for (size_t i = 0; i < MAX_PARTS; i++) {
        if (s && i < s->nparts) {
            p->cols[C_PART0 + i].title_en = model_text(&s->parts[i].name, DP_LANG_EN)->disp;
            p->cols[C_PART0 + i].title_ko = model_text(&s->parts[i].name, DP_LANG_KO)->disp;
        } else {
            p->layout[C_PART0 + i].prio = -1;
        }
    }
    p->def = (struct table_def){
        .name = "eval",
        .cols = p->cols,
        .ncols = C_COUNT,
        .count = cons_count,
        .fill = cons_fill,
        .names = rows_consortium_names,
    };
    return true;
}

static double eval_bar(const struct app *a, size_t col, const void *row)
{
    const struct dp_score *sc = cons_score(row, a->ctx.scheme);
    (void)col;
    if (!sc || !sc->total.known || !a->ctx.scheme || a->ctx.scheme->total <= 0)
        return NAN;
    return sc->total.v / a->ctx.scheme->total;
}

const struct pane_ops pane_eval = {
    .id = "eval",
    .title_en = "Evaluation",
    .title_ko = "평가",
    .catalog = &table_consortia,
    .fields = fields,
    .nfields = sizeof fields / sizeof fields[0],
    .default_sort = "score.*.total",
    .default_desc = true,
    .row_consortium = row_consortium_self,
    .detail = detail_consortium,
};
