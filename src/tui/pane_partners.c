/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pane_partners.c — Partners: every partner of every consortium with its
 * kind; sorted by consortium it reads grouped, by name it reads flat. */
#include "config.h"

#include <string.h>

#include "tui/app.h"

static void get_name(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                     struct table_value *out)
{
    const struct dp_partner *p = row;
    (void)buf, (void)bufsz;
    col_str(out, model_text(&p->name, ctx->lang));
}

static void get_kind(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                     struct table_value *out)
{
    const struct dp_partner *p = row;
    (void)buf, (void)bufsz;
    col_text(out, col_kind_name(p->kind, ctx->lang));
}

static void get_cons(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                     struct table_value *out)
{
    const struct dp_partner *p = row;
    (void)buf, (void)bufsz;
    if (!p->consortium) {
        col_unknown(out, TABLE_STR, DP_WHY_UNKNOWN);
        return;
    }
    col_str(out, col_cons_name(p->consortium, ctx->lang));
}

static void get_role(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                     struct table_value *out)
{
    const struct dp_partner *p = row;
    (void)buf, (void)bufsz;
    col_str(out, model_text(&p->role, ctx->lang));
}

static bool partner_names(const void *row, bool (*cb)(const char *name, void *arg), void *arg)
{
    const struct dp_partner *p = row;
    const char *n[] = {p->name.ko.raw, p->name.en.raw};
    for (size_t i = 0; i < 2; i++)
        if (n[i] && cb(n[i], arg))
            return true;
    return p->consortium && rows_consortium_names(p->consortium, cb, arg);
}

static size_t partners_count(const struct dp_dataset *ds)
{
    return ds->npartners;
}

static size_t partners_fill(const struct dp_dataset *ds, const void **rows)
{
    for (size_t i = 0; i < ds->npartners; i++)
        rows[i] = ds->partners[i];
    return ds->npartners;
}

static const struct dp_consortium *partner_consortium(const void *row)
{
    return ((const struct dp_partner *)row)->consortium;
}

enum { C_NAME, C_KIND, C_CONS, C_ROLE, C_COUNT };

static const struct table_col cols[C_COUNT] = {
    [C_NAME] = {"partner", "Partner", "참여기관", TEXT_LEFT, 16, TABLE_STR, get_name},
    [C_KIND] = {"kind", "Kind", "구분", TEXT_LEFT, 8, TABLE_STR, get_kind},
    [C_CONS] = {"consortium", "Team", "팀", TEXT_LEFT, 8, TABLE_STR, get_cons},
    [C_ROLE] = {"role", "Role", "역할", TEXT_LEFT, 0, TABLE_STR, get_role},
};

static const struct pane_col layout[C_COUNT] = {
    [C_NAME] = {.min = 14, .max = 30, .prio = 100, .kind = CELL_TEXT, .want = 16},
    [C_KIND] = {.min = 8, .max = 10, .prio = 70, .kind = CELL_TEXT, .want = 10},
    [C_CONS] = {.min = 6, .max = 12, .prio = 90, .kind = CELL_TEXT, .want = 10},
    [C_ROLE] = {.min = 10, .max = 40, .prio = 20, .kind = CELL_TEXT},
};

static bool partners_init(struct pane *p, struct app *a)
{
    (void)a;
    memcpy(p->cols, cols, sizeof cols);
    memcpy(p->layout, layout, sizeof layout);
    p->def = (struct table_def){
        .name = "partners",
        .cols = p->cols,
        .ncols = C_COUNT,
        .count = partners_count,
        .fill = partners_fill,
        .names = partner_names,
    };
    return true;
}

const struct pane_ops pane_partners = {
    .id = "partners",
    .title_en = "Partners",
    .title_ko = "참여기관",
    .init = partners_init,
    .default_sort = C_CONS,
    .default_desc = false,
    .row_consortium = partner_consortium,
    .detail = detail_partner,
    .group_col = C_CONS + 1,
};
