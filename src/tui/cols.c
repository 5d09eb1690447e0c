/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cols.c — small helpers shared by the panes' column getters. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/app.h"

void col_str(struct table_value *out, const dp_str *s)
{
    table_value_str(out, s);
}

void col_text(struct table_value *out, const char *text)
{
    out->type = TABLE_STR;
    out->known = true;
    out->why = DP_WHY_NONE;
    out->text = text;
    out->width = text_width(text);
    out->raw = text;
}

void col_unknown(struct table_value *out, enum table_value_type type, enum dp_why why)
{
    out->type = type;
    out->known = false;
    out->why = why == DP_WHY_NONE ? DP_WHY_UNKNOWN : why;
    out->num = 0;
    out->text = "";
    out->width = 0;
    out->raw = NULL;
}

void col_params(struct table_value *out, const struct table_ctx *ctx, dp_num n, char *buf, size_t bufsz)
{
    if (!n.known) {
        col_unknown(out, TABLE_NUM, n.why);
        return;
    }
    table_format_params(n.v, ctx->korean_units, buf, bufsz);
    col_text(out, buf);
    out->type = TABLE_NUM;
    out->num = n.v;
}

void col_number(struct table_value *out, double v, const char *fmt, char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, fmt, v);
    out->type = TABLE_NUM;
    out->known = true;
    out->why = DP_WHY_NONE;
    out->num = v;
    out->text = buf;
    out->width = (int)strlen(buf);
    out->raw = buf;
}

const dp_str *col_cons_name(const struct dp_consortium *c, enum dp_lang lang)
{
    if (model_text_present(&c->short_name))
        return model_text(&c->short_name, lang);
    return model_text(&c->name, lang);
}

const char *col_result_name(enum dp_result r, enum dp_lang lang)
{
    return vocab_result(r, lang);
}

const char *col_kind_name(enum dp_kind k, enum dp_lang lang)
{
    return vocab_kind(k, lang);
}

/* ---- rows that are models (Parameters, Architecture) ---- */

void col_get_model_name(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                        size_t bufsz, struct table_value *out)
{
    const struct dp_model *m = row;
    (void)col, (void)buf, (void)bufsz;
    col_str(out, model_text(&m->name, ctx->lang));
}

static bool names_cb(const char *const *names, size_t n, bool (*cb)(const char *name, void *arg), void *arg)
{
    for (size_t i = 0; i < n; i++)
        if (names[i] && cb(names[i], arg))
            return true;
    return false;
}

bool rows_consortium_names(const void *row, bool (*cb)(const char *name, void *arg), void *arg)
{
    const struct dp_consortium *c = row;
    const char *cn[] = {
        c->name.ko.raw, c->name.en.raw, c->short_name.ko.raw, c->short_name.en.raw, c->lead.ko.raw,
        c->lead.en.raw, c->id};
    return names_cb(cn, sizeof cn / sizeof cn[0], cb, arg);
}

bool rows_model_names(const void *row, bool (*cb)(const char *name, void *arg), void *arg)
{
    const struct dp_model *m = row;
    const char *names[] = {m->name.ko.raw, m->name.en.raw, m->developer.ko.raw, m->developer.en.raw, m->id};
    if (names_cb(names, sizeof names / sizeof names[0], cb, arg))
        return true;
    for (size_t i = 0; i < m->naliases; i++)
        if (m->aliases[i].raw && cb(m->aliases[i].raw, arg))
            return true;
    /* A model answers to its consortium's names too: ㅇㅅㅌ finds Upstage's model. */
    return m->consortium && rows_consortium_names(m->consortium, cb, arg);
}

size_t rows_models_count(const struct dp_dataset *ds)
{
    return ds->nmodels;
}

size_t rows_models_fill(const struct dp_dataset *ds, const void **rows)
{
    for (size_t i = 0; i < ds->nmodels; i++)
        rows[i] = ds->models[i];
    return ds->nmodels;
}

const struct dp_model *row_model_self(const void *row)
{
    return row;
}

const struct dp_consortium *row_model_consortium(const void *row)
{
    return ((const struct dp_model *)row)->consortium;
}

const struct dp_consortium *row_consortium_self(const void *row)
{
    return row;
}

const struct dp_status *col_status_decided(const struct dp_dataset *ds, const struct dp_consortium *c)
{
    const struct dp_status *best = NULL;
    size_t best_i = 0;
    for (size_t i = 0; i < c->nstatus; i++) {
        const struct dp_status *st = &c->status[i];
        size_t order = st->stage ? (size_t)(st->stage - ds->stages) : 0;
        /* Pending is no result yet; declining a later call (the revival
         * slot) does not undo the evaluation result before it. */
        if (st->result == DP_RESULT_PENDING || st->result == DP_RESULT_DECLINED)
            continue;
        if (!best || order >= best_i) {
            best = st;
            best_i = order;
        }
    }
    return best ? best : model_status_latest(ds, c);
}
