/* SPDX-License-Identifier: GPL-2.0-or-later */
/* filter.c — the `f` filters, in the shared filter language (table.h).
 * A pane row passes when its model (or, for consortium rows, one of the
 * consortium's models) passes the whole expression. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"
#include "vocab.h"

bool filter_model_ok(const struct app *a, const struct dp_model *m)
{
    return table_filter_holds(a->filter, m, &a->ctx.base);
}

bool filter_consortium_ok(const struct app *a, const struct dp_consortium *c)
{
    if (!c)
        return a->nfilters == 0;
    return table_filter_consortium(a->filter, c, &a->ctx.base);
}

static bool compile(struct app *a, const char *expr)
{
    char err[1024];
    struct table_filter *f = table_filter_parse(a->cat_models, expr, a->opt.lang, err, sizeof err);
    if (!f) {
        app_set_msg(a, "%s", err);
        return false;
    }
    table_filter_free(&a->filter);
    a->filter = f;
    a->nfilters = table_filter_count(f);
    snprintf(a->filter_expr, sizeof a->filter_expr, "%s", expr);
    return true;
}

bool filter_add(struct app *a, const char *expr)
{
    /* Already on: nothing to do. */
    size_t len = strlen(expr);
    for (const char *p = a->filter_expr; (p = strstr(p, expr)); p += len)
        if ((p == a->filter_expr || p[-1] == ',') && (p[len] == ',' || p[len] == '\0'))
            return true;
    char joined[sizeof a->filter_expr];
    int n = snprintf(joined, sizeof joined, "%s%s%s", a->filter_expr, *a->filter_expr ? "," : "", expr);
    if (n < 0 || (size_t)n >= sizeof joined)
        return false;
    return compile(a, joined);
}

void filter_clear(struct app *a)
{
    table_filter_free(&a->filter);
    a->filter_expr[0] = '\0';
    a->nfilters = 0;
}

static int choice_cmp(const void *x, const void *y)
{
    const struct filter_choice *a = x, *b = y;
    return strcmp(a->expr, b->expr);
}

/* A condition is offered when its value reads back as one value. */
static bool plain(const char *v)
{
    return v && *v && !strpbrk(v, ",|=<>!~");
}

struct builder {
    struct app *a;
    size_t cap;
    bool oom;
};

static void add(struct builder *b, const char *key, const char *value)
{
    if (b->oom || !plain(value))
        return;
    struct app *a = b->a;
    if (a->nchoices == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 64;
        struct filter_choice *v = realloc(a->choices, cap * sizeof *v);
        if (!v) {
            b->oom = true;
            return;
        }
        a->choices = v;
        b->cap = cap;
    }
    struct filter_choice *c = &a->choices[a->nchoices];
    int n = snprintf(c->expr, sizeof c->expr, "%s=%s", key, value);
    if (n > 0 && (size_t)n < sizeof c->expr)
        a->nchoices++;
}

/* Sorted, then duplicates dropped: O(n log n) however many tags. */
static void sort_unique(struct app *a, size_t from)
{
    size_t n = a->nchoices - from, k = 0;
    if (n < 2)
        return;
    qsort(a->choices + from, n, sizeof *a->choices, choice_cmp);
    for (size_t i = 0; i < n; i++)
        if (k == 0 || strcmp(a->choices[from + i].expr, a->choices[from + k - 1].expr) != 0)
            a->choices[from + k++] = a->choices[from + i];
    a->nchoices = from + k;
}

bool filter_choices_build(struct app *a)
{
    const struct dp_dataset *ds = a->ds;
    enum dp_lang lang = a->opt.lang;
    struct builder b = {a, 0, false};
    free(a->choices);
    a->choices = NULL;
    a->nchoices = 0;
    /* Values as the screen shows them (display-safe forms of the data). */
    for (size_t i = 0; i < ds->nmodels; i++)
        for (size_t k = 0; k < ds->models[i]->narch; k++)
            add(&b, "tag", ds->models[i]->arch[k].disp);
    sort_unique(a, 0);
    size_t mark = a->nchoices;
    for (size_t i = 0; i < ds->nmodels; i++) {
        const struct dp_model *m = ds->models[i];
        for (size_t k = 0; k < m->nmod_in + m->nmod_out; k++)
            add(&b, "modalities", (k < m->nmod_in ? &m->mod_in[k] : &m->mod_out[k - m->nmod_in])->disp);
    }
    sort_unique(a, mark);
    for (size_t i = 0; i < ds->nconsortia; i++) {
        const struct dp_consortium *c = &ds->consortia[i];
        add(&b, "team", model_text(table_consortium_short(c), lang)->disp);
    }
    mark = a->nchoices;
    for (size_t i = 0; i < ds->nconsortia; i++) {
        const struct dp_status *st = table_status_decided(&ds->consortia[i]);
        if (st)
            add(&b, "result", vocab_result(st->result, lang));
    }
    sort_unique(a, mark);
    free(a->choice_shown);
    a->choice_shown = calloc(a->nchoices ? a->nchoices : 1, sizeof *a->choice_shown);
    return !b.oom && a->choice_shown;
}
