/* SPDX-License-Identifier: GPL-2.0-or-later */
/* events.c — the catalogue of the dataset's dated events (`dokpamo
 * timeline`): date, kind, what happened, the team, model and stage it
 * concerns, a note and its sources. Rows in the data's order, which keeps
 * them by date; the default sort is by date (stable). */
#include "config.h"
#include "values.h"

#include <stdio.h>
#include <string.h>

#define E(row) ((const struct dp_event *)(row))
#define UNUSED_GET (void)col, (void)ctx, (void)buf, (void)n

static void get_id(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                   size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, E(row)->id);
    v->src = E(row)->src;
}

/* "2026-02-20", or "2026-01-05–2026-01-15" for a span. */
static void get_date(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    (void)col, (void)ctx;
    const struct dp_event *e = E(row);
    if (e->date_end && n) {
        snprintf(buf, n, "%s–%s", e->date, e->date_end);
        tv_const(v, buf);
        v->raw = e->date; /* sorts and filters by the first day */
    } else {
        tv_const(v, e->date);
    }
    v->src = e->src;
}

static void get_date_end(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                         size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, E(row)->date_end);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = E(row)->src;
}

static const enum vocab_id kind_words[DP_EVENT_COUNT] = {
    [DP_EVENT_SELECTION] = V_EVENT_SELECTION, [DP_EVENT_PRESENTATION] = V_EVENT_PRESENTATION,
    [DP_EVENT_RESULT] = V_EVENT_RESULT,       [DP_EVENT_CALL] = V_EVENT_CALL,
    [DP_EVENT_RELEASE] = V_EVENT_RELEASE,     [DP_EVENT_ANNOUNCEMENT] = V_EVENT_ANNOUNCEMENT,
    [DP_EVENT_FUNDING] = V_EVENT_FUNDING,     [DP_EVENT_PARTNER] = V_EVENT_PARTNER,
};

static void get_kind(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    enum dp_event_kind k = E(row)->kind < DP_EVENT_COUNT ? E(row)->kind : DP_EVENT_ANNOUNCEMENT;
    tv_const(v, vocab(kind_words[k], ctx->lang));
    v->raw = model_event_kind_name(k);
    v->src = E(row)->src;
}

static void get_text(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &E(row)->text, ctx->lang);
    v->src = E(row)->src;
}

static void get_team(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_event *e = E(row);
    const struct dp_consortium *c = e->consortium ? e->consortium : e->model ? e->model->consortium : NULL;
    tv_ref(v, c ? table_consortium_short(c) : NULL, c ? c->id : NULL, e->src, ctx->lang,
           DP_WHY_NOT_APPLICABLE);
}

static void get_model(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_model *m = E(row)->model;
    tv_ref(v, m ? &m->name : NULL, m ? m->id : NULL, E(row)->src, ctx->lang, DP_WHY_NOT_APPLICABLE);
}

static void get_stage(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t n, struct table_value *v)
{
    UNUSED_GET;
    const struct dp_stage *s = E(row)->stage;
    tv_ref(v, s ? &s->name : NULL, s ? s->id : NULL, E(row)->src, ctx->lang, DP_WHY_NOT_APPLICABLE);
}

static void get_note(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                     size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_text(v, &E(row)->note, ctx->lang);
    if (!v->known)
        v->why = DP_WHY_NOT_APPLICABLE;
    v->src = E(row)->src;
}

static void get_source(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                       size_t n, struct table_value *v)
{
    UNUSED_GET;
    tv_const(v, E(row)->src);
    v->src = E(row)->src;
}

#define F_ALL (TABLE_F_LIST | TABLE_F_DETAIL | TABLE_F_MACHINE)

static const struct table_col event_cols[] = {
    {"date", "Date", "날짜", TEXT_LEFT, 10, TABLE_STR, get_date, .flags = F_ALL},
    {"date_end", "Until", "종료일", TEXT_LEFT, 10, TABLE_STR, get_date_end,
     .flags = TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"id", "Event", "사건", TEXT_LEFT, 12, TABLE_STR, get_id, .head_en = "ID", .head_ko = "ID",
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE},
    {"kind", "Kind", "유형", TEXT_LEFT, 8, TABLE_STR, get_kind, .flags = F_ALL},
    {"event", "What happened", "내용", TEXT_LEFT, 40, TABLE_STR, get_text, .head_en = "Event",
     .head_ko = "내용", .flags = F_ALL | TABLE_F_BILINGUAL},
    {"team", "Team", "팀", TEXT_LEFT, 8, TABLE_STR, get_team, .flags = F_ALL | TABLE_F_SKIP_UNKNOWN},
    {"model", "Model", "모델", TEXT_LEFT, 10, TABLE_STR, get_model, .flags = F_ALL | TABLE_F_SKIP_UNKNOWN},
    {"stage", "Stage", "단계", TEXT_LEFT, 10, TABLE_STR, get_stage,
     .flags = TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"note", "Note", "비고", TEXT_LEFT, 30, TABLE_STR, get_note,
     .flags = TABLE_F_BILINGUAL | TABLE_F_DETAIL | TABLE_F_MACHINE | TABLE_F_SKIP_UNKNOWN},
    {"source", "Source", "출처", TEXT_LEFT, 8, TABLE_STR, get_source, .flags = F_ALL},
};

static size_t count_events(const struct dp_dataset *ds)
{
    return ds->nevents;
}

static size_t fill_events(const struct dp_dataset *ds, const void **rows)
{
    for (size_t i = 0; i < ds->nevents; i++)
        rows[i] = &ds->events[i];
    return ds->nevents;
}

/* An event answers to its id, its text in both languages and the names
 * of the team and model it concerns (filter by team: name~Motif). */
static bool event_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_event *e = row;
    const char *names[] = {e->id, e->text.ko.raw, e->text.en.raw};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i] && cb(names[i], arg))
            return true;
    if (e->consortium && table_consortium_names(e->consortium, cb, arg))
        return true;
    return e->model && table_model_own_names(e->model, cb, arg);
}

const struct table_def table_events = {
    .name = "events",
    .cols = event_cols,
    .ncols = sizeof event_cols / sizeof event_cols[0],
    .count = count_events,
    .fill = fill_events,
    .names = event_names,
};
