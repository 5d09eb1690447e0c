/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pane_params.c — Parameters: total and active parameter counts, the
 * active share and a log-scale bar. `u` switches B and 억/조. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tui/app.h"

static void get_cons(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                     struct table_value *out)
{
    const struct dp_model *m = row;
    (void)buf, (void)bufsz;
    if (m->consortium)
        col_str(out, col_cons_name(m->consortium, ctx->lang));
    else
        col_str(out, model_text(&m->developer, ctx->lang));
}

static void get_total(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                      struct table_value *out)
{
    const struct dp_model *m = row;
    col_params(out, ctx, m->params_total, buf, bufsz);
}

static void get_active(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                       struct table_value *out)
{
    const struct dp_model *m = row;
    col_params(out, ctx, m->params_active, buf, bufsz);
}

static void get_share(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                      struct table_value *out)
{
    const struct dp_model *m = row;
    (void)ctx;
    if (!m->params_total.known || !m->params_active.known || m->params_total.v <= 0) {
        col_unknown(out, TABLE_NUM, m->params_active.known ? m->params_total.why : m->params_active.why);
        return;
    }
    double pct = 100.0 * m->params_active.v / m->params_total.v;
    col_number(out, pct, pct < 9.95 ? "%.1f%%" : "%.0f%%", buf, bufsz);
}

static void get_bar(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                    struct table_value *out)
{
    const struct dp_model *m = row;
    (void)ctx, (void)buf, (void)bufsz;
    if (!m->params_total.known) {
        col_unknown(out, TABLE_NUM, m->params_total.why);
        return;
    }
    out->type = TABLE_NUM;
    out->known = true;
    out->why = DP_WHY_NONE;
    out->num = m->params_total.v;
    out->text = "";
    out->width = 0;
    out->raw = NULL;
}

enum { C_NAME, C_CONS, C_TOTAL, C_ACTIVE, C_SHARE, C_BAR, C_COUNT };

static const struct table_col cols[C_COUNT] = {
    [C_NAME] = {"name", "Model", "모델", TEXT_LEFT, 14, TABLE_STR, col_get_model_name},
    [C_CONS] = {"consortium", "Team", "팀", TEXT_LEFT, 6, TABLE_STR, get_cons},
    [C_TOTAL] = {"params_total_b", "Total", "전체", TEXT_RIGHT, 6, TABLE_NUM, get_total},
    [C_ACTIVE] = {"params_active_b", "Active", "활성", TEXT_RIGHT, 6, TABLE_NUM, get_active},
    [C_SHARE] = {"active_share", "Act%", "활성%", TEXT_RIGHT, 5, TABLE_NUM, get_share},
    [C_BAR] = {"scale", "log scale", "로그 척도", TEXT_LEFT, 0, TABLE_NUM, get_bar},
};

static const struct pane_col layout[C_COUNT] = {
    [C_NAME] = {.min = 13, .max = 28, .prio = 100, .kind = CELL_TEXT, .want = 14},
    [C_CONS] = {.min = 5, .max = 12, .prio = 80, .kind = CELL_TEXT},
    /* want: 억/조 figures ("6,850억") stay whole; the bar gives way. */
    [C_TOTAL] = {.min = 6, .max = 8, .prio = 90, .kind = CELL_TEXT, .want = 8},
    [C_ACTIVE] = {.min = 6, .max = 8, .prio = 70, .kind = CELL_TEXT, .want = 8},
    [C_SHARE] = {.min = 5, .max = 6, .prio = 30, .kind = CELL_TEXT},
    [C_BAR] = {.min = 3, .max = 0, .prio = 60, .kind = CELL_BAR},
};

static bool params_init(struct pane *p, struct app *a)
{
    (void)a;
    memcpy(p->cols, cols, sizeof cols);
    memcpy(p->layout, layout, sizeof layout);
    p->def = (struct table_def){
        .name = "params",
        .cols = p->cols,
        .ncols = C_COUNT,
        .count = rows_models_count,
        .fill = rows_models_fill,
        .names = rows_model_names,
    };
    return true;
}

/* Log scale from 1B to the largest model in the dataset. */
static double params_bar(const struct app *a, size_t col, const void *row)
{
    const struct dp_model *m = row;
    (void)col;
    if (!m->params_total.known || m->params_total.v <= 0)
        return NAN;
    double hi = a->params_max > 10 ? a->params_max : 10;
    double f = log10(m->params_total.v > 1 ? m->params_total.v : 1) / log10(hi);
    return f < 0.02 ? 0.02 : f;
}

const struct pane_ops pane_params = {
    .id = "params",
    .title_en = "Parameters",
    .title_ko = "파라미터",
    .init = params_init,
    .default_sort = C_TOTAL,
    .default_desc = true,
    .row_model = row_model_self,
    .row_consortium = row_model_consortium,
    .bar_scale = params_bar,
    .detail = detail_model,
};
