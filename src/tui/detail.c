/* SPDX-License-Identifier: GPL-2.0-or-later */
/* detail.c — the detail view of a record: the same lines as `dokpamo
 * show` (table_record_lines: the catalogue's detail fields in order, each
 * with its source), so a fact reads the same on screen and in a script. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/app.h"
#include "vocab.h"

static void line_cb(void *arg, const struct table_line *l)
{
    struct app *a = arg;
    static const enum style style[] = {
        [TABLE_TONE_NORMAL] = ST_NORMAL, [TABLE_TONE_UNKNOWN] = ST_UNKNOWN, [TABLE_TONE_GOOD] = ST_GOOD,
        [TABLE_TONE_BAD] = ST_BAD,       [TABLE_TONE_VENDOR] = ST_VENDOR,
    };
    if (l->note)
        page_addf(&a->page, style[l->tone], l->label, l->src, "%s (%s)", l->text, l->note);
    else
        page_add(&a->page, style[l->tone], l->label, l->text, l->src);
    page_line_url(&a->page, l->url);
}

/* name: the record's name, or NULL and id (a source). */
static void detail_show(struct app *a, void (*fn)(struct app *, const void *), const void *row,
                        enum vocab_id what, const dp_text *name, const char *id, const struct table_def *base)
{
    char title[256];
    page_clear(&a->page);
    snprintf(title, sizeof title, " %s · %s ", vocab(what, a->opt.lang), name ? app_str(a, name) : id);
    page_title(&a->page, title);
    a->detail_fn = fn;
    a->detail_row = row;
    a->detail_base = base;
    a->detail_name = name;
    a->screen = &screen_page;
    const struct table_def *def = app_catalog(a, base);
    if (def)
        table_record_lines(def, row, &a->ctx.base, line_cb, a);
}

void detail_model(struct app *a, const void *row)
{
    detail_show(a, detail_model, row, V_MODEL, &((const struct dp_model *)row)->name, NULL, &table_models);
}

void detail_partner(struct app *a, const void *row)
{
    detail_show(a, detail_partner, row, V_PARTNER, &((const struct dp_partner *)row)->name, NULL,
                &table_partners);
}

void detail_consortium(struct app *a, const void *row)
{
    detail_show(a, detail_consortium, row, V_CONSORTIUM, &((const struct dp_consortium *)row)->name, NULL,
                &table_consortia);
}

/* A source (the Sources view's Enter): every field of the sources
 * catalogue, the URL and what cites it included. */
void detail_source(struct app *a, const void *row)
{
    detail_show(a, detail_source, row, V_SOURCE, NULL, ((const struct dp_source *)row)->id, &table_sources);
}

/* A dated event (the Timeline's Enter): every field, its note and sources. */
void detail_event(struct app *a, const void *row)
{
    detail_show(a, detail_event, row, V_EVENT, NULL, ((const struct dp_event *)row)->id, &table_events);
}

/* A benchmark result (the Benchmarks view's Enter): model, benchmark,
 * value, setting, who reported it, publisher, what it was compared with,
 * date, note and source. */
void detail_result(struct app *a, const void *row)
{
    const struct dp_result_rec *r = row;
    char name[256];
    snprintf(name, sizeof name, "%s · %s", r->model ? app_str(a, &r->model->name) : "?",
             r->bench && r->bench->name.disp ? r->bench->name.disp : "?");
    detail_show(a, detail_result, row, V_BM_RESULT, NULL, name, &table_results);
}

/* A contradiction (the Contradictions view's Enter): each side on its own
 * line with its sources, the note. */
void detail_contradiction(struct app *a, const void *row)
{
    detail_show(a, detail_contradiction, row, V_CONTRADICTION, &((const struct dp_contradiction *)row)->topic,
                NULL, &table_contradictions);
}
