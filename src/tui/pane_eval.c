/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pane_eval.c — Evaluation: each consortium's standing result with its
 * reason, its result at every stage, every score part of every scheme
 * against its maximum, the totals with a bar, and the claims made for its
 * models. The columns are catalogue fields (table_consortia): one per
 * stage and per score part of the dataset, no fixed number. */
#include "config.h"

#include "tui/app.h"

static const struct pane_field fields[] = {
    {"name", .layout = {.min = 7, .max = 16, .prio = 100, .kind = CELL_TEXT, .want = 10}},
    {"result", .layout = {.min = 6, .max = 12, .prio = 95, .kind = CELL_TEXT, .want = 8}},
    {"reason", .layout = {.min = 12, .max = 40, .prio = 30, .kind = CELL_TEXT, .want = 30}},
    {"stage.*", "stage.*.*", .layout = {.min = 6, .max = 12, .prio = 20, .kind = CELL_TEXT}},
    {"score.*", "score.*.total", "score.*.note",
     .layout = {.min = 7, .max = 9, .prio = 50, .kind = CELL_TEXT, .want = 9}},
    {"score.*.total", .layout = {.min = 5, .max = 0, .prio = 90, .kind = CELL_TEXTBAR}},
    {"claims_by", .layout = {.min = 10, .max = 40, .prio = 60, .kind = CELL_TEXT, .want = 18}},
};

const struct pane_ops pane_eval = {
    .id = "eval",
    .title = V_PANE_EVAL,
    .catalog = &table_consortia,
    .fields = fields,
    .nfields = sizeof fields / sizeof fields[0],
    .default_sort = "score.*.total",
    .default_desc = true,
    .row_consortium = row_consortium_self,
    .detail = detail_consortium,
};
