/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pane_partners.c — Partners: every consortium's partners with their
 * kind and role, grouped by consortium. The columns are catalogue fields
 * (table_partners). */
#include "config.h"

#include "tui/app.h"

static const struct dp_consortium *partner_consortium(const void *row)
{
    return ((const struct dp_partner *)row)->consortium;
}

static const struct pane_field fields[] = {
    {"name", .layout = {.min = 14, .max = 30, .prio = 100, .kind = CELL_TEXT, .want = 16}},
    {"kind", .layout = {.min = 8, .max = 10, .prio = 70, .kind = CELL_TEXT, .want = 10}},
    {"consortium", .layout = {.min = 6, .max = 12, .prio = 90, .kind = CELL_TEXT, .want = 10}},
    {"role", .layout = {.min = 10, .max = 40, .prio = 20, .kind = CELL_TEXT}},
};

const struct pane_ops pane_partners = {
    .id = "partners",
    .title = V_PANE_PARTNERS,
    .catalog = &table_partners,
    .fields = fields,
    .nfields = sizeof fields / sizeof fields[0],
    .default_sort = "consortium",
    .default_desc = false,
    .row_consortium = partner_consortium,
    .detail = detail_partner,
    .group_col = 3, /* consortium, index + 1 */
};
