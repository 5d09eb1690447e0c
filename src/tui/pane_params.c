/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pane_params.c — Parameters: total and active parameter counts, the
 * active share and a log-scale bar. `u` switches B and 억/조. The columns
 * are catalogue fields (table_models); the bar draws params_total_b. */
#include "config.h"

#include <math.h>

#include "tui/app.h"

static const struct pane_field fields[] = {
    {"name", .layout = {.min = 13, .max = 28, .prio = 100, .kind = CELL_TEXT, .want = 14}},
    {"consortium", .layout = {.min = 5, .max = 12, .prio = 80, .kind = CELL_TEXT}},
    /* want: 억/조 figures ("6,850억") stay whole; the bar gives way. */
    {"params_total_b", .layout = {.min = 6, .max = 8, .prio = 90, .kind = CELL_TEXT, .want = 8}},
    {"params_active_b", .layout = {.min = 6, .max = 8, .prio = 70, .kind = CELL_TEXT, .want = 8}},
    {"active_share", .layout = {.min = 5, .max = 6, .prio = 30, .kind = CELL_TEXT}},
    {"params_total_b", .layout = {.min = 3, .max = 0, .prio = 60, .kind = CELL_BAR}, .head = V_LOG_SCALE},
};

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
    .title = V_PANE_PARAMS,
    .catalog = &table_models,
    .fields = fields,
    .nfields = sizeof fields / sizeof fields[0],
    .default_sort = "params_total_b",
    .default_desc = true,
    .row_model = row_model_self,
    .row_consortium = row_model_consortium,
    .bar_scale = params_bar,
    .detail = detail_model,
};
